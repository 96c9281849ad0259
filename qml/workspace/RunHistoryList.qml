import QtQuick
import QtQuick.Controls
import Coro.Models

// The open conversation's past runs, newest first; choosing one loads its code and output back.
ListView {
    id: historyView

    required property WorkspaceModel workspace
    signal loaded()

    model: workspace.history
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Past runs")
    ScrollBar.vertical: ScrollBar {}

    delegate: RunHistoryDelegate {
        readonly property RunHistoryList view: ListView.view as RunHistoryList

        width: view.width
        onClicked: {
            view.workspace.loadRun(index)
            view.loaded()
        }
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingL
        visible: historyView.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.muted
        text: historyView.workspace.history.count === 0
              ? qsTr("Runs are kept with the open conversation and listed here.") : ""
    }
}
