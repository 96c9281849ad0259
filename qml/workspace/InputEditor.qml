import QtQuick
import QtQuick.Controls
import Coro.Models

// What the program reads on stdin, whole.
ScrollView {
    id: inputView

    required property WorkspaceModel workspace

    TextArea {
        text: inputView.workspace.input
        font: inputView.workspace.codeFont
        wrapMode: TextEdit.NoWrap
        selectByMouse: true
        placeholderText: qsTr("Input the program reads on stdin")
        Accessible.name: qsTr("Input (stdin)")
        onTextChanged: inputView.workspace.input = text
    }
}
