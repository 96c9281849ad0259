pragma Singleton

import QtQuick
import QtQuick.Controls

// One spacing scale, one type scale, and the colours that are not in the palette: state
// colours chosen to stay apart for colour-blind users, always shown with a word or a symbol.
QtObject {
    id: theme

    readonly property SystemPalette palette: SystemPalette { colorGroup: SystemPalette.Active }
    // Qt 6.4 has no colour-scheme API: a dark window colour means a dark theme.
    readonly property bool dark: palette.window.hslLightness < 0.5

    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24

    readonly property real headingScale: 1.25
    // The body font the controls use; small text is a fraction of it.
    readonly property Label bodyProbe: Label {}
    readonly property real bodyPointSize: bodyProbe.font.pointSize
    readonly property real smallPointSize: bodyPointSize * 0.85
    readonly property int paneMinWidth: 300
    readonly property int wideWidth: 1100
    readonly property int radius: 6

    // Okabe-Ito hues: told apart by every common form of colour blindness.
    readonly property color done: dark ? "#56b4e9" : "#0072b2"
    readonly property color error: dark ? "#f0a35e" : "#b34700"
    readonly property color working: dark ? "#cc99cc" : "#8a3c8a"
    readonly property color muted: Qt.rgba(palette.windowText.r, palette.windowText.g,
                                           palette.windowText.b, 0.65)
    readonly property color subtle: Qt.rgba(palette.windowText.r, palette.windowText.g,
                                            palette.windowText.b, 0.12)
    readonly property color divider: Qt.rgba(palette.windowText.r, palette.windowText.g,
                                             palette.windowText.b, 0.28)
    readonly property color card: dark ? Qt.lighter(palette.base, 1.25) : palette.base
}
