import QtQuick

// A quotation: a bar (thicker for a quote inside a quote), then the text.
Row {
    id: quote

    required property string text
    required property string plainText
    required property var marks
    required property int quoteDepth

    width: ListView.view.width
    spacing: Theme.spacingS

    Rectangle {
        width: 3 * Math.max(1, quote.quoteDepth)
        height: body.height
        color: Theme.subtle
    }
    RichTextBlock {
        id: body

        marks: quote.marks
        sourceNames: (quote.ListView.view as MessageView)?.sourceNames ?? ({})
        width: quote.width - 3 * Math.max(1, quote.quoteDepth) - Theme.spacingS
        text: quote.text
        color: Theme.muted
        Accessible.role: Accessible.Paragraph
        Accessible.name: qsTr("Quote: %1").arg(quote.plainText)
    }
}
