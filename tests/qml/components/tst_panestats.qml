import QtQuick
import QtTest
import Coro.App

// A pane's figures: what is known is shown, what is not is left out, the cost only with a price.
// TestCase draws nothing: the components are made in this visible item.
Item {
    id: scene

    width: 600
    height: 200

    TestCase {
        name: "PaneStats"
        when: windowShown

        Component {
            id: statsComponent

            PaneStats {
                width: 600
            }
        }

        function make(properties) {
            const defaults = {
                ttftMs: -1, tokensPerSecond: 0, tokensIn: -1, tokensOut: -1, elapsedMs: 0,
                costText: "", costSpoken: ""
            }
            return createTemporaryObject(statsComponent, scene, Object.assign(defaults, properties))
        }

        function test_nothingKnownShowsNothing() {
            const stats = make({})
            compare(stats.text, "")
            verify(!stats.visible)
        }

        function test_everyFigureOfAFinishedAnswer() {
            const stats = make({ ttftMs: 240, tokensPerSecond: 74.6, tokensIn: 5, tokensOut: 120,
                                 elapsedMs: 1850 })
            compare(stats.text, "first token 0.2 s · 75 tok/s · 5 in · 120 out · 1.9 s")
            verify(stats.visible)
            compare(stats.Accessible.name, "first token 0.2 s, 75 tok/s, 5 in · 120 out, 1.9 s")
            compare(stats.Accessible.description, "")
        }

        function test_aMissingTokenCountIsADash() {
            const stats = make({ tokensOut: 42 })
            compare(stats.text, "– in · 42 out")
        }

        function test_theCostComesLastAndIsSpokenInWords() {
            const stats = make({ tokensIn: 5, tokensOut: 120, costText: "$0.0012",
                                 costSpoken: "0.0012 US dollars" })
            compare(stats.text, "5 in · 120 out · $0.0012")
            compare(stats.Accessible.name, "5 in · 120 out, cost about 0.0012 US dollars")
            verify(stats.Accessible.description.length > 0)
        }

        function test_largeFiguresAreWrittenOutAsTheLanguageGroupsThem() {
            // A local server can report millions of tokens a second; never "2e+06".
            const stats = make({ tokensPerSecond: 2000000, tokensIn: 12345, tokensOut: 1234567 })
            const locale = Qt.locale()
            compare(stats.text, (2000000).toLocaleString(locale, "f", 0) + " tok/s · "
                    + (12345).toLocaleString(locale, "f", 0) + " in · "
                    + (1234567).toLocaleString(locale, "f", 0) + " out")
            verify(!stats.text.includes("e+"))
            verify(/^2\D?000\D?000 tok\/s/.test(stats.text), stats.text)
        }

        function test_aNarrowPaneWrapsInsteadOfCuttingTheCostOff() {
            const stats = make({ ttftMs: 240, tokensPerSecond: 74.6, tokensIn: 5, tokensOut: 120,
                                 elapsedMs: 1850, costText: "$0.0012", costSpoken: "x" })
            const oneLine = stats.implicitWidth
            stats.width = oneLine * 0.7
            tryVerify(() => stats.lineCount === 2)
            verify(!stats.truncated)
        }
    }
}
