import QtQuick

// A paragraph: inline bold, italic, strikethrough, code and links.
Item {
    id: paragraph

    required property string text
    required property string plainText

    width: ListView.view.width
    implicitHeight: body.implicitHeight

    RichTextBlock {
        id: body

        width: paragraph.width
        text: paragraph.text
        Accessible.role: Accessible.Paragraph
        Accessible.name: paragraph.plainText
    }
}
