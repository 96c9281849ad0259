import QtQuick
import QtTest
import Coro.App
import "finders.js" as Find

// A pane's actions follow its answer: Stop while it runs; Use, Ask again once it is done.
// TestCase draws nothing: the components are made in this visible item.
Item {
    id: scene

    width: 500
    height: 100

    TestCase {
        name: "PaneActions"
        when: windowShown

        Component {
            id: actionsComponent

            PaneActions {
                width: 500
            }
        }

        SignalSpy {
            id: spy
        }

        function make(state) {
            return createTemporaryObject(actionsComponent, scene, {
                state: state, chosen: false, hasText: state !== "connecting", label: "openai/gpt"
            })
        }

        function test_aRunningAnswerCanOnlyBeStoppedOrCopied() {
            const actions = make("streaming")
            verify(Find.shown(Find.byText(actions, "Stop"), actions))
            verify(!Find.shown(Find.byText(actions, "Ask again"), actions))
            verify(!Find.byText(actions, "Use ▸").enabled)
            verify(Find.byText(actions, "Copy").enabled)
            verify(!Find.byText(actions, "⋯").enabled) // Reading aloud waits for the whole text.
        }

        function test_nothingToCopyBeforeTheFirstWords() {
            const actions = make("connecting")
            verify(!Find.byText(actions, "Copy").enabled)
        }

        function test_aFinishedAnswerCanContinueTheChatOrBeAskedAgain() {
            const actions = make("done")
            verify(!Find.shown(Find.byText(actions, "Stop"), actions))
            verify(Find.shown(Find.byText(actions, "Ask again"), actions))
            const use = Find.byText(actions, "Use ▸")
            verify(use.enabled)
            spy.target = actions
            spy.signalName = "useRequested"
            spy.clear()
            mouseClick(use)
            compare(spy.count, 1)
            actions.chosen = true
            verify(Find.byText(actions, "Continues ✓"))
            verify(!Find.byText(actions, "Continues ✓").enabled)
        }

        function test_eachButtonAsksForItsAction_data() {
            return [
                { tag: "Stop", state: "streaming", signal: "stopRequested" },
                { tag: "Ask again", state: "cancelled", signal: "retryRequested" },
                { tag: "Copy", state: "done", signal: "copyRequested" }
            ]
        }

        function test_eachButtonAsksForItsAction(data) {
            const actions = make(data.state)
            spy.target = actions
            spy.signalName = data.signal
            spy.clear()
            mouseClick(Find.byText(actions, data.tag))
            compare(spy.count, 1)
        }

        function test_aFusedAnswerIsNotAskedAgainFromItsPane() {
            const actions = make("done")
            actions.fusion = true
            verify(!Find.shown(Find.byText(actions, "Ask again"), actions))
        }

        function test_buttonsAreNamedForScreenReaders() {
            const actions = make("done")
            compare(Find.byText(actions, "Copy").Accessible.name, "Copy the answer from openai/gpt")
            compare(Find.byText(actions, "Ask again").Accessible.name, "Ask openai/gpt again")
            compare(Find.byText(actions, "⋯").Accessible.name, "More actions for openai/gpt")
        }
    }
}
