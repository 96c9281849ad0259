#include "engine/turn.h"
#include "enginetesthelpers.h"

#include <QNetworkAccessManager>

using namespace coro;
using namespace coro::test;

class TestTurn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void eightModelsWithMixedFaultsEachEndRight();
    void modelsStreamInParallel();
    void cancelOneLeavesOthersRunning();
    void cancelAllStopsEveryModel();
    void retryOneModelReplacesOnlyItsRun();

private:
    FakeProviderServer m_server;
    QNetworkAccessManager m_network;
};

void TestTurn::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestTurn::init()
{
    m_server.clear();
}

void TestTurn::eightModelsWithMixedFaultsEachEndRight()
{
    struct Expectation
    {
        ProtocolKind kind;
        QString model;
        ModelRun::State state;
        ErrorCode code;
    };
    const QList<Expectation> expected = {
        {ProtocolKind::OpenAi, QStringLiteral("tiny"), ModelRun::State::Done, ErrorCode::None},
        {ProtocolKind::Anthropic, QStringLiteral("reasoning"), ModelRun::State::Done,
         ErrorCode::None},
        {ProtocolKind::Gemini, QStringLiteral("fragmented"), ModelRun::State::Done,
         ErrorCode::None},
        {ProtocolKind::Ollama, QStringLiteral("flaky:1"), ModelRun::State::Done, ErrorCode::None},
        {ProtocolKind::OpenAi, QStringLiteral("http-401"), ModelRun::State::Error,
         ErrorCode::AuthenticationFailed},
        {ProtocolKind::Anthropic, QStringLiteral("midstream-error"), ModelRun::State::Error,
         ErrorCode::ModelOverloaded},
        {ProtocolKind::Gemini, QStringLiteral("http-404"), ModelRun::State::Error,
         ErrorCode::ModelNotFound},
        {ProtocolKind::OpenAi, QStringLiteral("stall"), ModelRun::State::Error, ErrorCode::Timeout},
    };
    QList<ModelRunConfig> configs;
    for (const auto &e : expected) {
        ModelRunConfig config = fakeConfig(m_server, e.kind, e.model);
        config.timeouts.idleMs = 1500;
        configs << config;
    }
    Turn turn(configs, &m_network);
    QSignalSpy finished(&turn, &Turn::finished);
    QSignalSpy runFinished(&turn, &Turn::runFinished);
    turn.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(runFinished.count(), 8);

    for (int i = 0; i < expected.size(); ++i) {
        const ModelRun *run = turn.run(i);
        const auto &e = expected.at(i);
        const QByteArray where = run->config().ref.toString().toUtf8();
        QVERIFY2(run->state() == e.state, where.constData());
        QVERIFY2(run->error().code == e.code,
                 qPrintable(QString::fromUtf8(where) + QLatin1String(": ") +
                            errorCodeName(run->error().code) + QLatin1Char(' ') +
                            run->error().message));
        if (e.state == ModelRun::State::Done && e.model != QLatin1String("fragmented"))
            QCOMPARE(run->text(), expectedAnswer(e.kind, e.model));
    }
    // Text that arrived before a failure stays readable.
    QVERIFY(!turn.run(5)->text().isEmpty());
    QVERIFY(!turn.run(7)->text().isEmpty());
    QVERIFY(turn.firstDone() >= 0 && turn.firstDone() <= 3);
}

void TestTurn::modelsStreamInParallel()
{
    // Each answer takes about 20 deltas x 40 ms = 0.8 s; four in sequence would take 3.2 s.
    QList<ModelRunConfig> configs;
    for (const auto kind : {ProtocolKind::OpenAi, ProtocolKind::Anthropic, ProtocolKind::Gemini,
                            ProtocolKind::Ollama})
        configs << fakeConfig(m_server, kind, QStringLiteral("slow:40"));
    Turn turn(configs, &m_network);
    QSignalSpy finished(&turn, &Turn::finished);
    QElapsedTimer clock;
    clock.start();
    turn.start();
    QVERIFY(finished.wait(20000));
    const qint64 total = clock.elapsed();
    qint64 longest = 0;
    for (int i = 0; i < turn.size(); ++i) {
        QCOMPARE(turn.run(i)->state(), ModelRun::State::Done);
        longest = std::max(longest, turn.run(i)->elapsedMs());
    }
    QVERIFY2(total < longest * 2,
             qPrintable(QStringLiteral("total %1 ms, longest %2 ms").arg(total).arg(longest)));
}

void TestTurn::cancelOneLeavesOthersRunning()
{
    Turn turn({fakeConfig(m_server, ProtocolKind::OpenAi, QStringLiteral("slow:30")),
               fakeConfig(m_server, ProtocolKind::Gemini, QStringLiteral("slow:30"))},
              &m_network);
    QSignalSpy finished(&turn, &Turn::finished);
    turn.start();
    QSignalSpy firstDelta(turn.run(0), &ModelRun::textAppended);
    QVERIFY(firstDelta.wait(5000));
    turn.cancel(0);
    QCOMPARE(turn.run(0)->state(), ModelRun::State::Cancelled);
    QVERIFY(!turn.isFinished());
    QVERIFY(finished.wait(10000));
    QCOMPARE(turn.run(1)->state(), ModelRun::State::Done);
    QCOMPARE(turn.run(1)->text(), expectedAnswer(ProtocolKind::Gemini, QStringLiteral("slow:30")));
    QCOMPARE(turn.firstDone(), 1);
}

void TestTurn::cancelAllStopsEveryModel()
{
    Turn turn({fakeConfig(m_server, ProtocolKind::Anthropic, QStringLiteral("slow:50")),
               fakeConfig(m_server, ProtocolKind::Ollama, QStringLiteral("no-response"))},
              &m_network);
    QSignalSpy finished(&turn, &Turn::finished);
    turn.start();
    QTest::qWait(200);
    turn.cancelAll();
    QCOMPARE(finished.count(), 1);
    for (int i = 0; i < turn.size(); ++i) {
        QCOMPARE(turn.run(i)->state(), ModelRun::State::Cancelled);
        QCOMPARE(turn.run(i)->error().code, ErrorCode::Cancelled);
    }
    QCOMPARE(turn.firstDone(), -1);
}

void TestTurn::retryOneModelReplacesOnlyItsRun()
{
    Turn turn({fakeConfig(m_server, ProtocolKind::OpenAi, QStringLiteral("tiny")),
               fakeConfig(m_server, ProtocolKind::Anthropic, QStringLiteral("http-404"))},
              &m_network);
    QSignalSpy finished(&turn, &Turn::finished);
    turn.start();
    QVERIFY(finished.wait(10000));
    ModelRun *kept = turn.run(0);
    QCOMPARE(turn.run(1)->state(), ModelRun::State::Error);

    turn.retry(1);
    QVERIFY(!turn.isFinished());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 2);
    QCOMPARE(turn.run(0), kept);
    QCOMPARE(turn.run(1)->state(), ModelRun::State::Error);
    QCOMPARE(m_server.requestCount(QStringLiteral("http-404")), 2);
}

QTEST_GUILESS_MAIN(TestTurn)
#include "tst_turn.moc"
