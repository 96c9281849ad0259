import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// Where the fused answers disagree, kept in view under the fused answer (never folded away):
// one line per disagreement, saying what each labelled answer claims.
Frame {
    id: box

    // Not required: made by a Loader only for a fusion's pane, bound once made.
    property ProvenanceModel provenance: null
    readonly property string text: box.provenance ? box.provenance.contradictions : ""

    visible: box.text.length > 0
    padding: Theme.spacingS
    background: Rectangle {
        color: "transparent"
        radius: Theme.radius
        border.color: Theme.error
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingXs

        // A Text, not a Label: Qt 6.4's Label reports itself as static text whatever role is
        // set, and screen readers list headings to jump between them.
        Text {
            text: "⚠ " + qsTr("Contradictions")
            font.bold: true
            color: Theme.error
            Accessible.role: Accessible.Heading
            Accessible.name: qsTr("Contradictions")
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contradictions.implicitHeight, 120)

            TextEdit {
                id: contradictions

                width: box.availableWidth
                text: box.text
                textFormat: TextEdit.PlainText
                wrapMode: TextEdit.Wrap
                readOnly: true
                selectByMouse: true
                color: Theme.palette.windowText
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Where the answers contradict each other")
                Accessible.description: box.text
            }
        }
    }
}
