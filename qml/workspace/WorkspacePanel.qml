import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// The workspace beside the conversation: code in an editor, run in the sandbox, what it
// printed (and drew) below, the conversation's past runs and each model's version of a turn.
Pane {
    id: panel

    required property WorkspaceModel workspace
    /// Where the editor/console split is remembered.
    required property AppSettings settings
    signal closeRequested()

    function showAnswerRuns(): void {
        tabs.currentIndex = 3
    }

    padding: 0
    Accessible.role: Accessible.Pane

    Connections {
        target: panel.workspace.answerRuns
        function onCountChanged(): void {
            if (panel.workspace.answerRuns.count > 0)
                panel.showAnswerRuns()
        }
    }
    Accessible.name: qsTr("Workspace")

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        WorkspaceHeader {
            Layout.fillWidth: true
            onCloseRequested: panel.closeRequested()
        }

        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacingL
            visible: !panel.workspace.available
            text: panel.workspace.unavailableText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: Theme.muted
        }

        // No sandbox here (bwrap missing, namespaces forbidden) or no interpreter: why, and the fix.
        Pane {
            Layout.fillWidth: true
            visible: panel.workspace.available && panel.workspace.problem.length > 0
            padding: Theme.spacingS
            background: Rectangle {
                color: Qt.rgba(Theme.error.r, Theme.error.g, Theme.error.b, 0.18)
            }

            Label {
                width: parent.width
                text: "⚠ " + panel.workspace.problem
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                Accessible.role: Accessible.AlertMessage
                Accessible.name: panel.workspace.problem
            }
        }

        RunToolbar {
            Layout.fillWidth: true
            visible: panel.workspace.available
            workspace: panel.workspace
        }

        RememberedSplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: panel.workspace.available
            orientation: Qt.Vertical
            settings: panel.settings
            name: "workspace"

            CodeEditor {
                SplitView.fillHeight: true
                SplitView.minimumHeight: 120
                workspace: panel.workspace
            }

            ColumnLayout {
                SplitView.preferredHeight: 320
                SplitView.minimumHeight: 160
                spacing: 0

                RunStatusBar {
                    Layout.fillWidth: true
                    workspace: panel.workspace
                }

                TabBar {
                    id: tabs

                    Layout.fillWidth: true
                    MarkedTabButton {
                        text: qsTr("Console")
                        width: implicitWidth
                    }
                    MarkedTabButton {
                        text: qsTr("Input")
                        width: implicitWidth
                        Accessible.name: qsTr("Input (stdin)")
                    }
                    MarkedTabButton {
                        text: qsTr("History (%1)").arg(panel.workspace.history.count)
                        width: implicitWidth
                    }
                    MarkedTabButton {
                        text: qsTr("Each model")
                        width: implicitWidth
                        Accessible.name: qsTr("Each model's version")
                    }
                }

                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: tabs.currentIndex

                    RunConsole {
                        console: panel.workspace.console
                        codeFont: panel.workspace.codeFont
                    }
                    InputEditor {
                        workspace: panel.workspace
                    }
                    RunHistoryList {
                        workspace: panel.workspace
                        onLoaded: tabs.currentIndex = 0
                    }
                    EachModelTab {
                        workspace: panel.workspace
                    }
                }
            }
        }
    }
}
