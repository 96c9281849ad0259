import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// Where the answers of one turn differ: what every model says, where two contradict each
// other, what only one model says, and any two answers word by word. Marks are words and
// symbols (✓ ⚠ −[ ] +[ ]), never colour alone.
Popup {
    id: panel

    required property AnswerListModel answers

    // Narrow enough to leave most panes in view: their text is marked while this is open.
    width: Math.min(520, parent ? Math.max(360, parent.width * 0.4) : 520)
    height: Math.min(640, parent ? parent.height : 640)
    padding: Theme.spacingM
    modal: false
    focus: true
    // Stays open while the user reads and selects in the marked panes; Esc or Close ends it.
    closePolicy: Popup.CloseOnEscape
    onOpened: {
        comparison.refresh()
        first.currentIndex = 0
        second.currentIndex = Math.min(1, comparison.labels.length - 1)
    }

    AnswerComparison {
        id: comparison

        answers: panel.answers
        tint: panel.visible
    }

    ScrollView {
        id: scroller

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: Theme.spacingS

            RowLayout {
                Layout.fillWidth: true

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Differences")
                    font.bold: true
                    font.pointSize: Theme.bodyPointSize * Theme.headingScale
                    Accessible.role: Accessible.Heading
                }
                ToolButton {
                    text: "✕"
                    Accessible.name: qsTr("Close differences")
                    ToolTip.text: qsTr("Close (Esc)")
                    ToolTip.visible: hovered
                    onClicked: panel.close()
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("While this panel is open, the answers mark what only they say "
                           + "(blue, dotted underline) and their contradictions (orange, "
                           + "wavy underline).")
                wrapMode: Text.Wrap
                color: Theme.muted
                font.pointSize: Theme.smallPointSize
            }
            Label {
                text: qsTr("Said by every model")
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            Label {
                visible: comparison.agreed.length === 0
                text: qsTr("Nothing all answers share.")
                color: Theme.muted
            }
            Repeater {
                model: comparison.agreed
                delegate: Label {
                    required property string modelData

                    Layout.fillWidth: true
                    text: "✓ " + modelData
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    Accessible.name: qsTr("Every model says: %1").arg(modelData)
                }
            }

            Label {
                text: qsTr("Contradictions")
                font.bold: true
                topPadding: Theme.spacingS
                Accessible.role: Accessible.Heading
            }
            Label {
                visible: comparison.contradictions.length === 0
                text: qsTr("No two answers contradict each other.")
                color: Theme.muted
            }
            Repeater {
                model: comparison.contradictions
                delegate: Label {
                    required property var modelData

                    Layout.fillWidth: true
                    text: "⚠ " + qsTr("%1: “%2” — %3: “%4”").arg(modelData.label)
                                                            .arg(modelData.text)
                                                            .arg(modelData.otherLabel)
                                                            .arg(modelData.otherText)
                    color: Theme.error
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                }
            }

            Label {
                text: qsTr("Only one model said")
                font.bold: true
                topPadding: Theme.spacingS
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: comparison.unique
                delegate: ColumnLayout {
                    id: entry

                    required property var modelData

                    Layout.fillWidth: true
                    spacing: 2

                    Label {
                        text: entry.modelData.label
                        font.bold: true
                        color: Theme.muted
                    }
                    Repeater {
                        model: entry.modelData.sentences
                        delegate: Label {
                            required property string modelData

                            Layout.fillWidth: true
                            text: "● " + modelData
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                        }
                    }
                }
            }

            Label {
                text: qsTr("Compare two answers word by word")
                font.bold: true
                topPadding: Theme.spacingS
                Accessible.role: Accessible.Heading
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                ComboBox {
                    id: first

                    Layout.fillWidth: true
                    Layout.preferredWidth: 1

                    model: comparison.labels
                    Accessible.name: qsTr("First answer")
                }
                Label {
                    text: "→"
                    Accessible.ignored: true
                }
                ComboBox {
                    id: second

                    Layout.fillWidth: true
                    Layout.preferredWidth: 1

                    model: comparison.labels
                    Accessible.name: qsTr("Second answer")
                }
            }
            TextEdit {
                Layout.fillWidth: true
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.RichText
                color: Theme.palette.windowText
                text: comparison.wordDiff(first.currentIndex, second.currentIndex)
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Word differences: removed words are marked minus, added "
                                      + "words plus")
            }
        }
    }
}
