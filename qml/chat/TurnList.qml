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

    onCountChanged: {
        if (conversation.focusRow < 0)
            positionViewAtEnd()
    }

    Connections {
        target: turnList.conversation
        function onFocusRowChanged(): void {
            if (turnList.conversation.focusRow >= 0)
                turnList.positionViewAtIndex(turnList.conversation.focusRow, ListView.Beginning)
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
