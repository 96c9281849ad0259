import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// "Fuse answers": pick the model that writes one best answer from the turn's answers, at once
// or guided (it lists the distinct points first, the user keeps some, only those are fused).
Popup {
    id: popup

    required property TurnFusion fusion
    required property int turnId
    readonly property FusionChecklistModel checklist: popup.fusion ? popup.fusion.checklist : null
    readonly property bool listing: popup.checklist !== null && popup.checklist.state !== "idle"

    width: 480
    padding: Theme.spacingL
    modal: true
    focus: true
    onAboutToShow: {
        popup.fusion.cancelChecklist()
        modelBox.model = popup.fusion.models(popup.turnId)
        modelBox.currentIndex = 0
    }
    onClosed: popup.fusion.cancelChecklist()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Label {
            text: qsTr("Fuse answers")
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("One model writes the best answer from every finished answer, marks "
                       + "which answer each part came from and lists where they contradict "
                       + "each other.")
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        ComboBox {
            id: modelBox

            Layout.fillWidth: true
            enabled: !popup.listing
            Accessible.name: qsTr("Fusing model")
        }
        CheckBox {
            id: guided

            enabled: !popup.listing
            text: qsTr("Choose the points to keep first")
            Accessible.name: qsTr("Guided fusion")
            Accessible.onToggleAction: toggle()
            Accessible.onPressAction: toggle()
        }
        FuseChecklist {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(implicitHeight, 320)
            visible: popup.listing
            checklist: popup.checklist
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: popup.fusion ? popup.fusion.error : ""
            color: Theme.error
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS

            PushButton {
                text: qsTr("Cancel")
                onClicked: popup.close()
            }
            PushButton {
                visible: !guided.checked
                highlighted: true
                text: qsTr("Start fusion")
                enabled: modelBox.currentIndex >= 0
                onClicked: {
                    if (popup.fusion.fuse(popup.turnId, modelBox.currentText))
                        popup.close()
                }
            }
            PushButton {
                visible: guided.checked && !popup.listing
                highlighted: true
                text: qsTr("List the points")
                enabled: modelBox.currentIndex >= 0
                onClicked: popup.fusion.extractPoints(popup.turnId, modelBox.currentText)
            }
            PushButton {
                visible: popup.listing
                highlighted: true
                text: popup.listing && popup.checklist.state === "failed"
                      ? qsTr("Fuse every point") : qsTr("Fuse the chosen points")
                enabled: popup.listing && (popup.checklist.state === "failed"
                         || (popup.checklist.state === "ready" && popup.checklist.chosenCount > 0))
                onClicked: {
                    if (popup.fusion.fuseChosen())
                        popup.close()
                }
            }
        }
    }
}
