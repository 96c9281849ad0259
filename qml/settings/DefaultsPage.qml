import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// What every new question starts from: the parameters (the model picker can change them for
// one question) and the guide a new conversation is given.
ColumnLayout {
    id: page

    required property AppSettings settings

    spacing: Theme.spacingS

    Label {
        text: qsTr("Parameters")
        font.bold: true
    }
    GridLayout {
        columns: 2
        columnSpacing: Theme.spacingM
        rowSpacing: Theme.spacingXs

        Label { text: qsTr("Temperature") }
        TextField {
            Layout.preferredWidth: 160
            text: page.settings.temperature.toString()
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Accessible.name: qsTr("Default temperature, 0 to 2")
            onEditingFinished: page.settings.temperature
                               = Number.fromLocaleString(Qt.locale("C"), text)
        }
        Label { text: qsTr("Max tokens") }
        TextField {
            Layout.preferredWidth: 160
            text: page.settings.maxTokens.toString()
            inputMethodHints: Qt.ImhDigitsOnly
            Accessible.name: qsTr("Default max tokens, 1 to 32000")
            onEditingFinished: page.settings.maxTokens = parseInt(text)
        }
        Label { text: qsTr("Top p") }
        TextField {
            Layout.preferredWidth: 160
            text: page.settings.topP < 0 ? "" : page.settings.topP.toString()
            placeholderText: qsTr("not sent")
            Accessible.name: qsTr("Default top p, 0 to 1, empty for not sent")
            onEditingFinished: page.settings.topP = text.trim().length === 0
                               ? -1 : Number.fromLocaleString(Qt.locale("C"), text)
        }
    }
    Label {
        Layout.fillWidth: true
        visible: page.settings.defaultsProblem.length > 0
        text: page.settings.defaultsProblem
        color: Theme.error
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    Label {
        Layout.topMargin: Theme.spacingL
        text: qsTr("Conversation guide")
        font.bold: true
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Instructions every model gets at the start of a new conversation, such as "
                   + "\"Answer briefly, in plain English.\"")
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: 160

        TextArea {
            id: guideArea

            text: page.settings.guide
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("No guide")
            Accessible.name: qsTr("Default conversation guide")
            onEditingFinished: page.settings.guide = text
            background: Rectangle {
                color: Theme.palette.base
                border.color: guideArea.activeFocus ? Theme.palette.highlight : Theme.muted
                radius: 2
            }
        }
    }
    Item { Layout.fillHeight: true }
}
