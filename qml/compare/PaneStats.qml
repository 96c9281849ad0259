import QtQuick
import QtQuick.Controls

// Time to first token, speed, tokens in and out, and elapsed time, in one quiet line.
Label {
    id: stats

    required property int ttftMs
    required property real tokensPerSecond
    required property int tokensIn
    required property int tokensOut
    required property int elapsedMs

    function seconds(ms: int): string {
        return qsTr("%1 s").arg((ms / 1000).toLocaleString(Qt.locale(), "f", 1))
    }

    text: {
        const parts = []
        if (ttftMs >= 0)
            parts.push(qsTr("first token %1").arg(seconds(ttftMs)))
        if (tokensPerSecond > 0)
            parts.push(qsTr("%1 tok/s").arg(Math.round(tokensPerSecond)))
        if (tokensIn >= 0 || tokensOut >= 0)
            parts.push(qsTr("%1 in · %2 out").arg(tokensIn >= 0 ? tokensIn : "–")
                                              .arg(tokensOut >= 0 ? tokensOut : "–"))
        if (elapsedMs > 0)
            parts.push(seconds(elapsedMs))
        return parts.join(" · ")
    }
    visible: text.length > 0
    color: Theme.muted
    elide: Text.ElideRight
    font.pointSize: Theme.smallPointSize
}
