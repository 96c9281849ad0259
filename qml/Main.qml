import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    id: window

    width: 960
    height: 640
    minimumWidth: 480
    minimumHeight: 320
    visible: true
    title: qsTr("Coro")

    ColumnLayout {
        anchors.centerIn: parent
        spacing: 12

        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Coro")
            font.pixelSize: 32
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Ask many models at once. The chat view is on its way; until then, "
                       + "coro-cli ask streams every model side by side in the terminal.")
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.maximumWidth: window.width - 48
        }
    }
}
