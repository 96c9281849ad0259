#include "enginetesthelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace coro;
using namespace coro::test;

class TestModelRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void streamsExactAnswer_data();
    void streamsExactAnswer();
    void reasoningShownApart_data();
    void reasoningShownApart();
    void fragmentedAndKeepAliveStreamsAreExact_data();
    void fragmentedAndKeepAliveStreamsAreExact();
    void httpErrorsMapToOneCode_data();
    void httpErrorsMapToOneCode();
    void transientFailuresRetryThenSucceed_data();
    void transientFailuresRetryThenSucceed();
    void midStreamErrorKeepsTextAndDoesNotRetry_data();
    void midStreamErrorKeepsTextAndDoesNotRetry();
    void truncatedStreamIsNotSuccess_data();
    void truncatedStreamIsNotSuccess();
    void connectionResetKeepsText();
    void rejectedMaxTokensIsAdapted();
    void cancelKeepsPartialText();
    void invalidParametersFailBeforeSending();
    void badKeyIsAuthenticationFailure();
    void keyTravelsOnlyInHeader();

private:
    FakeProviderServer m_server;
    QNetworkAccessManager m_network;
};

void TestModelRun::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestModelRun::init()
{
    m_server.clear();
}

void TestModelRun::streamsExactAnswer_data()
{
    addProtocolRows();
}

void TestModelRun::streamsExactAnswer()
{
    QFETCH(ProtocolKind, kind);
    auto *run = new ModelRun(fakeConfig(m_server, kind, QStringLiteral("tiny")), &m_network, this);
    QSignalSpy states(run, &ModelRun::stateChanged);
    QSignalSpy deltas(run, &ModelRun::textAppended);
    QSignalSpy finished(run, &ModelRun::finished);
    run->start();
    QVERIFY(finished.wait(10000));

    QCOMPARE(run->state(), ModelRun::State::Done);
    QCOMPARE(run->text(), expectedAnswer(kind, QStringLiteral("tiny")));
    const QString told = toldText(deltas);
    QCOMPARE(told, run->text()); // Every piece told once, in order.
    QCOMPARE(states.first().first().value<ModelRun::State>(), ModelRun::State::Connecting);
    QCOMPARE(states.last().first().value<ModelRun::State>(), ModelRun::State::Done);
    QVERIFY(run->usage().input > 0);
    QVERIFY(run->usage().output > 0);
    QVERIFY(run->timeToFirstTokenMs() >= 0);
    QVERIFY(run->elapsedMs() >= run->timeToFirstTokenMs());
    QCOMPARE(run->attempts(), 1);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!run->error().isError());
}

void TestModelRun::reasoningShownApart_data()
{
    addProtocolRows();
}

void TestModelRun::reasoningShownApart()
{
    QFETCH(ProtocolKind, kind);
    auto *run =
        new ModelRun(fakeConfig(m_server, kind, QStringLiteral("reasoning")), &m_network, this);
    QSignalSpy states(run, &ModelRun::stateChanged);
    QSignalSpy finished(run, &ModelRun::finished);
    run->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(run->state(), ModelRun::State::Done);
    QVERIFY(!run->reasoning().isEmpty());
    QVERIFY(!run->text().contains(run->reasoning()));
    QCOMPARE(run->text(), expectedAnswer(kind, QStringLiteral("reasoning")));
    QList<ModelRun::State> sequence;
    for (const auto &args : states)
        sequence << args.first().value<ModelRun::State>();
    QVERIFY(sequence.contains(ModelRun::State::Thinking));
    QVERIFY(sequence.indexOf(ModelRun::State::Thinking) <
            sequence.indexOf(ModelRun::State::Streaming));
}

void TestModelRun::fragmentedAndKeepAliveStreamsAreExact_data()
{
    QTest::addColumn<ProtocolKind>("kind");
    QTest::addColumn<QString>("model");
    for (const auto kind : {ProtocolKind::OpenAi, ProtocolKind::Anthropic, ProtocolKind::Gemini,
                            ProtocolKind::Ollama}) {
        QTest::addRow("%s fragmented", qPrintable(protocolName(kind)))
            << kind << QStringLiteral("fragmented");
        if (kind != ProtocolKind::Ollama)
            QTest::addRow("%s keepalive", qPrintable(protocolName(kind)))
                << kind << QStringLiteral("keepalive");
    }
}

void TestModelRun::fragmentedAndKeepAliveStreamsAreExact()
{
    QFETCH(ProtocolKind, kind);
    QFETCH(QString, model);
    ModelRun *run = runToEnd(fakeConfig(m_server, kind, model), &m_network, this);
    QCOMPARE(run->state(), ModelRun::State::Done);
    QVERIFY2(run->text().startsWith(QStringLiteral("Hello from ")), qPrintable(run->text()));
    QVERIFY(run->text().endsWith(kPrompt));
    if (model == QLatin1String("fragmented"))
        QVERIFY2(run->text().contains(QStringLiteral("café ☕")), qPrintable(run->text()));
    else
        QCOMPARE(run->text(), expectedAnswer(kind, model));
}

void TestModelRun::httpErrorsMapToOneCode_data()
{
    QTest::addColumn<ProtocolKind>("kind");
    QTest::addColumn<QString>("model");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("attempts");
    const struct
    {
        const char *model;
        ErrorCode code;
        int attempts; // Transient codes are retried up to maxAttempts (3 here).
    } cases[] = {
        {"http-400", ErrorCode::InvalidRequest, 1},
        {"http-401", ErrorCode::AuthenticationFailed, 1},
        {"http-403", ErrorCode::PermissionDenied, 1},
        {"http-404", ErrorCode::ModelNotFound, 1},
        {"http-429", ErrorCode::RateLimited, 3},
        {"http-500", ErrorCode::ServerError, 3},
        {"http-503", ErrorCode::ModelOverloaded, 3},
    };
    for (const auto kind : {ProtocolKind::OpenAi, ProtocolKind::Anthropic, ProtocolKind::Gemini,
                            ProtocolKind::Ollama}) {
        for (const auto &c : cases) {
            QTest::addRow("%s %s", qPrintable(protocolName(kind)), c.model)
                << kind << QString::fromLatin1(c.model) << c.code << c.attempts;
        }
    }
    QTest::addRow("anthropic http-529")
        << ProtocolKind::Anthropic << QStringLiteral("http-529") << ErrorCode::ModelOverloaded << 3;
    QTest::addRow("openai quota") << ProtocolKind::OpenAi << QStringLiteral("quota")
                                  << ErrorCode::QuotaExceeded << 1;
}

void TestModelRun::httpErrorsMapToOneCode()
{
    QFETCH(ProtocolKind, kind);
    QFETCH(QString, model);
    QFETCH(ErrorCode, code);
    QFETCH(int, attempts);
    ModelRunConfig config = fakeConfig(m_server, kind, model);
    config.retry.baseDelayMs = 1;
    ModelRun *run = runToEnd(config, &m_network, this);
    QCOMPARE(run->state(), ModelRun::State::Error);
    QCOMPARE(errorCodeName(run->error().code), errorCodeName(code));
    QVERIFY2(!run->error().message.isEmpty(), "the provider's own message is kept");
    QVERIFY(run->error().httpStatus >= 400);
    QCOMPARE(run->attempts(), attempts);
    QCOMPARE(m_server.requestCount(model), attempts);
    QVERIFY(run->text().isEmpty());
}

void TestModelRun::transientFailuresRetryThenSucceed_data()
{
    QTest::addColumn<ProtocolKind>("kind");
    QTest::addColumn<QString>("model");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("minDelayMs");
    for (const auto kind : {ProtocolKind::OpenAi, ProtocolKind::Anthropic, ProtocolKind::Gemini,
                            ProtocolKind::Ollama}) {
        QTest::addRow("%s flaky", qPrintable(protocolName(kind)))
            << kind << QStringLiteral("flaky:2") << ErrorCode::ModelOverloaded << 20;
        QTest::addRow("%s ratelimit", qPrintable(protocolName(kind)))
            << kind << QStringLiteral("ratelimit:2") << ErrorCode::RateLimited << 30;
    }
}

void TestModelRun::transientFailuresRetryThenSucceed()
{
    QFETCH(ProtocolKind, kind);
    QFETCH(QString, model);
    QFETCH(ErrorCode, code);
    QFETCH(int, minDelayMs);
    ModelRunConfig config = fakeConfig(m_server, kind, model);
    config.retry.baseDelayMs = 1; // So only the server's Retry-After can explain the wait.
    auto *run = new ModelRun(config, &m_network, this);
    QSignalSpy retries(run, &ModelRun::retryScheduled);
    QSignalSpy finished(run, &ModelRun::finished);
    run->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(run->state(), ModelRun::State::Done);
    QCOMPARE(run->text(), expectedAnswer(kind, model));
    QCOMPARE(run->attempts(), 3);
    QCOMPARE(retries.count(), 2);
    for (const auto &args : retries) {
        QCOMPARE(errorCodeName(args.at(2).value<ErrorCode>()), errorCodeName(code));
        QVERIFY2(args.at(1).toInt() >= minDelayMs, "Retry-After must be honoured");
    }
    QCOMPARE(retries.at(0).at(0).toInt(), 2);
    QCOMPARE(retries.at(1).at(0).toInt(), 3);
}

void TestModelRun::midStreamErrorKeepsTextAndDoesNotRetry_data()
{
    addProtocolRows();
}

void TestModelRun::midStreamErrorKeepsTextAndDoesNotRetry()
{
    QFETCH(ProtocolKind, kind);
    ModelRun *run =
        runToEnd(fakeConfig(m_server, kind, QStringLiteral("midstream-error")), &m_network, this);
    QCOMPARE(run->state(), ModelRun::State::Error);
    QVERIFY(run->error().code == ErrorCode::ServerError ||
            run->error().code == ErrorCode::ModelOverloaded);
    QVERIFY(!run->error().message.isEmpty());
    QVERIFY2(run->text().startsWith(QStringLiteral("Hello from")), qPrintable(run->text()));
    QVERIFY(run->text().size() < expectedAnswer(kind, QStringLiteral("midstream-error")).size());
    QCOMPARE(run->attempts(), 1); // Text was on screen: never retried behind the user's back.
}

void TestModelRun::truncatedStreamIsNotSuccess_data()
{
    addProtocolRows();
}

void TestModelRun::truncatedStreamIsNotSuccess()
{
    QFETCH(ProtocolKind, kind);
    ModelRun *run =
        runToEnd(fakeConfig(m_server, kind, QStringLiteral("truncated")), &m_network, this);
    QCOMPARE(run->state(), ModelRun::State::Error);
    QCOMPARE(errorCodeName(run->error().code), QStringLiteral("network_error"));
    QVERIFY(run->text().startsWith(QStringLiteral("Hello from")));
    QCOMPARE(run->attempts(), 1);
}

void TestModelRun::connectionResetKeepsText()
{
    ModelRun *run = runToEnd(fakeConfig(m_server, ProtocolKind::OpenAi, QStringLiteral("reset")),
                             &m_network, this);
    QCOMPARE(run->state(), ModelRun::State::Error);
    QCOMPARE(errorCodeName(run->error().code), QStringLiteral("network_error"));
    QVERIFY(run->text().startsWith(QStringLiteral("Hello from")));
}

void TestModelRun::rejectedMaxTokensIsAdapted()
{
    ModelRun *run =
        runToEnd(fakeConfig(m_server, ProtocolKind::OpenAi, QStringLiteral("reject-max-tokens")),
                 &m_network, this);
    QCOMPARE(run->state(), ModelRun::State::Done);
    QCOMPARE(run->text(),
             expectedAnswer(ProtocolKind::OpenAi, QStringLiteral("reject-max-tokens")));
    const auto requests = m_server.requests();
    QCOMPARE(requests.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(requests.at(0).body).object();
    const QJsonObject second = QJsonDocument::fromJson(requests.at(1).body).object();
    QVERIFY(first.contains(QStringLiteral("max_tokens")));
    QVERIFY(!second.contains(QStringLiteral("max_tokens")));
    QCOMPARE(second.value(QStringLiteral("max_completion_tokens")).toInt(), 2000);
}

void TestModelRun::cancelKeepsPartialText()
{
    auto *run = new ModelRun(fakeConfig(m_server, ProtocolKind::OpenAi, QStringLiteral("slow:150")),
                             &m_network, this);
    QSignalSpy deltas(run, &ModelRun::textAppended);
    QSignalSpy finished(run, &ModelRun::finished);
    run->start();
    QVERIFY(deltas.wait(5000));
    run->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(run->state(), ModelRun::State::Cancelled);
    QCOMPARE(errorCodeName(run->error().code), QStringLiteral("cancelled"));
    QVERIFY(!run->text().isEmpty());
    const QString partial = run->text();
    QTest::qWait(400); // Nothing more may arrive after a cancel.
    QCOMPARE(run->text(), partial);
    QCOMPARE(finished.count(), 1);
}

void TestModelRun::invalidParametersFailBeforeSending()
{
    ModelRunConfig config = fakeConfig(m_server, ProtocolKind::OpenAi, QStringLiteral("tiny"));
    config.params.temperature = 2.5;
    ModelRun *run = runToEnd(config, &m_network, this);
    QCOMPARE(run->state(), ModelRun::State::Error);
    QCOMPARE(errorCodeName(run->error().code), QStringLiteral("invalid_request"));
    QVERIFY(run->error().message.contains(QStringLiteral("Temperature")));
    QCOMPARE(m_server.requests().size(), 0);
}

void TestModelRun::badKeyIsAuthenticationFailure()
{
    ModelRun *run = runToEnd(fakeConfig(m_server, ProtocolKind::OpenAi, QStringLiteral("tiny"),
                                        QStringLiteral("bad-key")),
                             &m_network, this);
    QCOMPARE(run->state(), ModelRun::State::Error);
    QCOMPARE(errorCodeName(run->error().code), QStringLiteral("authentication_failed"));
    QCOMPARE(run->attempts(), 1);
}

void TestModelRun::keyTravelsOnlyInHeader()
{
    const QString key = QStringLiteral("sk-secret-4242");
    for (const auto kind : {ProtocolKind::OpenAi, ProtocolKind::Anthropic, ProtocolKind::Gemini}) {
        m_server.clear();
        ModelRun *run =
            runToEnd(fakeConfig(m_server, kind, QStringLiteral("tiny"), key), &m_network, this);
        QCOMPARE(run->state(), ModelRun::State::Done);
        const auto request = m_server.requests().value(0);
        QVERIFY(!request.path.contains(key.toUtf8()));
        QVERIFY(!request.body.contains(key.toUtf8()));
        bool inHeader = false;
        for (const auto &[name, value] : request.headers)
            inHeader = inHeader || value.contains(key.toUtf8());
        QVERIFY2(inHeader, qPrintable(protocolName(kind)));
    }
}

QTEST_GUILESS_MAIN(TestModelRun)
#include "tst_modelrun.moc"
