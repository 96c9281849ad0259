import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

// Which models answer: a searchable list with each model's tagline and recommended use, the
// selection with each entry's own parameters, the shared generation parameters with what core
// says is wrong with them, and saved groups (which keep each entry's parameters).
Popup {
    id: popup

    required property ModelPickerModel picker

    width: 460
    height: Math.min(640, parent ? parent.height - 2 * Theme.spacingL : 640)
    modal: true
    focus: true
    padding: Theme.spacingM
    onOpened: search.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        TextField {
            id: search

            Layout.fillWidth: true
            placeholderText: qsTr("Search models")
            Accessible.name: qsTr("Search models")
            text: popup.picker.filter
            onTextChanged: popup.picker.filter = text
        }
        ListView {
            id: list

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: popup.picker
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Models")
            ScrollBar.vertical: ScrollBar {}
            section.property: "providerName"
            section.delegate: Label {
                required property string section

                text: section
                font.bold: true
                topPadding: Theme.spacingS
                color: Theme.muted
            }
            delegate: CheckDelegate {
                id: choice

                required property string ref
                required property string model
                required property string tagline
                required property string recommendedUse
                required property bool selected

                width: ListView.view.width
                checked: choice.selected
                onToggled: (ListView.view.model as ModelPickerModel).toggle(choice.ref)
                Accessible.name: choice.model + (choice.tagline.length > 0 ? ", " + choice.tagline
                                                                          : "")
                contentItem: ColumnLayout {
                    spacing: 0

                    Label {
                        Layout.fillWidth: true
                        text: choice.model
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: choice.tagline
                        color: Theme.muted
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        font.pointSize: Theme.smallPointSize
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: choice.recommendedUse.length > 0
                              ? qsTr("Good for: %1").arg(choice.recommendedUse) : ""
                        color: Theme.muted
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        font.pointSize: Theme.smallPointSize
                    }
                }
            }
        }
        SelectedModels {
            Layout.fillWidth: true
            Layout.preferredHeight: implicitHeight
            picker: popup.picker
        }
        ParametersCard {
            Layout.fillWidth: true
            picker: popup.picker
        }
        GroupsRow {
            Layout.fillWidth: true
            picker: popup.picker
        }
    }
}
