import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// The models the next question goes to, in order. Each can have its own temperature, max
// tokens and top_p (the same model twice, hot and cold); the others use the shared ones below.
ListView {
    id: selected

    required property ModelPickerModel picker
    /// The entry whose parameters are open for editing, or -1.
    property int editing: -1

    implicitHeight: Math.min(contentHeight, 200)
    visible: count > 0
    clip: true
    model: picker.entries
    spacing: Theme.spacingXs
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Selected models")
    ScrollBar.vertical: ScrollBar {}
    header: Label {
        text: qsTr("Selected")
        font.bold: true
        color: Theme.muted
        bottomPadding: Theme.spacingXs
    }

    delegate: ColumnLayout {
        id: entry

        required property int index
        required property var modelData
        readonly property SelectedModels view: ListView.view as SelectedModels
        readonly property bool open: view.editing === index

        width: view.width
        spacing: Theme.spacingXs

        function describe(): string {
            const topP = entry.modelData.topP < 0 ? ""
                         : " · " + qsTr("top p %1").arg(entry.modelData.topP)
            return qsTr("temperature %1 · %2 tokens").arg(entry.modelData.temperature)
                                                      .arg(entry.modelData.maxTokens) + topP
        }

        RowLayout {
            Layout.fillWidth: true

            Label {
                Layout.fillWidth: true
                text: entry.modelData.ref
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
            Label {
                text: entry.modelData.own ? entry.describe() : qsTr("shared parameters")
                color: Theme.muted
                font.pointSize: Theme.smallPointSize
            }
            PushButton {
                text: entry.open ? qsTr("Close") : qsTr("Parameters")
                Accessible.name: entry.open
                                 ? qsTr("Close the parameters of %1").arg(entry.modelData.ref)
                                 : qsTr("Parameters of %1").arg(entry.modelData.ref)
                onClicked: entry.view.editing = entry.open ? -1 : entry.index
            }
        }
        GridLayout {
            Layout.fillWidth: true
            visible: entry.open
            columns: 3
            columnSpacing: Theme.spacingS

            Label {
                text: qsTr("Temperature")
                color: Theme.muted
                font.pointSize: Theme.smallPointSize
            }
            Label {
                text: qsTr("Max tokens")
                color: Theme.muted
                font.pointSize: Theme.smallPointSize
            }
            Label {
                text: qsTr("Top p")
                color: Theme.muted
                font.pointSize: Theme.smallPointSize
            }
            TextField {
                id: temperature

                Layout.fillWidth: true
                text: entry.modelData.temperature.toString()
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                placeholderText: qsTr("Temperature")
                Accessible.name: qsTr("Temperature for %1, 0 to 2").arg(entry.modelData.ref)
            }
            TextField {
                id: maxTokens

                Layout.fillWidth: true
                text: entry.modelData.maxTokens.toString()
                inputMethodHints: Qt.ImhDigitsOnly
                placeholderText: qsTr("Max tokens")
                Accessible.name: qsTr("Max tokens for %1, 1 to 32000").arg(entry.modelData.ref)
            }
            TextField {
                id: topP

                Layout.fillWidth: true
                text: entry.modelData.topP < 0 ? "" : entry.modelData.topP.toString()
                placeholderText: qsTr("top p: not sent")
                Accessible.name: qsTr("Top p for %1, 0 to 1, empty for not sent")
                                     .arg(entry.modelData.ref)
            }
            PushButton {
                text: qsTr("Use these")
                Accessible.name: qsTr("Use these parameters for %1").arg(entry.modelData.ref)
                onClicked: {
                    const problem = entry.view.picker.setModelParams(
                        entry.index, Number(temperature.text), parseInt(maxTokens.text, 10),
                        topP.text.trim().length === 0 ? -1 : Number(topP.text))
                    problemLabel.text = problem
                    if (problem.length === 0)
                        entry.view.editing = -1
                }
            }
            PushButton {
                text: qsTr("Use shared")
                enabled: entry.modelData.own
                Accessible.name: qsTr("Use the shared parameters for %1").arg(entry.modelData.ref)
                onClicked: {
                    entry.view.picker.clearModelParams(entry.index)
                    entry.view.editing = -1
                }
            }
            PushButton {
                text: qsTr("Add again")
                Accessible.name: qsTr("Ask %1 once more, with other parameters")
                                     .arg(entry.modelData.ref)
                onClicked: entry.view.picker.addAgain(entry.modelData.ref)
            }
            Label {
                id: problemLabel

                Layout.columnSpan: 3
                Layout.fillWidth: true
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }
}
