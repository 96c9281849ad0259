import QtQuick
import Coro.Models

// Selectable rich text of one block. The model's text is escaped and its links are only
// http, https or mailto (src/markdown/safehtml.h); they open in the browser only on click.
// Quick Diff marks (what only this answer says, contradictions) are tinted and underlined in
// place while the turn's Differences are shown, and read out in the accessible description.
TextEdit {
    id: block

    property var marks: []

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

    Accessible.description: block.marks.map(mark => mark.note).join("\n")

    SentenceMarker {
        document: block.textDocument
        marks: block.marks
        dark: Theme.dark
    }

    HoverHandler {
        cursorShape: block.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.IBeamCursor
    }
}
