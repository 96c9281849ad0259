import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The panel's title and its close button.
ToolBar {
    id: header

    signal closeRequested()

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingXs
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: qsTr("Workspace")
            font.bold: true
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
        }
        ToolPushButton {
            text: "✕"
            Accessible.name: qsTr("Close workspace")
            ToolTip.text: qsTr("Close workspace (Ctrl+Shift+W)")
            ToolTip.visible: hovered
            onClicked: header.closeRequested()
        }
    }
}
