import QtQuick
import QtQuick.Controls

// A split view's handle: a thin line with room around it to grab (the style's own handle is
// two pixels wide, hard to hit), highlighted while hovered or dragged.
Item {
    id: handle

    implicitWidth: 6
    implicitHeight: 6

    Rectangle {
        anchors.centerIn: parent
        width: parent.width >= parent.height ? parent.width : 1
        height: parent.width >= parent.height ? 1 : parent.height
        color: handle.SplitHandle.pressed || handle.SplitHandle.hovered ? Theme.working
                                                                         : Theme.divider
    }
}
