import QtQuick
import QtQuick.Controls
import Coro.Models

// A pane's actions: copy, continue the chat with this answer, ask again, stop, read aloud.
// Two Rows anchored left and right, not a RowLayout: Qt 6.4's layouts can miss the
// re-arrangement when "Ask again" appears as the answer finishes, drawing it over "Copy".
Item {
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

    implicitHeight: Math.max(start.implicitHeight, end.implicitHeight)

    Row {
        id: start

        anchors.left: parent.left
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
    }
    Row {
        id: end

        anchors.right: parent.right
        spacing: Theme.spacingXs

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
        // Reading aloud in a menu: four buttons in a row would not fit the narrowest pane.
        ToolPushButton {
            text: actions.reading ? "♪ ⋯" : "⋯"
            enabled: actions.reading || (actions.hasText && actions.finished)
            Accessible.name: qsTr("More actions for %1").arg(actions.label)
            ToolTip.text: actions.reading ? qsTr("Reading aloud: pause or stop") : qsTr("Read aloud")
            ToolTip.visible: hovered
            // Made when opened: a menu per pane, made with the pane, slowed the turn's start.
            onClicked: {
                const menu = moreMenu.createObject(this, {
                    reading: actions.reading,
                    label: actions.label
                })
                menu.readAloud.connect(actions.readAloudRequested)
                menu.closed.connect(menu.destroy)
                menu.popup(this, 0, height)
            }

            Component {
                id: moreMenu

                MoreMenu {}
            }
        }
    }

    component MoreMenu: Menu {
        id: menu

        property bool reading: false
        property string label: ""
        signal readAloud()

        MenuAction {
            visible: !menu.reading
            height: visible ? implicitHeight : 0
            text: qsTr("Read aloud")
            Accessible.name: qsTr("Read the answer from %1 aloud").arg(menu.label)
            onTriggered: menu.readAloud()
        }
        MenuAction {
            visible: menu.reading
            height: visible ? implicitHeight : 0
            text: Speech.paused ? qsTr("Resume") : qsTr("Pause")
            Accessible.name: Speech.paused ? qsTr("Resume reading aloud")
                                           : qsTr("Pause reading aloud")
            onTriggered: Speech.paused ? Speech.resume() : Speech.pause()
        }
        MenuAction {
            visible: menu.reading
            height: visible ? implicitHeight : 0
            text: qsTr("Stop reading")
            Accessible.name: qsTr("Stop reading aloud")
            onTriggered: Speech.stop()
        }
    }
}
