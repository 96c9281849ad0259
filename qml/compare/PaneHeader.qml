import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Model name, provider in smaller text, the state chip, and the "first"/"continues" marks.
RowLayout {
    id: header

    required property string provider
    required property string model
    required property string state
    required property bool first
    required property bool chosen
    property bool fusion: false

    spacing: Theme.spacingS

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0

        Label {
            Layout.fillWidth: true
            text: header.model
            font.bold: true
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
        Label {
            Layout.fillWidth: true
            text: header.provider
            color: Theme.muted
            font.pointSize: Theme.smallPointSize
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
    }
    Label {
        visible: header.fusion
        text: "◆ " + qsTr("fusion")
        color: Theme.working
        font.pointSize: Theme.smallPointSize
        font.bold: true
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Fused answer")
    }
    Label {
        visible: header.chosen
        text: qsTr("continues the chat")
        color: Theme.done
        font.pointSize: Theme.smallPointSize
    }
    Label {
        visible: header.first && !header.chosen
        text: qsTr("first")
        color: Theme.muted
        font.pointSize: Theme.smallPointSize
    }
    StateChip {
        state: header.state
    }
}
