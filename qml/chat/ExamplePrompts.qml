import QtQuick
import QtQuick.Controls

// A few questions to start from; choosing one puts it in the composer.
ListView {
    id: examples

    signal chosen(string text)

    implicitHeight: contentHeight
    interactive: false
    spacing: Theme.spacingXs
    model: [qsTr("Explain the difference between a mutex and a semaphore."),
            qsTr("Write a Python function that merges two sorted lists."),
            qsTr("What should I check before signing a rental contract?")]
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Example questions")

    delegate: PushButton {
        required property string modelData

        width: ListView.view.width
        flat: true
        text: modelData
        onClicked: (ListView.view as ExamplePrompts).chosen(modelData)
    }
}
