import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// The history: New chat, search, and the conversations (pinned on top, grouped by day), or the
// search hits while a query is typed. Works with the network off.
Pane {
    id: sidebar

    required property AppCore app
    signal newChatRequested()
    signal settingsRequested()
    signal openRequested(int conversationId, int turnId)

    function focusSearch(): void {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingS
            spacing: Theme.spacingS

            PushButton {
                Layout.fillWidth: true
                text: qsTr("New chat")
                icon.name: "document-new"
                Accessible.name: qsTr("New chat")
                onClicked: sidebar.newChatRequested()
            }
            TextField {
                id: searchField

                Layout.fillWidth: true
                placeholderText: qsTr("Search history (Ctrl+K)")
                Accessible.name: qsTr("Search history")
                selectByMouse: true
                onTextChanged: sidebar.app.search.query = text
                Keys.onEscapePressed: text = ""
                Keys.onReturnPressed: results.openCurrent()
                Keys.onDownPressed: (searching ? results : list).forceActiveFocus()
                readonly property bool searching: text.trim().length > 0
            }
        }

        ConversationList {
            id: list

            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !searchField.searching
            conversations: sidebar.app.conversations
            currentConversation: sidebar.app.conversation.conversationId
            onOpenRequested: conversationId => sidebar.openRequested(conversationId, 0)
        }

        SearchResults {
            id: results

            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: searchField.searching
            search: sidebar.app.search
            onOpenRequested: (conversationId, turnId) => sidebar.openRequested(conversationId,
                                                                               turnId)
        }

        UndoBar {
            id: undoBar

            Layout.fillWidth: true
            onUndo: conversationId => sidebar.app.conversations.undoDelete(conversationId)
        }

        Connections {
            target: sidebar.app.conversations
            function onRemoved(conversationId: int, title: string): void {
                undoBar.show(conversationId, title)
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingS

            Switch {
                Layout.fillWidth: true
                text: qsTr("Archived")
                checked: sidebar.app.conversations.archived
                onToggled: sidebar.app.conversations.archived = checked
                Accessible.name: qsTr("Show archived conversations")
            }
            PushButton {
                text: "⚙ " + qsTr("Settings")
                flat: true
                Accessible.name: qsTr("Settings")
                onClicked: sidebar.settingsRequested()
            }
        }
    }
}
