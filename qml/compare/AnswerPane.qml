import QtQuick
import QtQuick.Controls
import Coro.Models

// One model's answer: who answers and how it goes (state, time to first token, speed,
// tokens, cost), the text as it streams, its reasoning folded away, what went wrong and what helps.
// This is the pane's frame and what a screen reader reads; PaneContent.qml shows the rest.
Frame {
    id: pane

    required property int index
    required property int answerId
    // The turn's panes: every pane is a delegate of their list.
    readonly property AnswerListModel answers: ListView.view.model as AnswerListModel
    required property string label
    required property string provider
    required property string model
    required property string state
    required property string text
    required property string reasoning
    required property string errorCode
    required property string errorTitle
    required property string errorMessage
    required property string requestId
    required property int ttftMs
    required property real tokensPerSecond
    required property int tokensIn
    required property int tokensOut
    required property int elapsedMs
    required property string costText
    required property string costSpoken
    required property int retryInMs
    required property bool first
    required property bool chosen
    required property bool live
    required property QtObject blocks
    required property bool fusion
    required property ProvenanceModel provenance
    required property string parametersText

    readonly property bool finished: States.finished(state)

    // The whole answer as one plain text for a screen reader, under the formatted blocks. Laying
    // out a long answer is work, so it is kept only while an assistive tool is running; the
    // model sends the text twice a second while it streams and at once when it ends.
    // Ctrl+1…9 focus a pane here (AnswerRow.focusPane): a screen reader then reads this text,
    // the arrow and page keys scroll the answer, and Ctrl+Shift+C copies it.
    TextEdit {
        id: readerText

        z: -1
        width: 1
        height: 1
        readOnly: true
        activeFocusOnPress: false
        Keys.onPressed: event => {
            const steps = { [Qt.Key_Up]: -1, [Qt.Key_Down]: 1, [Qt.Key_PageUp]: -8,
                            [Qt.Key_PageDown]: 8 }
            if (steps[event.key] !== undefined) {
                (content.item as PaneContent)?.scrollAnswer(steps[event.key])
                event.accepted = true
            }
        }
        color: "transparent"
        textFormat: TextEdit.PlainText
        text: ScreenReader.active ? pane.text : ""
        Accessible.role: Accessible.StaticText
        Accessible.name: pane.fusion ? qsTr("Fused answer from %1").arg(pane.label)
                                     : qsTr("Answer from %1").arg(pane.label)
        Accessible.description: pane.parametersText.length > 0
                                ? States.wordFor(pane.state) + ", " + pane.parametersText
                                : States.wordFor(pane.state)
    }

    /// Scrolls the row of panes sideways by @p steps wheel steps (positive: back to the start),
    /// half a pane each: Shift+wheel, for a mouse with one wheel.
    function scrollRow(steps: real): void {
        const view = ListView.view as ListView
        if (!view || view.contentWidth <= view.width)
            return
        const last = view.originX + view.contentWidth - view.width
        view.contentX = Math.max(view.originX, Math.min(last, view.contentX
                                                               - steps * Theme.paneMinWidth / 2))
    }

    function takeFocus(): void {
        readerText.forceActiveFocus(Qt.ShortcutFocusReason)
    }

    Shortcut {
        sequence: "Ctrl+Shift+C"
        enabled: readerText.activeFocus && pane.text.length > 0
        onActivated: Clipboard.setText(pane.text)
    }

    padding: Theme.spacingM
    background: Rectangle {
        color: Theme.card
        radius: Theme.radius
        border.color: readerText.activeFocus ? Theme.palette.highlight
                                             : pane.chosen ? Theme.done
                                                           : pane.fusion ? Theme.working
                                                                         : Theme.subtle
        border.width: readerText.activeFocus || pane.chosen || pane.fusion ? 2 : 1
    }

    // The panes made with their turn make their contents a frame or two later, in the time
    // between frames: they appear at once, and making their contents in that same frame stalled
    // the window. A pane made later, as it is scrolled into view, makes them at once, so it
    // never shows empty.
    Loader {
        id: content

        anchors.fill: parent
        Component.onCompleted: {
            const view = pane.ListView.view
            asynchronous = view === null || view.contentX <= view.originX
            setSource("PaneContent.qml", { pane: pane })
        }
    }
}
