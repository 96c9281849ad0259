import QtQuick
import QtQuick.Controls

// The state of one answer as a small labelled chip: symbol, word and colour together.
Label {
    id: chip

    required property string state

    text: States.symbolFor(state) + " " + States.wordFor(state)
    color: States.colorFor(state)
    font.pointSize: Theme.smallPointSize
    leftPadding: Theme.spacingS
    rightPadding: Theme.spacingS
    topPadding: 2
    bottomPadding: 2
    background: Rectangle {
        radius: height / 2
        color: "transparent"
        border.color: chip.color
        border.width: 1
    }
    Accessible.name: qsTr("State: %1").arg(States.wordFor(state))
}
