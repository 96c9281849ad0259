import QtQuick
import QtQuick.Controls

// Renames a conversation in place: Enter keeps the new title, Escape leaves it as it was.
Popup {
    id: popup

    property string currentTitle
    signal accepted(string newTitle)

    width: parent ? parent.width : 240
    padding: Theme.spacingXs
    focus: true
    onOpened: {
        field.text = currentTitle
        field.selectAll()
        field.forceActiveFocus()
    }

    TextField {
        id: field

        anchors.fill: parent
        selectByMouse: true
        Accessible.name: qsTr("New title")
        onAccepted: {
            if (text.trim().length > 0)
                popup.accepted(text.trim())
            popup.close()
        }
    }
}
