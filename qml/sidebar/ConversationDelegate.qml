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
            row.openRename()
            event.accepted = true
        } else if (event.key === Qt.Key_Delete) {
            row.deleteRequested()
            event.accepted = true
        } else if (event.key === Qt.Key_Menu) {
            const menu = row.makeMenu()
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
            onClicked: row.makeMenu().popup(this, 0, height)
        }
    }

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: (eventPoint, button) => row.makeMenu().popup()
    }

    // The menu and the rename field are made when opened: made with every row, they slowed
    // the history's first page and the row of each new chat.
    function makeMenu(): ConversationMenu {
        const menu = menuComponent.createObject(row, {
            pinned: row.pinned,
            archived: row.archived
        }) as ConversationMenu
        menu.renameRequested.connect(row.openRename)
        menu.pinRequested.connect(row.pinRequested)
        menu.archiveRequested.connect(row.archiveRequested)
        menu.deleteRequested.connect(row.deleteRequested)
        menu.closed.connect(menu.destroy)
        return menu
    }
    function openRename(): void {
        const popup = renameComponent.createObject(row, { currentTitle: row.title }) as RenamePopup
        popup.accepted.connect(row.renameRequested)
        popup.closed.connect(popup.destroy)
        popup.open()
    }

    Component {
        id: menuComponent

        ConversationMenu {}
    }
    Component {
        id: renameComponent

        RenamePopup {}
    }
}
