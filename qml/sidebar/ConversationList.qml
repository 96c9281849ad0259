import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// The conversations, a page at a time as the list scrolls; sections by day, pinned first.
ListView {
    id: list

    required property ConversationListModel conversations
    property int currentConversation: 0
    signal openRequested(int conversationId)

    model: conversations
    clip: true
    focus: true
    keyNavigationEnabled: true
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Conversations")
    ScrollBar.vertical: ScrollBar {}

    // The keyboard's row is the open conversation's, wherever rows come and go (none while a
    // new chat is open): else, when a new chat was added above it, the chat open before stayed
    // marked beside the new one.
    function followOpenConversation(): void {
        currentIndex = conversations.rowOf(currentConversation)
    }
    onCurrentConversationChanged: followOpenConversation()
    onCountChanged: followOpenConversation()

    section.property: "section"
    section.criteria: ViewSection.FullString
    section.delegate: Label {
        required property string section

        leftPadding: Theme.spacingM
        topPadding: Theme.spacingM
        bottomPadding: Theme.spacingXs
        text: section
        font.bold: true
        font.pointSize: Theme.smallPointSize
        color: Theme.muted
        Accessible.role: Accessible.Heading
    }

    delegate: ConversationDelegate {
        id: conversation

        readonly property ConversationList view: ListView.view as ConversationList

        width: view.width
        current: conversationId === view.currentConversation
        onOpenRequested: view.openRequested(conversationId)
        onRenameRequested: newTitle => view.conversations.rename(conversationId, newTitle)
        onPinRequested: view.conversations.setPinned(conversationId, !pinned)
        onArchiveRequested: view.conversations.setArchived(conversationId, !archived)
        onDeleteRequested: view.conversations.remove(conversationId)
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingL
        visible: list.count === 0 && !list.conversations.loading
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.muted
        text: list.conversations.archived ? qsTr("Nothing archived.")
                                  : qsTr("Your conversations appear here. They are kept on this "
                                         + "computer and can be searched offline.")
    }
}
