import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One conversation in the history: title, when, pinned and live marks; a menu (right click,
// the menu key or the ⋯ button) to rename, pin, archive or delete. F2 renames, Delete deletes.
ItemDelegate {
    id: row

    required property int index
    required property int conversationId
    required property string title
    required property date updatedAt
    required property bool pinned
    required property bool archived
    required property bool live
    property bool current: false

    signal openRequested()

    // Today: the time; before: the date, both in the user's format.
    function when(): string {
        const today = new Date()
        return updatedAt.toDateString() === today.toDateString()
               ? updatedAt.toLocaleTimeString(Qt.locale(), Locale.ShortFormat)
               : updatedAt.toLocaleDateString(Qt.locale(), Locale.ShortFormat)
    }
    signal renameRequested(string newTitle)
    signal pinRequested()
    signal archiveRequested()
    signal deleteRequested()

    highlighted: current || ListView.isCurrentItem
    onClicked: openRequested()
    Accessible.onPressAction: openRequested()
    Keys.onReturnPressed: openRequested()
    Keys.onPressed: event => {
        if (event.key === Qt.Key_F2) {
            renameField.open()
            event.accepted = true
        } else if (event.key === Qt.Key_Delete) {
            row.deleteRequested()
            event.accepted = true
        } else if (event.key === Qt.Key_Menu) {
            menu.popup(row, row.width - menu.width, row.height)
            event.accepted = true
        }
    }
    Accessible.name: (pinned ? qsTr("Pinned: ") : "") + title
                     + (live ? qsTr(", answers streaming") : "")
    Accessible.description: updatedAt.toLocaleString(Qt.locale(), Locale.LongFormat)

    contentItem: RowLayout {
        spacing: Theme.spacingS

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: row.title
                elide: Text.ElideRight
                textFormat: Text.PlainText
                font.bold: row.current
            }
            Label {
                Layout.fillWidth: true
                text: row.live ? qsTr("● Answering…") : row.when()
                color: row.live ? Theme.working : Theme.muted
                font.pointSize: Theme.smallPointSize
                elide: Text.ElideRight
            }
        }
        Label {
            visible: row.pinned
            text: "📌"
            Accessible.ignored: true
        }
        ToolPushButton {
            text: "⋯"
            visible: row.hovered || row.highlighted || row.activeFocus
            Accessible.name: qsTr("Actions for %1").arg(row.title)
            onClicked: menu.popup(this, 0, height)
        }
    }

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: (eventPoint, button) => menu.popup()
    }

    Menu {
        id: menu

        MenuItem {
            text: qsTr("Rename…")
            onTriggered: renameField.open()
        }
        MenuItem {
            text: row.pinned ? qsTr("Unpin") : qsTr("Pin")
            onTriggered: row.pinRequested()
        }
        MenuItem {
            text: row.archived ? qsTr("Unarchive") : qsTr("Archive")
            onTriggered: row.archiveRequested()
        }
        MenuSeparator {}
        MenuItem {
            text: qsTr("Delete")
            onTriggered: row.deleteRequested()
        }
    }

    RenamePopup {
        id: renameField

        currentTitle: row.title
        onAccepted: newTitle => row.renameRequested(newTitle)
    }
}
