import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What went wrong, in words, and what helps: retry (with the countdown the provider asked
// for), or the provider's settings when the key was refused. The provider's own message and
// request id are one click away, selectable.
ColumnLayout {
    id: notice

    // Plain properties, not required: AnswerPane makes a notice only when it is shown (a
    // Loader), and binds these once it is made.
    property string state: ""
    property string errorCode: ""
    property string errorTitle: ""
    property string errorMessage: ""
    property string requestId: ""
    property int retryInMs: -1
    // The provider that refused; its settings page opens from here. Empty: the providers list.
    property string provider: ""
    signal retryRequested()

    readonly property bool keyProblem: errorCode === "authentication_failed"
                                       || errorCode === "permission_denied"

    property int countdown: 0

    spacing: Theme.spacingXs

    onRetryInMsChanged: countdown = Math.ceil(retryInMs / 1000)

    Timer {
        running: notice.countdown > 0 && notice.visible
        interval: 1000
        repeat: true
        onTriggered: notice.countdown = Math.max(0, notice.countdown - 1)
    }

    Label {
        id: title

        Layout.fillWidth: true
        text: "⚠ " + (notice.state === "interrupted"
                      ? qsTr("Interrupted — Coro closed while this answer streamed")
                      : notice.errorTitle.length > 0 ? notice.errorTitle : qsTr("Failed"))
        color: Theme.error
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Label {
        Layout.fillWidth: true
        visible: notice.countdown > 0
        text: qsTr("Retrying in %n s", "", notice.countdown)
        color: Theme.muted
    }
    RowLayout {
        spacing: Theme.spacingS

        PushButton {
            visible: notice.keyProblem
            text: qsTr("Open settings")
            Accessible.name: qsTr("Open settings for this provider")
            onClicked: Navigation.openSettings(notice.provider)
        }
        PushButton {
            text: notice.countdown > 0 ? qsTr("Retry now") : qsTr("Retry")
            flat: notice.keyProblem
            onClicked: notice.retryRequested()
        }
        PushButton {
            id: detailsButton

            checkable: true
            flat: true
            visible: notice.errorMessage.length > 0 || notice.requestId.length > 0
            text: checked ? qsTr("Hide details") : qsTr("Details")
        }
    }
    TextEdit {
        Layout.fillWidth: true
        visible: detailsButton.checked
        readOnly: true
        selectByMouse: true
        wrapMode: TextEdit.Wrap
        textFormat: TextEdit.PlainText
        color: Theme.palette.windowText
        text: notice.errorMessage
              + (notice.requestId.length > 0 ? "\n" + qsTr("Request id: %1").arg(notice.requestId)
                                             : "")
              + (notice.errorCode.length > 0 ? "\n" + qsTr("Code: %1").arg(notice.errorCode) : "")
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Error details")
    }
}
