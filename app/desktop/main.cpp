#include "apptranslations.h"
#include "models/appcore.h"
#include "models/appsettings.h"
#include "models/readonlytextshortcuts.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>

Q_IMPORT_QML_PLUGIN(Coro_AppPlugin)
Q_IMPORT_QML_PLUGIN(Coro_ModelsPlugin)

namespace {
// The window comes back where and as large as it was (per data directory, like everything).
void rememberGeometry(QQuickWindow *window, const QString &settingsPath)
{
    const QSettings settings(settingsPath, QSettings::IniFormat);
    const QRect saved = settings.value(QStringLiteral("window/geometry")).toRect();
    if (saved.isValid())
        window->setGeometry(saved);
    if (settings.value(QStringLiteral("window/maximized")).toBool())
        window->showMaximized();
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, window, [window, settingsPath] {
        QSettings out(settingsPath, QSettings::IniFormat);
        const bool maximized = window->visibility() == QWindow::Maximized;
        out.setValue(QStringLiteral("window/maximized"), maximized);
        if (!maximized)
            out.setValue(QStringLiteral("window/geometry"), window->geometry());
    });
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Coro"));
    QGuiApplication::setApplicationName(QStringLiteral("Coro"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Coro"));
    QGuiApplication::setApplicationVersion(QStringLiteral(CORO_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.coro.Coro"));
    // The language chosen in Settings is stored per data directory: find the directory
    // before the real parser, whose help text is translated.
    QCommandLineParser early;
    early.addOption({QStringLiteral("data-dir"), {}, QStringLiteral("DIR")});
    early.parse(QCoreApplication::arguments());
    if (const QString language =
            coro::AppSettings::startupLanguage(early.value(QStringLiteral("data-dir")));
        !language.isEmpty())
        QLocale::setDefault(QLocale(language));
    coro::installTranslations(app);
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CoroApp", "Ask many AI models at once."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("data-dir"),
                      QCoreApplication::translate(
                          "CoroApp", "Keep history and settings in DIR (else $CORO_DATA_DIR, "
                                     "else the platform's application-data folder)."),
                      QStringLiteral("DIR")});
    parser.process(app);

    coro::AppCore core(parser.value(QStringLiteral("data-dir")));
    coro::ReadOnlyTextShortcuts::install();
    QQmlApplicationEngine engine;
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&core)}});
    // Qt 6.4 has no loadFromModule: load the module's file from its resource path.
    engine.load(QUrl(QStringLiteral("qrc:/Coro/App/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    // After the window exists: Qt Quick Controls take a palette set earlier for the Theme's
    // SystemPalette only, and update every control on a change.
    core.settings()->applyAppearance();
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()))
        rememberGeometry(window, core.settingsPath());
    return app.exec();
}
