#include "latersecretstore.h"
#include "secrets/memorysecretstore.h"
#include "secrets/sessionfallbackstore.h"
#include "unavailablesecretstore.h"

#include <QTest>

using namespace coro;
using namespace coro::test;
using Status = SecretStore::Result::Status;

class TestSessionFallbackStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keychainKeyIsReadThrough();
    void sessionKeyWorksWithoutKeychain();
    void sessionKeyIsNeverWrittenToTheKeychain();
    void savingInTheKeychainReplacesTheSessionKey();
    void failedKeychainWriteIsReportedNotHidden();
    void removeForgetsBoth();
    void removeOfASessionKeySucceedsWithoutKeychain();
};

namespace {
SecretStore::Result waitFor(const std::function<void(SecretStore::Callback)> &operation)
{
    SecretStore::Result result;
    bool answered = false;
    operation([&](const SecretStore::Result &r) {
        result = r;
        answered = true;
    });
    if (!QTest::qWaitFor([&answered] { return answered; }, 2000))
        qWarning("the store did not answer");
    return result;
}
} // namespace

void TestSessionFallbackStore::keychainKeyIsReadThrough()
{
    LaterSecretStore keychain;
    SessionFallbackStore store(&keychain);
    const auto result =
        waitFor([&](auto done) { store.read(QStringLiteral("openai"), std::move(done)); });
    QVERIFY(result.ok());
    QCOMPARE(result.secret, QStringLiteral("sk-later-openai"));
    QVERIFY(!store.hasSessionKey(QStringLiteral("openai")));
}

void TestSessionFallbackStore::sessionKeyWorksWithoutKeychain()
{
    UnavailableSecretStore keychain;
    SessionFallbackStore store(&keychain);
    QCOMPARE(
        waitFor([&](auto done) { store.read(QStringLiteral("groq"), std::move(done)); }).status,
        Status::Unavailable);

    store.keepForSession(QStringLiteral("groq"), QStringLiteral("gsk-session"));
    QVERIFY(store.hasSessionKey(QStringLiteral("groq")));
    const auto result =
        waitFor([&](auto done) { store.read(QStringLiteral("groq"), std::move(done)); });
    QVERIFY(result.ok());
    QCOMPARE(result.secret, QStringLiteral("gsk-session"));
    // Another provider still reports the missing keychain.
    QCOMPARE(waitFor([&](auto done) { store.read(QStringLiteral("xai"), std::move(done)); }).status,
             Status::Unavailable);
}

void TestSessionFallbackStore::sessionKeyIsNeverWrittenToTheKeychain()
{
    MemorySecretStore keychain;
    SessionFallbackStore store(&keychain);
    store.keepForSession(QStringLiteral("mistral"), QStringLiteral("m-session"));
    QCOMPARE(keychain.readNow(QStringLiteral("mistral")).status, Status::NotFound);
    // The session key is read before the keychain, so it is the one used.
    keychain.write(QStringLiteral("mistral"), QStringLiteral("m-stored"), [](const auto &) {});
    QCOMPARE(store.readNow(QStringLiteral("mistral")).secret, QStringLiteral("m-session"));
}

void TestSessionFallbackStore::savingInTheKeychainReplacesTheSessionKey()
{
    MemorySecretStore keychain;
    SessionFallbackStore store(&keychain);
    store.keepForSession(QStringLiteral("openai"), QStringLiteral("sk-session"));
    const auto written = waitFor([&](auto done) {
        store.write(QStringLiteral("openai"), QStringLiteral("sk-stored"), std::move(done));
    });
    QVERIFY(written.ok());
    QVERIFY(!store.hasSessionKey(QStringLiteral("openai")));
    QCOMPARE(store.readNow(QStringLiteral("openai")).secret, QStringLiteral("sk-stored"));
    QCOMPARE(keychain.readNow(QStringLiteral("openai")).secret, QStringLiteral("sk-stored"));
}

void TestSessionFallbackStore::failedKeychainWriteIsReportedNotHidden()
{
    UnavailableSecretStore keychain;
    SessionFallbackStore store(&keychain);
    const auto written = waitFor([&](auto done) {
        store.write(QStringLiteral("openai"), QStringLiteral("sk-x"), std::move(done));
    });
    QCOMPARE(written.status, Status::Unavailable);
    QVERIFY(!written.errorMessage.isEmpty());
    QCOMPARE(keychain.writes(), 1);
    // No silent fallback: the key is not kept anywhere unless the user chooses the session.
    QVERIFY(!store.hasSessionKey(QStringLiteral("openai")));
    QCOMPARE(
        waitFor([&](auto done) { store.read(QStringLiteral("openai"), std::move(done)); }).status,
        Status::Unavailable);
}

void TestSessionFallbackStore::removeForgetsBoth()
{
    MemorySecretStore keychain;
    SessionFallbackStore store(&keychain);
    keychain.write(QStringLiteral("openai"), QStringLiteral("sk-stored"), [](const auto &) {});
    store.keepForSession(QStringLiteral("openai"), QStringLiteral("sk-session"));
    QVERIFY(
        waitFor([&](auto done) { store.remove(QStringLiteral("openai"), std::move(done)); }).ok());
    QCOMPARE(store.readNow(QStringLiteral("openai")).status, Status::NotFound);
    // Removing what is not there is no error.
    QVERIFY(
        waitFor([&](auto done) { store.remove(QStringLiteral("openai"), std::move(done)); }).ok());
}

void TestSessionFallbackStore::removeOfASessionKeySucceedsWithoutKeychain()
{
    UnavailableSecretStore keychain;
    SessionFallbackStore store(&keychain);
    store.keepForSession(QStringLiteral("groq"), QStringLiteral("gsk-session"));
    QVERIFY(
        waitFor([&](auto done) { store.remove(QStringLiteral("groq"), std::move(done)); }).ok());
    QVERIFY(!store.hasSessionKey(QStringLiteral("groq")));
    // With nothing kept for the session, the missing keychain is reported again.
    QCOMPARE(
        waitFor([&](auto done) { store.remove(QStringLiteral("groq"), std::move(done)); }).status,
        Status::Unavailable);
}

QTEST_GUILESS_MAIN(TestSessionFallbackStore)
#include "tst_sessionfallbackstore.moc"
