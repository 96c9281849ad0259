import QtQuick
import QtQuick.Controls

// Time to first token, speed, tokens in and out, elapsed time and, when the model's price is
// known, what the answer cost, in one quiet line.
Label {
    id: stats

    required property int ttftMs
    required property real tokensPerSecond
    required property int tokensIn
    required property int tokensOut
    required property int elapsedMs
    /// "$0.0012"; empty when the price or a token count is unknown (no cost is shown then).
    required property string costText
    /// The cost in words, for screen readers.
    required property string costSpoken

    // Whole numbers as the language writes them (12,345), never in exponent form.
    function count(value: real): string {
        return Math.round(value).toLocaleString(Qt.locale(), "f", 0)
    }

    function seconds(ms: int): string {
        return qsTr("%1 s").arg((ms / 1000).toLocaleString(Qt.locale(), "f", 1))
    }

    // Everything but the cost, which is written and spoken differently.
    readonly property var figures: {
        const parts = []
        if (ttftMs >= 0)
            parts.push(qsTr("first token %1").arg(seconds(ttftMs)))
        if (tokensPerSecond > 0)
            parts.push(qsTr("%1 tok/s").arg(count(tokensPerSecond)))
        if (tokensIn >= 0 || tokensOut >= 0)
            parts.push(qsTr("%1 in · %2 out").arg(tokensIn >= 0 ? count(tokensIn) : "–")
                                              .arg(tokensOut >= 0 ? count(tokensOut) : "–"))
        if (elapsedMs > 0)
            parts.push(seconds(elapsedMs))
        return parts
    }

    text: (costText.length > 0 ? figures.concat([costText]) : figures).join(" · ")
    visible: text.length > 0
    color: Theme.muted
    // A narrow pane wraps to a second line rather than cutting off the cost at the end.
    wrapMode: Text.WordWrap
    maximumLineCount: 2
    elide: Text.ElideRight
    font.pointSize: Theme.smallPointSize

    Accessible.name: costSpoken.length > 0
                     //: %1 is an amount in words, such as "0.0012 US dollars".
                     ? figures.concat([qsTr("cost about %1").arg(costSpoken)]).join(", ")
                     : figures.join(", ")
    Accessible.description: costSpoken.length > 0
                            ? qsTr("The cost is estimated from the model's price per million tokens in providers.json.")
                            : ""
}
