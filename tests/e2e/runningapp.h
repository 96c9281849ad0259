#pragma once

#include "accessibletree.h"
#include "models/appcore.h"
#include "models/readonlytextshortcuts.h"

#include <QDir>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSettings>
#include <QTest>

#include <algorithm>

namespace coro::test {

/// The app as main.cpp builds it, on a data directory of its own.
struct RunningApp
{
    explicit RunningApp(const QString &dataDir) : core(dataDir)
    {
        ReadOnlyTextShortcuts::install();
        engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&core)}});
        engine.load(QUrl(QStringLiteral("qrc:/Coro/App/Main.qml")));
        window = engine.rootObjects().isEmpty()
                     ? nullptr
                     : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    }

    AppCore core;
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
};

/// Makes @p dir a data directory for the app: @p providersJson as its providers.json and
/// @p selection as the models chosen in the picker. Returns its path.
inline QString prepareDataDir(const QString &dir, const QByteArray &providersJson,
                              const QStringList &selection)
{
    QFile providers(QDir(dir).filePath(QStringLiteral("providers.json")));
    if (providers.open(QIODevice::WriteOnly))
        providers.write(providersJson);
    QSettings(QDir(dir).filePath(QStringLiteral("coro.ini")), QSettings::IniFormat)
        .setValue(QStringLiteral("picker/selection"), selection);
    return dir;
}

/// The window as a person sees it, in CORO_SCREENSHOT_DIR (else the working directory): after
/// the panes' last state change has been laid out (a grab at once catches them mid-update).
inline void saveScreenshot(QQuickWindow *window, const QString &file)
{
    QTest::qWait(400);
    const QString dir = qEnvironmentVariable("CORO_SCREENSHOT_DIR", QDir::currentPath());
    QVERIFY(window->grabWindow().save(QDir(dir).filePath(file)));
}

inline bool finishedState(const QString &state)
{
    return state == QLatin1String("done") || state == QLatin1String("error") ||
           state == QLatin1String("stopped") || state == QLatin1String("interrupted");
}

/// Types @p prompt, sends it and waits until @p panes answers have ended.
inline bool askAndWait(const AccessibleTree &tree, const QString &prompt, int panes)
{
    if (!AccessibleTree::type(tree.find(QStringLiteral("Prompt")), prompt) ||
        !AccessibleTree::press(tree.find(QStringLiteral("Send"), QAccessible::Button)))
        return false;
    return QTest::qWaitFor(
        [&] {
            const auto found = tree.findAll(QStringLiteral("Answer from "));
            return found.size() == panes &&
                   std::all_of(found.cbegin(), found.cend(), [](QAccessibleInterface *pane) {
                       return finishedState(AccessibleTree::description(pane));
                   });
        },
        20000);
}

} // namespace coro::test
