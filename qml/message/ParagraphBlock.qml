import QtQuick

// A paragraph: inline bold, italic, strikethrough, code and links.
Item {
    id: paragraph

    required property string text
    required property string plainText
    required property var marks

    width: ListView.view.width
    implicitHeight: body.implicitHeight

    RichTextBlock {
        id: body

        marks: paragraph.marks
        sourceNames: (paragraph.ListView.view as MessageView)?.sourceNames ?? ({})
        width: paragraph.width
        text: paragraph.text
        Accessible.role: Accessible.Paragraph
        Accessible.name: paragraph.plainText
    }
}
