import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A pane's actions: copy, continue the chat with this answer, ask again, stop.
RowLayout {
    id: actions

    required property string state
    required property bool chosen
    required property bool hasText
    required property string label
    property bool fusion: false
    signal copyRequested()
    signal useRequested()
    signal retryRequested()
    signal stopRequested()

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
