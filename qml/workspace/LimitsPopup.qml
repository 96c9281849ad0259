import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// The limits the user may change: time (wall clock and CPU) and memory.
Popup {
    id: popup

    required property WorkspaceModel workspace

    padding: Theme.spacingM
    focus: true

    GridLayout {
        columns: 2
        columnSpacing: Theme.spacingM
        rowSpacing: Theme.spacingS

        Label {
            text: qsTr("Time limit (seconds)")
        }
        SpinBox {
            from: 1
            to: 600
            editable: true
            value: popup.workspace.timeoutSeconds
            Accessible.name: qsTr("Time limit in seconds")
            onValueModified: popup.workspace.timeoutSeconds = value
        }
        Label {
            text: qsTr("Memory limit (MB)")
        }
        SpinBox {
            from: 64
            to: 16384
            stepSize: 64
            editable: true
            value: popup.workspace.memoryMb
            Accessible.name: qsTr("Memory limit in MB")
            onValueModified: popup.workspace.memoryMb = value
        }
        Label {
            Layout.columnSpan: 2
            Layout.maximumWidth: 320
            text: qsTr("Programs run in a sandbox without network, seeing only their own "
                       + "working directory.")
            wrapMode: Text.Wrap
            color: Theme.muted
            font.pointSize: Theme.smallPointSize
        }
    }
}
