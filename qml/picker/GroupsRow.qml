import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// Saved model groups ("coding trio"): pick one, or keep the current selection as a group.
RowLayout {
    id: row

    required property ModelPickerModel picker

    spacing: Theme.spacingS

    ComboBox {
        Layout.fillWidth: true
        model: row.picker.groups
        displayText: count > 0 ? qsTr("Groups") : qsTr("No groups yet")
        enabled: count > 0
        Accessible.name: qsTr("Saved model groups")
        onActivated: index => row.picker.applyGroup(textAt(index))
    }
    TextField {
        id: name

        Layout.preferredWidth: 140
        placeholderText: qsTr("Group name")
        Accessible.name: qsTr("Name for a new group")
    }
    PushButton {
        text: qsTr("Save group")
        enabled: name.text.trim().length > 0 && row.picker.selection.length > 0
        onClicked: {
            row.picker.saveGroup(name.text)
            name.clear()
        }
    }
}
