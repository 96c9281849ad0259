import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What the user asked, selectable. A long question (a pasted file, a log) shows its start
// until "Show all": laying out thousands of words was most of the frame in which its turn
// appears, and the answers under it are what the user came to read.
ColumnLayout {
    id: question

    required property string text
    /// Beyond either, the question shows shortened until expanded.
    property int shortChars: 600
    property int shortLines: 8
    property bool expanded: false

    // Where the shortened text ends: at a line's or a word's end, -1 when it is short enough.
    readonly property int cut: {
        const limit = question.shortChars
        let lines = 0
        let end = Math.min(question.text.length, limit)
        for (let i = 0; i < end; ++i) {
            if (question.text.charCodeAt(i) === 10 && ++lines === question.shortLines) {
                end = i
                break
            }
        }
        if (end === question.text.length)
            return -1
        const space = question.text.lastIndexOf(" ", end)
        return end === limit && space > limit / 2 ? space : end
    }
    readonly property bool shortened: cut >= 0 && !expanded

    spacing: Theme.spacingXs

    TextEdit {
        id: body

        Layout.fillWidth: true
        text: question.shortened ? question.text.slice(0, question.cut).replace(/\s+$/, "") + " …"
                                 : question.text
        textFormat: TextEdit.PlainText
        wrapMode: TextEdit.Wrap
        readOnly: true
        selectByMouse: true
        color: Theme.palette.windowText
        selectionColor: Theme.palette.highlight
        selectedTextColor: Theme.palette.highlightedText
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Your message")
        Accessible.description: question.shortened
                                ? qsTr("Shortened; “Show all” shows all of it") : ""
    }
    ToolPushButton {
        id: toggle

        // Its words start where the question's do.
        Layout.leftMargin: -toggle.leftPadding
        visible: question.cut >= 0
        text: question.expanded
              ? qsTr("Show less")
                //: %n is the number of characters in the whole question.
              : qsTr("Show all (%n characters)", "", question.text.length)
        Accessible.name: question.expanded ? qsTr("Show less of your message")
                                           : qsTr("Show all of your message")
        onClicked: question.expanded = !question.expanded
    }
}
