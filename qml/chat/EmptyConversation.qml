import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// A new chat: which models will answer, and a few questions to start from; on the first
// run, the welcome card instead.
Item {
    id: empty

    required property AppCore app
    signal exampleChosen(string text)
    signal pickModels()

    WelcomeCard {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 640)
        visible: empty.app.firstRun
        app: empty.app
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 640)
        visible: !empty.app.firstRun
        spacing: Theme.spacingM

        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Ask many models at once")
            font.pointSize: Theme.bodyPointSize * 1.4
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.muted
            text: empty.app.picker.selection.length > 0
                  ? qsTr("Your question goes to %1.").arg(empty.app.picker.selectionText)
                  : qsTr("Choose the models that should answer.")
        }
        PushButton {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Choose models…")
            onClicked: empty.pickModels()
        }
        ExamplePrompts {
            Layout.fillWidth: true
            onChosen: text => empty.exampleChosen(text)
        }
    }
}
