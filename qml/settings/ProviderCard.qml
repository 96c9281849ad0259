import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// One provider's details: where it is, its key (typed here, never shown back: only whether
// one is set and where it comes from), and whether it answers.
ScrollView {
    id: card

    required property ProviderSettingsModel providers
    property ProviderRow provider
    signal removed()

    readonly property bool hasProvider: provider !== null

    contentWidth: availableWidth
    clip: true
    onProviderChanged: removeButton.checked = false

    ColumnLayout {
        width: card.availableWidth
        spacing: Theme.spacingM
        visible: card.hasProvider

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            Label {
                Layout.fillWidth: true
                text: card.hasProvider ? card.provider.name : ""
                font.pointSize: Theme.bodyPointSize * Theme.headingScale
                font.bold: true
                elide: Text.ElideRight
                textFormat: Text.PlainText
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                color: Theme.muted
                font.pointSize: Theme.smallPointSize
                text: !card.hasProvider ? "" : qsTr("Protocol: %1").arg(card.provider.protocol)
                      + " · " + (card.provider.preset ? qsTr("built in") : qsTr("added by you"))
                      + (card.provider.local ? " · " + qsTr("on this computer") : "")
            }
        }

        Label {
            text: qsTr("Address")
            font.bold: true
        }
        TextField {
            id: urlField

            Layout.fillWidth: true
            text: card.hasProvider ? card.provider.baseUrl : ""
            selectByMouse: true
            Accessible.name: qsTr("Address (base URL)")
            onEditingFinished: {
                if (card.hasProvider && text !== card.provider.baseUrl
                        && !card.providers.setBaseUrl(card.provider.providerId, text))
                    text = card.provider.baseUrl
            }
        }
        Label {
            Layout.fillWidth: true
            visible: card.providers.error.length > 0
            text: card.providers.error
            color: Theme.error
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        KeySection {
            Layout.fillWidth: true
            providers: card.providers
            provider: card.provider
        }

        Label {
            text: qsTr("Connection")
            font.bold: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            PushButton {
                text: qsTr("Test connection")
                enabled: card.hasProvider && !card.provider.busy
                Accessible.name: qsTr("Test connection")
                onClicked: card.providers.testConnection(card.provider.providerId)
            }
            PushButton {
                text: qsTr("Fetch models")
                enabled: card.hasProvider && !card.provider.busy
                Accessible.name: qsTr("Fetch models")
                ToolTip.text: qsTr("Offer every model the provider lists in the model picker")
                ToolTip.visible: hovered
                onClicked: card.providers.fetchModels(card.provider.providerId)
            }
            BusyIndicator {
                Layout.preferredHeight: 28
                Layout.preferredWidth: 28
                visible: card.hasProvider && card.provider.busy
                running: visible
                Accessible.name: qsTr("Working")
            }
            Item { Layout.fillWidth: true }
        }
        Label {
            Layout.fillWidth: true
            visible: card.hasProvider && card.provider.notice.length > 0
            text: card.hasProvider ? (card.provider.noticeIsError ? "⚠ " : "✓ ")
                                     + card.provider.notice : ""
            color: card.hasProvider && card.provider.noticeIsError ? Theme.error : Theme.muted
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        MenuSeparator { Layout.fillWidth: true }
        RowLayout {
            spacing: Theme.spacingS

            PushButton {
                id: removeButton

                checkable: true
                flat: !checked
                text: checked ? qsTr("Keep it") : qsTr("Remove provider…")
                Accessible.name: checked ? qsTr("Keep the provider")
                                         : qsTr("Remove provider %1").arg(
                                               card.hasProvider ? card.provider.name : "")
            }
            PushButton {
                visible: removeButton.checked
                text: qsTr("Remove %1 and its key").arg(card.hasProvider ? card.provider.name : "")
                Accessible.name: text
                onClicked: {
                    removeButton.checked = false
                    if (card.providers.removeProvider(card.provider.providerId))
                        card.removed()
                }
            }
        }
    }
}
