pragma Singleton

import QtQuick

// Requests that cross the window: any view may ask for a provider's settings page (an error
// pane deep in a turn, the first-run card) and Main.qml, which owns the dialog, answers.
QtObject {
    // Opens Settings at the provider's page; an empty id opens the providers list.
    signal settingsRequested(string providerId)
    // The first-run card offers a model server found on this computer.
    signal localServerChosen(string presetId, string baseUrl)

    // A code block asks to open its code in the workspace.
    signal codeOpened(string language, string code)
    // A turn asks to run the first code block of each of its answers.
    signal eachAnswerRunRequested(int turnId)

    function openSettings(providerId: string): void {
        settingsRequested(providerId)
    }
    function openCode(language: string, code: string): void {
        codeOpened(language, code)
    }
    function runEachAnswer(turnId: int): void {
        eachAnswerRunRequested(turnId)
    }
}
