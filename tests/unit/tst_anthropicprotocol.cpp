#include "providers/anthropicprotocol.h"
#include "streamreplay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace coro;
using namespace coro::testing;

namespace {

const QString kKey = QStringLiteral("sk-ant-test-0123456789");

ProviderConfig provider(const QString &baseUrl = QStringLiteral("https://api.anthropic.com"))
{
    ProviderConfig config;
    config.id = QStringLiteral("anthropic");
    config.protocol = ProtocolKind::Anthropic;
    config.baseUrl = QUrl(baseUrl);
    return config;
}

ChatRequest conversation()
{
    return sampleConversation(QStringLiteral("claude-sonnet-4-5"));
}

} // namespace

class TestAnthropicProtocol : public QObject
{
    Q_OBJECT

private:
    AnthropicProtocol m_protocol;

private Q_SLOTS:
    void urlIsHostPlusMessages_data();
    void urlIsHostPlusMessages();
    void headersCarryKeyAndVersion();
    void systemPromptIsTopLevel();
    void systemMessagesJoinTheSystemField();
    void maxTokensAlwaysPresent();
    void temperatureClampedToOne_data();
    void temperatureClampedToOne();
    void topPOnlyWhenSet();
    void noSystemFieldWithoutSystemPrompt();

    void basicStream_data() { addChunkingRows(); }
    void basicStream();
    void thinkingIsSeparateFromAnswer_data() { addChunkingRows(); }
    void thinkingIsSeparateFromAnswer();
    void midStreamOverloaded_data() { addChunkingRows(); }
    void midStreamOverloaded();
    void refusalIsContentFiltered_data() { addChunkingRows(); }
    void refusalIsContentFiltered();

    void httpError_data();
    void httpError();
    void requestIdFromHeaderOrBody();
    void retryAfterHeader();
    void nonJsonErrorBodyNamesStatus();

    void modelsRequest();
    void parseModels();
};

void TestAnthropicProtocol::urlIsHostPlusMessages_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::newRow("host") << QStringLiteral("https://api.anthropic.com");
    QTest::newRow("host with slash") << QStringLiteral("https://api.anthropic.com/");
}

void TestAnthropicProtocol::urlIsHostPlusMessages()
{
    QFETCH(QString, baseUrl);
    const HttpRequest http = m_protocol.chatRequest(provider(baseUrl), conversation(), kKey);
    QCOMPARE(http.url.toString(), QStringLiteral("https://api.anthropic.com/v1/messages"));
    QCOMPARE(http.method, HttpRequest::Method::Post);
}

void TestAnthropicProtocol::headersCarryKeyAndVersion()
{
    const HttpRequest http = m_protocol.chatRequest(provider(), conversation(), kKey);
    QCOMPARE(http.header("x-api-key"), kKey.toUtf8());
    QCOMPARE(http.header("anthropic-version"), QByteArray("2023-06-01"));
    QCOMPARE(http.header("content-type"), QByteArray("application/json"));
    QVERIFY(http.header("authorization").isEmpty());
    QVERIFY(!http.url.toString(QUrl::FullyEncoded).contains(kKey));
    QVERIFY(!http.body.contains(kKey.toUtf8()));
}

void TestAnthropicProtocol::systemPromptIsTopLevel()
{
    const QJsonObject body = bodyOf(m_protocol.chatRequest(provider(), conversation(), kKey));
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("claude-sonnet-4-5"));
    QCOMPARE(body.value(QLatin1String("stream")), QJsonValue(true));
    QCOMPARE(body.value(QLatin1String("system")).toString(), QStringLiteral("Be concise."));

    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 3);
    const QStringList roles{QStringLiteral("user"), QStringLiteral("assistant"),
                            QStringLiteral("user")};
    const QStringList contents{QStringLiteral("Hi"), QStringLiteral("Hello"),
                               QStringLiteral("Why?")};
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject message = messages.at(i).toObject();
        QCOMPARE(message.value(QLatin1String("role")).toString(), roles.at(i));
        QCOMPARE(message.value(QLatin1String("content")).toString(), contents.at(i));
    }
}

void TestAnthropicProtocol::systemMessagesJoinTheSystemField()
{
    ChatRequest request = conversation();
    request.messages.prepend({ChatMessage::Role::System, QStringLiteral("Answer in French.")});
    const QJsonObject body = bodyOf(m_protocol.chatRequest(provider(), request, kKey));

    const QString system = body.value(QLatin1String("system")).toString();
    QVERIFY2(system.contains(QStringLiteral("Be concise.")), qPrintable(system));
    QVERIFY2(system.contains(QStringLiteral("Answer in French.")), qPrintable(system));
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 3);
    for (const auto &message : messages)
        QVERIFY(message.toObject().value(QLatin1String("role")).toString() !=
                QLatin1String("system"));
}

void TestAnthropicProtocol::maxTokensAlwaysPresent()
{
    ChatRequest request = conversation();
    request.params.maxTokens = 300;
    const QJsonObject body = bodyOf(m_protocol.chatRequest(provider(), request, kKey));
    QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 300);
    QVERIFY(!body.contains(QLatin1String("max_completion_tokens")));
}

void TestAnthropicProtocol::temperatureClampedToOne_data()
{
    QTest::addColumn<double>("asked");
    QTest::addColumn<double>("sent");
    QTest::newRow("0.7 kept") << 0.7 << 0.7;
    QTest::newRow("1.0 kept") << 1.0 << 1.0;
    QTest::newRow("1.5 clamped") << 1.5 << 1.0;
    QTest::newRow("2.0 clamped") << 2.0 << 1.0;
}

void TestAnthropicProtocol::temperatureClampedToOne()
{
    QFETCH(double, asked);
    QFETCH(double, sent);
    ChatRequest request = conversation();
    request.params.temperature = asked;
    const QJsonObject body = bodyOf(m_protocol.chatRequest(provider(), request, kKey));
    QVERIFY(body.contains(QLatin1String("temperature")));
    QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), sent);
}

void TestAnthropicProtocol::topPOnlyWhenSet()
{
    ChatRequest request = conversation();
    QVERIFY(!bodyOf(m_protocol.chatRequest(provider(), request, kKey))
                 .contains(QLatin1String("top_p")));
    request.params.topP = 0.95;
    QCOMPARE(bodyOf(m_protocol.chatRequest(provider(), request, kKey))
                 .value(QLatin1String("top_p"))
                 .toDouble(),
             0.95);
}

void TestAnthropicProtocol::noSystemFieldWithoutSystemPrompt()
{
    ChatRequest request = conversation();
    request.params.systemPrompt.clear();
    QVERIFY(!bodyOf(m_protocol.chatRequest(provider(), request, kKey))
                 .contains(QLatin1String("system")));
}

void TestAnthropicProtocol::basicStream()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("anthropic/basic.sse"), chunkSize);
    QCOMPARE(r.text, QStringLiteral("Hello there!"));
    QCOMPARE(r.reasoning, QString());
    QCOMPARE(r.usage.input, 11); // message_start
    QCOMPARE(r.usage.output, 6); // message_delta, cumulative
    QCOMPARE(r.finishReason, QStringLiteral("end_turn"));
    QVERIFY(r.streamEnd);
    QVERIFY(!r.error.isError());
    QCOMPARE(r.events, 9);
}

void TestAnthropicProtocol::thinkingIsSeparateFromAnswer()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("anthropic/thinking.sse"), chunkSize);
    QCOMPARE(r.reasoning, QStringLiteral("The user has simply said hello \u2014 reply warmly."));
    QCOMPARE(r.text, QStringLiteral("Hello! How can I help you today?"));
    // Neither the signature nor the unknown event leaks into what the user reads.
    QVERIFY(!r.text.contains(QStringLiteral("ErUB")) &&
            !r.reasoning.contains(QStringLiteral("ErUB")));
    QVERIFY(!r.text.contains(QStringLiteral("must not be shown")));
    QCOMPARE(r.usage.input, 36);
    QCOMPARE(r.usage.output, 52);
    QCOMPARE(r.finishReason, QStringLiteral("end_turn"));
    QVERIFY(r.streamEnd);
    QVERIFY(!r.error.isError());
}

void TestAnthropicProtocol::midStreamOverloaded()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("anthropic/midstream-overloaded.sse"), chunkSize);
    QCOMPARE(r.text, QStringLiteral("Sure, here is the first part"));
    QCOMPARE(errorCodeName(r.error.code), QStringLiteral("model_overloaded"));
    QCOMPARE(r.error.message, QStringLiteral("Overloaded"));
    QVERIFY(!r.streamEnd);
    QCOMPARE(r.finishReason, QString());
}

void TestAnthropicProtocol::refusalIsContentFiltered()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("anthropic/refusal.sse"), chunkSize);
    QCOMPARE(r.text, QStringLiteral("I can't help with that."));
    QCOMPARE(r.finishReason, QStringLiteral("refusal"));
    QCOMPARE(errorCodeName(r.error.code), QStringLiteral("content_filtered"));
    QVERIFY(!r.error.message.isEmpty());
    QCOMPARE(r.usage.output, 9);
    QVERIFY(r.streamEnd);
}

void TestAnthropicProtocol::httpError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("400 invalid_request_error")
        << 400 << QStringLiteral("invalid_request") << QStringLiteral("max_tokens: Field required");
    QTest::newRow("401 authentication_error")
        << 401 << QStringLiteral("authentication_failed") << QStringLiteral("invalid x-api-key");
    QTest::newRow("403 permission_error")
        << 403 << QStringLiteral("permission_denied")
        << QStringLiteral("Your API key does not have permission to use the specified resource.");
    QTest::newRow("404 not_found_error") << 404 << QStringLiteral("model_not_found")
                                         << QStringLiteral("The requested resource could not be "
                                                           "found.");
    QTest::newRow("413 request_too_large")
        << 413 << QStringLiteral("invalid_request")
        << QStringLiteral("Request exceeds the maximum allowed number of bytes.");
    QTest::newRow("429 rate_limit_error")
        << 429 << QStringLiteral("rate_limited")
        << QStringLiteral("Number of request tokens has exceeded your per-minute rate limit.");
    QTest::newRow("500 api_error")
        << 500 << QStringLiteral("server_error") << QStringLiteral("Internal server error");
    QTest::newRow("529 overloaded_error")
        << 529 << QStringLiteral("model_overloaded") << QStringLiteral("Overloaded");
}

void TestAnthropicProtocol::httpError()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const ProviderError error = m_protocol.httpError(
        responseHead(status), readFixture(QStringLiteral("anthropic/error-%1.json").arg(status)));
    QCOMPARE(errorCodeName(error.code), code);
    QCOMPARE(error.message, message);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.requestId, QStringLiteral("req_011CSHoEeqs5C35K2UUqR7Fy"));
}

void TestAnthropicProtocol::requestIdFromHeaderOrBody()
{
    const QByteArray body = readFixture(QStringLiteral("anthropic/error-404.json"));
    const ProviderError fromHeader =
        m_protocol.httpError(responseHead(404, {{"request-id", "req_from_header"}}), body);
    QCOMPARE(fromHeader.requestId, QStringLiteral("req_from_header"));

    const ProviderError fromBody = m_protocol.httpError(responseHead(404), body);
    QCOMPARE(fromBody.requestId, QStringLiteral("req_011CSHoEeqs5C35K2UUqR7Fy"));
}

void TestAnthropicProtocol::retryAfterHeader()
{
    const QByteArray body = readFixture(QStringLiteral("anthropic/error-429.json"));
    const ProviderError seconds =
        m_protocol.httpError(responseHead(429, {{"retry-after", "2"}}), body);
    QCOMPARE(seconds.retryAfterMs.value_or(-1), 2000);
    const ProviderError both = m_protocol.httpError(
        responseHead(429, {{"retry-after-ms", "150"}, {"retry-after", "2"}}), body);
    QCOMPARE(both.retryAfterMs.value_or(-1), 150);
}

void TestAnthropicProtocol::nonJsonErrorBodyNamesStatus()
{
    const ProviderError error = m_protocol.httpError(
        responseHead(502), readFixture(QStringLiteral("openai/error-502.html")));
    QCOMPARE(errorCodeName(error.code), QStringLiteral("server_error"));
    QVERIFY2(error.message.contains(QStringLiteral("502")), qPrintable(error.message));

    // A 529 without a body is still an overload, not a generic failure.
    const ProviderError bare = m_protocol.httpError(responseHead(529), QByteArray());
    QCOMPARE(errorCodeName(bare.code), QStringLiteral("model_overloaded"));
}

void TestAnthropicProtocol::modelsRequest()
{
    const HttpRequest http = m_protocol.modelsRequest(provider(), kKey);
    QCOMPARE(http.method, HttpRequest::Method::Get);
    QCOMPARE(http.url.path(), QStringLiteral("/v1/models"));
    QCOMPARE(http.url.host(), QStringLiteral("api.anthropic.com"));
    QCOMPARE(http.header("x-api-key"), kKey.toUtf8());
    QCOMPARE(http.header("anthropic-version"), QByteArray("2023-06-01"));
    QVERIFY(!http.url.toString(QUrl::FullyEncoded).contains(kKey));
}

void TestAnthropicProtocol::parseModels()
{
    const QList<ModelInfo> models =
        m_protocol.parseModels(readFixture(QStringLiteral("anthropic/models.json")));
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.at(0).id, QStringLiteral("claude-sonnet-4-5-20250929"));
    QCOMPARE(models.at(0).displayName, QStringLiteral("Claude Sonnet 4.5"));
    QCOMPARE(models.at(1).id, QStringLiteral("claude-haiku-4-5-20251001"));
    QCOMPARE(models.at(1).displayName, QStringLiteral("Claude Haiku 4.5"));
    QVERIFY(m_protocol.parseModels(QByteArray("not json")).isEmpty());
}

QTEST_GUILESS_MAIN(TestAnthropicProtocol)
#include "tst_anthropicprotocol.moc"
