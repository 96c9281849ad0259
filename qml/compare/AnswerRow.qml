import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// The answers of one turn: side by side when there is room (scrolling sideways past what
// fits), as tabs with one pane at a time when the window is narrow.
Item {
    id: answerRow

    required property AnswerListModel answers
    property bool narrow: false

    /// Brings pane @p row into view (its tab, when narrow) and gives it the keyboard focus.
    function focusPane(row: int): void {
        if (row < 0 || row >= panes.count)
            return
        if (narrow)
            tabs.setCurrentIndex(row)
        panes.positionViewAtIndex(row, narrow ? ListView.Beginning : ListView.Contain)
        const pane = panes.itemAtIndex(row) as AnswerPane
        if (pane)
            pane.takeFocus()
    }

    // A fusion the user just asked for is added after the answers, often past the right edge:
    // it is brought into view (or its tab chosen) as it starts.
    Connections {
        target: answerRow.answers
        function onFusionAdded(row: int): void {
            if (answerRow.narrow)
                tabs.setCurrentIndex(row)
            else
                panes.positionViewAtIndex(row, ListView.Contain)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: answerRow.narrow ? Theme.spacingS : Theme.spacingL
        anchors.rightMargin: anchors.leftMargin
        spacing: 0

        TabBar {
            id: tabs

            Layout.fillWidth: true
            visible: answerRow.narrow
            currentIndex: panes.currentIndex
            Repeater {
                model: answerRow.narrow ? answerRow.answers : null
                delegate: MarkedTabButton {
                    required property string label
                    required property string state
                    required property bool fusion

                    // A fused answer's tab says so: its model also has a tab of its own.
                    text: States.symbolFor(state) + " " + (fusion ? qsTr("%1 · fusion").arg(label)
                                                                  : label)
                    width: implicitWidth
                    Accessible.name: fusion
                                     ? qsTr("Fused answer from %1, %2").arg(label)
                                                                       .arg(States.wordFor(state))
                                     : qsTr("%1, %2").arg(label).arg(States.wordFor(state))
                }
            }
        }
        ListView {
            id: panes

            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: ListView.Horizontal
            spacing: answerRow.narrow ? 0 : Theme.spacingM
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: answerRow.answers
            snapMode: answerRow.narrow ? ListView.SnapOneItem : ListView.NoSnap
            highlightRangeMode: answerRow.narrow ? ListView.StrictlyEnforceRange
                                                 : ListView.NoHighlightRange
            currentIndex: tabs.currentIndex
            // A tab chosen (or a fusion started) slides its pane in quickly, however far.
            highlightMoveVelocity: -1
            highlightMoveDuration: 200
            // Panes are made as they scroll into view, none ahead (AnswerPane).
            cacheBuffer: 0
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Answers")
            ScrollBar.horizontal: ScrollBar {
                policy: !answerRow.narrow && panes.contentWidth > panes.width
                        ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }

            delegate: AnswerPane {
                readonly property ListView view: ListView.view as ListView
                // One pane a page when narrow; else at least the minimum, sharing the row.
                width: view.snapMode === ListView.SnapOneItem
                       ? view.width
                       : Math.max(Theme.paneMinWidth,
                                  (view.width - (view.count - 1) * view.spacing)
                                  / Math.max(1, view.count))
                // Room for the horizontal scroll bar when the panes do not all fit.
                height: view.height - (view.contentWidth > view.width ? Theme.spacingM : 0)
            }
        }
    }
}
