import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// "Run each model's version" of the newest message, and the results side by side.
ColumnLayout {
    id: tab

    required property WorkspaceModel workspace

    spacing: 0

    RowLayout {
        Layout.fillWidth: true
        Layout.margins: Theme.spacingS
        spacing: Theme.spacingS

        PushButton {
            text: qsTr("Run each model's version")
            enabled: tab.workspace.available && !tab.workspace.answerRuns.running
            ToolTip.text: qsTr("Run the first code block of every answer to the newest message")
            ToolTip.visible: hovered
            onClicked: tab.workspace.runEachAnswer(0)
        }
        Label {
            Layout.fillWidth: true
            visible: tab.workspace.answerRuns.running
            text: qsTr("running, two at a time…")
            color: Theme.muted
            elide: Text.ElideRight
        }
    }

    AnswerRunsView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        runs: tab.workspace.answerRuns
        codeFont: tab.workspace.codeFont
    }
}
