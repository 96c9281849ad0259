import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// What an answer pane holds: who answers and how it goes, the text as it streams, its
// reasoning, what went wrong and what helps, and the pane's actions. AnswerPane makes it a
// frame or two after itself (an asynchronous Loader).
ColumnLayout {
    id: content

    required property AnswerPane pane

    spacing: Theme.spacingS

    // Shift+wheel over the pane's header, figures or actions: the row scrolls sideways (over
    // the answer, MessageView says so itself, before it would scroll).
    WheelHandler {
        acceptedModifiers: Qt.ShiftModifier
        onWheel: event => content.pane.scrollRow((event.angleDelta.y !== 0 ? event.angleDelta.y
                                                                            : event.angleDelta.x)
                                                 / 120)
    }

    /// Scrolls the answer by @p steps tenths of its visible height (negative: up).
    function scrollAnswer(steps: int): void {
        const bar = messages.ScrollBar.vertical
        for (let i = 0; i < Math.abs(steps); ++i)
            steps < 0 ? bar.decrease() : bar.increase()
    }

    PaneHeader {
        Layout.fillWidth: true
        provider: content.pane.provider
        model: content.pane.model
        state: content.pane.state
        first: content.pane.first
        chosen: content.pane.chosen
        fusion: content.pane.fusion
        parameters: content.pane.parametersText
    }
    // What most panes never show is made only when it is shown: twelve panes start at
    // once, and every hidden part made for nothing lengthened that frame.
    Loader {
        Layout.fillWidth: true
        active: content.pane.fusion
        visible: active
        sourceComponent: Component {
            FusionSources {}
        }
        onLoaded: {
            const sources = item as FusionSources
            sources.provenance = Qt.binding(() => content.pane.provenance)
            sources.label = Qt.binding(() => content.pane.label)
        }
    }
    PaneStats {
        Layout.fillWidth: true
        ttftMs: content.pane.ttftMs
        tokensPerSecond: content.pane.tokensPerSecond
        tokensIn: content.pane.tokensIn
        tokensOut: content.pane.tokensOut
        elapsedMs: content.pane.elapsedMs
        costText: content.pane.costText
        costSpoken: content.pane.costSpoken
    }
    Loader {
        Layout.fillWidth: true
        active: content.pane.reasoning.length > 0
        visible: active
        sourceComponent: Component {
            ReasoningSection {}
        }
        onLoaded: {
            const section = item as ReasoningSection
            section.reasoning = Qt.binding(() => content.pane.reasoning)
            section.thinking = Qt.binding(() => content.pane.state === "thinking")
        }
    }
    Loader {
        Layout.fillWidth: true
        // Waiting to ask again: what happened, and when the next attempt goes.
        active: content.pane.retryInMs >= 0 && !content.pane.finished
        visible: active
        sourceComponent: Label {
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        onLoaded: (item as Label).text = Qt.binding(
                      () => "⟳ " + qsTr("%1 — retrying shortly").arg(content.pane.errorTitle))
    }
    Loader {
        Layout.fillWidth: true
        active: content.pane.state === "error" || content.pane.state === "interrupted"
        visible: active
        sourceComponent: Component {
            ErrorNotice {}
        }
        onLoaded: {
            const notice = item as ErrorNotice
            notice.provider = Qt.binding(() => content.pane.provider)
            notice.state = Qt.binding(() => content.pane.state)
            notice.errorCode = Qt.binding(() => content.pane.errorCode)
            notice.errorTitle = Qt.binding(() => content.pane.errorTitle)
            notice.errorMessage = Qt.binding(() => content.pane.errorMessage)
            notice.requestId = Qt.binding(() => content.pane.requestId)
            notice.retryInMs = Qt.binding(() => content.pane.retryInMs)
            notice.retryRequested.connect(() => content.pane.answers.retry(content.pane.index))
        }
    }
    MessageView {
        id: messages

        onSidewaysWheel: steps => content.pane.scrollRow(steps)
        Layout.fillWidth: true
        Layout.fillHeight: true
        model: content.pane.blocks
        sourceNames: {
            const names = {}
            const provenance = content.pane.provenance
            const legend = content.pane.fusion && provenance ? provenance.legend : []
            for (const source of legend)
                names[source.label] = source.model
            return names
        }
        Accessible.role: Accessible.List
        Accessible.name: content.pane.fusion
                         ? qsTr("Formatted fused answer from %1").arg(content.pane.label)
                         : qsTr("Formatted answer from %1").arg(content.pane.label)

        Label {
            anchors.top: parent.top
            visible: messages.count === 0 && !content.pane.finished
            text: qsTr("Waiting for the first words…")
            color: Theme.muted
        }
    }
    Loader {
        Layout.fillWidth: true
        active: content.pane.fusion
        // The box's own text, not its visible: an item in a hidden Loader is never
        // visible.
        visible: item !== null && (item as FusionContradictions).text.length > 0
        sourceComponent: Component {
            FusionContradictions {}
        }
        onLoaded: (item as FusionContradictions).provenance
                  = Qt.binding(() => content.pane.provenance)
    }
    PaneActions {
        Layout.fillWidth: true
        fusion: content.pane.fusion
        state: content.pane.state
        chosen: content.pane.chosen
        hasText: content.pane.text.length > 0
        label: content.pane.label
        onCopyRequested: Clipboard.setText(content.pane.text)
        onUseRequested: content.pane.answers.choose(content.pane.index)
        onRetryRequested: content.pane.answers.retry(content.pane.index)
        onStopRequested: content.pane.answers.cancel(content.pane.index)
        speechId: content.pane.label + "#" + content.pane.answerId
        onReadAloudRequested: Speech.read(speechId, content.pane.text)
    }
    Loader {
        Layout.fillWidth: true
        active: Speech.messageId === content.pane.label + "#" + content.pane.answerId
                && Speech.message.length > 0
        visible: active
        sourceComponent: Label {
            text: "⚠ " + Speech.message
            color: Theme.error
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
