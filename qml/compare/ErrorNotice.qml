import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What went wrong, in words, and what helps: retry (with the countdown the provider asked
// for), the provider's settings when the key or the model was refused, and a line on what to
// do where the title alone does not say. The provider's own message and
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
    // Settings help when the key or the model's name is wrong; retrying does not.
    readonly property bool settingsHelp: keyProblem || errorCode === "model_not_found"
    // What to do about it, where the title alone does not say (a rate limit counts down).
    readonly property string hint: {
        switch (errorCode) {
        case "permission_denied":
            return qsTr("Check in the provider's account that this key may use this model.")
        case "model_not_found":
            return qsTr("Check the model's name, or fetch the provider's models in Settings.")
        case "quota_exceeded":
            return qsTr("Add credit or raise the spending limit in the provider's account, then retry.")
        case "timeout":
            return qsTr("A model that is still loading can take a while: retry in a moment.")
        case "model_overloaded":
            return qsTr("Retry in a moment, or ask another model.")
        case "network_error":
            return qsTr("Check the connection, and for a server on this computer that it is running.")
        case "content_filtered":
            return qsTr("Rephrase the question, or ask another model.")
        }
        return ""
    }

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
        visible: notice.hint.length > 0 && notice.state !== "interrupted"
        text: notice.hint
        color: Theme.muted
        wrapMode: Text.Wrap
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
            visible: notice.settingsHelp
            text: qsTr("Open settings")
            Accessible.name: qsTr("Open settings for this provider")
            onClicked: Navigation.openSettings(notice.provider)
        }
        PushButton {
            text: notice.countdown > 0 ? qsTr("Retry now") : qsTr("Retry")
            flat: notice.settingsHelp
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
