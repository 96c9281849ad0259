import QtQuick
import QtQuick.Controls
import Coro.Models

// A split view that comes back as the user left it (its state in coro.ini under its name),
// with handles wide enough to grab.
SplitView {
    id: split

    required property AppSettings settings
    /// The view's name in coro.ini: lower-case letters.
    required property string name

    handle: SplitHandleLine {}
    Component.onCompleted: split.restoreState(split.settings.splitState(split.name))
    onResizingChanged: {
        if (!split.resizing)
            split.settings.setSplitState(split.name, split.saveState())
    }
}
