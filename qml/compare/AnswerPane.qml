import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// One model's answer: who answers and how it goes (state, time to first token, speed,
// tokens, cost), the text as it streams, its reasoning folded away, what went wrong and what helps.
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
    TextEdit {
        id: readerText

        z: -1
        width: 1
        height: 1
        readOnly: true
        activeFocusOnPress: false
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

    padding: Theme.spacingM
    background: Rectangle {
        color: Theme.card
        radius: Theme.radius
        border.color: pane.chosen ? Theme.done : pane.fusion ? Theme.working : Theme.subtle
        border.width: pane.chosen || pane.fusion ? 2 : 1
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        PaneHeader {
            Layout.fillWidth: true
            provider: pane.provider
            model: pane.model
            state: pane.state
            first: pane.first
            chosen: pane.chosen
            fusion: pane.fusion
            parameters: pane.parametersText
        }
        // What most panes never show is made only when it is shown: twelve panes start at
        // once, and every hidden part made for nothing lengthened that frame.
        Loader {
            Layout.fillWidth: true
            active: pane.fusion
            visible: active
            sourceComponent: Component {
                FusionSources {}
            }
            onLoaded: {
                const sources = item as FusionSources
                sources.provenance = Qt.binding(() => pane.provenance)
                sources.label = Qt.binding(() => pane.label)
            }
        }
        PaneStats {
            Layout.fillWidth: true
            ttftMs: pane.ttftMs
            tokensPerSecond: pane.tokensPerSecond
            tokensIn: pane.tokensIn
            tokensOut: pane.tokensOut
            elapsedMs: pane.elapsedMs
            costText: pane.costText
            costSpoken: pane.costSpoken
        }
        Loader {
            Layout.fillWidth: true
            active: pane.reasoning.length > 0
            visible: active
            sourceComponent: Component {
                ReasoningSection {}
            }
            onLoaded: {
                const section = item as ReasoningSection
                section.reasoning = Qt.binding(() => pane.reasoning)
                section.thinking = Qt.binding(() => pane.state === "thinking")
            }
        }
        Label {
            Layout.fillWidth: true
            // Waiting to ask again: what happened, and when the next attempt goes.
            visible: pane.retryInMs >= 0 && !pane.finished
            text: "⟳ " + qsTr("%1 — retrying shortly").arg(pane.errorTitle)
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Loader {
            Layout.fillWidth: true
            active: pane.state === "error" || pane.state === "interrupted"
            visible: active
            sourceComponent: Component {
                ErrorNotice {}
            }
            onLoaded: {
                const notice = item as ErrorNotice
                notice.provider = Qt.binding(() => pane.provider)
                notice.state = Qt.binding(() => pane.state)
                notice.errorCode = Qt.binding(() => pane.errorCode)
                notice.errorTitle = Qt.binding(() => pane.errorTitle)
                notice.errorMessage = Qt.binding(() => pane.errorMessage)
                notice.requestId = Qt.binding(() => pane.requestId)
                notice.retryInMs = Qt.binding(() => pane.retryInMs)
                notice.retryRequested.connect(() => pane.answers.retry(pane.index))
            }
        }
        MessageView {
            id: messages

            Layout.fillWidth: true
            Layout.fillHeight: true
            model: pane.blocks
            sourceNames: {
                const names = {}
                const legend = pane.fusion && pane.provenance ? pane.provenance.legend : []
                for (const source of legend)
                    names[source.label] = source.model
                return names
            }
            Accessible.role: Accessible.List
            Accessible.name: pane.fusion ? qsTr("Formatted fused answer from %1").arg(pane.label)
                                         : qsTr("Formatted answer from %1").arg(pane.label)

            Label {
                anchors.top: parent.top
                visible: messages.count === 0 && !pane.finished
                text: qsTr("Waiting for the first words…")
                color: Theme.muted
            }
        }
        Loader {
            Layout.fillWidth: true
            active: pane.fusion
            // The box's own text, not its visible: an item in a hidden Loader is never visible.
            visible: item !== null && (item as FusionContradictions).text.length > 0
            sourceComponent: Component {
                FusionContradictions {}
            }
            onLoaded: (item as FusionContradictions).provenance = Qt.binding(() => pane.provenance)
        }
        PaneActions {
            Layout.fillWidth: true
            fusion: pane.fusion
            state: pane.state
            chosen: pane.chosen
            hasText: pane.text.length > 0
            label: pane.label
            onCopyRequested: Clipboard.setText(pane.text)
            onUseRequested: pane.answers.choose(pane.index)
            onRetryRequested: pane.answers.retry(pane.index)
            onStopRequested: pane.answers.cancel(pane.index)
            speechId: pane.label + "#" + pane.answerId
            onReadAloudRequested: Speech.read(speechId, pane.text)
        }
        Label {
            Layout.fillWidth: true
            visible: Speech.messageId === pane.label + "#" + pane.answerId
                     && Speech.message.length > 0
            text: "⚠ " + Speech.message
            color: Theme.error
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
