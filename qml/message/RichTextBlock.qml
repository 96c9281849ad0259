import QtQuick

// Selectable rich text of one block. The model's text is escaped and its links are only
// http, https or mailto (src/markdown/safehtml.h); they open in the browser only on click.
TextEdit {
    id: block

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

    HoverHandler {
        cursorShape: block.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.IBeamCursor
    }
}
