import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One past run: its first line of code, how it ended, when.
ItemDelegate {
    id: entry

    required property int index
    required property string language
    required property string title
    required property string status
    required property bool succeeded
    required property string elapsed
    required property date createdAt
    required property bool fromAnswer

    Accessible.name: qsTr("%1 run, %2, %3: %4").arg(language).arg(status)
                     .arg(Qt.formatDateTime(createdAt, Locale.ShortFormat)).arg(title)
    Accessible.onPressAction: clicked()
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    topPadding: Theme.spacingS
    bottomPadding: Theme.spacingS

    contentItem: ColumnLayout {
        spacing: 2

        Label {
            Layout.fillWidth: true
            text: entry.title.length > 0 ? entry.title : qsTr("(empty)")
            font.family: "monospace"
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Label {
                text: (entry.succeeded ? "✓ " : "⚠ ") + entry.status
                color: entry.succeeded ? Theme.done : Theme.error
                font.pointSize: Theme.smallPointSize
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: [entry.language, entry.fromAnswer ? qsTr("from an answer") : "",
                       entry.elapsed, Qt.formatTime(entry.createdAt, Locale.ShortFormat)]
                      .filter(part => part.length > 0).join(" · ")
                color: Theme.muted
                font.pointSize: Theme.smallPointSize
            }
        }
    }
}
