import QtQuick

// A thematic break.
Item {
    width: ListView.view.width
    height: Theme.spacingL
    Accessible.ignored: true

    Rectangle {
        anchors.centerIn: parent
        width: parent.width
        height: 1
        color: Theme.subtle
    }
}
