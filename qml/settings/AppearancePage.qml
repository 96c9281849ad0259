import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// Light, dark or the system's colours (at once), and the language (at the next start).
ColumnLayout {
    id: page

    required property AppSettings settings

    spacing: Theme.spacingS

    Label {
        text: qsTr("Colours")
        font.bold: true
    }
    // Radio buttons with one parent exclude each other.
    Repeater {
        model: [{ value: "system", text: qsTr("Like the system") },
                { value: "light", text: qsTr("Light") },
                { value: "dark", text: qsTr("Dark") }]
        delegate: RadioButton {
            required property var modelData

            text: modelData.text
            checked: (parent as AppearancePage).settings.appearance === modelData.value
            Accessible.name: qsTr("Colours: %1").arg(text)
            onClicked: (parent as AppearancePage).settings.appearance = modelData.value
        }
    }

    Label {
        Layout.topMargin: Theme.spacingL
        text: qsTr("Language")
        font.bold: true
    }
    ComboBox {
        Layout.preferredWidth: 260
        textRole: "text"
        valueRole: "value"
        model: [{ value: "system", text: qsTr("Like the system") },
                { value: "en", text: "English" },
                { value: "de", text: "Deutsch" }]
        currentIndex: Math.max(0, indexOfValue(page.settings.language))
        Accessible.name: qsTr("Language")
        onActivated: page.settings.language = currentValue
    }
    Label {
        Layout.fillWidth: true
        visible: page.settings.restartNeeded
        text: qsTr("The new language is used the next time Coro starts.")
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    Item { Layout.fillHeight: true }
}
