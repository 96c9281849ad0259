#include "apptranslations.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>

Q_IMPORT_QML_PLUGIN(Coro_AppPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    coro::installTranslations(app);
    QGuiApplication::setOrganizationName(QStringLiteral("Coro"));
    QGuiApplication::setApplicationName(QStringLiteral("Coro"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Coro"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.coro.Coro"));
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QQmlApplicationEngine engine;
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    // Qt 6.4 has no loadFromModule: load the module's file from its resource path.
    engine.load(QUrl(QStringLiteral("qrc:/Coro/App/Main.qml")));
    return app.exec();
}
