#include "models/appsettings.h"

#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;

/**
 * Preferences survive a restart, bad values never become the next start's defaults, and the
 * chosen appearance changes the application's palette at once.
 */
class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAndGuideSurviveARestart();
    void invalidDefaultsAreReportedNotStored();
    void languageAppliesAtTheNextStart();
    void appearanceSetsThePalette();
    void splitLayoutsSurviveARestartAndJunkIsIgnored();
};

void TestAppSettings::defaultsAndGuideSurviveARestart()
{
    QTemporaryDir dir;
    const QString path = AppSettings::fileIn(dir.path());
    {
        AppSettings settings(path);
        QCOMPARE(settings.temperature(), GenerationParams().temperature);
        QCOMPARE(settings.topP(), -1.0);
        QSignalSpy changed(&settings, &AppSettings::defaultsChanged);
        settings.setTemperature(0.2);
        settings.setMaxTokens(512);
        settings.setTopP(0.9);
        settings.setGuide(QStringLiteral("Answer in short sentences."));
        QCOMPARE(changed.size(), 3);
    }
    AppSettings again(path);
    QCOMPARE(again.temperature(), 0.2);
    QCOMPARE(again.maxTokens(), 512);
    QCOMPARE(again.topP(), 0.9);
    QCOMPARE(again.defaultParams().topP.value_or(-1), 0.9);
    QCOMPARE(again.guide(), QStringLiteral("Answer in short sentences."));
    again.setTopP(-1);
    QCOMPARE(AppSettings(path).topP(), -1.0);
}

void TestAppSettings::invalidDefaultsAreReportedNotStored()
{
    QTemporaryDir dir;
    const QString path = AppSettings::fileIn(dir.path());
    AppSettings settings(path);
    settings.setTemperature(0.4);
    settings.setTemperature(7.5);
    QVERIFY(settings.defaultsProblem().startsWith(QStringLiteral("Temperature")));
    QCOMPARE(AppSettings(path).temperature(), 0.4);

    // A file edited by hand: what core refuses is not used.
    QSettings edited(path, QSettings::IniFormat);
    edited.setValue(QStringLiteral("defaults/temperature"), 9);
    edited.setValue(QStringLiteral("defaults/max_tokens"), 100);
    edited.setValue(QStringLiteral("defaults/top_p"), QStringLiteral("lots"));
    edited.setValue(QStringLiteral("defaults/guide"),
                    QStringList{QStringLiteral("Be brief"), QStringLiteral(" kind.")});
    edited.sync();
    const AppSettings reread(path);
    QCOMPARE(reread.temperature(), GenerationParams().temperature);
    QCOMPARE(reread.maxTokens(), 100);
    QCOMPARE(reread.topP(), -1.0);
    QVERIFY(reread.defaultsProblem().isEmpty());
    QCOMPARE(reread.guide(), QStringLiteral("Be brief,  kind."));
}

void TestAppSettings::languageAppliesAtTheNextStart()
{
    QTemporaryDir dir;
    AppSettings settings(AppSettings::fileIn(dir.path()));
    QCOMPARE(settings.language(), QStringLiteral("system"));
    QVERIFY(AppSettings::startupLanguage(dir.path()).isEmpty());
    settings.setLanguage(QStringLiteral("de"));
    QVERIFY(settings.isRestartNeeded());
    QCOMPARE(AppSettings::startupLanguage(dir.path()), QStringLiteral("de"));
    settings.setLanguage(QStringLiteral("klingon"));
    QCOMPARE(settings.language(), QStringLiteral("system"));
    QVERIFY(!settings.isRestartNeeded());
}

void TestAppSettings::appearanceSetsThePalette()
{
    QTemporaryDir dir;
    const QPalette system = QGuiApplication::palette();
    AppSettings settings(AppSettings::fileIn(dir.path()));
    QCOMPARE(settings.appearance(), QStringLiteral("system"));
    settings.setAppearance(QStringLiteral("dark"));
    QVERIFY(QGuiApplication::palette().color(QPalette::Window).lightnessF() < 0.5f);
    QVERIFY(QGuiApplication::palette().color(QPalette::WindowText).lightnessF() > 0.5f);
    settings.setAppearance(QStringLiteral("light"));
    QVERIFY(QGuiApplication::palette().color(QPalette::Window).lightnessF() > 0.5f);
    QVERIFY(QGuiApplication::palette().color(QPalette::Text).lightnessF() < 0.5f);
    settings.setAppearance(QStringLiteral("system"));
    QCOMPARE(QGuiApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
    QCOMPARE(AppSettings(AppSettings::fileIn(dir.path())).appearance(), QStringLiteral("system"));
}

void TestAppSettings::splitLayoutsSurviveARestartAndJunkIsIgnored()
{
    QTemporaryDir dir;
    const QString path = AppSettings::fileIn(dir.path());
    const QByteArray state("\x82\xa2\x65index\0npreferredWidth\xfb@x\xf0\0\0\0\0\0", 32);
    {
        AppSettings settings(path);
        QVERIFY(settings.splitState(QStringLiteral("main")).isEmpty());
        settings.setSplitState(QStringLiteral("main"), state);
        settings.setSplitState(QStringLiteral("workspace"), "other");
        // Names are the views' own words: nothing else reaches the file.
        settings.setSplitState(QStringLiteral("../appearance/scheme"), "dark");
        settings.setSplitState(QStringLiteral("huge"), QByteArray(5000, 'x'));
    }
    AppSettings again(path);
    QCOMPARE(again.splitState(QStringLiteral("main")), state);
    QCOMPARE(again.splitState(QStringLiteral("workspace")), QByteArray("other"));
    QVERIFY(again.splitState(QStringLiteral("huge")).isEmpty());
    QCOMPARE(again.appearance(), QStringLiteral("system"));
    // A hand-edited file with an oversized value gives the default layout, not that value.
    {
        QSettings file(path, QSettings::IniFormat);
        file.setValue(QStringLiteral("window/split_main"), QByteArray(100000, 'y'));
    }
    QVERIFY(AppSettings(path).splitState(QStringLiteral("main")).isEmpty());
}

QTEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
