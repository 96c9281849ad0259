import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One provider in the list of Settings: its name, and where its key comes from in words.
ItemDelegate {
    id: row

    required property int index
    required property string providerId
    required property string name
    required property string protocol
    required property string baseUrl
    required property bool needsKey
    required property string keyEnv
    required property string keyStatus
    required property string keyStatusText
    required property bool preset
    required property bool local
    required property bool busy
    required property string notice
    required property bool noticeIsError

    highlighted: ListView.isCurrentItem
    onClicked: ListView.view.currentIndex = index
    Accessible.name: qsTr("%1, key: %2").arg(name).arg(keyStatusText)

    contentItem: ColumnLayout {
        spacing: 0

        Label {
            Layout.fillWidth: true
            text: row.name
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
        Label {
            Layout.fillWidth: true
            text: row.keyStatusText
            color: Theme.muted
            font.pointSize: Theme.smallPointSize
            elide: Text.ElideRight
        }
    }
}
