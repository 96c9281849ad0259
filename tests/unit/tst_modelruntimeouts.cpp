#include "blackholelistener.h"
#include "engine/turn.h"
#include "enginetesthelpers.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>

using namespace coro;
using namespace coro::test;

/// Each timeout measures its own phase: connecting, the wait for the first token, silence
/// while streaming. Waiting for a free connection or for a model to load is none of them.
class TestModelRunTimeouts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void connectTimeout();
    void firstTokenTimeoutCountsFromTheRequest();
    void coldModelLoadIsNotAConnectTimeout();
    void thinkingBeforeTheFirstTokenIsNotIdleTime();
    void idleTimeoutWhileStreaming();
    void twelveModelsOnOneServerAllFinish();

private:
    FakeProviderServer m_server;
    QNetworkAccessManager m_network;
};

void TestModelRunTimeouts::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestModelRunTimeouts::init()
{
    m_server.clear();
}

void TestModelRunTimeouts::connectTimeout()
{
    BlackholeListener blackhole;
    if (!blackhole.swallowsConnections())
        QSKIP("This kernel accepts connections past a full backlog; no way to stage a hang.");
    ModelRunConfig config = fakeConfig(m_server, ProtocolKind::Gemini, QStringLiteral("tiny"));
    config.provider.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(blackhole.port()));
    config.timeouts.connectMs = 300;
    config.retry.maxAttempts = 1;
    ModelRun *run = runToEnd(config, &m_network, this);
    QCOMPARE(run->state(), ModelRun::State::Error);
    QCOMPARE(errorCodeName(run->error().code), QStringLiteral("timeout"));
    QVERIFY2(run->error().message.contains(QStringLiteral("connect")),
             qPrintable(run->error().message));
    QVERIFY(run->elapsedMs() < 4000);
}

void TestModelRunTimeouts::firstTokenTimeoutCountsFromTheRequest()
{
    ModelRunConfig config =
        fakeConfig(m_server, ProtocolKind::Ollama, QStringLiteral("no-response"));
    config.timeouts.connectMs = 300; // Connected long before: not a connect timeout.
    config.timeouts.firstTokenMs = 700;
    ModelRun *run = runToEnd(config, &m_network, this);
    QCOMPARE(run->state(), ModelRun::State::Error);
    QCOMPARE(errorCodeName(run->error().code), QStringLiteral("timeout"));
    QVERIFY2(run->error().message.contains(QStringLiteral("No answer started")),
             qPrintable(run->error().message));
    QVERIFY(run->elapsedMs() >= 650 && run->elapsedMs() < 4000);
}

void TestModelRunTimeouts::coldModelLoadIsNotAConnectTimeout()
{
    // Ollama sends nothing, not even headers, until the model is in memory.
    ModelRunConfig config = fakeConfig(m_server, ProtocolKind::Ollama, QStringLiteral("cold:900"));
    config.timeouts.connectMs = 300;
    ModelRun *run = runToEnd(config, &m_network, this);
    QVERIFY2(run->state() == ModelRun::State::Done, qPrintable(run->error().message));
    QCOMPARE(run->text(), expectedAnswer(ProtocolKind::Ollama, QStringLiteral("cold:900")));
    QVERIFY(run->timeToFirstTokenMs() >= 850);
}

void TestModelRunTimeouts::thinkingBeforeTheFirstTokenIsNotIdleTime()
{
    ModelRunConfig config =
        fakeConfig(m_server, ProtocolKind::Anthropic, QStringLiteral("think:900"));
    config.timeouts.idleMs = 300;
    ModelRun *run = runToEnd(config, &m_network, this);
    QVERIFY2(run->state() == ModelRun::State::Done, qPrintable(run->error().message));
    QCOMPARE(run->text(), expectedAnswer(ProtocolKind::Anthropic, QStringLiteral("think:900")));
}

void TestModelRunTimeouts::idleTimeoutWhileStreaming()
{
    ModelRunConfig config = fakeConfig(m_server, ProtocolKind::Anthropic, QStringLiteral("stall"));
    config.timeouts.idleMs = 300;
    QElapsedTimer clock;
    clock.start();
    ModelRun *run = runToEnd(config, &m_network, this);
    QCOMPARE(run->state(), ModelRun::State::Error);
    QCOMPARE(errorCodeName(run->error().code), QStringLiteral("timeout"));
    QVERIFY(run->error().message.contains(QStringLiteral("sent nothing")));
    QVERIFY(!run->text().isEmpty());
    QVERIFY(clock.elapsed() < 5000);
}

void TestModelRunTimeouts::twelveModelsOnOneServerAllFinish()
{
    // One plain-HTTP server: Qt runs six requests at a time, the rest wait their turn.
    QList<ModelRunConfig> configs;
    for (int i = 0; i < 12; ++i) {
        const auto kind = static_cast<ProtocolKind>(i % 4);
        ModelRunConfig config = fakeConfig(m_server, kind, QStringLiteral("slow:%1").arg(40 + i));
        config.timeouts.connectMs = 300;
        config.timeouts.firstTokenMs = 3000;
        configs << config;
    }
    Turn turn(configs, &m_network);
    QSignalSpy finished(&turn, &Turn::finished);
    turn.start();
    QVERIFY(finished.wait(30000));
    for (int i = 0; i < turn.size(); ++i) {
        const ModelRun *run = turn.run(i);
        QVERIFY2(
            run->state() == ModelRun::State::Done,
            qPrintable(run->config().ref.toString() + QLatin1String(": ") + run->error().message));
        QCOMPARE(run->text(),
                 expectedAnswer(run->config().provider.protocol, run->config().ref.model));
    }
}

QTEST_GUILESS_MAIN(TestModelRunTimeouts)
#include "tst_modelruntimeouts.moc"
