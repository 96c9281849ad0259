import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// The first run: how to add a provider (each built-in one a badge that opens its settings
// page) and the model servers found on this computer, each one click away.
Frame {
    id: card

    required property AppCore app

    padding: Theme.spacingXl
    background: Rectangle {
        color: Theme.card
        radius: Theme.radius
        border.color: Theme.subtle
    }
    // Loopback is asked only while the card is shown (the first run), never at every start.
    Component.onCompleted: if (visible) card.app.localServers.probe()
    onVisibleChanged: if (visible) card.app.localServers.probe()

    Connections {
        target: Navigation
        function onLocalServerChosen(presetId: string, baseUrl: string): void {
            if (card.app.providers.addPreset(presetId, baseUrl))
                card.app.providers.fetchModels(presetId)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        Label {
            Layout.fillWidth: true
            text: qsTr("Welcome to Coro")
            font.pointSize: Theme.bodyPointSize * 1.4
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Coro asks several AI models the same question and shows their answers "
                       + "side by side. To start, add a provider: choose one below and paste "
                       + "its API key. Keys are kept in the system keychain, never in a file.")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Providers")

            Repeater {
                model: card.app.providers
                delegate: PushButton {
                    id: badge

                    required property string providerId
                    required property string name
                    required property bool local

                    visible: !local
                    text: name
                    flat: true
                    leftPadding: Theme.spacingM
                    rightPadding: Theme.spacingM
                    topPadding: Theme.spacingXs
                    bottomPadding: Theme.spacingXs
                    background: Rectangle {
                        radius: height / 2
                        color: badge.hovered ? Theme.subtle : "transparent"
                        border.color: Theme.muted
                    }
                    Accessible.name: qsTr("Set up %1").arg(name)
                    onClicked: Navigation.openSettings(providerId)
                }
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            text: qsTr("On this computer")
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            visible: card.app.localServers.count === 0
            wrapMode: Text.Wrap
            color: Theme.muted
            text: card.app.localServers.probing
                  ? qsTr("Looking for Ollama, LM Studio and llama.cpp…")
                  : qsTr("No model server found on this computer (Ollama, LM Studio, "
                         + "llama.cpp). Started one? Look again.")
        }
        Repeater {
            model: card.app.localServers
            delegate: PushButton {
                required property string presetId
                required property string serverName
                required property string baseUrl
                required property int modelCount

                text: qsTr("Use %1 on this computer").arg(serverName) + " · "
                      + (modelCount === 1 ? qsTr("1 model") : qsTr("%1 models").arg(modelCount))
                highlighted: true
                Accessible.name: qsTr("Use %1 on this computer").arg(serverName)
                onClicked: Navigation.localServerChosen(presetId, baseUrl)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            PushButton {
                text: qsTr("Look again")
                enabled: !card.app.localServers.probing
                Accessible.name: qsTr("Look again for model servers on this computer")
                onClicked: card.app.localServers.probe()
            }
            PushButton {
                text: qsTr("Open settings")
                Accessible.name: qsTr("Open settings")
                onClicked: Navigation.openSettings("")
            }
        }
    }
}
