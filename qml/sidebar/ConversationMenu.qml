import QtQuick
import QtQuick.Controls

// A conversation's actions in the history: rename, pin, archive, delete. Made when opened
// (ConversationDelegate.makeMenu), for one conversation.
Menu {
    id: menu

    property bool pinned: false
    property bool archived: false
    signal renameRequested()
    signal pinRequested()
    signal archiveRequested()
    signal deleteRequested()

    MenuAction {
        text: qsTr("Rename…")
        onTriggered: menu.renameRequested()
    }
    MenuAction {
        text: menu.pinned ? qsTr("Unpin") : qsTr("Pin")
        onTriggered: menu.pinRequested()
    }
    MenuAction {
        text: menu.archived ? qsTr("Unarchive") : qsTr("Archive")
        onTriggered: menu.archiveRequested()
    }
    MenuSeparator {}
    MenuAction {
        text: qsTr("Delete")
        onTriggered: menu.deleteRequested()
    }
}
