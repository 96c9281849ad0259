#include "clirunner.h"
#include "fakeproviderserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;
using namespace coro::test;

namespace {
// The text a chat request carried in its protocol's system slot; empty when it had none.
QString systemTextOf(const FakeProviderServer::RecordedRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (request.path.startsWith("/v1/messages"))
        return body.value(QLatin1String("system")).toString();
    if (request.path.startsWith("/v1beta/"))
        return body.value(QLatin1String("systemInstruction"))
            .toObject()
            .value(QLatin1String("parts"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("text"))
            .toString();
    const QJsonObject first = body.value(QLatin1String("messages")).toArray().at(0).toObject();
    return first.value(QLatin1String("role")).toString() == QLatin1String("system")
               ? first.value(QLatin1String("content")).toString()
               : QString();
}
} // namespace

/**
 * coro-cli ask with conversation context: --guide, --search and --fuse, against the fake
 * provider server (which also plays the search backends).
 */
class TestCliContext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void guideReachesEverySystemSlotAndIsKept();

private:
    CliResult ask(const QStringList &arguments);
    QList<FakeProviderServer::RecordedRequest> chatRequests() const;

    FakeProviderServer m_server;
    QTemporaryDir m_dataDir;
};

void TestCliContext::initTestCase()
{
    QVERIFY(m_server.listen());
    QVERIFY(m_dataDir.isValid());
    QFile file(m_dataDir.filePath(QStringLiteral("providers.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_server.providersJson());
}

void TestCliContext::init()
{
    m_server.clear();
}

CliResult TestCliContext::ask(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAKE_OPENAI_KEY"), QStringLiteral("k-openai"));
    return runCli(QStringList{QStringLiteral("--data-dir"), m_dataDir.path(), QStringLiteral("ask"),
                              QStringLiteral("--json")} +
                      arguments,
                  {}, env);
}

QList<FakeProviderServer::RecordedRequest> TestCliContext::chatRequests() const
{
    QList<FakeProviderServer::RecordedRequest> chats;
    for (const auto &request : m_server.requests()) {
        if (!request.model.isEmpty())
            chats << request;
    }
    return chats;
}

void TestCliContext::guideReachesEverySystemSlotAndIsKept()
{
    const QString guide = QStringLiteral("Answer as a haiku.");
    CliResult r =
        ask({QStringLiteral("--guide"), guide, QStringLiteral("-m"),
             QStringLiteral("fake-anthropic/claude-fake"), QStringLiteral("-m"),
             QStringLiteral("fake-gemini/gemini-fake"), QStringLiteral("-m"),
             QStringLiteral("fake-ollama/llama-fake:latest"), QStringLiteral("Describe autumn")});
    QCOMPARE(r.exitCode, 0);
    const qint64 conversation = r.lines.last().value(QLatin1String("conversation")).toInteger();
    QVERIFY(conversation > 0);
    QCOMPARE(chatRequests().size(), 3);
    for (const auto &request : chatRequests())
        QVERIFY2(systemTextOf(request).contains(guide), request.path.constData());

    // The next turn of the conversation keeps the guide without being told again.
    m_server.clear();
    r = ask({QStringLiteral("--conversation"), QString::number(conversation), QStringLiteral("-m"),
             QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("And winter?")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(chatRequests().size(), 1);
    QVERIFY2(systemTextOf(chatRequests().first()).contains(guide),
             qPrintable(systemTextOf(chatRequests().first())));

    // An empty guide removes it: no system slot at all.
    m_server.clear();
    r = ask({QStringLiteral("--conversation"), QString::number(conversation),
             QStringLiteral("--guide"), QString(), QStringLiteral("-m"),
             QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("And spring?")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(systemTextOf(chatRequests().value(0)), QString());
    QVERIFY(!chatRequests().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliContext)
#include "tst_clicontext.moc"
