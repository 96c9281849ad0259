import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// Where the question is typed: multi-line, Ctrl+Enter sends, Esc stops the running answers.
Pane {
    id: composer

    required property AppCore app

    function send(): void {
        if (prompt.text.trim().length === 0)
            return
        if (composer.app.ask(prompt.text, searchMode.currentValue)) {
            prompt.clear()
            searchMode.currentIndex = 0 // The choice was for this question.
        }
    }
    function focusPrompt(): void {
        prompt.forceActiveFocus()
    }
    function setPrompt(text: string): void {
        prompt.text = text
        prompt.forceActiveFocus()
        prompt.cursorPosition = prompt.length
    }

    padding: Theme.spacingM

    Connections {
        target: composer.app.dictation
        function onTranscribed(text: string): void {
            prompt.insert(prompt.cursorPosition, text)
            prompt.forceActiveFocus()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingXs

        Label {
            Layout.fillWidth: true
            visible: composer.app.searching
            text: qsTr("Searching the web… the models are asked as soon as it ends.")
            color: Theme.muted
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: {
                switch (composer.app.dictation.state) {
                case "recording":
                    return "● " + qsTr("Recording… press Stop dictation when you are done.")
                case "transcribing":
                    return qsTr("Writing down what you said…")
                case "failed":
                    return "⚠ " + composer.app.dictation.message
                default:
                    return ""
                }
            }
            color: composer.app.dictation.state === "failed" ? Theme.error : Theme.muted
            wrapMode: Text.Wrap
            Accessible.role: composer.app.dictation.state === "failed"
                             ? Accessible.AlertMessage : Accessible.StaticText
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: composer.app.askError.length > 0
            text: composer.app.askError
            color: Theme.error
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(Math.max(prompt.implicitHeight, 56), 200)
                background: Rectangle {
                    color: Theme.palette.base
                    radius: Theme.radius
                    border.width: prompt.activeFocus ? 2 : 1
                    border.color: prompt.activeFocus ? Theme.palette.highlight : Theme.subtle
                }

                TextArea {
                    id: prompt

                    placeholderText: qsTr("Ask every model… (Ctrl+Enter to send)")
                    wrapMode: TextEdit.Wrap
                    selectByMouse: true
                    focus: true
                    Accessible.name: qsTr("Prompt")
                    Accessible.description: qsTr("Ctrl+Enter sends to every chosen model")
                    Keys.onPressed: event => {
                        if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                && (event.modifiers & Qt.ControlModifier)) {
                            composer.send()
                            event.accepted = true
                        }
                    }
                }
            }
            ColumnLayout {
                spacing: Theme.spacingXs

                ComboBox {
                    id: searchMode

                    textRole: "text"
                    valueRole: "value"
                    model: [
                        { value: "auto", text: qsTr("Web: auto") },
                        { value: "always", text: qsTr("Web: always") },
                        { value: "never", text: qsTr("Web: never") }
                    ]
                    Accessible.name: qsTr("Web search")
                    Accessible.description: qsTr("Auto searches when the question needs "
                                                 + "current facts; always or never for this "
                                                 + "question")
                    ToolTip.text: Accessible.description
                    ToolTip.visible: hovered
                }

                PushButton {
                    text: qsTr("Send")
                    highlighted: true
                    enabled: prompt.text.trim().length > 0
                    Accessible.name: qsTr("Send")
                    ToolTip.text: qsTr("Send to every chosen model (Ctrl+Enter)")
                    ToolTip.visible: hovered
                    onClicked: composer.send()
                }
                PushButton {
                    readonly property bool recording:
                        composer.app.dictation.state === "recording"
                    text: recording ? qsTr("Stop dictation") : qsTr("Dictate")
                    enabled: composer.app.dictation.state !== "transcribing"
                    Accessible.name: recording ? qsTr("Stop dictation") : qsTr("Dictate")
                    ToolTip.text: qsTr("Speak your question; it is written into the prompt")
                    ToolTip.visible: hovered
                    onClicked: composer.app.dictation.toggle()
                }
                PushButton {
                    text: qsTr("Stop")
                    visible: composer.app.running || composer.app.searching
                    Accessible.name: qsTr("Stop")
                    ToolTip.text: qsTr("Stop every answer; their text is kept (Esc)")
                    ToolTip.visible: hovered
                    onClicked: composer.app.cancelRunning()
                }
            }
        }
    }
}
