import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One search hit: the conversation, the words around the match in bold, who said them.
ItemDelegate {
    id: hit

    required property int conversationId
    required property int turnId
    required property string title
    required property string snippet
    required property string plainSnippet
    required property string source
    signal openRequested(int conversationId, int turnId)

    function open(): void {
        openRequested(conversationId, turnId)
    }

    onClicked: open()
    Accessible.onPressAction: open()
    Keys.onReturnPressed: open()
    Accessible.name: qsTr("%1, %2: %3").arg(title).arg(source).arg(plainSnippet)

    contentItem: ColumnLayout {
        spacing: 2

        Label {
            Layout.fillWidth: true
            text: hit.title
            textFormat: Text.PlainText
            font.bold: true
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: hit.snippet
            textFormat: Text.StyledText
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: hit.source
            color: Theme.muted
            font.pointSize: Theme.smallPointSize
            elide: Text.ElideRight
        }
    }
}
