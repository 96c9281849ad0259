pragma Singleton

import QtQuick

// How a pane's state is said: a word and a symbol always, colour only on top of them.
QtObject {
    function wordFor(state: string): string {
        switch (state) {
        case "queued": return qsTr("queued")
        case "connecting": return qsTr("connecting")
        case "thinking": return qsTr("thinking")
        case "streaming": return qsTr("streaming")
        case "done": return qsTr("done")
        case "error": return qsTr("error")
        case "cancelled": return qsTr("stopped")
        case "interrupted": return qsTr("interrupted")
        }
        return state
    }
    function symbolFor(state: string): string {
        switch (state) {
        case "done": return "✓"
        case "error": return "⚠"
        case "cancelled": return "■"
        case "interrupted": return "⚡"
        case "queued": return "…"
        }
        return "●"
    }
    function colorFor(state: string): color {
        switch (state) {
        case "done": return Theme.done
        case "error":
        case "interrupted": return Theme.error
        case "cancelled": return Theme.muted
        }
        return Theme.working
    }
    function finished(state: string): bool {
        return state === "done" || state === "error" || state === "cancelled"
               || state === "interrupted"
    }
}
