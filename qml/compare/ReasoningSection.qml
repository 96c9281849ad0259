import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The model's thinking, folded away above the answer: "Thinking… ▸" while it thinks,
// "Reasoning ▸" after; a click unfolds it.
ColumnLayout {
    id: section

    // Not required: made by a Loader once there is reasoning, bound once made.
    property string reasoning: ""
    property bool thinking: false

    visible: reasoning.length > 0
    spacing: Theme.spacingXs

    ToolPushButton {
        id: toggle

        checkable: true
        text: (section.thinking ? qsTr("Thinking…") : qsTr("Reasoning"))
              + (checked ? " ▾" : " ▸")
        Accessible.name: checked ? qsTr("Hide reasoning") : qsTr("Show reasoning")
    }
    Label {
        Layout.fillWidth: true
        Layout.maximumHeight: 200
        visible: toggle.checked
        text: section.reasoning
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.muted
        clip: true
    }
}
