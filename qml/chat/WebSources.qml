import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What a turn's web search gave its models: when the results were fetched and the numbered
// sources the answers cite as [1], [2]... (links that open only when clicked, and only
// http/https), or why the search gave nothing.
ColumnLayout {
    id: sources

    // WebContextVariant::toMap(); empty when nothing was searched.
    required property var web
    readonly property bool used: sources.web.used === true
    readonly property bool skipped: (sources.web.skipped ?? "").length > 0

    visible: sources.used || sources.skipped
    spacing: Theme.spacingXs

    Label {
        Layout.fillWidth: true
        visible: sources.used
        text: (sources.web.cached
                      ? qsTr("Web data used: results for “%1”, fetched %2 (from the cache)")
                      : qsTr("Web data used: results for “%1”, fetched %2"))
                  .arg(sources.web.query ?? "")
                  .arg(sources.used ? sources.web.searchedAt.toLocaleString(Qt.locale(),
                                                                            Locale.ShortFormat)
                                    : "")
        color: Theme.muted
        font.pointSize: Theme.smallPointSize
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Flow {
        Layout.fillWidth: true
        visible: sources.used
        spacing: Theme.spacingXs

        Repeater {
            model: sources.used ? sources.web.sources : []
            delegate: ToolPushButton {
                required property var modelData

                text: "[%1] %2".arg(modelData.number).arg(modelData.title)
                font.pointSize: Theme.smallPointSize
                width: Math.min(implicitWidth, 360)
                Accessible.role: Accessible.Link
                Accessible.name: qsTr("Source %1: %2").arg(modelData.number).arg(modelData.title)
                Accessible.description: modelData.url
                ToolTip.text: modelData.url
                ToolTip.visible: hovered
                // Only web addresses, never file:, javascript: or anything a page made up.
                onClicked: {
                    if (/^https?:\/\//i.test(modelData.url))
                        Qt.openUrlExternally(modelData.url)
                }
            }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: sources.skipped
        text: "⚠ " + qsTr("No web data: %1").arg(sources.web.message ?? "")
        color: Theme.error
        font.pointSize: Theme.smallPointSize
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
