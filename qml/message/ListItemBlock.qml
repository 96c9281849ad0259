import QtQuick
import QtQuick.Controls

// One list item: its bullet, number or task box, indented by how deep the list is.
Row {
    id: item

    required property string text
    required property string plainText
    required property var marks
    required property int listDepth
    required property int quoteDepth
    required property bool ordered
    required property int number
    required property string taskState

    readonly property real indent: Math.max(0, listDepth - 1) * Theme.spacingXl
                                   + quoteDepth * Theme.spacingL

    width: ListView.view.width
    spacing: Theme.spacingS
    leftPadding: indent

    Label {
        width: Theme.spacingL + (item.ordered ? Theme.spacingS : 0)
        horizontalAlignment: Text.AlignRight
        text: item.taskState === "done" ? "☑" : item.taskState === "open" ? "☐"
              : item.ordered ? item.number + "." : "•"
        Accessible.ignored: true
    }
    RichTextBlock {
        marks: item.marks
        sourceNames: (item.ListView.view as MessageView)?.sourceNames ?? ({})
        width: item.width - item.indent - Theme.spacingL * 2 - Theme.spacingS
        text: item.text
        Accessible.role: Accessible.ListItem
        Accessible.name: (item.taskState === "done" ? qsTr("Done: ")
                          : item.taskState === "open" ? qsTr("To do: ") : "") + item.plainText
    }
}
