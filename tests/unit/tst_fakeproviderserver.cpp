#include "fakeproviderserver.h"
#include "net/httpstream.h"
#include "net/ndjsonparser.h"
#include "net/sseparser.h"
#include "providers/providercatalog.h"
#include "providers/providerprotocol.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

using coro::ChatMessage;
using coro::ChatRequest;
using coro::ErrorCode;
using coro::HttpRequest;
using coro::HttpStream;
using coro::ProtocolKind;
using coro::ProviderConfig;
using coro::ProviderProtocol;
using coro::test::FakeProviderServer;

namespace {

const QString kPrompt = QStringLiteral("Tell me a joke");
constexpr int kPromptWords = 4;
constexpr int kWaitMs = 15000;

ProtocolKind protocolOf(const QString &name)
{
    return coro::protocolFromName(name).value_or(ProtocolKind::OpenAi);
}

void addProtocolRows()
{
    QTest::addColumn<QString>("protocol");
    for (const char *name : {"openai", "anthropic", "gemini", "ollama"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

// Spins a real event loop: QTest::qWaitFor sleeps 10 ms between passes, which would hide how
// finely the server splits its writes.
bool waitUntil(const std::function<bool()> &predicate, int timeoutMs = kWaitMs)
{
    if (predicate())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (predicate())
            loop.quit();
    });
    poll.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return predicate();
}

QString code(ErrorCode errorCode)
{
    return coro::errorCodeName(errorCode);
}

/**
 * @brief One request sent with the real client pieces: HttpStream, parser, protocol decoder.
 */
class Exchange : public QObject
{
public:
    Exchange(QNetworkAccessManager *network, ProtocolKind kind)
        : m_protocol(ProviderProtocol::create(kind)), m_stream(network)
    {
        m_sse.setEventHandler([this](const coro::SseEvent &event) {
            absorb(m_protocol->decodeEvent(event.type, event.data));
        });
        m_ndjson.setLineHandler(
            [this](QByteArrayView line) { absorb(m_protocol->decodeEvent({}, line)); });
        connect(&m_stream, &HttpStream::responseStarted, this,
                [this](const coro::HttpResponseHead &started) { head = started; });
        connect(&m_stream, &HttpStream::dataReceived, this, &Exchange::onData);
        connect(&m_stream, &HttpStream::finished, this, &Exchange::onFinished);
        connect(&m_stream, &HttpStream::failed, this, [this](ErrorCode failure, const QString &) {
            failCode = failure;
            done = true;
        });
    }

    const ProviderProtocol &protocol() const { return *m_protocol; }

    void start(const HttpRequest &request, HttpStream::Timeouts timeouts = {5000, 5000})
    {
        m_stream.start(request, timeouts);
    }

    coro::HttpResponseHead head;
    QByteArray body; ///< Raw body bytes, as they came.
    int reads = 0;
    QList<qsizetype> readEnds; ///< Body offset after each read.
    QString text;
    QStringList deltas;
    QString reasoning;
    coro::Usage usage;
    QString finishReason;
    bool streamEnd = false;
    coro::ProviderError streamError;
    coro::ProviderError httpError;
    bool finished = false;
    std::optional<ErrorCode> failCode;
    bool done = false;

private:
    bool isSuccess() const { return head.status >= 200 && head.status < 300; }

    void onData(const QByteArray &bytes)
    {
        ++reads;
        body += bytes;
        readEnds << body.size();
        if (!isSuccess())
            return;
        if (m_protocol->framing() == coro::StreamFraming::NdJson)
            m_ndjson.feed(bytes);
        else
            m_sse.feed(bytes);
    }

    void onFinished()
    {
        if (isSuccess()) {
            m_sse.finish();
            m_ndjson.finish();
        } else {
            httpError = m_protocol->httpError(head, body);
        }
        finished = true;
        done = true;
    }

    void absorb(const coro::StreamDelta &delta)
    {
        if (!delta.text.isEmpty()) {
            text += delta.text;
            deltas << delta.text;
        }
        reasoning += delta.reasoning;
        if (delta.usage) {
            if (delta.usage->input >= 0)
                usage.input = delta.usage->input;
            if (delta.usage->output >= 0)
                usage.output = delta.usage->output;
        }
        if (!delta.finishReason.isEmpty())
            finishReason = delta.finishReason;
        streamEnd = streamEnd || delta.streamEnd;
        if (delta.error.isError() && !streamError.isError())
            streamError = delta.error;
    }

    std::unique_ptr<ProviderProtocol> m_protocol;
    HttpStream m_stream;
    coro::SseParser m_sse;
    coro::NdjsonParser m_ndjson;
};

} // namespace

/**
 * @brief Drives FakeProviderServer with the client code the app uses, for every protocol.
 */
class TestFakeProviderServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void normalAnswer_data() { addProtocolRows(); }
    void normalAnswer();
    void reasoning_data() { addProtocolRows(); }
    void reasoning();
    void fragmented_data() { addProtocolRows(); }
    void fragmented();
    void fragmentedUnderQTry();
    void keepAlive_data() { addProtocolRows(); }
    void keepAlive();
    void httpErrors_data();
    void httpErrors();
    void badKey_data() { addProtocolRows(); }
    void badKey();
    void quota_data() { addProtocolRows(); }
    void quota();
    void rejectMaxTokens_data() { addProtocolRows(); }
    void rejectMaxTokens();
    void flakyThenAnswers_data() { addProtocolRows(); }
    void flakyThenAnswers();
    void rateLimitThenAnswers_data() { addProtocolRows(); }
    void rateLimitThenAnswers();
    void midstreamError_data();
    void midstreamError();
    void truncated_data() { addProtocolRows(); }
    void truncated();
    void reset_data() { addProtocolRows(); }
    void reset();
    void stall_data() { addProtocolRows(); }
    void stall();
    void noResponse();
    void slow();
    void longAnswer_data() { addProtocolRows(); }
    void longAnswer();
    void filtered_data() { addProtocolRows(); }
    void filtered();
    void models_data() { addProtocolRows(); }
    void models();
    void unknownPath();
    void refusesMalformedRequests();
    void requestInSeveralSegments();
    void recordsRequests();
    void concurrentRequests();
    void providersJsonLoads();

private:
    std::unique_ptr<Exchange> chat(ProtocolKind kind, const QString &model,
                                   const QString &apiKey = {},
                                   HttpStream::Timeouts timeouts = {5000, 5000},
                                   const coro::RequestAdaptations &adaptations = {});
    HttpRequest chatRequest(ProtocolKind kind, const QString &model, const QString &apiKey = {},
                            const coro::RequestAdaptations &adaptations = {}) const;
    ProviderConfig provider(ProtocolKind kind) const;

    QNetworkAccessManager m_network;
    FakeProviderServer m_server;
};

void TestFakeProviderServer::initTestCase()
{
    QVERIFY(m_server.listen());
    QVERIFY(m_server.port() > 0);
}

void TestFakeProviderServer::init()
{
    m_server.clear();
    m_server.setTokenDelayMs(0);
}

ProviderConfig TestFakeProviderServer::provider(ProtocolKind kind) const
{
    ProviderConfig config;
    config.id = FakeProviderServer::providerId(kind);
    config.protocol = kind;
    config.baseUrl = m_server.baseUrl(kind);
    return config;
}

HttpRequest TestFakeProviderServer::chatRequest(ProtocolKind kind, const QString &model,
                                                const QString &apiKey,
                                                const coro::RequestAdaptations &adaptations) const
{
    ChatRequest request;
    request.model = model;
    request.messages = {ChatMessage{ChatMessage::Role::User, kPrompt}};
    request.adaptations = adaptations;
    return ProviderProtocol::create(kind)->chatRequest(provider(kind), request, apiKey);
}

std::unique_ptr<Exchange> TestFakeProviderServer::chat(ProtocolKind kind, const QString &model,
                                                       const QString &apiKey,
                                                       HttpStream::Timeouts timeouts,
                                                       const coro::RequestAdaptations &adaptations)
{
    auto exchange = std::make_unique<Exchange>(&m_network, kind);
    exchange->start(chatRequest(kind, model, apiKey, adaptations), timeouts);
    if (!waitUntil([&] { return exchange->done; }))
        qWarning("the exchange did not end in time: %d reads, %d bytes", exchange->reads,
                 int(exchange->body.size()));
    return exchange;
}

void TestFakeProviderServer::normalAnswer()
{
    QFETCH(QString, protocol);
    const ProtocolKind kind = protocolOf(protocol);
    const QString model = FakeProviderServer::defaultModel(kind);

    const auto exchange = chat(kind, model, QStringLiteral("sk-good"));
    QVERIFY(exchange->finished);
    QCOMPARE(exchange->head.status, 200);
    const QStringList expected = FakeProviderServer::expectedDeltas(kind, model, kPrompt);
    QCOMPARE(exchange->text,
             QStringLiteral("Hello from %1 model %2. You said: %3").arg(protocol, model, kPrompt));
    QCOMPARE(exchange->text, FakeProviderServer::expectedAnswer(kind, model, kPrompt));
    QCOMPARE(exchange->deltas, expected);
    QVERIFY(exchange->reasoning.isEmpty());
    QVERIFY(exchange->streamEnd);
    QVERIFY(!exchange->streamError.isError());
    QCOMPARE(exchange->finishReason, kind == ProtocolKind::Gemini      ? QStringLiteral("STOP")
                                     : kind == ProtocolKind::Anthropic ? QStringLiteral("end_turn")
                                                                       : QStringLiteral("stop"));
    QCOMPARE(exchange->usage.input, kPromptWords);
    QCOMPARE(exchange->usage.output, int(expected.size()));
    QCOMPARE(m_server.requestCount(model), 1);
}

void TestFakeProviderServer::reasoning()
{
    QFETCH(QString, protocol);
    const ProtocolKind kind = protocolOf(protocol);
    const QString model = QStringLiteral("reasoning");

    const auto exchange = chat(kind, model);
    QVERIFY(exchange->finished);
    QCOMPARE(exchange->reasoning, QStringLiteral("Let me think. "));
    QCOMPARE(exchange->reasoning, FakeProviderServer::expectedReasoning());
    QCOMPARE(exchange->text, FakeProviderServer::expectedAnswer(kind, model, kPrompt));
    QVERIFY(exchange->streamEnd);
    QCOMPARE(exchange->usage.output,
             int(FakeProviderServer::expectedDeltas(kind, model, kPrompt).size()) + 3);
    if (kind == ProtocolKind::Anthropic) {
        // The thinking block comes first and the text block follows at index 1.
        QVERIFY(exchange->body.contains("\"type\":\"signature_delta\""));
        QVERIFY(exchange->body.contains(
            "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"text\""));
    }
}

void TestFakeProviderServer::fragmented()
{
    QFETCH(QString, protocol);
    const ProtocolKind kind = protocolOf(protocol);
    const QString model = QStringLiteral("fragmented");

    const auto exchange = chat(kind, model);
    QVERIFY(exchange->finished);
    QCOMPARE(exchange->text, FakeProviderServer::expectedAnswer(kind, model, kPrompt));
    QVERIFY(exchange->text.contains(QStringLiteral("café ☕")));
    QVERIFY(exchange->streamEnd);
    // The server pauses inside each multi-byte character and, for Gemini, inside each CRLF,
    // so the client reads those halves apart (timing on a loaded machine permitting: one
    // split among them is required).
    const QByteArray &body = exchange->body;
    const auto splitsCharacterOrCrlf = [&](qsizetype end) {
        if (end <= 0 || end >= body.size())
            return false;
        const bool utf8Continuation = (static_cast<unsigned char>(body.at(end)) & 0xC0) == 0x80;
        return utf8Continuation || (body.at(end - 1) == '\r' && body.at(end) == '\n');
    };
    QVERIFY2(
        std::any_of(exchange->readEnds.cbegin(), exchange->readEnds.cend(), splitsCharacterOrCrlf),
        qPrintable(QStringLiteral("%1 reads for %2 bytes").arg(exchange->reads).arg(body.size())));
    if (kind == ProtocolKind::Gemini)
        QVERIFY(body.contains("\r\n\r\n"));
}

void TestFakeProviderServer::fragmentedUnderQTry()
{
    // QTRY_* and qWaitFor turn the event loop only every 10 ms: the byte-per-turn stream must
    // still end quickly, or every engine test that waits that way would time out.
    const QString model = QStringLiteral("fragmented");
    Exchange exchange(&m_network, ProtocolKind::Gemini);
    exchange.start(chatRequest(ProtocolKind::Gemini, model));
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(exchange.done, 5000);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(exchange.text,
             FakeProviderServer::expectedAnswer(ProtocolKind::Gemini, model, kPrompt));
    QVERIFY(exchange.streamEnd);
}

void TestFakeProviderServer::keepAlive()
{
    QFETCH(QString, protocol);
    const ProtocolKind kind = protocolOf(protocol);
    const QString model = QStringLiteral("keepalive");

    const auto exchange = chat(kind, model);
    QVERIFY(exchange->finished);
    QCOMPARE(exchange->text, FakeProviderServer::expectedAnswer(kind, model, kPrompt));
    QVERIFY(exchange->streamEnd);
    if (kind == ProtocolKind::Ollama)
        return; // NDJSON has no comments.
    const QByteArray eol = kind == ProtocolKind::Gemini ? "\r\n" : "\n";
    QVERIFY(exchange->body.contains(QByteArray(": keep-alive" + eol + eol)));
    // Anthropic frames start with their event line, the others with data.
    const QByteArray frameStart = kind == ProtocolKind::Anthropic ? "event: " : "data: ";
    QVERIFY(
        exchange->body.contains(QByteArray(": OPENROUTER PROCESSING" + eol + eol + frameStart)));
    if (kind == ProtocolKind::Anthropic)
        QVERIFY(exchange->body.count("event: ping\n") >= 2);
}

void TestFakeProviderServer::httpErrors_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    const QList<QPair<int, ErrorCode>> statuses{
        {400, ErrorCode::InvalidRequest},   {401, ErrorCode::AuthenticationFailed},
        {403, ErrorCode::PermissionDenied}, {404, ErrorCode::ModelNotFound},
        {429, ErrorCode::RateLimited},      {500, ErrorCode::ServerError},
        {503, ErrorCode::ModelOverloaded},  {529, ErrorCode::ModelOverloaded},
    };
    for (const char *protocol : {"openai", "anthropic", "gemini", "ollama"}) {
        for (const auto &[status, errorCode] : statuses) {
            QTest::addRow("%s-%d", protocol, status)
                << QString::fromLatin1(protocol) << status << code(errorCode);
        }
    }
}

void TestFakeProviderServer::httpErrors()
{
    QFETCH(QString, protocol);
    QFETCH(int, status);
    QFETCH(QString, expected);
    const ProtocolKind kind = protocolOf(protocol);

    const auto exchange = chat(kind, QStringLiteral("http-%1").arg(status));
    QVERIFY(exchange->finished);
    QCOMPARE(exchange->head.status, status);
    QCOMPARE(exchange->httpError.httpStatus, status);
    QCOMPARE(code(exchange->httpError.code), expected);
    QVERIFY(!exchange->httpError.message.isEmpty());
    QVERIFY2(!exchange->httpError.message.startsWith(QLatin1String("The server answered")),
             "the body was not understood as this protocol's error shape");
    if (kind == ProtocolKind::OpenAi || kind == ProtocolKind::Anthropic)
        QVERIFY(exchange->httpError.requestId.startsWith(QLatin1String("req_fake_")));
    if (kind == ProtocolKind::Anthropic)
        QCOMPARE(exchange->body.contains("\"request_id\":\"req_fake_"), true);
    if (status == 429) {
        // -1: no retry hint (Ollama sends none).
        const int expectedRetry = kind == ProtocolKind::OpenAi   ? 50
                                  : kind == ProtocolKind::Ollama ? -1
                                                                 : 1000;
        QCOMPARE(exchange->httpError.retryAfterMs.value_or(-1), expectedRetry);
    }
    if (status == 429 && kind == ProtocolKind::OpenAi)
        QCOMPARE(exchange->head.header("x-ratelimit-remaining-requests"), QByteArray("0"));
}

void TestFakeProviderServer::badKey()
{
    QFETCH(QString, protocol);
    const ProtocolKind kind = protocolOf(protocol);

    const auto exchange =
        chat(kind, FakeProviderServer::defaultModel(kind), QStringLiteral("bad-key"));
    QCOMPARE(exchange->head.status, 401);
    QCOMPARE(code(exchange->httpError.code), code(ErrorCode::AuthenticationFailed));
}

void TestFakeProviderServer::quota()
{
    QFETCH(QString, protocol);
    const ProtocolKind kind = protocolOf(protocol);

    const auto exchange = chat(kind, QStringLiteral("quota"));
    QCOMPARE(exchange->head.status, kind == ProtocolKind::OpenAi ? 429 : 402);
    QCOMPARE(code(exchange->httpError.code), code(ErrorCode::QuotaExceeded));
}

void TestFakeProviderServer::rejectMaxTokens()
{
    QFETCH(QString, protocol);
    const ProtocolKind kind = protocolOf(protocol);
    const QString model = QStringLiteral("reject-max-tokens");

    const auto first = chat(kind, model);
    if (kind != ProtocolKind::OpenAi) {
        QCOMPARE(first->text, FakeProviderServer::expectedAnswer(kind, model, kPrompt));
        return;
    }
    QCOMPARE(first->head.status, 400);
    QCOMPARE(code(first->httpError.code), code(ErrorCode::InvalidRequest));
    QCOMPARE(first->httpError.parameter, QStringLiteral("max_tokens"));
    coro::RequestAdaptations adaptations;
    QVERIFY(first->protocol().adaptToRejection(first->httpError, adaptations));
    QVERIFY(adaptations.useMaxCompletionTokens);

    const auto second = chat(kind, model, {}, {5000, 5000}, adaptations);
    QCOMPARE(second->head.status, 200);
    QCOMPARE(second->text, FakeProviderServer::expectedAnswer(kind, model, kPrompt));
    QVERIFY(second->streamEnd);
}

void TestFakeProviderServer::flakyThenAnswers()
{
    QFETCH(QString, protocol);
    const ProtocolKind kind = protocolOf(protocol);
    const QString model = QStringLiteral("flaky:2");

    for (int attempt = 1; attempt <= 2; ++attempt) {
        const auto failure = chat(kind, model);
        QCOMPARE(failure->head.status, 503);
        QCOMPARE(code(failure->httpError.code), code(ErrorCode::ModelOverloaded));
        QCOMPARE(failure->httpError.retryAfterMs.value_or(-1), 20);
    }
    const auto success = chat(kind, model);
    QCOMPARE(success->head.status, 200);
    QCOMPARE(success->text, FakeProviderServer::expectedAnswer(kind, model, kPrompt));
    QCOMPARE(m_server.requestCount(model), 3);

    m_server.clear(); // Counting starts again.
    QCOMPARE(m_server.requestCount(model), 0);
    QCOMPARE(chat(kind, model)->head.status, 503);
}

void TestFakeProviderServer::rateLimitThenAnswers()
{
    QFETCH(QString, protocol);
    const ProtocolKind kind = protocolOf(protocol);
    const QString model = QStringLiteral("ratelimit:1");

    const auto failure = chat(kind, model);
    QCOMPARE(failure->head.status, 429);
    QCOMPARE(code(failure->httpError.code), code(ErrorCode::RateLimited));
    QCOMPARE(failure->httpError.retryAfterMs.value_or(-1), 30);
    if (kind == ProtocolKind::Gemini)
        QVERIFY(failure->body.contains("\"retryDelay\":\"0.03s\""));

    const auto success = chat(kind, model);
    QCOMPARE(success->text, FakeProviderServer::expectedAnswer(kind, model, kPrompt));
}

void TestFakeProviderServer::midstreamError_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("expected");
    QTest::newRow("openai") << QStringLiteral("openai") << code(ErrorCode::ServerError);
    QTest::newRow("anthropic") << QStringLiteral("anthropic") << code(ErrorCode::ModelOverloaded);
    QTest::newRow("gemini") << QStringLiteral("gemini") << code(ErrorCode::ServerError);
    QTest::newRow("ollama") << QStringLiteral("ollama") << code(ErrorCode::ServerError);
}

void TestFakeProviderServer::midstreamError()
{
    QFETCH(QString, protocol);
    QFETCH(QString, expected);
    const ProtocolKind kind = protocolOf(protocol);
    const QString model = QStringLiteral("midstream-error");

    const auto exchange = chat(kind, model);
    QVERIFY(exchange->finished);
    QCOMPARE(exchange->head.status, 200);
    QCOMPARE(exchange->deltas, FakeProviderServer::expectedDeltas(kind, model, kPrompt).mid(0, 3));
    QCOMPARE(code(exchange->streamError.code), expected);
    QVERIFY(!exchange->streamError.message.isEmpty());
    QVERIFY(!exchange->streamEnd);
}

void TestFakeProviderServer::truncated()
{
    QFETCH(QString, protocol);
    const ProtocolKind kind = protocolOf(protocol);
    const QString model = QStringLiteral("truncated");

    const auto exchange = chat(kind, model);
    QVERIFY(exchange->finished); // A clean end of the HTTP body...
    QVERIFY(!exchange->failCode);
    QCOMPARE(exchange->deltas, FakeProviderServer::expectedDeltas(kind, model, kPrompt).mid(0, 3));
    QVERIFY(!exchange->streamEnd); // ...without the protocol's end marker.
    QVERIFY(!exchange->streamError.isError());
    QVERIFY(exchange->finishReason.isEmpty());
}

void TestFakeProviderServer::reset()
{
    QFETCH(QString, protocol);
    const ProtocolKind kind = protocolOf(protocol);
    const QString model = QStringLiteral("reset");

    const auto exchange = chat(kind, model);
    QVERIFY(exchange->done);
    // The server resets the connection (RST) in the middle of the chunked body. Qt 6.4 reports
    // that either as a failure or, depending on timing, as a reply finished without error:
    // only the missing end marker tells the answer is cut.
    if (!exchange->finished)
        QCOMPARE(code(exchange->failCode.value_or(ErrorCode::None)), code(ErrorCode::NetworkError));
    QCOMPARE(exchange->deltas, FakeProviderServer::expectedDeltas(kind, model, kPrompt).mid(0, 3));
    QVERIFY(!exchange->streamEnd);
}

void TestFakeProviderServer::stall()
{
    QFETCH(QString, protocol);
    const ProtocolKind kind = protocolOf(protocol);
    const QString model = QStringLiteral("stall");

    QElapsedTimer clock;
    clock.start();
    const auto exchange = chat(kind, model, {}, {5000, 300});
    QCOMPARE(code(exchange->failCode.value_or(ErrorCode::None)), code(ErrorCode::Timeout));
    QCOMPARE(exchange->head.status, 200);
    QCOMPARE(exchange->deltas, FakeProviderServer::expectedDeltas(kind, model, kPrompt).mid(0, 2));
    QVERIFY(clock.elapsed() >= 250);
}

void TestFakeProviderServer::noResponse()
{
    const auto exchange =
        chat(ProtocolKind::OpenAi, QStringLiteral("no-response"), {}, {5000, 5000, 300});
    QCOMPARE(code(exchange->failCode.value_or(ErrorCode::None)), code(ErrorCode::Timeout));
    QCOMPARE(exchange->head.status, 0);
    QVERIFY(exchange->body.isEmpty());
    QCOMPARE(m_server.requestCount(QStringLiteral("no-response")), 1); // It was read, not answered.
}

void TestFakeProviderServer::slow()
{
    const QString model = QStringLiteral("slow:30");
    const int deltas = static_cast<int>(
        FakeProviderServer::expectedDeltas(ProtocolKind::Anthropic, model, kPrompt).size());
    QElapsedTimer clock;
    clock.start();
    const auto exchange = chat(ProtocolKind::Anthropic, model);
    QCOMPARE(exchange->text,
             FakeProviderServer::expectedAnswer(ProtocolKind::Anthropic, model, kPrompt));
    QVERIFY(exchange->streamEnd);
    QVERIFY2(clock.elapsed() >= deltas * 30 * 8 / 10, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(exchange->reads >= deltas / 2); // Deltas arrive apart, not in one read.
}

void TestFakeProviderServer::longAnswer()
{
    QFETCH(QString, protocol);
    const ProtocolKind kind = protocolOf(protocol);
    constexpr int kDeltas = 20000;
    const QString model = QStringLiteral("long:%1").arg(kDeltas);

    const auto exchange = chat(kind, model, {}, {20000, 20000});
    QVERIFY(exchange->finished);
    QVERIFY(exchange->streamEnd);
    QCOMPARE(exchange->text.size(), kDeltas * 16);
    QCOMPARE(exchange->text, FakeProviderServer::expectedAnswer(kind, model, kPrompt));
    QCOMPARE(exchange->deltas.size(), kDeltas);
    QCOMPARE(exchange->usage.output, kDeltas);
}

void TestFakeProviderServer::filtered()
{
    QFETCH(QString, protocol);
    const ProtocolKind kind = protocolOf(protocol);
    const QString model = QStringLiteral("filtered");

    const auto exchange = chat(kind, model);
    QVERIFY(exchange->finished);
    if (kind == ProtocolKind::Ollama) { // Ollama has no content filter: a normal answer.
        QCOMPARE(exchange->text, FakeProviderServer::expectedAnswer(kind, model, kPrompt));
        QVERIFY(!exchange->streamError.isError());
        return;
    }
    QCOMPARE(exchange->deltas, FakeProviderServer::expectedDeltas(kind, model, kPrompt).mid(0, 3));
    QCOMPARE(code(exchange->streamError.code), code(ErrorCode::ContentFiltered));
    QVERIFY(exchange->streamEnd);
}

void TestFakeProviderServer::models()
{
    QFETCH(QString, protocol);
    const ProtocolKind kind = protocolOf(protocol);
    auto exchange = std::make_unique<Exchange>(&m_network, kind);
    exchange->start(exchange->protocol().modelsRequest(provider(kind), QStringLiteral("sk-good")));
    QVERIFY(waitUntil([&] { return exchange->done; }));
    QCOMPARE(exchange->head.status, 200);

    QStringList ids;
    for (const coro::ModelInfo &model : exchange->protocol().parseModels(exchange->body))
        ids << model.id;
    // Gemini's list also holds an embedding model, which parseModels leaves out.
    const QStringList expected =
        kind == ProtocolKind::Ollama
            ? QStringList{QStringLiteral("llama-fake:latest"), QStringLiteral("reasoning:latest")}
            : QStringList{FakeProviderServer::defaultModel(kind), QStringLiteral("reasoning")};
    QCOMPARE(ids, expected);
    if (kind == ProtocolKind::Gemini)
        QVERIFY(exchange->body.contains("models/text-embedding-fake"));
}

void TestFakeProviderServer::unknownPath()
{
    Exchange exchange(&m_network, ProtocolKind::OpenAi);
    HttpRequest request;
    request.method = HttpRequest::Method::Get;
    request.url =
        m_server.baseUrl(ProtocolKind::OpenAi).resolved(QUrl(QStringLiteral("/v2/nothing")));
    exchange.start(request);
    QVERIFY(waitUntil([&] { return exchange.done; }));
    QCOMPARE(exchange.head.status, 404);
    QCOMPARE(exchange.httpError.message, QStringLiteral("Invalid URL (GET /v2/nothing)"));
}

void TestFakeProviderServer::refusesMalformedRequests()
{
    // Gemini without alt=sse would answer a JSON array, not an event stream.
    HttpRequest request = chatRequest(ProtocolKind::Gemini, QStringLiteral("gemini-fake"));
    request.url.setQuery(QString());
    Exchange exchange(&m_network, ProtocolKind::Gemini);
    exchange.start(request);
    QVERIFY(waitUntil([&] { return exchange.done; }));
    QCOMPARE(exchange.head.status, 400);
    QCOMPARE(code(exchange.httpError.code), code(ErrorCode::InvalidRequest));

    // Anthropic requires max_tokens.
    request = chatRequest(ProtocolKind::Anthropic, QStringLiteral("claude-fake"));
    QJsonObject body = QJsonDocument::fromJson(request.body).object();
    body.remove(QStringLiteral("max_tokens"));
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    Exchange anthropic(&m_network, ProtocolKind::Anthropic);
    anthropic.start(request);
    QVERIFY(waitUntil([&] { return anthropic.done; }));
    QCOMPARE(anthropic.head.status, 400);
    QCOMPARE(anthropic.httpError.message, QStringLiteral("max_tokens: Field required"));
}

void TestFakeProviderServer::requestInSeveralSegments()
{
    const QByteArray body = chatRequest(ProtocolKind::Ollama, QStringLiteral("llama-fake")).body;
    const QByteArray wire = "POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                            "application/json\r\nContent-Length: " +
                            QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(socket.waitForConnected(kWaitMs));
    // Cut inside the request line, inside the blank line and inside the body.
    const qsizetype headEnd = wire.indexOf("\r\n\r\n");
    const QList<qsizetype> cuts{0, 7, headEnd + 1, headEnd + 3, headEnd + 20, wire.size()};
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        socket.write(wire.mid(cuts[i], cuts[i + 1] - cuts[i]));
        QVERIFY(socket.waitForBytesWritten(kWaitMs));
        QTest::qWait(20);
    }
    QByteArray response;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(kWaitMs))
        response += socket.readAll();
    response += socket.readAll();
    QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.constData());
    QVERIFY(response.contains("Transfer-Encoding: chunked\r\n"));
    QVERIFY(response.contains("\"done\":true"));
    QVERIFY(response.endsWith("0\r\n\r\n"));
}

void TestFakeProviderServer::recordsRequests()
{
    QSignalSpy received(&m_server, &FakeProviderServer::requestReceived);
    const auto exchange =
        chat(ProtocolKind::Gemini, QStringLiteral("gemini-fake"), QStringLiteral("sk-gemini"));
    QVERIFY(exchange->finished);
    QCOMPARE(received.size(), 1);
    const auto fromSignal = received.first().first().value<FakeProviderServer::RecordedRequest>();
    QCOMPARE(fromSignal.model, QStringLiteral("gemini-fake"));

    const QList<FakeProviderServer::RecordedRequest> requests = m_server.requests();
    QCOMPARE(requests.size(), 1);
    const auto &request = requests.first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/v1beta/models/gemini-fake:streamGenerateContent?alt=sse"));
    QCOMPARE(request.header("X-Goog-Api-Key"), QByteArray("sk-gemini"));
    QCOMPARE(request.model, QStringLiteral("gemini-fake"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QVERIFY(body.contains(QStringLiteral("contents")));

    m_server.clear();
    QVERIFY(m_server.requests().isEmpty());
}

void TestFakeProviderServer::concurrentRequests()
{
    // A network manager per request: one manager opens at most six connections to a host.
    constexpr int kRequests = 8;
    m_server.setTokenDelayMs(20);
    int received = 0;
    int receivedBeforeFirstEnd = -1;
    const auto connection =
        connect(&m_server, &FakeProviderServer::requestReceived, this, [&] { ++received; });
    QList<std::shared_ptr<QNetworkAccessManager>> networks;
    std::vector<std::unique_ptr<Exchange>> exchanges;
    const ProtocolKind kinds[] = {ProtocolKind::OpenAi, ProtocolKind::Anthropic,
                                  ProtocolKind::Gemini, ProtocolKind::Ollama};
    for (int i = 0; i < kRequests; ++i) {
        const ProtocolKind kind = kinds[i % 4];
        networks << std::make_shared<QNetworkAccessManager>();
        exchanges.push_back(std::make_unique<Exchange>(networks.last().get(), kind));
        exchanges.back()->start(chatRequest(kind, QStringLiteral("model-%1").arg(i)));
    }
    const auto ended = [&] {
        int count = 0;
        for (const auto &exchange : exchanges)
            count += exchange->done ? 1 : 0;
        if (count > 0 && receivedBeforeFirstEnd < 0)
            receivedBeforeFirstEnd = received;
        return count;
    };
    QVERIFY(waitUntil([&] { return ended() == kRequests; }));
    disconnect(connection);
    for (int i = 0; i < kRequests; ++i) {
        const ProtocolKind kind = kinds[i % 4];
        QVERIFY(exchanges[i]->finished);
        QCOMPARE(exchanges[i]->text, FakeProviderServer::expectedAnswer(
                                         kind, QStringLiteral("model-%1").arg(i), kPrompt));
    }
    // Every stream had started before the first one ended: they were served side by side.
    QCOMPARE(receivedBeforeFirstEnd, kRequests);
}

void TestFakeProviderServer::providersJsonLoads()
{
    QString error;
    const auto catalog = coro::ProviderCatalog::fromJson(m_server.providersJson(),
                                                         coro::ProviderCatalog::presets(), &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->providers().size(), 4);
    for (const ProtocolKind kind : {ProtocolKind::OpenAi, ProtocolKind::Anthropic,
                                    ProtocolKind::Gemini, ProtocolKind::Ollama}) {
        const ProviderConfig *config = catalog->find(FakeProviderServer::providerId(kind));
        QVERIFY(config);
        QCOMPARE(coro::protocolName(config->protocol), coro::protocolName(kind));
        QCOMPARE(config->baseUrl, m_server.baseUrl(kind));
        QCOMPARE(config->requiresKey, kind != ProtocolKind::Ollama);
        QVERIFY(config->findModel(FakeProviderServer::defaultModel(kind)));
    }
    QCOMPARE(catalog->find(QStringLiteral("fake-openai"))->keyEnv,
             QStringLiteral("FAKE_OPENAI_KEY"));
    QCOMPARE(m_server.baseUrl(ProtocolKind::OpenAi).toString(),
             QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.port()));
    QCOMPARE(m_server.baseUrl(ProtocolKind::Gemini).toString(),
             QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()));
}

QTEST_GUILESS_MAIN(TestFakeProviderServer)
#include "tst_fakeproviderserver.moc"
