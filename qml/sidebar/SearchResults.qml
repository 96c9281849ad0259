import QtQuick
import QtQuick.Controls
import Coro.Models

// Search hits as you type. Enter or a click opens the conversation at that turn.
ListView {
    id: results

    required property SearchResultModel search
    signal openRequested(int conversationId, int turnId)

    function openCurrent(): void {
        const hit = currentItem as SearchHitDelegate
        if (hit)
            hit.open()
    }

    model: search
    clip: true
    keyNavigationEnabled: true
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Search results")
    ScrollBar.vertical: ScrollBar {}

    delegate: SearchHitDelegate {
        readonly property SearchResults view: ListView.view as SearchResults

        width: view.width
        highlighted: ListView.isCurrentItem
        onOpenRequested: (conversationId, turnId) => view.openRequested(conversationId, turnId)
    }

    // On the list itself, not in its content, which moves and sizes with the hits.
    Label {
        parent: results
        anchors.centerIn: parent
        width: results.width - 2 * Theme.spacingL
        visible: results.count === 0 && !results.search.searching
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.muted
        text: qsTr("No conversation matches.")
    }
}
