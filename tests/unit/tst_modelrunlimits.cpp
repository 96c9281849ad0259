#include "cannedhttpserver.h"
#include "enginetesthelpers.h"
#include "providers/errormapping.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>

using namespace coro;
using namespace coro::test;

namespace {
QByteArray openAiError(int status, const QByteArray &headers, const QByteArray &message)
{
    const QByteArray body = R"({"error":{"message":")" + message + R"(","type":"requests"}})";
    return "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n" + headers +
           "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

ModelRunConfig cannedConfig(const CannedHttpServer &server)
{
    ModelRunConfig config;
    config.provider.id = QStringLiteral("canned");
    config.provider.name = QStringLiteral("Canned");
    config.provider.protocol = ProtocolKind::OpenAi;
    config.provider.baseUrl = QUrl(server.url(QStringLiteral("/v1")));
    config.ref = {config.provider.id, QStringLiteral("m")};
    config.apiKey = QStringLiteral("k");
    config.messages = {ChatMessage{ChatMessage::Role::User, kPrompt}};
    config.timeouts = {5000, 10000, 5000};
    config.retry.baseDelayMs = 10;
    config.retry.maxAttempts = 3;
    return config;
}

/// Peak resident memory of this process since the last resetPeakMemory(), in bytes.
qint64 peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

bool resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}
} // namespace

/// What a hostile or broken server may send must end the run with a clear error, at once and
/// in bounded memory: absurd Retry-After values, an answer that never ends, a huge error body,
/// a line that never ends.
class TestModelRunLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void retryAfterIsParsedWithoutOverflow_data();
    void retryAfterIsParsedWithoutOverflow();
    void waitBeyondTheRetryBudgetEndsTheRunAtOnce_data();
    void waitBeyondTheRetryBudgetEndsTheRunAtOnce();
    void answerBeyondTheSizeLimitIsStopped();
    void errorBodyIsNotDownloadedPastItsCap();
    void hugeEventLineStaysInBoundedMemory_data();
    void hugeEventLineStaysInBoundedMemory();
    void providerWithoutKeyIsAskedWithoutOne();

private:
    FakeProviderServer m_server;
    QNetworkAccessManager m_network;
};

void TestModelRunLimits::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestModelRunLimits::init()
{
    m_server.clear();
}

void TestModelRunLimits::retryAfterIsParsedWithoutOverflow_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expectedMs"); // -1: no usable value
    const qint64 bound = ProviderError::kMaxRetryAfterMs;
    QTest::newRow("seconds") << QByteArray("2") << qint64(2000);
    QTest::newRow("fraction") << QByteArray("0.25") << qint64(250);
    QTest::newRow("35 days") << QByteArray("3000000") << qint64(3000000) * 1000;
    QTest::newRow("beyond int64") << QByteArray("1e300") << bound;
    QTest::newRow("inf") << QByteArray("inf") << bound;
    QTest::newRow("nan") << QByteArray("nan") << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("short junk") << QByteArray("ab") << qint64(-1);
    QTest::newRow("past date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(0);
    QTest::newRow("far date") << QByteArray("Fri, 21 Oct 2095 07:28:00 GMT") << bound;
}

void TestModelRunLimits::retryAfterIsParsedWithoutOverflow()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedMs);
    HttpResponseHead head;
    head.status = 429;
    head.headers.append({"Retry-After", header});
    const std::optional<qint64> parsed = errormapping::retryAfterMs(head);
    QCOMPARE(parsed.value_or(-1), expectedMs);
}

void TestModelRunLimits::waitBeyondTheRetryBudgetEndsTheRunAtOnce_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("seconds") << QByteArray("retry-after: 3000000\r\n");
    QTest::newRow("inf") << QByteArray("retry-after: inf\r\n");
    QTest::newRow("date") << QByteArray("retry-after: Fri, 21 Oct 2095 07:28:00 GMT\r\n");
    QTest::newRow("ms") << QByteArray("retry-after-ms: 99999999999\r\n");
}

void TestModelRunLimits::waitBeyondTheRetryBudgetEndsTheRunAtOnce()
{
    QFETCH(QByteArray, header);
    CannedHttpServer server(openAiError(429, header, "Rate limit reached for requests"));
    QVERIFY(server.listen());
    ModelRun *run = runToEnd(cannedConfig(server), &m_network, this, 10000);
    QCOMPARE(run->state(), ModelRun::State::Error);
    QCOMPARE(errorCodeName(run->error().code), QStringLiteral("rate_limited"));
    QVERIFY(run->error().message.contains(QStringLiteral("Rate limit reached")));
    QVERIFY2(run->error().message.contains(QStringLiteral("retry after")),
             qPrintable(run->error().message));
    QCOMPARE(run->attempts(), 1);
    QVERIFY(run->elapsedMs() < 2000);
}

void TestModelRunLimits::answerBeyondTheSizeLimitIsStopped()
{
    ModelRunConfig config = fakeConfig(m_server, ProtocolKind::OpenAi, QStringLiteral("long:500"));
    config.maxAnswerChars = 1000; // The server sends 8,000 characters.
    ModelRun *run = runToEnd(config, &m_network, this);
    QCOMPARE(run->state(), ModelRun::State::Error);
    QCOMPARE(errorCodeName(run->error().code), QStringLiteral("server_error"));
    QVERIFY(run->error().message.contains(QStringLiteral("limit")));
    QVERIFY2(run->text().size() > 1000 - 16 && run->text().size() <= 1000 + 16,
             qPrintable(QString::number(run->text().size())));
    QVERIFY(run->text().startsWith(QStringLiteral("token-000000000 ")));
}

void TestModelRunLimits::errorBodyIsNotDownloadedPastItsCap()
{
    // A 500 announcing 10 MB of body, of which only the first 200 KB ever come: reading it to
    // the end would wait for the idle timeout.
    const QByteArray body = R"({"error":{"message":"Server exploded")" + QByteArray(200000, ' ');
    CannedHttpServer server("HTTP/1.1 500 Internal Server Error\r\nContent-Type: "
                            "application/json\r\nContent-Length: 10485760\r\n\r\n" +
                            body);
    server.setHoldOpen(true);
    QVERIFY(server.listen());
    ModelRunConfig config = cannedConfig(server);
    config.retry.maxAttempts = 1;
    ModelRun *run = runToEnd(config, &m_network, this);
    QCOMPARE(run->state(), ModelRun::State::Error);
    QCOMPARE(errorCodeName(run->error().code), QStringLiteral("server_error"));
    QVERIFY2(run->error().message.contains(QStringLiteral("Server exploded")),
             qPrintable(run->error().message));
    QVERIFY2(run->elapsedMs() < 3000, qPrintable(QString::number(run->elapsedMs())));
}

void TestModelRunLimits::hugeEventLineStaysInBoundedMemory_data()
{
    QTest::addColumn<ProtocolKind>("kind");
    QTest::newRow("openai") << ProtocolKind::OpenAi;
    QTest::newRow("gemini") << ProtocolKind::Gemini;
    QTest::newRow("ollama") << ProtocolKind::Ollama;
}

void TestModelRunLimits::hugeEventLineStaysInBoundedMemory()
{
    QFETCH(ProtocolKind, kind);
    if (!resetPeakMemory() || peakMemory() < 0)
        QSKIP("No /proc/self/clear_refs here to measure peak memory.");
    // The server runs in its own process, so only the client's memory is measured.
    QProcess server;
    server.start(QStringLiteral(CORO_FAKE_PROVIDER_PATH), {});
    QVERIFY(server.waitForReadyRead(10000));
    const int port =
        QJsonDocument::fromJson(server.readLine()).object().value(QLatin1String("port")).toInt();
    QVERIFY(port > 0);
    ModelRunConfig config = fakeConfig(m_server, kind, QStringLiteral("hugeline:64"));
    QUrl base = config.provider.baseUrl;
    base.setPort(port);
    config.provider.baseUrl = base;

    const qint64 before = peakMemory();
    // A busy GUI thread: the network thread keeps reading meanwhile, into memory.
    ModelRun *run = runToEnd(config, &m_network, this);
    const qint64 growth = peakMemory() - before;
    server.kill();
    server.waitForFinished();
    QCOMPARE(run->state(), ModelRun::State::Error);
    QCOMPARE(errorCodeName(run->error().code), QStringLiteral("server_error"));
    qInfo("peak memory grew by %.1f MB for a 64 MB line", growth / 1048576.0);
    // Our side keeps at most 8 MB of one event (the parser's cap; twice that while a buffer
    // grows): 5 to 35 MB of growth is typical here. Qt's own network thread reads from the
    // socket ahead of us and, when a local server floods faster than we read, may hold up to
    // about two copies of what it sent (peaks of 135 MB seen once in six runs). Anything that
    // keeps every byte on our side (three copies and more) is caught here.
    QVERIFY2(growth < 160 * 1024 * 1024, qPrintable(QString::number(growth)));
    // The run stopped at the cap, long before the 64 MB were through.
    QVERIFY(run->elapsedMs() < 5000);
}

void TestModelRunLimits::providerWithoutKeyIsAskedWithoutOne()
{
    // Local servers need no key: the request goes out without one.
    ModelRun *run =
        runToEnd(fakeConfig(m_server, ProtocolKind::Anthropic, QStringLiteral("tiny"), {}),
                 &m_network, this);
    QCOMPARE(run->state(), ModelRun::State::Done);
    QCOMPARE(m_server.requests().size(), 1);
    QVERIFY(m_server.requests().constFirst().header("x-api-key").isEmpty());

    // A server that wants one says 401, and the user learns that no key is set.
    ModelRunConfig config =
        fakeConfig(m_server, ProtocolKind::OpenAi, QStringLiteral("http-401"), {});
    config.keyNote = QStringLiteral("The system keychain is not available (no D-Bus).");
    run = runToEnd(config, &m_network, this);
    QCOMPARE(errorCodeName(run->error().code), QStringLiteral("authentication_failed"));
    QVERIFY2(run->error().message.contains(QStringLiteral("No API key is set for Fake openai")),
             qPrintable(run->error().message));
    QVERIFY(run->error().message.contains(QStringLiteral("FAKE_KEY")));
    QVERIFY(run->error().message.contains(config.keyNote));
}

QTEST_GUILESS_MAIN(TestModelRunLimits)
#include "tst_modelrunlimits.moc"
