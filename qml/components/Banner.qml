import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A strip above the window for what the user must know: a failed save, a file that could not
// be read. Announced to screen readers as an alert.
Pane {
    id: banner

    property string text
    property bool severe: false
    signal dismissed()

    visible: text.length > 0
    padding: Theme.spacingS
    background: Rectangle {
        color: banner.severe ? Qt.rgba(Theme.error.r, Theme.error.g, Theme.error.b, 0.18)
                             : Theme.subtle
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Label {
            text: banner.severe ? "⚠" : "ℹ"
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            text: banner.text
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        PushButton {
            visible: banner.severe
            text: qsTr("Dismiss")
            flat: true
            onClicked: banner.dismissed()
        }
    }
}
