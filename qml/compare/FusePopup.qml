import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// "Fuse answers": pick the model that writes one best answer from the turn's answers.
Popup {
    id: popup

    required property TurnFusion fusion
    required property int turnId

    width: 480
    padding: Theme.spacingL
    modal: true
    focus: true
    onAboutToShow: {
        modelBox.model = popup.fusion.models(popup.turnId)
        modelBox.currentIndex = 0
    }

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
            Accessible.name: qsTr("Fusing model")
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
                highlighted: true
                text: qsTr("Start fusion")
                enabled: modelBox.currentIndex >= 0
                onClicked: {
                    if (popup.fusion.fuse(popup.turnId, modelBox.currentText))
                        popup.close()
                }
            }
        }
    }
}
