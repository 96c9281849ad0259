import QtQuick
import QtTest
import Coro.App
import "finders.js" as Find

// A failed answer says what went wrong in words and offers what helps.
// TestCase draws nothing: the components are made in this visible item.
Item {
    id: scene

    width: 400
    height: 300

    TestCase {
        name: "ErrorNotice"
        when: windowShown

        Component {
            id: noticeComponent

            ErrorNotice {
                width: 400
            }
        }

        SignalSpy {
            id: retrySpy

            signalName: "retryRequested"
        }

        SignalSpy {
            id: settingsSpy

            target: Navigation
            signalName: "settingsRequested"
        }

        function make(properties) {
            const notice = createTemporaryObject(noticeComponent, scene, Object.assign({
                state: "error", errorTitle: "Too many requests for now", errorCode: "rate_limited"
            }, properties))
            retrySpy.target = notice
            retrySpy.clear()
            settingsSpy.clear()
            return notice
        }

        function test_aRefusedKeyLeadsToTheProvidersSettings() {
            const notice = make({ errorCode: "authentication_failed", errorTitle: "The key was refused",
                                  provider: "openai" })
            verify(Find.byText(notice, "⚠ The key was refused"))
            const open = Find.byText(notice, "Open settings")
            verify(Find.shown(open, notice))
            mouseClick(open)
            compare(settingsSpy.count, 1)
            compare(settingsSpy.signalArguments[0][0], "openai")
        }

        function test_otherErrorsOfferOnlyRetry() {
            const notice = make({})
            verify(!Find.shown(Find.byText(notice, "Open settings"), notice))
            mouseClick(Find.byText(notice, "Retry"))
            compare(retrySpy.count, 1)
        }

        function test_aRateLimitCountsDownToTheNextAttempt() {
            const notice = make({})
            notice.retryInMs = 2500 // As the pane binds it, once the provider asked to wait.
            verify(Find.shown(Find.byText(notice, "Retrying in 3 s"), notice))
            verify(Find.byText(notice, "Retry now"))
            tryVerify(() => Find.byText(notice, "Retrying in 2 s") !== null, 2000)
        }

        function test_anUnknownModelLeadsToSettingsAndSaysWhatToCheck() {
            const notice = make({ errorCode: "model_not_found", provider: "ollama",
                                  errorTitle: "The provider does not know this model" })
            verify(Find.shown(Find.byText(notice,
                "Check the model's name, or fetch the provider's models in Settings."), notice))
            mouseClick(Find.byText(notice, "Open settings"))
            compare(settingsSpy.count, 1)
            compare(settingsSpy.signalArguments[0][0], "ollama")
        }

        function test_aUsedUpQuotaSaysWhereToFixIt() {
            const notice = make({ errorCode: "quota_exceeded",
                                  errorTitle: "The account's quota is used up" })
            verify(Find.shown(Find.byText(notice,
                "Add credit or raise the spending limit in the provider's account, then retry."),
                notice))
            verify(!Find.shown(Find.byText(notice, "Open settings"), notice))
            verify(Find.shown(Find.byText(notice, "Retry"), notice))
        }

        function test_aRateLimitNeedsNoHintBesideItsCountdown() {
            const notice = make({})
            compare(notice.hint, "")
        }

        function test_theProvidersMessageAndRequestIdAreOneClickAway() {
            const notice = make({ errorMessage: "Rate limit reached for gpt-4o", requestId: "req_123" })
            const details = Find.byText(notice, "Details")
            verify(Find.shown(details, notice))
            verify(!Find.shown(Find.byText(notice,
                "Rate limit reached for gpt-4o\nRequest id: req_123\nCode: rate_limited"), notice))
            mouseClick(details)
            verify(Find.shown(Find.byText(notice,
                "Rate limit reached for gpt-4o\nRequest id: req_123\nCode: rate_limited"), notice))
            verify(Find.byText(notice, "Hide details"))
        }

        function test_noDetailsWithoutAMessage() {
            const notice = make({})
            verify(!Find.shown(Find.byText(notice, "Details"), notice))
        }

        function test_anInterruptedAnswerSaysWhy() {
            const notice = make({ state: "interrupted", errorCode: "", errorTitle: "" })
            verify(Find.byText(notice, "⚠ Interrupted — Coro closed while this answer streamed"))
            verify(Find.byText(notice, "Retry"))
        }
    }
}
