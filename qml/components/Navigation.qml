pragma Singleton

import QtQuick

// Requests that cross the window: any view may ask for a provider's settings page (an error
// pane deep in a turn, the first-run card) and Main.qml, which owns the dialog, answers.
QtObject {
    // Opens Settings at the provider's page; an empty id opens the providers list.
    signal settingsRequested(string providerId)
    // The first-run card offers a model server found on this computer.
    signal localServerChosen(string presetId, string baseUrl)

    function openSettings(providerId: string): void {
        settingsRequested(providerId)
    }
}
