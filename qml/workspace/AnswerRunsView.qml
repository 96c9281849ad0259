import QtQuick
import QtQuick.Controls
import Coro.Models

// "Run each model's version": the code of every answer of a turn, run, results side by side.
ListView {
    id: runsView

    required property AnswerRunsModel runs
    property font codeFont

    model: runs
    orientation: ListView.Horizontal
    clip: true
    spacing: Theme.spacingS
    leftMargin: Theme.spacingS
    rightMargin: Theme.spacingS
    topMargin: Theme.spacingS
    bottomMargin: Theme.spacingS
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Each model's version")
    ScrollBar.horizontal: ScrollBar {}

    delegate: AnswerRunCard {
        readonly property AnswerRunsView view: ListView.view as AnswerRunsView

        // Two side by side when they fit, else one at a time with the row scrolling.
        width: Math.max(200, (view.width - view.leftMargin - view.rightMargin - view.spacing) / 2)
        height: view.height - view.topMargin - view.bottomMargin
        codeFont: view.codeFont
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingL
        visible: runsView.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.muted
        text: qsTr("Runs the first code block of every answer to the newest message, and shows "
                   + "the results here side by side.")
    }
}
