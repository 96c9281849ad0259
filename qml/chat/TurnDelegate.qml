import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// One turn: what the user asked (with its version, when it was edited) over its answers.
ColumnLayout {
    id: turn

    required property int index
    required property int turnId
    required property string userText
    required property date createdAt
    required property AnswerListModel answers
    required property int versionCount
    required property int versionIndex
    required property bool last
    required property var web
    property bool narrow: false
    property TurnFusion fusion: null
    property real viewHeight: 600

    // The turn's two popups are made when first opened, then kept: made with every turn, they
    // lengthened the frame in which a question's turn appears, and most turns never open them.
    property Popup fusePopup: null
    property Popup diffPanel: null

    function openFusePopup() {
        if (!turn.fusePopup) {
            const popup = fusePopupComponent.createObject(turn, {
                fusion: turn.fusion,
                turnId: turn.turnId
            })
            // A turn's delegate can be handed another version of the turn.
            popup.fusion = Qt.binding(() => turn.fusion)
            popup.turnId = Qt.binding(() => turn.turnId)
            popup.x = Qt.binding(() => Math.max(0, turn.width - popup.width - Theme.spacingL))
            turn.fusePopup = popup
        }
        turn.fusePopup.open()
    }

    function openDiffPanel() {
        if (!turn.diffPanel) {
            const panel = diffPanelComponent.createObject(turn, { answers: turn.answers })
            panel.answers = Qt.binding(() => turn.answers)
            panel.x = Qt.binding(() => turn.width - panel.width - Theme.spacingL)
            turn.diffPanel = panel
        }
        turn.diffPanel.open()
    }

    spacing: Theme.spacingS

    // "You" and the turn's actions on one line, the question under them at the full width: its
    // width no longer changes as the actions and the cost appear, so a long question is laid
    // out once, not again for each of them while the turn starts.
    ColumnLayout {
        id: question

        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacingL
        Layout.rightMargin: Theme.spacingL
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Label {
                text: qsTr("You")
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                visible: text.length > 0
                text: turn.answers.totalCostText
                color: Theme.muted
                Layout.alignment: Qt.AlignVCenter
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Cost of this question: %1").arg(turn.answers.totalCostSpoken)
                ToolTip.text: qsTr("Estimated from each model's price per million tokens in providers.json")
                ToolTip.visible: costHover.hovered
                ToolTip.delay: 500

                HoverHandler {
                    id: costHover
                }
            }
            Label {
                visible: turn.versionCount > 1
                text: qsTr("version %1 of %2").arg(turn.versionIndex).arg(turn.versionCount)
                color: Theme.muted
            }
            ToolPushButton {
                visible: turn.answers.count > 1
                text: qsTr("Differences")
                Accessible.name: qsTr("Show where the answers differ")
                onClicked: turn.openDiffPanel()
            }
            ToolPushButton {
                visible: turn.answers.count > 0 && turn.fusion !== null
                enabled: !turn.answers.running
                text: qsTr("Fuse answers")
                Accessible.name: qsTr("Fuse answers")
                Accessible.description: qsTr("One model writes the best answer from these answers")
                ToolTip.text: Accessible.description
                ToolTip.visible: hovered
                onClicked: turn.openFusePopup()
            }
            ToolPushButton {
                text: qsTr("Run each model's code")
                Accessible.name: qsTr("Run the code of each answer in the workspace")
                onClicked: Navigation.runEachAnswer(turn.turnId)
            }
        }
        QuestionText {
            Layout.fillWidth: true
            text: turn.userText
        }
    }

    WebSources {
        id: webSources

        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacingL
        Layout.rightMargin: Theme.spacingL
        web: turn.web
    }

    Component {
        id: fusePopupComponent

        FusePopup {}
    }

    Component {
        id: diffPanelComponent

        DiffPanel {}
    }

    function focusPane(row: int): void {
        answerRow.focusPane(row)
    }

    AnswerRow {
        id: answerRow

        Layout.fillWidth: true
        // The newest turn's panes fill the view under the question; earlier ones are compact.
        Layout.preferredHeight: turn.last
                                ? Math.max(320, turn.viewHeight - question.height
                                                - (webSources.visible ? webSources.height
                                                                        + Theme.spacingS : 0)
                                                - 3 * Theme.spacingL)
                                : 300
        answers: turn.answers
        narrow: turn.narrow
    }
}
