import QtQuick
import QtQuick.Controls
import Coro.Models

// The providers of Settings, one row each; the current row is what the detail card shows.
ListView {
    id: list

    required property ProviderSettingsModel providers
    // The row of the current provider (a typed handle for the card; null while empty).
    property ProviderRow currentRow: null

    model: providers
    clip: true
    keyNavigationEnabled: true
    currentIndex: 0
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Providers")
    ScrollBar.vertical: ScrollBar {}
    onCountChanged: if (count === 0) currentRow = null
    onCurrentIndexChanged: positionViewAtIndex(currentIndex, ListView.Contain)

    delegate: ProviderRow {
        id: row

        readonly property ProviderList view: ListView.view as ProviderList
        readonly property bool current: ListView.isCurrentItem

        width: view.width
        onCurrentChanged: if (current) view.currentRow = row
        Component.onCompleted: if (current) view.currentRow = row
        Component.onDestruction: if (view && view.currentRow === row) view.currentRow = null
    }
}
