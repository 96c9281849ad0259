import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// Language, Run, Cancel and the limits of the next run.
Pane {
    id: bar

    required property WorkspaceModel workspace

    padding: Theme.spacingS

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        ComboBox {
            id: languagePicker

            // Gives way first when the panel is narrow.
            Layout.preferredWidth: 200
            Layout.minimumWidth: 96
            Layout.fillWidth: true
            Layout.maximumWidth: 240
            model: bar.workspace.languages
            textRole: "label"
            valueRole: "name"
            enabled: !bar.workspace.running
            Accessible.name: qsTr("Language")
            Component.onCompleted: currentIndex = indexOfValue(bar.workspace.language)
            onActivated: bar.workspace.language = currentValue

            Connections {
                target: bar.workspace
                function onLanguageChanged(): void {
                    languagePicker.currentIndex = languagePicker.indexOfValue(bar.workspace.language)
                }
            }
        }
        PushButton {
            text: qsTr("Run")
            highlighted: true
            enabled: !bar.workspace.running
            ToolTip.text: qsTr("Run the code in the sandbox (F5, or Ctrl+Enter in the editor)")
            ToolTip.visible: hovered
            onClicked: bar.workspace.run()
        }
        PushButton {
            text: qsTr("Cancel")
            enabled: bar.workspace.running || bar.workspace.answerRuns.running
            Accessible.name: qsTr("Cancel run")
            onClicked: bar.workspace.cancel()
        }
        ToolPushButton {
            id: limitsButton

            text: qsTr("%1 s · %2 MB").arg(bar.workspace.timeoutSeconds).arg(bar.workspace.memoryMb)
            Accessible.name: qsTr("Limits: %1 seconds, %2 MB of memory")
                             .arg(bar.workspace.timeoutSeconds).arg(bar.workspace.memoryMb)
            ToolTip.text: qsTr("Time and memory a run may use")
            ToolTip.visible: hovered
            onClicked: limits.open()
        }
    }

    LimitsPopup {
        id: limits

        workspace: bar.workspace
        x: bar.width - width - Theme.spacingS
        y: bar.height
    }
}
