import QtQuick
import QtQuick.Controls
import Coro.Models

// Selectable rich text of one block. The model's text is escaped and its links are only
// http, https or mailto (src/markdown/safehtml.h); they open in the browser only on click.
// Quick Diff marks (what only this answer says, contradictions) are tinted and underlined in
// place while the turn's Differences are shown, and read out in the accessible description.
TextEdit {
    id: block

    property var marks: []
    // A fused answer's sources by label (MessageView.sourceNames).
    property var sourceNames: ({})
    // The sources this block cites ("[A] openai/gpt-4o, [B] …"), empty when none.
    readonly property string cited: {
        const names = block.sourceNames
        if (!names || Object.keys(names).length === 0 || block.text.length === 0)
            return ""
        const plain = block.getText(0, block.length)
        const found = []
        const tag = /\[([A-Z])\]/g
        let match
        while ((match = tag.exec(plain)) !== null) {
            if (names[match[1]] !== undefined && found.indexOf(match[1]) < 0)
                found.push(match[1])
        }
        return found.map(label => "[" + label + "] " + names[label]).join(", ")
    }

    readOnly: true
    selectByMouse: true
    textFormat: TextEdit.RichText
    wrapMode: TextEdit.Wrap
    color: Theme.palette.windowText
    selectionColor: Theme.palette.highlight
    selectedTextColor: Theme.palette.highlightedText
    onLinkActivated: link => {
        if (/^(https?:|mailto:)/i.test(link))
            Qt.openUrlExternally(link)
    }

    Accessible.description: block.marks.map(mark => mark.note)
                            .concat(block.cited.length > 0 ? [qsTr("From %1").arg(block.cited)]
                                                           : [])
                            .join("\n")
    ToolTip.text: qsTr("From %1").arg(block.cited)
    ToolTip.visible: hover.hovered && block.cited.length > 0 && block.hoveredLink.length === 0
    ToolTip.delay: 400

    SentenceMarker {
        // Attached only while there are marks: attached, it re-reads every change to the text
        // of a streaming block, and most blocks are never marked.
        document: block.marks.length > 0 ? block.textDocument : null
        marks: block.marks
        dark: Theme.dark
    }

    HoverHandler {
        id: hover

        cursorShape: block.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.IBeamCursor
    }
}
