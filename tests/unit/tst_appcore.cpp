#include "fakeproviderserver.h"
#include "models/appcore.h"
#include "secrets/memorysecretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;
using namespace coro::test;

/**
 * The app's wiring as a user meets it through Settings: a provider added there can be asked at
 * once, the first provider ends the first run, defaults reach the picker, and no key ever
 * lands in a file of the data directory. An in-memory keychain stands in for the system's.
 */
class TestAppCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void customProviderCanBeAskedRightAway();
    void keysNeverReachTheDataDirectory();
    void defaultParametersReachThePicker();

private:
    /// Asks @p ref and waits until its answer has ended.
    static bool askAndFinish(AppCore &app, const QString &ref, const QString &prompt);

    FakeProviderServer m_server;
};

void TestAppCore::initTestCase()
{
    QVERIFY(m_server.listen());
}

bool TestAppCore::askAndFinish(AppCore &app, const QString &ref, const QString &prompt)
{
    app.picker()->setSelection({ref});
    if (!app.ask(prompt)) {
        qWarning() << "ask refused:" << app.askError();
        return false;
    }
    return QTest::qWaitFor([&app] { return app.isRunning(); }, 5000) &&
           QTest::qWaitFor([&app] { return !app.isRunning(); }, 10000);
}

void TestAppCore::customProviderCanBeAskedRightAway()
{
    QTemporaryDir dir;
    AppCore app(dir.path(), std::make_unique<MemorySecretStore>());
    QVERIFY(app.isFirstRun());
    QSignalSpy catalogChanged(&app, &AppCore::catalogChanged);
    const QString id = app.providers()->addCustomProvider(
        QStringLiteral("Team proxy"), m_server.baseUrl(ProtocolKind::OpenAi).toString());
    QCOMPARE(id, QStringLiteral("team-proxy"));
    QCOMPARE(catalogChanged.size(), 1);
    QVERIFY(!app.isFirstRun());

    m_server.clear();
    QVERIFY(askAndFinish(app, id + QStringLiteral("/gpt-fake"), QStringLiteral("hello there")));
    QCOMPARE(m_server.requestCount(QStringLiteral("gpt-fake")), 1);
    QVERIFY(app.askError().isEmpty());

    // Removed in settings, it can no longer be asked.
    QVERIFY(app.providers()->removeProvider(id));
    app.picker()->setSelection({id + QStringLiteral("/gpt-fake")});
    QVERIFY(!app.ask(QStringLiteral("still there?")));
    QVERIFY(app.askError().contains(id));
}

void TestAppCore::keysNeverReachTheDataDirectory()
{
    const QByteArray stored = "sk-STORED-a1b2c3d4e5";
    const QByteArray session = "sk-SESSION-f6e7d8c9";
    QTemporaryDir dir;
    {
        auto keychain = std::make_unique<MemorySecretStore>();
        MemorySecretStore *keychainView = keychain.get();
        AppCore app(dir.path(), std::move(keychain));
        const QString id = app.providers()->addCustomProvider(
            QStringLiteral("Proxy"), m_server.baseUrl(ProtocolKind::OpenAi).toString());
        app.providers()->setKey(id, QString::fromLatin1(stored), false);
        app.providers()->setKey(QStringLiteral("groq"), QString::fromLatin1(session), true);
        QTRY_COMPARE(keychainView->readNow(id).secret, QString::fromLatin1(stored));
        app.settings()->setGuide(QStringLiteral("Be brief."));
        app.picker()->saveGroup(QStringLiteral("mine"));

        // The key is used: the provider receives it, in a header.
        m_server.clear();
        QVERIFY(askAndFinish(app, id + QStringLiteral("/gpt-fake"), QStringLiteral("hi")));
        QCOMPARE(m_server.requests().last().header("authorization"), "Bearer " + stored);
    } // Closing the app flushes and closes the history.

    int files = 0;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(stored) && !bytes.contains(session), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains(stored.toBase64()) && !bytes.contains(session.toBase64()),
                 qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files >= 3); // providers.json, coro.ini, coro.sqlite at least.
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("providers.json"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("coro.ini"))));
}

void TestAppCore::defaultParametersReachThePicker()
{
    QTemporaryDir dir;
    {
        AppCore app(dir.path(), std::make_unique<MemorySecretStore>());
        app.settings()->setTemperature(0.3);
        app.settings()->setMaxTokens(321);
        QCOMPARE(app.picker()->temperature(), 0.3);
        QCOMPARE(app.picker()->maxTokens(), 321);
    }
    AppCore again(dir.path(), std::make_unique<MemorySecretStore>());
    QCOMPARE(again.picker()->temperature(), 0.3);
    QCOMPARE(again.picker()->maxTokens(), 321);
}

QTEST_GUILESS_MAIN(TestAppCore)
#include "tst_appcore.moc"
