import QtQuick
import QtQuick.Controls

// A ToolButton that assistive tools can press (see PushButton.qml).
ToolButton {
    // Its words are its name, unless a clearer one is set (Qt 6.4 does not always derive it).
    Accessible.name: text
    Accessible.onPressAction: clicked()
    Accessible.onToggleAction: {
        if (checkable)
            toggle()
    }
}
