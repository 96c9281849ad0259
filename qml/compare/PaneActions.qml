import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// A pane's actions: copy, continue the chat with this answer, ask again, stop.
RowLayout {
    id: actions

    required property string state
    required property bool chosen
    required property bool hasText
    required property string label
    property bool fusion: false
    // What Speech knows this pane by.
    property string speechId: ""
    readonly property bool reading: actions.speechId.length > 0
                                    && Speech.readingId === actions.speechId
    signal copyRequested()
    signal useRequested()
    signal retryRequested()
    signal stopRequested()
    signal readAloudRequested()

    readonly property bool finished: States.finished(state)

    spacing: Theme.spacingXs

    PushButton {
        flat: true
        text: qsTr("Copy")
        enabled: actions.hasText
        Accessible.name: qsTr("Copy the answer from %1").arg(actions.label)
        onClicked: actions.copyRequested()
    }
    PushButton {
        flat: true
        text: actions.chosen ? qsTr("Continues ✓") : qsTr("Use ▸")
        enabled: actions.state === "done" && !actions.chosen
        Accessible.name: qsTr("Continue the chat with the answer from %1").arg(actions.label)
        ToolTip.text: qsTr("Follow-ups build on this answer")
        ToolTip.visible: hovered
        onClicked: actions.useRequested()
    }
    PushButton {
        flat: true
        visible: !actions.reading
        text: qsTr("Read aloud")
        enabled: actions.hasText && actions.finished
        Accessible.name: qsTr("Read the answer from %1 aloud").arg(actions.label)
        onClicked: actions.readAloudRequested()
    }
    PushButton {
        flat: true
        visible: actions.reading
        text: Speech.paused ? qsTr("Resume") : qsTr("Pause")
        Accessible.name: Speech.paused ? qsTr("Resume reading aloud")
                                       : qsTr("Pause reading aloud")
        onClicked: Speech.paused ? Speech.resume() : Speech.pause()
    }
    PushButton {
        flat: true
        visible: actions.reading
        text: qsTr("Stop reading")
        Accessible.name: qsTr("Stop reading aloud")
        onClicked: Speech.stop()
    }
    Item {
        Layout.fillWidth: true
    }
    PushButton {
        flat: true
        // A failed answer offers Retry in its notice.
        // A fusion is made again from the turn's "Fuse answers".
        visible: !actions.fusion && (actions.state === "done" || actions.state === "cancelled")
        text: qsTr("Ask again")
        Accessible.name: qsTr("Ask %1 again").arg(actions.label)
        onClicked: actions.retryRequested()
    }
    PushButton {
        flat: true
        visible: !actions.finished
        text: qsTr("Stop")
        Accessible.name: qsTr("Stop %1").arg(actions.label)
        onClicked: actions.stopRequested()
    }
}
