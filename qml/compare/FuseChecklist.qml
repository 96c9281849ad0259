import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// A guided fusion's checklist: every distinct point the answers make, with the answers that
// make it and whether they disagree; ticked points are kept.
ColumnLayout {
    id: list

    required property FusionChecklistModel checklist
    readonly property string phase: list.checklist ? list.checklist.state : "idle"

    spacing: Theme.spacingXs

    Label {
        Layout.fillWidth: true
        text: list.phase === "extracting"
              ? qsTr("Listing the points the answers make…")
              : list.phase === "failed"
                ? list.checklist.message + " " + qsTr("Every point will be fused.")
                : list.phase === "ready"
                  ? qsTr("%1 of %2 points kept").arg(list.checklist.chosenCount)
                                                .arg(list.checklist.count)
                  : ""
        color: list.phase === "failed" ? Theme.error : Theme.muted
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    BusyIndicator {
        visible: list.phase === "extracting"
        running: visible
        Accessible.name: qsTr("Listing the points")
    }
    ListView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        implicitHeight: contentHeight
        clip: true
        model: list.checklist
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Points to keep")
        ScrollBar.vertical: ScrollBar {}

        delegate: CheckBox {
            id: point

            required property int index
            required text
            required property string sources
            required property bool disputed
            required property bool chosen
            readonly property FusionChecklistModel points:
                (ListView.view as ListView).model as FusionChecklistModel

            width: ListView.view.width
            checked: point.chosen
            contentItem: Label {
                leftPadding: point.indicator.width + point.spacing
                text: point.text + "  [" + point.sources + "]"
                      + (point.disputed ? "  ⚠ " + qsTr("disputed") : "")
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            Accessible.name: point.text
            Accessible.description: (point.disputed ? qsTr("Disputed. ") : "")
                                    + qsTr("Made by answers %1").arg(point.sources)
            Accessible.onToggleAction: point.points.setChosen(point.index, !point.chosen)
            Accessible.onPressAction: point.points.setChosen(point.index, !point.chosen)
            onToggled: point.points.setChosen(point.index, checked)
        }
    }
}
