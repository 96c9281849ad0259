import QtQuick
import QtQuick.Controls
import Coro.Models

// What the program printed, as it arrives: stdout plain, stderr marked (word and colour), the
// images it wrote shown in place. Follows the end unless the user scrolled up.
ListView {
    id: consoleView

    required property ConsoleModel console
    property font codeFont

    model: console
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    topMargin: Theme.spacingS
    bottomMargin: Theme.spacingS
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Console")
    ScrollBar.vertical: ScrollBar {}

    property bool following: true
    onMovementEnded: following = atYEnd
    onCountChanged: {
        if (count === 0)
            following = true
        if (following)
            toEnd.restart()
    }

    // After the new rows are laid out, not before.
    Timer {
        id: toEnd

        interval: 0
        onTriggered: consoleView.positionViewAtEnd()
    }

    delegate: ConsoleLine {
        readonly property RunConsole view: ListView.view as RunConsole

        width: view.width
        codeFont: view.codeFont
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingL
        visible: consoleView.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.muted
        text: qsTr("What the program prints appears here. Images it saves (PNG, JPEG, GIF, "
                   + "SVG) are shown too.")
    }
}
