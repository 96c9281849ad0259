import QtQuick
import QtQuick.Controls
import Coro.Models

// The code, monospace, coloured as it is typed with the same colours as code in answers.
// Ctrl+Enter runs it (instead of sending the prompt).
ScrollView {
    id: editorView

    required property WorkspaceModel workspace

    background: Rectangle {
        // The code palettes are made for these backgrounds (CodeTheme).
        color: Theme.dark ? "#0d1117" : "#ffffff"
        border.width: editor.activeFocus ? 2 : 0
        border.color: Theme.palette.highlight
    }

    TextArea {
        id: editor

        text: editorView.workspace.code
        font: editorView.workspace.codeFont
        color: Theme.dark ? "#e6edf3" : "#1f2328"
        selectByMouse: true
        persistentSelection: true
        wrapMode: TextEdit.NoWrap
        tabStopDistance: 4 * fontMetrics.averageCharacterWidth
        leftPadding: Theme.spacingM
        rightPadding: Theme.spacingM
        topPadding: Theme.spacingS
        bottomPadding: Theme.spacingS
        background: null
        placeholderText: qsTr("Code to run, or \"Open in workspace\" on a code block")
        Accessible.name: qsTr("Code")
        onTextChanged: editorView.workspace.code = text

        Keys.onShortcutOverride: event => {
            event.accepted = (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                             && (event.modifiers & Qt.ControlModifier)
        }
        Keys.onPressed: event => {
            if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                    && (event.modifiers & Qt.ControlModifier)) {
                editorView.workspace.run()
                event.accepted = true
            }
        }

        FontMetrics {
            id: fontMetrics

            font: editor.font
        }

        CodeEditorHighlighter {
            document: editor.textDocument
            language: editorView.workspace.language
            dark: Theme.dark
        }
    }
}
