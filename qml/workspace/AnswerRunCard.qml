import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One model's version: whose code, how it ended, what it printed (stderr marked).
Frame {
    id: card

    required property string label
    required property string language
    required property string state
    required property string status
    required property bool succeeded
    required property string stdoutText
    required property string stderrText
    required property string elapsed
    property font codeFont

    readonly property string word: state === "waiting" ? qsTr("waiting")
                                 : state === "running" ? qsTr("running…")
                                 : state === "skipped" ? qsTr("not run") : status

    padding: Theme.spacingS
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Run of %1's code").arg(label)
    Accessible.description: word

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingXs

        Label {
            Layout.fillWidth: true
            text: card.label
            font.bold: true
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: {
                const symbol = card.state === "finished" ? (card.succeeded ? "✓ " : "⚠ ")
                             : card.state === "skipped" ? "■ " : "● "
                return symbol + [card.language, card.word, card.elapsed]
                        .filter(part => part.length > 0).join(" · ")
            }
            color: card.state === "finished" ? (card.succeeded ? Theme.done : Theme.error)
                 : card.state === "skipped" ? Theme.muted : Theme.working
            font.pointSize: Theme.smallPointSize
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: card.state === "skipped" && card.status.length > 0
            text: card.status
            wrapMode: Text.Wrap
            color: Theme.muted
        }
        ScrollView {
            id: output

            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: card.stdoutText.length > 0 || card.stderrText.length > 0
            contentWidth: availableWidth

            ColumnLayout {
                width: output.availableWidth
                spacing: Theme.spacingXs

                TextEdit {
                    Layout.fillWidth: true
                    visible: card.stdoutText.length > 0
                    readOnly: true
                    selectByMouse: true
                    textFormat: TextEdit.PlainText
                    wrapMode: TextEdit.WrapAnywhere
                    font: card.codeFont
                    color: Theme.palette.text
                    selectionColor: Theme.palette.highlight
                    selectedTextColor: Theme.palette.highlightedText
                    text: card.stdoutText
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Output of %1: %2").arg(card.label).arg(text)
                }
                Label {
                    visible: card.stderrText.length > 0
                    text: qsTr("stderr")
                    color: Theme.error
                    font.bold: true
                    font.pointSize: Theme.smallPointSize
                    Accessible.ignored: true
                }
                TextEdit {
                    Layout.fillWidth: true
                    visible: card.stderrText.length > 0
                    readOnly: true
                    selectByMouse: true
                    textFormat: TextEdit.PlainText
                    wrapMode: TextEdit.WrapAnywhere
                    font: card.codeFont
                    color: Theme.error
                    selectionColor: Theme.palette.highlight
                    selectedTextColor: Theme.palette.highlightedText
                    text: card.stderrText
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("stderr of %1: %2").arg(card.label).arg(text)
                }
            }
        }
        Item {
            Layout.fillHeight: true
            visible: card.stdoutText.length === 0 && card.stderrText.length === 0
        }
    }
}
