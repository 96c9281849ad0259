import QtQuick
import QtQuick.Controls
import Qt.labs.qmlmodels

// One answer as formatted blocks, one small delegate per kind. Blocks arrive as the answer
// streams; only the last one changes, so a long answer costs no more per token than a short
// one. The list scrolls on its own, beside the other panes.
ListView {
    id: view

    // A fused answer's sources by label ({"A": "provider/model", ...}): a block that cites
    // [A] or [B] names them on hover and to screen readers. Empty for an ordinary answer.
    property var sourceNames: ({})
    /// Shift+wheel over the answer, in wheel steps (positive: back): the row of answers scrolls
    /// sideways with it, not this answer up and down.
    signal sidewaysWheel(real steps)

    WheelHandler {
        acceptedModifiers: Qt.ShiftModifier
        onWheel: event => view.sidewaysWheel((event.angleDelta.y !== 0 ? event.angleDelta.y
                                                                        : event.angleDelta.x)
                                             / 120)
    }

    clip: true
    spacing: Theme.spacingS
    boundsBehavior: Flickable.StopAtBounds
    reuseItems: false
    // Blocks are made as they scroll into view, not a screen ahead: a turn shows several
    // panes at once, and most of their later blocks are never scrolled to.
    cacheBuffer: 0
    ScrollBar.vertical: ScrollBar {}

    // A streaming answer is laid out per frame only while a view shows it (a pane scrolled
    // out of sight has none): this view says so to its blocks (MessageBlockModel::addView).
    onModelChanged: view.model?.addView?.(view)
    Component.onCompleted: view.model?.addView?.(view)

    delegate: DelegateChooser {
        role: "kind"

        DelegateChoice {
            roleValue: "heading"
            HeadingBlock {}
        }
        DelegateChoice {
            roleValue: "list_item"
            ListItemBlock {}
        }
        DelegateChoice {
            roleValue: "quote"
            QuoteBlock {}
        }
        DelegateChoice {
            roleValue: "code"
            CodeBlock {}
        }
        DelegateChoice {
            roleValue: "table"
            TableBlock {}
        }
        DelegateChoice {
            roleValue: "rule"
            RuleBlock {}
        }
        DelegateChoice {
            ParagraphBlock {}
        }
    }
}
