#include "blackholelistener.h"
#include "fakeproviderserver.h"
#include "net/httpstream.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace coro;
using namespace coro::test;

namespace {
const QByteArray kKey = "sk-redirect-canary-7781";

// An OpenAI-style chat request for @p model, carrying kKey the way OpenAI wants it.
HttpRequest chatRequest(const QUrl &base, const QString &model)
{
    HttpRequest request;
    request.url = QUrl(base.toString() + QStringLiteral("/chat/completions"));
    request.addHeader("Content-Type", "application/json");
    request.addHeader("Authorization", "Bearer " + kKey);
    request.body = R"({"model":")" + model.toUtf8() +
                   R"(","stream":true,"messages":[{"role":"user","content":"hi"}]})";
    return request;
}

/// Everything one HttpStream reported.
struct Outcome
{
    QList<int> statuses;
    QByteArray body;
    bool finished = false;
    bool failed = false;
    ErrorCode code = ErrorCode::None;
    QString message;
    qint64 elapsedMs = 0;
};

Outcome runStream(QNetworkAccessManager *network, const HttpRequest &request,
                  HttpStream::Timeouts timeouts)
{
    HttpStream stream(network);
    Outcome outcome;
    QObject::connect(&stream, &HttpStream::responseStarted,
                     [&](const HttpResponseHead &head) { outcome.statuses << head.status; });
    QObject::connect(&stream, &HttpStream::dataReceived,
                     [&](const QByteArray &bytes) { outcome.body += bytes; });
    QObject::connect(&stream, &HttpStream::finished, [&] { outcome.finished = true; });
    QObject::connect(&stream, &HttpStream::failed, [&](ErrorCode code, const QString &message) {
        outcome.failed = true;
        outcome.code = code;
        outcome.message = message;
    });
    QElapsedTimer clock;
    clock.start();
    stream.start(request, timeouts);
    if (!QTest::qWaitFor([&] { return outcome.finished || outcome.failed; }, 20000))
        outcome.message = QStringLiteral("(no outcome within 20 s)");
    outcome.elapsedMs = clock.elapsed();
    return outcome;
}
} // namespace

class TestHttpStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void sameOriginRedirectIsFollowed();
    void redirectToAnotherHostIsRefusedWithoutTheKey();
    void connectTimeoutCountsOnlyConnecting();
    void requestsWaitingForAConnectionAreNotTimedOut();
    void idleTimeStartsAtTheFirstBodyByte();
    void silenceAfterTheFirstByteIsAnIdleTimeout();

private:
    FakeProviderServer m_server;
    FakeProviderServer m_elsewhere;
    QNetworkAccessManager m_network;
};

void TestHttpStream::initTestCase()
{
    QVERIFY(m_server.listen());
    QVERIFY(m_elsewhere.listen());
}

void TestHttpStream::init()
{
    m_server.clear();
    m_elsewhere.clear();
}

void TestHttpStream::sameOriginRedirectIsFollowed()
{
    const Outcome outcome = runStream(
        &m_network, chatRequest(m_server.baseUrl(ProtocolKind::OpenAi), QStringLiteral("redirect")),
        {5000, 5000, 0});
    QVERIFY2(outcome.finished, qPrintable(outcome.message));
    // The caller sees the final response only, never the 307 hop's head or body.
    QCOMPARE(outcome.statuses, QList<int>{200});
    QVERIFY(outcome.body.contains(R"("content":"Hello ")"));
    QVERIFY(outcome.body.contains("data: [DONE]"));
    QVERIFY(!outcome.body.contains("moved"));
    const auto requests = m_server.requests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests.at(1).path.contains("coro-fake-hop"));
    QCOMPARE(requests.at(1).method, QByteArray("POST")); // 307 keeps method and body
    QCOMPARE(requests.at(1).body, requests.at(0).body);
}

void TestHttpStream::redirectToAnotherHostIsRefusedWithoutTheKey()
{
    const QString model = QStringLiteral("redirect:%1").arg(m_elsewhere.port());
    const Outcome outcome = runStream(
        &m_network, chatRequest(m_server.baseUrl(ProtocolKind::OpenAi), model), {5000, 5000, 0});
    QVERIFY(outcome.failed);
    QCOMPARE(errorCodeName(outcome.code), QStringLiteral("invalid_request"));
    // The message names where the server wanted to send the request.
    QVERIFY2(outcome.message.contains(QStringLiteral("localhost:%1").arg(m_elsewhere.port())),
             qPrintable(outcome.message));
    QVERIFY(outcome.statuses.isEmpty()); // The 307 is not passed off as the response.
    QCOMPARE(m_server.requests().size(), 1);
    QVERIFY(m_elsewhere.requests().isEmpty()); // The key never reached the other host.
}

void TestHttpStream::connectTimeoutCountsOnlyConnecting()
{
    BlackholeListener blackhole;
    if (!blackhole.swallowsConnections())
        QSKIP("This kernel accepts connections past a full backlog; no way to stage a hang.");
    HttpRequest request = chatRequest(
        QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(blackhole.port())), QStringLiteral("m"));
    const Outcome outcome = runStream(&m_network, request, {400, 5000, 0});
    QVERIFY(outcome.failed);
    QCOMPARE(errorCodeName(outcome.code), QStringLiteral("timeout"));
    QVERIFY2(outcome.message.contains(QStringLiteral("connect")), qPrintable(outcome.message));
    QVERIFY2(outcome.elapsedMs < 3000, qPrintable(QString::number(outcome.elapsedMs)));
}

void TestHttpStream::requestsWaitingForAConnectionAreNotTimedOut()
{
    // Qt opens at most six HTTP/1.1 connections per host: the other six requests wait for one
    // to end, far longer than the connect timeout. Waiting is not connecting.
    constexpr int kRequests = 12;
    QList<HttpStream *> streams;
    int finished = 0;
    QStringList failures;
    for (int i = 0; i < kRequests; ++i) {
        auto *stream = new HttpStream(&m_network, this);
        connect(stream, &HttpStream::finished, this, [&] { ++finished; });
        connect(stream, &HttpStream::failed, this,
                [&](ErrorCode, const QString &message) { failures << message; });
        stream->start(
            chatRequest(m_server.baseUrl(ProtocolKind::OpenAi), QStringLiteral("slow:60")),
            {300, 5000, 0});
        streams << stream;
    }
    QTRY_VERIFY_WITH_TIMEOUT(finished + failures.size() == kRequests, 30000);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(finished, kRequests);
    qDeleteAll(streams);
}

void TestHttpStream::idleTimeStartsAtTheFirstBodyByte()
{
    // Headers at once, then a long think: that is the caller's first-token wait, not silence
    // in the middle of a stream.
    const Outcome outcome =
        runStream(&m_network,
                  chatRequest(m_server.baseUrl(ProtocolKind::OpenAi), QStringLiteral("think:900")),
                  {5000, 300, 0});
    QVERIFY2(outcome.finished, qPrintable(outcome.message));
    QVERIFY(outcome.body.contains("[DONE]"));
}

void TestHttpStream::silenceAfterTheFirstByteIsAnIdleTimeout()
{
    const Outcome outcome = runStream(
        &m_network, chatRequest(m_server.baseUrl(ProtocolKind::OpenAi), QStringLiteral("stall")),
        {5000, 300, 0});
    QVERIFY(outcome.failed);
    QCOMPARE(errorCodeName(outcome.code), QStringLiteral("timeout"));
    QVERIFY(outcome.message.contains(QStringLiteral("sent nothing")));
    QVERIFY(outcome.body.contains("Hello"));
}

QTEST_GUILESS_MAIN(TestHttpStream)
#include "tst_httpstream.moc"
