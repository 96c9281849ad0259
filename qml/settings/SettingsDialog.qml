import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// Settings: providers and their keys, appearance and language, and what a new question
// starts from. Opened from the sidebar, an error pane or the first-run card.
Dialog {
    id: dialog

    required property AppCore app

    // Opens at @p providerId's page (or the providers list when it is empty).
    function openProvider(providerId: string): void {
        tabs.currentIndex = 0
        providersPage.select(providerId)
        open()
    }

    objectName: "settingsDialog"
    title: qsTr("Settings")
    modal: true
    focus: true
    padding: Theme.spacingL
    standardButtons: Dialog.Close
    onOpened: dialog.app.providers.refreshKeys()

    Timer {
        id: reopen

        // After the palette change has reached every item.
        interval: 0
        onTriggered: dialog.open()
    }
    Connections {
        target: dialog.app.settings
        function onAppearanceChanged(): void {
            // HACK: an open popup keeps the palette it opened with (Qt 6.4); opening it again
            // applies the new colours at once.
            if (dialog.opened) {
                dialog.close()
                reopen.start()
            }
        }
    }

    header: ColumnLayout {
        spacing: 0

        Label {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingL
            Layout.bottomMargin: Theme.spacingS
            text: dialog.title
            font.pointSize: Theme.bodyPointSize * Theme.headingScale
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        TabBar {
            id: tabs

            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingL
            Layout.rightMargin: Theme.spacingL
            Accessible.name: qsTr("Settings sections")

            MarkedTabButton {
                text: qsTr("Providers")
                Accessible.name: qsTr("Providers")
            }
            MarkedTabButton {
                text: qsTr("Appearance")
                Accessible.name: qsTr("Appearance")
            }
            MarkedTabButton {
                text: qsTr("Defaults")
                Accessible.name: qsTr("Defaults")
            }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        ProvidersPage {
            id: providersPage

            providers: dialog.app.providers
        }
        AppearancePage {
            settings: dialog.app.settings
        }
        DefaultsPage {
            settings: dialog.app.settings
        }
    }
}
