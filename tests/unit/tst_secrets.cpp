#include "latersecretstore.h"
#include "secrets/apikeyresolver.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace coro;
using namespace coro::test;

class TestSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void memoryStoreRoundTrip();
    void environmentVariableOverridesStore();
    void storeUsedWhenEnvironmentEmpty();
    void missingKeyIsEmptyWithoutNote();
    void asyncResolutionWaitsForTheKeychain();
    void keychainRoundTrip();
};

void TestSecrets::memoryStoreRoundTrip()
{
    MemorySecretStore store;
    QCOMPARE(store.readNow(QStringLiteral("openai")).status, SecretStore::Result::Status::NotFound);
    store.write(QStringLiteral("openai"), QStringLiteral("sk-test"),
                [](const auto &r) { QVERIFY(r.ok()); });
    QCOMPARE(store.readNow(QStringLiteral("openai")).secret, QStringLiteral("sk-test"));
    store.remove(QStringLiteral("openai"), [](const auto &) {});
    QCOMPARE(store.readNow(QStringLiteral("openai")).status, SecretStore::Result::Status::NotFound);
}

void TestSecrets::environmentVariableOverridesStore()
{
    MemorySecretStore store;
    store.write(QStringLiteral("groq"), QStringLiteral("from-store"), [](const auto &) {});
    qputenv("CORO_TEST_GROQ_KEY", "  from-env \n");
    const auto resolved = ApiKeyResolver(&store).resolveNow(QStringLiteral("groq"),
                                                            QStringLiteral("CORO_TEST_GROQ_KEY"));
    qunsetenv("CORO_TEST_GROQ_KEY");
    QCOMPARE(resolved.key, QStringLiteral("from-env"));
    QCOMPARE(resolved.source, QStringLiteral("env"));
}

void TestSecrets::storeUsedWhenEnvironmentEmpty()
{
    MemorySecretStore store;
    store.write(QStringLiteral("groq"), QStringLiteral("from-store"), [](const auto &) {});
    qunsetenv("CORO_TEST_UNSET_KEY");
    const auto resolved = ApiKeyResolver(&store).resolveNow(QStringLiteral("groq"),
                                                            QStringLiteral("CORO_TEST_UNSET_KEY"));
    QCOMPARE(resolved.key, QStringLiteral("from-store"));
    QCOMPARE(resolved.source, QStringLiteral("keychain"));
}

void TestSecrets::missingKeyIsEmptyWithoutNote()
{
    MemorySecretStore store;
    const auto resolved = ApiKeyResolver(&store).resolveNow(QStringLiteral("mistral"), {});
    QVERIFY(resolved.key.isEmpty());
    QVERIFY(resolved.source.isEmpty());
    QVERIFY(resolved.note.isEmpty());
}

void TestSecrets::asyncResolutionWaitsForTheKeychain()
{
    LaterSecretStore store;
    const ApiKeyResolver resolver(&store);
    QList<ApiKeyResolver::Resolution> answers;
    const auto collect = [&answers](const ApiKeyResolver::Resolution &r) { answers << r; };

    // The environment answers at once, without asking the keychain.
    qputenv("CORO_TEST_ASYNC_KEY", "from-env");
    resolver.resolve(QStringLiteral("groq"), QStringLiteral("CORO_TEST_ASYNC_KEY"), collect);
    qunsetenv("CORO_TEST_ASYNC_KEY");
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().source, QStringLiteral("env"));

    // The keychain answers later: resolve() has returned by then, nothing blocked.
    resolver.resolve(QStringLiteral("groq"), QStringLiteral("CORO_TEST_ASYNC_KEY"), collect);
    resolver.resolve(QStringLiteral("locked"), {}, collect);
    QCOMPARE(answers.size(), 1);
    QTRY_COMPARE(answers.size(), 3);
    QCOMPARE(answers.at(1).key, QStringLiteral("sk-later-groq"));
    QCOMPARE(answers.at(1).source, QStringLiteral("keychain"));
    QVERIFY(answers.at(2).key.isEmpty());
    QCOMPARE(answers.at(2).note, QStringLiteral("The keychain is locked."));
}

void TestSecrets::keychainRoundTrip()
{
    // Runs against the real Secret Service (the test command starts gnome-keyring headless).
    KeychainSecretStore store(QStringLiteral("CoroTest"));
    const QString id = QStringLiteral("tst-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = QStringLiteral("sk-keychain-%1").arg(QUuid::createUuid().toString());

    SecretStore::Result written;
    bool answered = false;
    store.write(id, secret, [&](const SecretStore::Result &r) {
        written = r;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    if (written.status == SecretStore::Result::Status::Unavailable) {
        // No keychain: the store must say so in words a user understands, never fall back.
        QVERIFY(written.errorMessage.contains(QStringLiteral("keychain")));
        QVERIFY(written.errorMessage.contains(QStringLiteral("plain text")));
        if (qEnvironmentVariableIsSet("CORO_REQUIRE_KEYCHAIN"))
            QFAIL("The test command started a keyring, yet the keychain is unavailable");
        QSKIP("No Secret Service on this machine; run under scripts/dev.sh test");
    }
    QVERIFY2(written.ok(), qPrintable(written.errorMessage));

    const auto read = store.readNow(id);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage));
    QCOMPARE(read.secret, secret);

    answered = false;
    store.remove(id, [&](const SecretStore::Result &) { answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    QCOMPARE(store.readNow(id).status, SecretStore::Result::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
