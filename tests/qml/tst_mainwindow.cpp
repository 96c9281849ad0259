#include "models/appcore.h"

#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Coro_AppPlugin)
Q_IMPORT_QML_PLUGIN(Coro_ModelsPlugin)

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsAndRendersWithoutWarnings();
};

void TestMainWindow::loadsAndRendersWithoutWarnings()
{
    QTemporaryDir dataDir;
    coro::AppCore core(dataDir.path());
    QQmlApplicationEngine engine;
    QStringList warnings;
    connect(&engine, &QQmlEngine::warnings, this, [&](const QList<QQmlError> &list) {
        for (const auto &w : list)
            warnings << w.toString();
    });
    engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&core)}});
    engine.load(QUrl(QStringLiteral("qrc:/Coro/App/Main.qml")));
    QCOMPARE(engine.rootObjects().size(), 1);
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    QVERIFY(window);
    QCOMPARE(window->title(), QStringLiteral("Coro"));
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QImage frame = window->grabWindow();
    QVERIFY(!frame.isNull());
    QVERIFY(frame.width() >= 560);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));

    // The workspace panel opens beside the conversation when code is opened in it.
    core.workspace()->openCode(QStringLiteral("py"), QStringLiteral("print('hi')\n"));
    QTRY_VERIFY(window->property("workspaceOpen").toBool());
    QVERIFY(!window->grabWindow().isNull());
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
