import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// A provider's API key: whether one is set and where it comes from, a field to paste a new
// one (never filled with the stored key), and, when the keychain cannot be reached, the
// choice of keeping it for this session only.
ColumnLayout {
    id: section

    required property ProviderSettingsModel providers
    required property ProviderRow provider

    readonly property bool hasProvider: provider !== null
    readonly property bool keychainDown: !providers.keychainAvailable
        || (hasProvider && provider.keyStatus === "unavailable")

    function save(sessionOnly: bool): void {
        providers.setKey(provider.providerId, keyField.text, sessionOnly)
        keyField.clear()
    }

    spacing: Theme.spacingS

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Label {
            text: qsTr("API key")
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            text: section.hasProvider ? section.provider.keyStatusText : ""
            color: Theme.muted
            elide: Text.ElideRight
            Accessible.name: qsTr("Key status: %1").arg(text)
        }
    }
    Label {
        Layout.fillWidth: true
        visible: section.hasProvider && section.provider.keyEnv.length > 0
        text: section.hasProvider
              ? qsTr("The environment variable $%1, when set, is used instead of a stored key.")
                .arg(section.provider.keyEnv) : ""
        color: Theme.muted
        font.pointSize: Theme.smallPointSize
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: section.hasProvider && !section.provider.needsKey
        text: qsTr("This server needs no key; set one only if it asks for one.")
        color: Theme.muted
        font.pointSize: Theme.smallPointSize
        wrapMode: Text.Wrap
    }
    Pane {
        Layout.fillWidth: true
        visible: section.keychainDown && section.hasProvider && section.provider.needsKey
        padding: Theme.spacingS
        background: Rectangle {
            color: Qt.rgba(Theme.error.r, Theme.error.g, Theme.error.b, 0.12)
            radius: Theme.radius
        }
        Accessible.role: Accessible.AlertMessage
        Accessible.name: keychainText.text

        Label {
            id: keychainText

            width: parent.width
            wrapMode: Text.Wrap
            text: "⚠ " + (section.providers.keychainProblem.length > 0
                          ? section.providers.keychainProblem
                          : qsTr("The system keychain is not available. Keys can be kept for "
                                 + "this session only; nothing is stored in plain text."))
        }
    }
    TextField {
        id: keyField

        Layout.fillWidth: true
        echoMode: TextInput.Password
        selectByMouse: true
        placeholderText: section.hasProvider && (section.provider.keyStatus === "keychain"
                                                 || section.provider.keyStatus === "session")
                         ? qsTr("Paste a new key to replace the one set")
                         : qsTr("Paste the provider's API key")
        Accessible.name: qsTr("API key")
        Accessible.passwordEdit: true
        Keys.onReturnPressed: section.save(section.keychainDown)
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        PushButton {
            text: qsTr("Save in keychain")
            enabled: keyField.text.length > 0
            visible: !section.keychainDown
            Accessible.name: qsTr("Save key in keychain")
            onClicked: section.save(false)
        }
        PushButton {
            text: qsTr("Keep for this session only")
            enabled: keyField.text.length > 0
            visible: section.keychainDown
            Accessible.name: qsTr("Keep key for this session only")
            onClicked: section.save(true)
        }
        PushButton {
            text: qsTr("Remove key")
            enabled: section.hasProvider && (section.provider.keyStatus === "keychain"
                                             || section.provider.keyStatus === "session")
            Accessible.name: qsTr("Remove key")
            onClicked: section.providers.removeKey(section.provider.providerId)
        }
    }
}
