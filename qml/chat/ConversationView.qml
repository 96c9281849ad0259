import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// The open conversation: its title and the models it asks, its turns top to bottom (the
// newest with full-height panes), and the composer.
Page {
    id: view

    required property AppCore app
    property bool narrow: false
    property alias headerLeading: leading
    property alias headerTrailing: trailing

    // Qt announces a Page as a tab: without a name it was an unnamed tab around everything.
    Accessible.name: qsTr("Conversation")

    function send(): void {
        composer.send()
    }
    function focusComposer(): void {
        composer.focusPrompt()
    }
    function focusPane(pane: int): void {
        turns.focusPane(pane)
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingS
            anchors.rightMargin: Theme.spacingS
            spacing: Theme.spacingS

            Item {
                id: leading

                implicitWidth: childrenRect.width
                implicitHeight: childrenRect.height
            }
            Label {
                Layout.fillWidth: true
                text: view.app.conversation.title.length > 0 ? view.app.conversation.title
                                                             : qsTr("New chat")
                font.pointSize: Theme.bodyPointSize * Theme.headingScale
                font.bold: true
                elide: Text.ElideRight
                textFormat: Text.PlainText
                Accessible.role: Accessible.Heading
            }
            PushButton {
                text: view.app.conversation.guide.length > 0 ? qsTr("Guide ✓") : qsTr("Guide")
                Accessible.name: qsTr("Conversation guide")
                Accessible.description: view.app.conversation.guide.length > 0
                                        ? view.app.conversation.guide
                                        : qsTr("No guide of its own")
                ToolTip.text: qsTr("Standing instructions for every model in this conversation")
                ToolTip.visible: hovered
                onClicked: guidePopup.open()
            }
            PushButton {
                id: modelsButton

                text: view.app.picker.selection.length === 1
                      ? view.app.picker.selection[0]
                      : qsTr("%n model(s)", "", view.app.picker.selection.length)
                Accessible.name: qsTr("Models: %1").arg(view.app.picker.selectionText)
                onClicked: picker.open()
            }
            Item {
                id: trailing

                implicitWidth: childrenRect.width
                implicitHeight: childrenRect.height
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TurnList {
            id: turns

            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: count > 0
            conversation: view.app.conversation
            fusion: view.app.fusion
            narrow: view.narrow
        }

        EmptyConversation {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: turns.count === 0
            app: view.app
            onExampleChosen: text => composer.setPrompt(text)
            onPickModels: picker.open()
        }

        Composer {
            id: composer

            Layout.fillWidth: true
            app: view.app
        }
    }

    GuidePopup {
        id: guidePopup

        conversation: view.app.conversation
        defaultGuide: view.app.settings.guide
        x: (view.width - width) / 2
        y: Theme.spacingXl
    }

    ModelPicker {
        id: picker

        picker: view.app.picker
        x: view.width - width - Theme.spacingS
        y: 0
    }
}
