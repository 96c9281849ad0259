import QtQuick
import QtTest
import Coro.App
import "finders.js" as Find

// Who answers, and the marks beside the name: the first answer, the one the chat continues
// with, a fused answer, and what the model was asked with when the turn has it twice.
// TestCase draws nothing: the components are made in this visible item.
Item {
    id: scene

    width: 400
    height: 100

    TestCase {
        name: "PaneHeader"
        when: windowShown

        Component {
            id: headerComponent

            PaneHeader {
                width: 400
            }
        }

        function make(properties) {
            return createTemporaryObject(headerComponent, scene, Object.assign({
                provider: "openai", model: "gpt-4o", state: "streaming", first: false,
                chosen: false
            }, properties))
        }

        function test_nameProviderAndState() {
            const header = make({})
            verify(Find.shown(Find.byText(header, "gpt-4o"), header))
            verify(Find.shown(Find.byText(header, "openai"), header))
            verify(Find.shown(Find.byText(header, "● streaming"), header))
        }

        function test_theFirstAnswerIsMarkedUntilTheChatContinuesWithOne() {
            const header = make({ state: "done", first: true })
            verify(Find.shown(Find.byText(header, "first"), header))
            verify(!Find.shown(Find.byText(header, "continues the chat"), header))
            header.chosen = true
            verify(!Find.shown(Find.byText(header, "first"), header))
            verify(Find.shown(Find.byText(header, "continues the chat"), header))
        }

        function test_aFusedAnswerSaysSo() {
            const header = make({ fusion: true })
            const mark = Find.byText(header, "◆ fusion")
            verify(Find.shown(mark, header))
            compare(mark.Accessible.name, "Fused answer")
        }

        function test_parametersShowOnlyWhenGiven() {
            const header = make({})
            const twoLines = header.implicitHeight
            header.parameters = "temperature 1.5 · max 321 tokens"
            verify(Find.shown(Find.byText(header, "temperature 1.5 · max 321 tokens"), header))
            tryVerify(() => header.implicitHeight > twoLines) // A third line under the name.
            header.parameters = ""
            tryCompare(header, "implicitHeight", twoLines)
        }

        function test_aLongNameIsElidedBeforeTheMarks() {
            const header = make({ model: "a-very-long-model-name-".repeat(6), first: true,
                                  state: "done" })
            header.width = 260
            const name = Find.byText(header, "a-very-long-model-name-".repeat(6))
            const chip = Find.byText(header, "✓ done")
            tryVerify(() => name.truncated)
            const nameEnd = name.mapToItem(header, name.width, 0).x
            const chipStart = chip.mapToItem(header, 0, 0).x
            verify(nameEnd <= chipStart, nameEnd + " > " + chipStart)
        }
    }
}
