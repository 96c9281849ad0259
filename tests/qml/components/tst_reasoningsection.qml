import QtQuick
import QtTest
import Coro.App
import "finders.js" as Find

// A model's reasoning is folded away above its answer until the user unfolds it.
// TestCase draws nothing: the components are made in this visible item.
Item {
    id: scene

    width: 400
    height: 300

    TestCase {
        name: "ReasoningSection"
        when: windowShown

        Component {
            id: sectionComponent

            ReasoningSection {
                width: 400
            }
        }

        function test_foldedWhileThinkingAndAfter() {
            const section = createTemporaryObject(sectionComponent, scene, {
                reasoning: "First, light is scattered.", thinking: true
            })
            const toggle = Find.byText(section, "Thinking… ▸")
            verify(Find.shown(toggle, section))
            compare(toggle.Accessible.name, "Show reasoning")
            verify(!Find.shown(Find.byText(section, "First, light is scattered."), section))
            section.thinking = false
            verify(Find.byText(section, "Reasoning ▸"))
        }

        function test_aClickUnfoldsItAndAnotherFoldsItAgain() {
            const section = createTemporaryObject(sectionComponent, scene, {
                reasoning: "First, light is scattered.", thinking: false
            })
            mouseClick(Find.byText(section, "Reasoning ▸"))
            verify(Find.shown(Find.byText(section, "First, light is scattered."), section))
            const toggle = Find.byText(section, "Reasoning ▾")
            compare(toggle.Accessible.name, "Hide reasoning")
            mouseClick(toggle)
            verify(!Find.shown(Find.byText(section, "First, light is scattered."), section))
        }

        function test_markupInTheReasoningIsShownAsText() {
            const section = createTemporaryObject(sectionComponent, scene, {
                reasoning: "<a href=\"javascript:alert(1)\">click</a>", thinking: false
            })
            mouseClick(Find.byText(section, "Reasoning ▸"))
            const text = Find.byText(section, "<a href=\"javascript:alert(1)\">click</a>")
            verify(Find.shown(text, section))
            compare(text.textFormat, Text.PlainText)
        }

        function test_nothingShowsWithoutReasoning() {
            const section = createTemporaryObject(sectionComponent, scene, {
                reasoning: "", thinking: false
            })
            verify(!section.visible)
        }
    }
}
