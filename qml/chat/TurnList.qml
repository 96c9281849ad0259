import QtQuick
import QtQuick.Controls
import Coro.Models

// The turns of the open conversation. The newest turn fills the view; a search hit scrolls
// its turn into view.
ListView {
    id: turnList

    required property ConversationModel conversation
    property bool narrow: false
    property TurnFusion fusion: null

    model: conversation
    clip: true
    spacing: Theme.spacingL
    boundsBehavior: Flickable.StopAtBounds
    topMargin: Theme.spacingM
    bottomMargin: Theme.spacingM
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Turns")
    ScrollBar.vertical: ScrollBar {}

    // The turn a search hit opened, kept at the top while the turns above it are still taking
    // their height (their panes fill in a frame or two later); the user's own scrolling ends it.
    property int heldRow: -1

    function keepHeldRow(): void {
        if (heldRow >= 0 && heldRow < count)
            positionViewAtIndex(heldRow, ListView.Beginning)
    }

    /// Focuses pane @p pane of the turn in the middle of the view (the newest when none is).
    function focusPane(pane: int): void {
        let row = indexAt(width / 2, contentY + height / 2)
        if (row < 0)
            row = count - 1
        const turn = itemAtIndex(row) as TurnDelegate
        if (turn)
            turn.focusPane(pane)
    }

    function holdAt(row: int): void {
        heldRow = row
        positionViewAtIndex(row, ListView.Beginning)
        releaseHold.restart()
    }

    onCountChanged: {
        if (conversation.focusRow < 0)
            positionViewAtEnd()
    }
    onContentHeightChanged: {
        if (heldRow >= 0)
            keepPlace.restart()
    }
    onMovementStarted: heldRow = -1

    // Just after the change, not within it: the view is laying itself out then and would
    // keep its old place.
    Timer {
        id: keepPlace

        interval: 0
        onTriggered: turnList.keepHeldRow()
    }
    Timer {
        id: releaseHold

        interval: 500
        onTriggered: turnList.heldRow = -1
    }

    Connections {
        target: turnList.conversation
        function onFocusRowChanged(): void {
            if (turnList.conversation.focusRow >= 0)
                turnList.holdAt(turnList.conversation.focusRow)
        }
    }

    delegate: TurnDelegate {
        readonly property TurnList view: ListView.view as TurnList

        width: view.width
        narrow: view.narrow
        viewHeight: view.height
        fusion: view.fusion
    }
}
