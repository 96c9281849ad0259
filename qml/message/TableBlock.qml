import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A table as a grid of cells (the header row bold), aligned as the Markdown says, scrolling
// sideways when it is wider than the pane.
Flickable {
    id: table

    required property var rows
    required property var columnAlignments
    required property string plainText

    readonly property int columns: Math.max(1, columnAlignments.length)
    // Every cell in reading order, with what its delegate needs.
    readonly property var cells: {
        const all = []
        for (let r = 0; r < rows.length; ++r) {
            for (let c = 0; c < columns; ++c)
                all.push({"text": rows[r][c] ?? "", "header": r === 0,
                          "align": columnAlignments[c] ?? ""})
        }
        return all
    }

    width: ListView.view.width
    height: grid.implicitHeight
    contentWidth: Math.max(width, grid.implicitWidth)
    contentHeight: grid.implicitHeight
    flickableDirection: Flickable.HorizontalFlick
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    ScrollBar.horizontal: ScrollBar {}
    Accessible.role: Accessible.Table
    Accessible.name: qsTr("Table: %1").arg(plainText)

    GridLayout {
        id: grid

        columns: table.columns
        columnSpacing: 0
        rowSpacing: 0

        Repeater {
            model: table.cells
            delegate: Rectangle {
                id: cell

                required property var modelData

                Layout.fillWidth: true
                Layout.fillHeight: true
                implicitWidth: Math.min(text.implicitWidth, 360) + 2 * Theme.spacingS
                implicitHeight: text.implicitHeight + Theme.spacingXs * 2
                color: modelData.header ? Theme.subtle : "transparent"
                border.color: Theme.divider
                border.width: 1

                RichTextBlock {
                    id: text

                    x: Theme.spacingS
                    y: Theme.spacingXs
                    width: Math.min(implicitWidth, 360)
                    text: cell.modelData.text
                    font.bold: cell.modelData.header
                    horizontalAlignment: cell.modelData.align === "right" ? TextEdit.AlignRight
                                         : cell.modelData.align === "center" ? TextEdit.AlignHCenter
                                                                             : TextEdit.AlignLeft
                }
            }
        }
    }
}
