import QtQuick
import QtTest
import Coro.App
import "finders.js" as Find

// A history search hit: the conversation, the words around the match, who said them; opening
// it goes to the matching turn, by mouse, keyboard or a screen reader.
// TestCase draws nothing: the components are made in this visible item.
Item {
    id: scene

    width: 300
    height: 200

    TestCase {
        name: "SearchHitDelegate"
        when: windowShown

        Component {
            id: hitComponent

            SearchHitDelegate {
                width: 300
            }
        }

        SignalSpy {
            id: openSpy

            signalName: "openRequested"
        }

        function make() {
            const hit = createTemporaryObject(hitComponent, scene, {
                conversationId: 12, turnId: 34, title: "Rust lifetimes",
                snippet: "a <b>lifetime</b> names a scope", plainSnippet: "a lifetime names a scope",
                source: "openai/gpt-4o"
            })
            openSpy.target = hit
            openSpy.clear()
            return hit
        }

        function test_itShowsWhereAndWhatMatched() {
            const hit = make()
            verify(Find.shown(Find.byText(hit, "Rust lifetimes"), hit))
            verify(Find.shown(Find.byText(hit, "a <b>lifetime</b> names a scope"), hit))
            verify(Find.shown(Find.byText(hit, "openai/gpt-4o"), hit))
            compare(hit.Accessible.name, "Rust lifetimes, openai/gpt-4o: a lifetime names a scope")
        }

        function test_aClickOpensTheMatchingTurn() {
            const hit = make()
            mouseClick(hit)
            compare(openSpy.count, 1)
            compare(openSpy.signalArguments[0][0], 12)
            compare(openSpy.signalArguments[0][1], 34)
        }

        function test_returnOpensItToo() {
            const hit = make()
            hit.forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(openSpy.count, 1)
        }

        function test_aTitleOfMarkupIsShownAsText() {
            const hit = make()
            hit.title = "<img src=x onerror=alert(1)> & <b>bold</b>"
            const label = Find.byText(hit, "<img src=x onerror=alert(1)> & <b>bold</b>")
            verify(label)
            compare(label.textFormat, Text.PlainText)
        }
    }
}
