#include "fakedialect.h"
#include "fakeproviderserver.h"
#include "models/modelpickermodel.h"
#include "models/providersettingsmodel.h"
#include "secrets/memorysecretstore.h"
#include "secrets/sessionfallbackstore.h"
#include "unavailablesecretstore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;
using namespace coro::test;

/**
 * The providers page of Settings against the fake provider server, with an in-memory keychain
 * (or one that is unavailable) standing in for the system's.
 */
class TestProviderSettingsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void everyProviderSaysWhereItsKeyComesFrom();
    void noRoleEverReturnsAKey();
    void unavailableKeychainIsSaidAndSessionOffered();
    void testConnectionReportsTheModelCount();
    void testConnectionSaysWhatWentWrongInWords();
    void fetchedModelsReachThePickerAndAreRemembered();
    void customProviderIsValidatedAndSaved();
    void removedProviderForgetsItsKeyAndCanComeBack();
    void baseUrlChangeIsSavedAndUsed();
    void firstKeyWritesProvidersJson();

private:
    QVariant role(const QString &providerId, int role) const;
    bool waitForKeyStatus(const QString &providerId, const QString &status) const;
    bool waitForNotice(const QString &providerId) const;
    ProviderCatalog catalog() const;

    FakeProviderServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<SessionFallbackStore> m_keys;
    std::unique_ptr<ProviderSettingsModel> m_model;
    QString m_path;
};

void TestProviderSettingsModel::initTestCase()
{
    QVERIFY(m_server.listen());
    qunsetenv("FAKE_OPENAI_KEY");
    qunsetenv("FAKE_ANTHROPIC_KEY");
    qputenv("FAKE_GEMINI_KEY", "from-the-environment");
}

ProviderCatalog TestProviderSettingsModel::catalog() const
{
    QString error;
    const auto parsed =
        ProviderCatalog::fromJson(m_server.providersJson(), ProviderCatalog::presets(), &error);
    return parsed.value_or(ProviderCatalog());
}

void TestProviderSettingsModel::init()
{
    m_model.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("providers.json"));
    m_keychain = std::make_unique<MemorySecretStore>();
    m_keys = std::make_unique<SessionFallbackStore>(m_keychain.get());
    m_model = std::make_unique<ProviderSettingsModel>(catalog(), m_path, m_keys.get(), &m_network);
    QCOMPARE(m_model->rowCount(), 4);
}

QVariant TestProviderSettingsModel::role(const QString &providerId, int role) const
{
    return m_model->data(m_model->index(m_model->indexOf(providerId)), role);
}

bool TestProviderSettingsModel::waitForKeyStatus(const QString &providerId,
                                                 const QString &status) const
{
    return QTest::qWaitFor([&] {
        return role(providerId, ProviderSettingsModel::KeyStatusRole).toString() == status;
    });
}

bool TestProviderSettingsModel::waitForNotice(const QString &providerId) const
{
    return QTest::qWaitFor(
        [&] { return !role(providerId, ProviderSettingsModel::BusyRole).toBool(); }, 10000);
}

void TestProviderSettingsModel::everyProviderSaysWhereItsKeyComesFrom()
{
    m_keychain->write(QStringLiteral("fake-openai"), QStringLiteral("sk-stored"),
                      [](const auto &) {});
    m_keys->keepForSession(QStringLiteral("fake-anthropic"), QStringLiteral("sk-session"));
    m_model->refreshKeys();
    QVERIFY(waitForKeyStatus(QStringLiteral("fake-openai"), QStringLiteral("keychain")));
    QCOMPARE(role(QStringLiteral("fake-openai"), ProviderSettingsModel::KeyStatusTextRole),
             QStringLiteral("set in keychain"));
    QVERIFY(waitForKeyStatus(QStringLiteral("fake-anthropic"), QStringLiteral("session")));
    QCOMPARE(role(QStringLiteral("fake-anthropic"), ProviderSettingsModel::KeyStatusTextRole),
             QStringLiteral("this session only"));
    QVERIFY(waitForKeyStatus(QStringLiteral("fake-gemini"), QStringLiteral("env")));
    QCOMPARE(role(QStringLiteral("fake-gemini"), ProviderSettingsModel::KeyStatusTextRole),
             QStringLiteral("from $FAKE_GEMINI_KEY"));
    QVERIFY(waitForKeyStatus(QStringLiteral("fake-ollama"), QStringLiteral("none")));
    QCOMPARE(role(QStringLiteral("fake-ollama"), ProviderSettingsModel::KeyStatusTextRole),
             QStringLiteral("no key needed"));

    m_model->removeKey(QStringLiteral("fake-openai"));
    QVERIFY(waitForKeyStatus(QStringLiteral("fake-openai"), QStringLiteral("none")));
    QCOMPARE(role(QStringLiteral("fake-openai"), ProviderSettingsModel::KeyStatusTextRole),
             QStringLiteral("not set"));
}

void TestProviderSettingsModel::noRoleEverReturnsAKey()
{
    const QString secret = QStringLiteral("sk-never-shown-4711");
    m_model->setKey(QStringLiteral("fake-openai"), secret, false);
    m_model->setKey(QStringLiteral("fake-anthropic"), secret, true);
    QVERIFY(waitForKeyStatus(QStringLiteral("fake-openai"), QStringLiteral("keychain")));
    QCOMPARE(m_keychain->readNow(QStringLiteral("fake-openai")).secret, secret);
    const auto roles = m_model->roleNames().keys();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (const int r : roles)
            QVERIFY(!m_model->data(m_model->index(row), r).toString().contains(secret));
    }
    QFile file(m_path); // The first key ends the first run: the file is written, keyless.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("4711"));
}

void TestProviderSettingsModel::unavailableKeychainIsSaidAndSessionOffered()
{
    UnavailableSecretStore keychain;
    SessionFallbackStore keys(&keychain);
    ProviderSettingsModel model(catalog(), m_path, &keys, &m_network);
    QVERIFY(model.isKeychainAvailable());
    model.refreshKeys();
    const int openai = model.indexOf(QStringLiteral("fake-openai"));
    QTRY_COMPARE(model.data(model.index(openai), ProviderSettingsModel::KeyStatusTextRole),
                 QStringLiteral("keychain unavailable"));
    QVERIFY(!model.isKeychainAvailable());
    QVERIFY(model.keychainProblem().contains(QStringLiteral("not available")));

    // Saving says why it failed and keeps nothing behind the user's back.
    model.setKey(QStringLiteral("fake-openai"), QStringLiteral("sk-x"), false);
    QTRY_VERIFY(!model.data(model.index(openai), ProviderSettingsModel::BusyRole).toBool());
    QVERIFY(model.data(model.index(openai), ProviderSettingsModel::NoticeIsErrorRole).toBool());
    QCOMPARE(keychain.writes(), 1);
    QVERIFY(!keys.hasSessionKey(QStringLiteral("fake-openai")));

    // The choice offered: this session only.
    model.setKey(QStringLiteral("fake-openai"), QStringLiteral("sk-x"), true);
    QTRY_COMPARE(model.data(model.index(openai), ProviderSettingsModel::KeyStatusTextRole),
                 QStringLiteral("this session only"));
    QCOMPARE(keys.readNow(QStringLiteral("fake-openai")).secret, QStringLiteral("sk-x"));
}

void TestProviderSettingsModel::testConnectionReportsTheModelCount()
{
    m_model->testConnection(QStringLiteral("fake-ollama"));
    QVERIFY(role(QStringLiteral("fake-ollama"), ProviderSettingsModel::BusyRole).toBool());
    QVERIFY(waitForNotice(QStringLiteral("fake-ollama")));
    const int served = int(fakeModelIds(ProtocolKind::Ollama).size());
    QCOMPARE(role(QStringLiteral("fake-ollama"), ProviderSettingsModel::NoticeRole),
             QStringLiteral("OK, %1 models").arg(served));
    QVERIFY(
        !role(QStringLiteral("fake-ollama"), ProviderSettingsModel::NoticeIsErrorRole).toBool());
}

void TestProviderSettingsModel::testConnectionSaysWhatWentWrongInWords()
{
    m_model->setKey(QStringLiteral("fake-openai"), QStringLiteral("bad-key"), true);
    m_model->testConnection(QStringLiteral("fake-openai"));
    QVERIFY(waitForNotice(QStringLiteral("fake-openai")));
    QVERIFY(role(QStringLiteral("fake-openai"), ProviderSettingsModel::NoticeIsErrorRole).toBool());
    QVERIFY2(
        role(QStringLiteral("fake-openai"), ProviderSettingsModel::NoticeRole)
            .toString()
            .startsWith(QStringLiteral("The API key was rejected")),
        qPrintable(
            role(QStringLiteral("fake-openai"), ProviderSettingsModel::NoticeRole).toString()));
    // The key the server refused was sent, and only as a header.
    const auto requests = m_server.requests();
    QVERIFY(!requests.isEmpty());
    QCOMPARE(requests.last().header("authorization"), QByteArray("Bearer bad-key"));
    QVERIFY(!requests.last().path.contains("bad-key"));

    // A server that is not there.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QVERIFY(m_model->setBaseUrl(QStringLiteral("fake-ollama"),
                                QStringLiteral("http://127.0.0.1:%1").arg(port)));
    m_model->testConnection(QStringLiteral("fake-ollama"));
    QVERIFY(waitForNotice(QStringLiteral("fake-ollama")));
    QVERIFY(role(QStringLiteral("fake-ollama"), ProviderSettingsModel::NoticeRole)
                .toString()
                .startsWith(QStringLiteral("The connection failed")));
}

void TestProviderSettingsModel::fetchedModelsReachThePickerAndAreRemembered()
{
    const QString id = m_model->addCustomProvider(
        QStringLiteral("My server"), m_server.baseUrl(ProtocolKind::OpenAi).toString());
    QCOMPARE(id, QStringLiteral("my-server"));
    ModelPickerModel picker(m_model->catalog(), m_dir->filePath(QStringLiteral("coro.ini")));
    connect(m_model.get(), &ProviderSettingsModel::modelsDiscovered, &picker,
            &ModelPickerModel::addDiscovered);
    QSignalSpy discovered(m_model.get(), &ProviderSettingsModel::modelsDiscovered);
    m_model->fetchModels(id);
    QVERIFY(discovered.wait(10000));
    QStringList offered;
    for (int row = 0; row < picker.rowCount(); ++row)
        offered << picker.data(picker.index(row), ModelPickerModel::RefRole).toString();
    for (const QString &model : fakeModelIds(ProtocolKind::OpenAi))
        QVERIFY2(offered.contains(id + QLatin1Char('/') + model),
                 qPrintable(offered.join(QLatin1Char(' '))));

    // After a restart the custom provider still offers them.
    QString error;
    const auto reloaded = ProviderCatalog::load(m_path, &error);
    QVERIFY2(reloaded, qPrintable(error));
    QCOMPARE(reloaded->find(id)->models.size(), fakeModelIds(ProtocolKind::OpenAi).size());
}

void TestProviderSettingsModel::customProviderIsValidatedAndSaved()
{
    QSignalSpy edited(m_model.get(), &ProviderSettingsModel::catalogEdited);
    for (const QString &bad :
         {QStringLiteral("api.example.com/v1"), QStringLiteral("ftp://x.org"),
          QStringLiteral("https://user:pw@api.example.com/v1"), QStringLiteral("")}) {
        QVERIFY(m_model->addCustomProvider(QStringLiteral("Example"), bad).isEmpty());
        QVERIFY(!m_model->error().isEmpty());
    }
    QVERIFY(!QFile::exists(m_path));
    QCOMPARE(edited.size(), 0);

    // A name that is a preset's id gets an id of its own.
    const QString id = m_model->addCustomProvider(QStringLiteral("OpenAI"),
                                                  QStringLiteral("https://proxy.example.com/v1/"));
    QCOMPARE(id, QStringLiteral("openai-2"));
    QVERIFY(m_model->error().isEmpty());
    QCOMPARE(edited.size(), 1);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(role(id, ProviderSettingsModel::ProtocolRole), QStringLiteral("openai"));
    QCOMPARE(role(id, ProviderSettingsModel::BaseUrlRole),
             QStringLiteral("https://proxy.example.com/v1"));
    QVERIFY(role(id, ProviderSettingsModel::NeedsKeyRole).toBool());
    QVERIFY(!role(id, ProviderSettingsModel::PresetRole).toBool());

    QString error;
    const auto saved = ProviderCatalog::load(m_path, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->find(id)->name, QStringLiteral("OpenAI"));
    QVERIFY(saved->find(QStringLiteral("fake-ollama")));

    const QString anthropic = m_model->addCustomProvider(QStringLiteral("Local Claude"),
                                                         QStringLiteral("http://localhost:9000"),
                                                         QStringLiteral("anthropic"));
    QCOMPARE(role(anthropic, ProviderSettingsModel::ProtocolRole), QStringLiteral("anthropic"));
    QVERIFY(!role(anthropic, ProviderSettingsModel::NeedsKeyRole).toBool());
}

void TestProviderSettingsModel::removedProviderForgetsItsKeyAndCanComeBack()
{
    ProviderSettingsModel model(ProviderCatalog::presets(), m_path, m_keys.get(), &m_network);
    m_keychain->write(QStringLiteral("groq"), QStringLiteral("gsk-1"), [](const auto &) {});
    QVERIFY(model.missingPresets().isEmpty());
    QVERIFY(model.removeProvider(QStringLiteral("groq")));
    QCOMPARE(model.indexOf(QStringLiteral("groq")), -1);
    QCOMPARE(m_keychain->readNow(QStringLiteral("groq")).status,
             SecretStore::Result::Status::NotFound);
    QCOMPARE(model.missingPresets().size(), 1);
    QVERIFY(!ProviderCatalog::load(m_path, nullptr)->find(QStringLiteral("groq")));

    QVERIFY(model.addPreset(QStringLiteral("groq")));
    QVERIFY(model.indexOf(QStringLiteral("groq")) >= 0);
    QVERIFY(model.missingPresets().isEmpty());
    QVERIFY(!model.addPreset(QStringLiteral("no-such-preset")));
}

void TestProviderSettingsModel::baseUrlChangeIsSavedAndUsed()
{
    QVERIFY(!m_model->setBaseUrl(QStringLiteral("fake-openai"), QStringLiteral("not a url")));
    QVERIFY(!m_model->error().isEmpty());
    QSignalSpy edited(m_model.get(), &ProviderSettingsModel::catalogEdited);
    const QString moved = QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.port());
    QVERIFY(m_model->setBaseUrl(QStringLiteral("fake-anthropic"), moved));
    QCOMPARE(edited.size(), 1);
    const auto catalog = edited.first().first().value<ProviderCatalog>();
    QCOMPARE(catalog.find(QStringLiteral("fake-anthropic"))->baseUrl.toString(), moved);
    QCOMPARE(ProviderCatalog::load(m_path, nullptr)
                 ->find(QStringLiteral("fake-anthropic"))
                 ->baseUrl.toString(),
             moved);
}

void TestProviderSettingsModel::firstKeyWritesProvidersJson()
{
    QVERIFY(!QFile::exists(m_path));
    QSignalSpy edited(m_model.get(), &ProviderSettingsModel::catalogEdited);
    m_model->setKey(QStringLiteral("fake-openai"), QStringLiteral("sk-first"), false);
    QTRY_VERIFY(QFile::exists(m_path));
    QCOMPARE(edited.size(), 1);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("sk-first"));
    QCOMPARE(file.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

QTEST_GUILESS_MAIN(TestProviderSettingsModel)
#include "tst_providersettingsmodel.moc"
