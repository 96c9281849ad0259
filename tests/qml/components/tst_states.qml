import QtQuick
import QtTest
import Coro.App

// A pane's state is always said with a word and a symbol, never by colour alone.
// TestCase draws nothing: the components are made in this visible item.
Item {
    id: scene

    width: 400
    height: 200

    TestCase {
        name: "States"
        when: windowShown

        Component {
            id: chipComponent

            StateChip {}
        }

        function test_everyStateHasAWordAndASymbol_data() {
            return [
                { tag: "queued", word: "queued", symbol: "…", finished: false },
                { tag: "connecting", word: "connecting", symbol: "●", finished: false },
                { tag: "thinking", word: "thinking", symbol: "●", finished: false },
                { tag: "streaming", word: "streaming", symbol: "●", finished: false },
                { tag: "done", word: "done", symbol: "✓", finished: true },
                { tag: "error", word: "error", symbol: "⚠", finished: true },
                { tag: "cancelled", word: "stopped", symbol: "■", finished: true },
                { tag: "interrupted", word: "interrupted", symbol: "⚡", finished: true }
            ]
        }

        function test_everyStateHasAWordAndASymbol(data) {
            const chip = createTemporaryObject(chipComponent, scene, { state: data.tag })
            verify(chip)
            compare(chip.text, data.symbol + " " + data.word)
            compare(chip.Accessible.name, "State: " + data.word)
            compare(States.finished(data.tag), data.finished)
        }

        function test_finishedAndWorkingStatesLookDifferent() {
            const done = createTemporaryObject(chipComponent, scene, { state: "done" })
            const error = createTemporaryObject(chipComponent, scene, { state: "error" })
            const streaming = createTemporaryObject(chipComponent, scene, { state: "streaming" })
            verify(!Qt.colorEqual(done.color, error.color))
            verify(!Qt.colorEqual(done.color, streaming.color))
            verify(!Qt.colorEqual(error.color, streaming.color))
        }
    }
}
