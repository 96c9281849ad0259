import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// Every provider on the left, the chosen one's details on the right; providers are added
// below the list.
RowLayout {
    id: page

    required property ProviderSettingsModel providers

    function select(providerId: string): void {
        if (providerId.length > 0)
            list.currentIndex = Math.max(0, providers.indexOf(providerId))
    }

    spacing: Theme.spacingL

    ColumnLayout {
        Layout.preferredWidth: 240
        Layout.fillHeight: true
        spacing: Theme.spacingS

        Frame {
            Layout.fillWidth: true
            Layout.fillHeight: true
            padding: 1

            ProviderList {
                id: list

                anchors.fill: parent
                providers: page.providers
            }
        }
        PushButton {
            Layout.fillWidth: true
            text: qsTr("Add provider…")
            Accessible.name: qsTr("Add provider")
            onClicked: addDialog.open()
        }
    }

    ProviderCard {
        Layout.fillWidth: true
        Layout.fillHeight: true
        providers: page.providers
        provider: list.currentRow
        onRemoved: list.currentIndex = Math.min(list.currentIndex, list.count - 1)
    }

    AddProviderDialog {
        id: addDialog

        providers: page.providers
        onAdded: providerId => page.select(providerId)
    }
}
