import QtQuick
import QtQuick.Controls

// A Button that assistive tools can press. Qt 6.4 lists the press action on a Quick Controls
// button but does not click it when a screen reader invokes that action.
Button {
    // Its words are its name, unless a clearer one is set (Qt 6.4 does not always derive it).
    Accessible.name: text
    Accessible.onPressAction: clicked()
    Accessible.onToggleAction: {
        if (checkable)
            toggle()
    }
}
