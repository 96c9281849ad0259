import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// Where a fused answer came from: a chip per source answer ([A] and its model, with how many
// parts came from it), and every part with the answers it came from, for sighted readers and
// screen readers alike.
ColumnLayout {
    id: fusionSources

    // Not required: made by a Loader only for a fusion's pane, bound once made.
    property ProvenanceModel provenance: null
    property string label: ""

    spacing: Theme.spacingXs

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingXs

        Label {
            text: qsTr("Fused from:")
            color: Theme.muted
            font.pointSize: Theme.smallPointSize
        }
        Repeater {
            model: fusionSources.provenance ? fusionSources.provenance.legend : []
            delegate: Label {
                required property var modelData

                text: "[%1] %2".arg(modelData.label).arg(modelData.model)
                font.pointSize: Theme.smallPointSize
                textFormat: Text.PlainText
                padding: 2
                leftPadding: Theme.spacingXs
                rightPadding: Theme.spacingXs
                background: Rectangle {
                    color: Theme.subtle
                    radius: Theme.radius
                }
                Accessible.role: Accessible.StaticText
                Accessible.name: modelData.parts === 1
                                 ? qsTr("Source %1: %2, one part").arg(modelData.label)
                                       .arg(modelData.model)
                                 : qsTr("Source %1: %2, %3 parts").arg(modelData.label)
                                       .arg(modelData.model).arg(modelData.parts)
                HoverHandler {
                    id: hover
                }
                ToolTip.visible: hover.hovered
                ToolTip.text: modelData.parts === 1
                              ? qsTr("One part of the fused answer came from this answer")
                              : qsTr("%1 parts of the fused answer came from this answer")
                                    .arg(modelData.parts)
            }
        }
        ToolPushButton {
            text: qsTr("Parts by source")
            font.pointSize: Theme.smallPointSize
            enabled: fusionSources.provenance !== null && fusionSources.provenance.count > 0
            Accessible.name: qsTr("Show which answer each part of %1's fusion came from")
                                 .arg(fusionSources.label)
            onClicked: partsPopup.open()
        }
    }

    Popup {
        id: partsPopup

        width: Math.min(560, fusionSources.width)
        height: 360
        padding: Theme.spacingM

        ListView {
            anchors.fill: parent
            clip: true
            spacing: Theme.spacingS
            model: fusionSources.provenance
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Parts of the fused answer and their sources")
            ScrollBar.vertical: ScrollBar {}

            delegate: RowLayout {
                id: part

                required property int index
                required property string text
                required property var sources
                required property string description

                width: ListView.view.width
                spacing: Theme.spacingS
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("Part %1, %2: %3").arg(part.index + 1)
                                     .arg(part.description).arg(part.text)

                Label {
                    Layout.fillWidth: true
                    text: part.text
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                }
                Label {
                    Layout.alignment: Qt.AlignTop
                    text: part.sources.length > 0 ? "[" + part.sources.join("][") + "]" : "—"
                    color: Theme.done
                    font.bold: true
                    ToolTip.visible: partHover.hovered
                    ToolTip.text: part.description
                    HoverHandler {
                        id: partHover
                    }
                }
            }
        }
    }
}
