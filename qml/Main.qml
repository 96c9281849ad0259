import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Coro.Models

ApplicationWindow {
    id: window

    required property AppCore app

    width: 1280
    height: 800
    minimumWidth: 560
    minimumHeight: 400
    visible: true
    title: window.app.conversation.title.length > 0
           ? qsTr("%1 — Coro").arg(window.app.conversation.title) : qsTr("Coro")

    readonly property bool narrow: width < Theme.wideWidth
    property bool workspaceOpen: false
    // Kept loaded, see onIdleMoment.
    property Component paneParts: null

    Shortcut {
        sequence: "Ctrl+N"
        onActivated: window.startNewChat()
    }
    Shortcut {
        sequences: ["Ctrl+K"]
        onActivated: sidebar.focusSearch()
    }
    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        onActivated: conversationView.send()
    }
    // Ctrl+1…9: the answer panes of the turn in view.
    Instantiator {
        model: 9
        delegate: Shortcut {
            required property int index

            sequence: "Ctrl+" + (index + 1)
        }
        onObjectAdded: (index, object) => (object as Shortcut).activated.connect(
                           () => conversationView.focusPane(index))
    }
    Shortcut {
        sequences: ["Ctrl+,"]
        onActivated: settingsDialog.openProvider("")
    }
    Shortcut {
        sequence: "Ctrl+Shift+W"
        onActivated: window.workspaceOpen = !window.workspaceOpen
    }
    Shortcut {
        sequence: "F5"
        enabled: window.workspaceOpen
        onActivated: window.app.workspace.run()
    }
    Connections {
        target: window.app.workspace
        function onShowRequested(): void {
            window.workspaceOpen = true
        }
    }
    Connections {
        target: window.app
        // Script garbage collected while nothing happens, not in the middle of the next turn.
        // The first quiet moment also loads the parts of an answer pane (its contents and the
        // formatted blocks), which the first question's panes would otherwise wait for.
        function onIdleMoment(): void {
            gc()
            if (!window.paneParts)
                window.paneParts = Qt.createComponent("PaneContent.qml", Component.Asynchronous)
        }
    }
    Shortcut {
        sequence: "Escape"
        enabled: window.app.running
        onActivated: window.app.cancelRunning()
    }

    function startNewChat(): void {
        window.app.newChat()
        conversationView.focusComposer()
    }

    SettingsDialog {
        id: settingsDialog

        app: window.app
        anchors.centerIn: parent
        width: Math.min(window.width - 2 * Theme.spacingL, 900)
        height: Math.min(window.height - 2 * Theme.spacingL, 640)
    }
    Connections {
        target: Navigation
        function onSettingsRequested(providerId: string): void {
            settingsDialog.openProvider(providerId)
        }
        function onCodeOpened(language: string, code: string): void {
            window.app.workspace.openCode(language, code)
        }
        function onEachAnswerRunRequested(turnId: int): void {
            window.workspaceOpen = true
            window.app.workspace.runEachAnswer(turnId)
        }
    }

    header: Banner {
        text: window.app.saveError.length > 0 ? window.app.saveError : window.app.problem
        severe: window.app.saveError.length > 0
        onDismissed: window.app.dismissSaveError()
    }

    // The sidebar's and the workspace's widths come back as the user left them.
    RememberedSplitView {
        anchors.fill: parent
        settings: window.app.settings
        name: "main"

        Sidebar {
            objectName: "sidebar"
            id: sidebar

            app: window.app
            onSettingsRequested: settingsDialog.openProvider("")
            visible: !window.narrow || sidebarButton.checked
            SplitView.preferredWidth: 280
            SplitView.minimumWidth: 200
            SplitView.maximumWidth: 480
            onNewChatRequested: window.startNewChat()
            onOpenRequested: (conversationId, turnId) => {
                window.app.openConversation(conversationId, turnId)
                if (window.narrow)
                    sidebarButton.checked = false
            }
        }

        ConversationView {
            id: conversationView

            app: window.app
            narrow: window.narrow
            SplitView.fillWidth: true

            ToolPushButton {
                id: sidebarButton

                parent: conversationView.headerLeading
                visible: window.narrow
                checkable: true
                text: "☰"
                Accessible.name: qsTr("Show conversations")
                ToolTip.text: Accessible.name
                ToolTip.visible: hovered
            }
            PushButton {
                parent: conversationView.headerTrailing
                text: qsTr("Workspace")
                checkable: true
                checked: window.workspaceOpen
                ToolTip.text: qsTr("Run code beside the conversation (Ctrl+Shift+W)")
                ToolTip.visible: hovered
                onToggled: window.workspaceOpen = checked
            }
        }

        WorkspacePanel {
            visible: window.workspaceOpen
            workspace: window.app.workspace
            settings: window.app.settings
            SplitView.preferredWidth: window.narrow ? 400 : 480
            SplitView.minimumWidth: 320
            onCloseRequested: window.workspaceOpen = false
        }
    }
}
