import QtQuick
import QtQuick.Controls

// A MenuItem that assistive tools can read and press (see PushButton.qml): Qt 6.4 gives a menu
// item no accessible name of its own, and its press action does not trigger it.
MenuItem {
    // Its words are its name, unless a clearer one is set.
    Accessible.name: text
    Accessible.onPressAction: triggered()
}
