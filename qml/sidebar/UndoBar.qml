import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// "Deleted … — Undo", for a few seconds after a conversation is deleted.
Pane {
    id: bar

    property int conversationId: 0
    property string title
    signal undo(int conversationId)

    function show(id: int, deletedTitle: string): void {
        conversationId = id
        title = deletedTitle
        visible = true
        hideTimer.restart()
    }

    visible: false
    padding: Theme.spacingS
    background: Rectangle { color: Theme.subtle }

    Timer {
        id: hideTimer

        interval: 8000
        onTriggered: bar.visible = false
    }

    RowLayout {
        anchors.fill: parent

        Label {
            id: label

            Layout.fillWidth: true
            text: qsTr("Deleted “%1”").arg(bar.title)
            elide: Text.ElideRight
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        PushButton {
            text: qsTr("Undo")
            flat: true
            onClicked: {
                bar.undo(bar.conversationId)
                bar.visible = false
            }
        }
    }
}
