import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// Adds a provider: one of your own (any OpenAI-compatible server by default) by name and
// address, or a built-in one removed earlier. The key is set afterwards on its page.
Dialog {
    id: dialog

    required property ProviderSettingsModel providers
    signal added(string providerId)

    readonly property string problem: urlField.text.length > 0
                                      ? providers.urlProblem(urlField.text) : ""

    // Accepting closes the dialog; a file that cannot be written is said on the page.
    function addCustom(): void {
        const id = providers.addCustomProvider(nameField.text, urlField.text,
                                               protocolBox.currentValue)
        if (id.length > 0)
            added(id)
    }

    title: qsTr("Add provider")
    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(520, parent ? parent.width - 2 * Theme.spacingL : 520)
    padding: Theme.spacingL
    topPadding: Theme.spacingS
    onAccepted: addCustom()

    header: Label {
        padding: Theme.spacingL
        bottomPadding: 0
        text: dialog.title
        font.pointSize: Theme.bodyPointSize * Theme.headingScale
        font.bold: true
        Accessible.role: Accessible.Heading
    }
    footer: Pane {
        padding: Theme.spacingL
        topPadding: 0
        background: null

        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacingS

            Item { Layout.fillWidth: true }
            PushButton {
                text: qsTr("Add")
                highlighted: true
                enabled: nameField.text.trim().length > 0 && urlField.text.length > 0
                         && dialog.problem.length === 0
                Accessible.name: qsTr("Add this provider")
                onClicked: dialog.accept()
            }
            PushButton {
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel")
                onClicked: dialog.reject()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: qsTr("Any server that speaks the OpenAI chat API works: a company proxy, "
                       + "vLLM, LiteLLM, LocalAI…")
            wrapMode: Text.Wrap
            color: Theme.muted
        }
        Label { text: qsTr("Name") }
        TextField {
            id: nameField

            Layout.fillWidth: true
            focus: true
            placeholderText: qsTr("e.g. Team proxy")
            Accessible.name: qsTr("Provider name")
        }
        Label { text: qsTr("Address (base URL)") }
        TextField {
            id: urlField

            Layout.fillWidth: true
            placeholderText: "https://api.example.com/v1"
            inputMethodHints: Qt.ImhUrlCharactersOnly
            Accessible.name: qsTr("Provider address")
            Keys.onReturnPressed: if (dialog.problem.length === 0) dialog.accept()
        }
        Label { text: qsTr("Protocol") }
        ComboBox {
            id: protocolBox

            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: [{ value: "openai", text: qsTr("OpenAI-compatible") },
                    { value: "anthropic", text: qsTr("Anthropic") },
                    { value: "gemini", text: qsTr("Google Gemini") },
                    { value: "ollama", text: qsTr("Ollama") }]
            Accessible.name: qsTr("Protocol")
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.problem.length > 0 ? dialog.problem : dialog.providers.error
            color: Theme.error
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingM
            visible: dialog.providers.missingPresets.length > 0
            spacing: Theme.spacingS

            MenuSeparator { Layout.fillWidth: true }
            Label { text: qsTr("Or a built-in provider you removed") }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                ComboBox {
                    id: presetBox

                    Layout.fillWidth: true
                    model: dialog.providers.missingPresets
                    textRole: "name"
                    valueRole: "id"
                    Accessible.name: qsTr("Built-in provider")
                }
                PushButton {
                    text: qsTr("Add again")
                    enabled: presetBox.currentIndex >= 0
                    Accessible.name: qsTr("Add the built-in provider again")
                    onClicked: {
                        const id = presetBox.currentValue
                        if (dialog.providers.addPreset(id, "")) {
                            dialog.added(id)
                            dialog.close()
                        }
                    }
                }
            }
        }
    }
}
