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

    width: Math.min(720, parent ? parent.width - 2 * Theme.spacingL : 720)
    height: Math.min(640, parent ? parent.height : 640)
    padding: Theme.spacingM
    modal: false
    focus: true
    onOpened: {
        comparison.refresh()
        first.currentIndex = 0
        second.currentIndex = Math.min(1, comparison.labels.length - 1)
    }

    AnswerComparison {
        id: comparison

        answers: panel.answers
    }

    ScrollView {
        id: scroller

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: Theme.spacingS

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
                spacing: Theme.spacingS

                ComboBox {
                    id: first

                    model: comparison.labels
                    implicitContentWidthPolicy: ComboBox.WidestText
                    Accessible.name: qsTr("First answer")
                }
                Label {
                    text: "→"
                    Accessible.ignored: true
                }
                ComboBox {
                    id: second

                    model: comparison.labels
                    implicitContentWidthPolicy: ComboBox.WidestText
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
