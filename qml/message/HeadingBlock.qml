import QtQuick

// A heading, sized by its level (1 largest).
Item {
    id: heading

    required property string text
    required property string plainText
    required property int level

    width: ListView.view.width
    implicitHeight: body.implicitHeight

    RichTextBlock {
        id: body

        width: heading.width
        text: heading.text
        font.bold: true
        font.pointSize: Theme.bodyPointSize * Math.max(1.0, 1.45 - 0.1 * heading.level)
        topPadding: Theme.spacingXs
        Accessible.role: Accessible.Heading
        Accessible.name: heading.plainText
    }
}
