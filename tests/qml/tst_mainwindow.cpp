#include "models/appcore.h"

#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
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
    void settingsOpenAtAProviderWithoutWarnings();
    void theSidebarKeepsTheWidthTheUserGaveIt();
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

void TestMainWindow::settingsOpenAtAProviderWithoutWarnings()
{
    QTemporaryDir dataDir;
    // The system's keychain, whether or not one answers here: the page must load either way.
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
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(core.isFirstRun());
    auto *dialog = window->findChild<QObject *>(QStringLiteral("settingsDialog"));
    QVERIFY(dialog);
    QVERIFY(QMetaObject::invokeMethod(dialog, "openProvider",
                                      Q_ARG(QString, QStringLiteral("anthropic"))));
    QTRY_VERIFY(dialog->property("opened").toBool());
    QTest::qWait(200); // Key statuses arrive, rows update.
    QVERIFY(!window->grabWindow().isNull());
    core.providers()->setKey(QStringLiteral("anthropic"), QStringLiteral("sk-x"), true);
    QTRY_COMPARE(
        core.providers()
            ->data(core.providers()->index(core.providers()->indexOf(QStringLiteral("anthropic"))),
                   coro::ProviderSettingsModel::KeyStatusRole)
            .toString(),
        QStringLiteral("session"));
    QVERIFY(!core.isFirstRun()); // The first key ends the first run.
    QVERIFY(!window->grabWindow().isNull());
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
}

void TestMainWindow::theSidebarKeepsTheWidthTheUserGaveIt()
{
    QTemporaryDir dataDir;
    qreal dragged = 0;
    for (int start = 0; start < 2; ++start) {
        coro::AppCore core(dataDir.path());
        QQmlApplicationEngine engine;
        engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&core)}});
        engine.load(QUrl(QStringLiteral("qrc:/Coro/App/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window);
        window->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *sidebar = window->findChild<QQuickItem *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QTRY_VERIFY(sidebar->width() > 0);
        if (start == 0) {
            // The user drags the handle between the sidebar and the conversation 120 px right.
            const qreal before = sidebar->width();
            const int y = window->height() / 2;
            const QPoint handle(int(before) + 3, y); // The middle of the six-pixel handle.

            // A pointer first hovers the handle (the split view finds its handle on hover).
            QTest::mouseMove(window, handle - QPoint(40, 0));
            QTest::mouseMove(window, handle);
            QTest::qWait(50);
            QTest::mousePress(window, Qt::LeftButton, {}, handle, 20);
            for (int step = 1; step <= 12; ++step)
                QTest::mouseMove(window, handle + QPoint(10 * step, 0), 20);
            QTest::mouseRelease(window, Qt::LeftButton, {}, handle + QPoint(120, 0), 20);
            QTRY_VERIFY2(sidebar->width() > before + 100,
                         qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(sidebar->width())));
            dragged = sidebar->width();
        } else {
            // Started again on the same data directory: the sidebar is as wide as it was left.
            QTRY_COMPARE(sidebar->width(), dragged);
        }
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
