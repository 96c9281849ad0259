import QtQuick
import QtQuick.Controls

// Model name, provider in smaller text, the state chip, and the "first"/"continues" marks.
// Positioned with anchors and a Row, not a RowLayout: Qt 6.4's layouts can miss the
// re-arrangement when a mark appears or the chip's text changes in a streaming pane, leaving
// marks drawn over the name.
Item {
    id: header

    required property string provider
    required property string model
    required property string state
    required property bool first
    required property bool chosen
    property bool fusion: false
    /// What this model was asked with, when the turn has it twice ("temperature 1.5 · …").
    property string parameters: ""

    implicitHeight: Math.max(names.implicitHeight, marks.implicitHeight)

    Column {
        id: names

        anchors.left: parent.left
        anchors.right: marks.left
        anchors.rightMargin: Theme.spacingS
        anchors.verticalCenter: parent.verticalCenter
        spacing: 0

        Label {
            width: names.width
            text: header.model
            font.bold: true
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
        Label {
            width: names.width
            text: header.provider
            color: Theme.muted
            font.pointSize: Theme.smallPointSize
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
        // What most panes never show is made only when shown (a turn makes its panes at once).
        Loader {
            active: header.parameters.length > 0
            visible: active
            sourceComponent: Label {
                color: Theme.muted
                font.pointSize: Theme.smallPointSize
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
            onLoaded: {
                const label = item as Label
                label.width = Qt.binding(() => names.width)
                label.text = Qt.binding(() => header.parameters)
            }
        }
    }
    Row {
        id: marks

        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacingS

        Loader {
            anchors.verticalCenter: parent.verticalCenter
            active: header.fusion
            visible: active
            sourceComponent: Label {
                text: "◆ " + qsTr("fusion")
                color: Theme.working
                font.pointSize: Theme.smallPointSize
                font.bold: true
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Fused answer")
            }
        }
        Loader {
            anchors.verticalCenter: parent.verticalCenter
            active: header.chosen
            visible: active
            sourceComponent: Label {
                text: qsTr("continues the chat")
                color: Theme.done
                font.pointSize: Theme.smallPointSize
            }
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            visible: header.first && !header.chosen
            text: qsTr("first")
            color: Theme.muted
            font.pointSize: Theme.smallPointSize
        }
        StateChip {
            anchors.verticalCenter: parent.verticalCenter
            state: header.state
        }
    }
}
