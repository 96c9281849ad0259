import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// How the last run ended ("exited with 0", "killed: time limit (10 s)"), in words with a
// symbol, and how long it took; while it runs, the time so far.
Pane {
    id: bar

    required property WorkspaceModel workspace

    readonly property string state: workspace.running ? "running"
                                  : workspace.status.length === 0 ? "" : workspace.succeeded
                                  ? "done" : "error"

    padding: Theme.spacingS
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    visible: state.length > 0 || workspace.notice.length > 0
    background: Rectangle {
        color: Theme.subtle
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            visible: bar.state.length > 0
            spacing: Theme.spacingS

            Label {
                text: bar.state === "running" ? "●" : bar.state === "done" ? "✓" : "⚠"
                color: bar.state === "running" ? Theme.working
                     : bar.state === "done" ? Theme.done : Theme.error
                Accessible.ignored: true
            }
            Label {
                Layout.fillWidth: true
                text: bar.workspace.running ? qsTr("running…") : bar.workspace.status
                elide: Text.ElideRight
                font.bold: true
                Accessible.role: Accessible.StaticText
                Accessible.name: bar.workspace.running
                                 ? qsTr("Running") : qsTr("Run %1").arg(bar.workspace.status)
            }
            Label {
                text: bar.workspace.elapsed
                color: Theme.muted
                Accessible.name: qsTr("Elapsed: %1").arg(text)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0 && bar.workspace.statusDetail !== bar.workspace.problem
            text: bar.workspace.statusDetail
            wrapMode: Text.Wrap
            color: Theme.muted
            font.pointSize: Theme.smallPointSize
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: bar.workspace.notice
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
