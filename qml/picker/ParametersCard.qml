import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// Temperature, max tokens and top_p for the next question, with core's validation message.
GridLayout {
    id: card

    required property ModelPickerModel picker

    columns: 2
    columnSpacing: Theme.spacingS
    rowSpacing: Theme.spacingXs

    Label { text: qsTr("Temperature") }
    TextField {
        Layout.fillWidth: true
        text: card.picker.temperature.toString()
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        Accessible.name: qsTr("Temperature, 0 to 2")
        onEditingFinished: card.picker.temperature = Number.fromLocaleString(Qt.locale("C"), text)
    }
    Label { text: qsTr("Max tokens") }
    TextField {
        Layout.fillWidth: true
        text: card.picker.maxTokens.toString()
        inputMethodHints: Qt.ImhDigitsOnly
        Accessible.name: qsTr("Max tokens, 1 to 32000")
        onEditingFinished: card.picker.maxTokens = parseInt(text)
    }
    Label { text: qsTr("Top p") }
    TextField {
        Layout.fillWidth: true
        text: card.picker.topP < 0 ? "" : card.picker.topP.toString()
        placeholderText: qsTr("not sent")
        Accessible.name: qsTr("Top p, 0 to 1, empty for not sent")
        onEditingFinished: card.picker.topP = text.trim().length === 0
                           ? -1 : Number.fromLocaleString(Qt.locale("C"), text)
    }
    Label {
        Layout.columnSpan: 2
        Layout.fillWidth: true
        visible: card.picker.paramsProblem.length > 0
        text: card.picker.paramsProblem
        color: Theme.error
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
