import QtQuick
import QtTest
import Coro.App
import "finders.js" as Find

// The user's question: whole when short; a long one shortened at a word until "Show all".
// TestCase draws nothing: the components are made in this visible item.
Item {
    id: scene

    width: 600
    height: 400

    TestCase {
        name: "QuestionText"
        when: windowShown

        Component {
            id: questionComponent

            QuestionText {
                width: 600
            }
        }

        function words(count) {
            const list = []
            for (let i = 0; i < count; ++i)
                list.push("word" + i)
            return list.join(" ")
        }

        function body(question) {
            return question.children[0]
        }

        function test_aShortQuestionIsShownWhole() {
            const question = createTemporaryObject(questionComponent, scene,
                                                   { text: "Why is the sky blue?" })
            compare(body(question).text, "Why is the sky blue?")
            verify(!Find.shown(Find.byText(question, "Show all (20 characters)"), question))
        }

        function test_aLongQuestionShowsItsStartUntilShowAll() {
            const text = words(1000)
            const question = createTemporaryObject(questionComponent, scene, { text: text })
            const shown = body(question).text
            verify(shown.length < 700, shown.length)
            verify(shown.endsWith(" …"))
            // Cut at a word's end, never inside a word.
            const start = shown.slice(0, -2)
            verify(text.startsWith(start + " "))
            compare(body(question).Accessible.description, "Shortened; “Show all” shows all of it")

            const button = Find.byText(question, "Show all (" + text.length + " characters)")
            verify(Find.shown(button, question))
            mouseClick(button)
            compare(body(question).text, text)
            compare(body(question).Accessible.description, "")
            verify(Find.byText(question, "Show less"))
            mouseClick(Find.byText(question, "Show less"))
            compare(body(question).text, shown)
        }

        function test_manyShortLinesAreShortenedToo() {
            const lines = []
            for (let i = 0; i < 40; ++i)
                lines.push("line " + i)
            const question = createTemporaryObject(questionComponent, scene,
                                                   { text: lines.join("\n") })
            compare(body(question).text, lines.slice(0, 8).join("\n") + " …")
        }

        function test_aQuestionJustUnderTheLimitIsNotShortened() {
            const text = "x".repeat(600)
            const question = createTemporaryObject(questionComponent, scene, { text: text })
            compare(body(question).text, text)
        }
    }
}
