import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One console row: a line of stdout, a line of stderr (marked "stderr", not by colour alone),
// an image the program wrote (Coro's local copy, never a remote address) or a note of Coro's.
Item {
    id: line

    required property string text
    required property string stream
    required property url image
    property font codeFont

    readonly property bool isError: stream === "stderr"
    readonly property bool isImage: stream === "image"
    // Only copies Coro made are shown; anything else is never loaded.
    readonly property bool localImage: isImage && String(image).startsWith("file:")

    implicitHeight: row.implicitHeight
    Accessible.role: Accessible.StaticText
    Accessible.name: isError ? qsTr("stderr: %1").arg(text)
                   : isImage ? qsTr("Image %1").arg(text) : text

    RowLayout {
        id: row

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        spacing: Theme.spacingS

        // A gutter on every row, so stdout and stderr text start at the same place.
        Label {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 44
            text: line.isError ? qsTr("stderr") : line.stream === "note" ? "ℹ" : ""
            color: line.isError ? Theme.error : Theme.muted
            font.pointSize: Theme.smallPointSize
            font.bold: line.isError
            Accessible.ignored: true
        }
        Text {
            Layout.fillWidth: true
            visible: !line.isImage
            text: line.text
            textFormat: Text.PlainText
            wrapMode: Text.WrapAnywhere
            font: line.stream === "note" ? Theme.bodyProbe.font : line.codeFont
            color: line.isError ? Theme.error
                 : line.stream === "note" ? Theme.muted : Theme.palette.text
            Accessible.ignored: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            visible: line.isImage
            spacing: Theme.spacingXs

            Label {
                text: line.text
                color: Theme.muted
                font.pointSize: Theme.smallPointSize
                elide: Text.ElideMiddle
                Layout.fillWidth: true
                Accessible.ignored: true
            }
            Image {
                Layout.preferredWidth: Math.min(implicitWidth, row.width)
                Layout.preferredHeight: implicitWidth > 0
                                        ? Layout.preferredWidth * implicitHeight / implicitWidth : 0
                source: line.localImage ? line.image : ""
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                cache: false
                smooth: implicitWidth > 32
                Accessible.ignored: true
            }
        }
    }
}
