import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// Code: its language, a copy button, and the coloured lines, scrolling sideways rather than
// wrapping.
Rectangle {
    id: block

    required property string text
    required property string code
    required property string language

    width: ListView.view.width
    implicitHeight: column.implicitHeight
    radius: Theme.radius
    color: Theme.subtle

    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingS
            spacing: Theme.spacingS

            Label {
                Layout.fillWidth: true
                text: block.language.length > 0 ? block.language : qsTr("code")
                color: Theme.muted
                font.pointSize: Theme.smallPointSize
            }
            ToolPushButton {
                text: qsTr("Open in workspace")
                font.pointSize: Theme.smallPointSize
                Accessible.name: qsTr("Open this code in the workspace")
                onClicked: Navigation.openCode(block.language, block.code)
            }
            ToolPushButton {
                text: qsTr("Copy")
                font.pointSize: Theme.smallPointSize
                Accessible.name: qsTr("Copy code")
                onClicked: Clipboard.setText(block.code)
            }
        }
        Flickable {
            Layout.fillWidth: true
            Layout.preferredHeight: lines.implicitHeight
            contentWidth: lines.implicitWidth
            contentHeight: lines.implicitHeight
            flickableDirection: Flickable.HorizontalFlick
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            ScrollBar.horizontal: ScrollBar {}

            TextEdit {
                id: lines

                padding: Theme.spacingS
                readOnly: true
                selectByMouse: true
                textFormat: TextEdit.RichText
                text: block.text
                font.family: "monospace"
                color: Theme.palette.windowText
                selectionColor: Theme.palette.highlight
                selectedTextColor: Theme.palette.highlightedText
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Code, %1").arg(block.language.length > 0 ? block.language
                                                                                 : qsTr("plain"))
            }
        }
    }
}
