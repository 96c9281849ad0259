import QtQuick
import QtTest
import Coro.App
import "finders.js" as Find

// After a delete: "Deleted “title”" with Undo, gone by itself after a few seconds.
// TestCase draws nothing: the components are made in this visible item.
Item {
    id: scene

    width: 400
    height: 100

    TestCase {
        name: "UndoBar"
        when: windowShown

        Component {
            id: barComponent

            UndoBar {
                width: 400
            }
        }

        SignalSpy {
            id: undoSpy

            signalName: "undo"
        }

        function test_undoGivesBackTheDeletedConversation() {
            const bar = createTemporaryObject(barComponent, scene)
            verify(!bar.visible)
            bar.show(42, "Rust lifetimes")
            verify(bar.visible)
            verify(Find.byText(bar, "Deleted “Rust lifetimes”"))
            undoSpy.target = bar
            undoSpy.clear()
            mouseClick(Find.byText(bar, "Undo"))
            compare(undoSpy.count, 1)
            compare(undoSpy.signalArguments[0][0], 42)
            verify(!bar.visible)
        }

        function test_itGoesAwayByItself() {
            const bar = createTemporaryObject(barComponent, scene)
            bar.show(7, "Old chat")
            verify(bar.visible)
            tryVerify(() => !bar.visible, 10000)
        }
    }
}
