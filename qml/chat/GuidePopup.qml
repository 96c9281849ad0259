import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// The open conversation's guide: standing instructions every model gets with each question
// of this conversation. Empty: the default guide from Settings applies.
Popup {
    id: popup

    required property ConversationModel conversation
    required property string defaultGuide

    width: 440
    padding: Theme.spacingL
    modal: true
    focus: true
    onAboutToShow: guideText.text = popup.conversation.guide

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Label {
            text: qsTr("Conversation guide")
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            text: popup.defaultGuide.length > 0
                  ? qsTr("Every model follows it in this conversation. Leave it empty to use "
                         + "the default guide from Settings.")
                  : qsTr("Every model follows it in this conversation.")
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 140

            TextArea {
                id: guideText

                wrapMode: TextEdit.Wrap
                selectByMouse: true
                placeholderText: popup.defaultGuide.length > 0
                                 ? qsTr("Default: %1").arg(popup.defaultGuide)
                                 : qsTr("For example: answer briefly, in German.")
                Accessible.name: qsTr("Guide text")
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS

            PushButton {
                text: qsTr("Cancel")
                onClicked: popup.close()
            }
            PushButton {
                text: qsTr("Save guide")
                highlighted: true
                onClicked: {
                    popup.conversation.setGuide(guideText.text)
                    popup.close()
                }
            }
        }
    }
}
