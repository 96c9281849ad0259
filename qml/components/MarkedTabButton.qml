import QtQuick
import QtQuick.Controls

// A tab whose page is shown is underlined: the style's own shading of the current tab is
// nearly invisible in the dark palette.
TabButton {
    id: tab

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 2
        visible: tab.checked
        color: Theme.working
    }
}
