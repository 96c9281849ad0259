#include "providers/openaiprotocol.h"
#include "streamreplay.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace coro;
using namespace coro::testing;

namespace {

const QString kKey = QStringLiteral("sk-test-0123456789abcdef");

ProviderConfig provider(const QString &baseUrl)
{
    ProviderConfig config;
    config.id = QStringLiteral("openai");
    config.baseUrl = QUrl(baseUrl);
    return config;
}

ChatRequest conversation(const QString &model)
{
    ChatRequest request;
    request.model = model;
    request.params.systemPrompt = QStringLiteral("Be concise.");
    request.params.temperature = 0.3;
    request.params.maxTokens = 512;
    request.messages = {{ChatMessage::Role::User, QStringLiteral("Hi")},
                        {ChatMessage::Role::Assistant, QStringLiteral("Hello! How can I help?")},
                        {ChatMessage::Role::User, QStringLiteral("Why is the sky blue?")}};
    return request;
}

} // namespace

class TestOpenAiProtocol : public QObject
{
    Q_OBJECT

private:
    OpenAiProtocol m_protocol;

private Q_SLOTS:
    void urlJoinsBaseAndPath_data();
    void urlJoinsBaseAndPath();
    void authorizationHeaderCarriesKeyOutsideUrl();
    void noAuthorizationHeaderWithoutKey();
    void bodyHasModelMessagesAndStreaming();
    void tokenLimitFieldDependsOnModel_data();
    void tokenLimitFieldDependsOnModel();
    void topPOnlyWhenSet();

    void maxTokensRejectionSwitchesToMaxCompletionTokens();
    void temperatureRejectionOmitsTemperature();
    void unrelatedRejectionChangesNothing();
    void tooLargeMaxTokensIsNotAnUnsupportedParameter();

    void basicStream_data() { addChunkingRows(); }
    void basicStream();
    void deepSeekReasoningIsSeparateFromAnswer_data() { addChunkingRows(); }
    void deepSeekReasoningIsSeparateFromAnswer();
    void openRouterMidStreamError_data() { addChunkingRows(); }
    void openRouterMidStreamError();
    void groqUsageInXGroq_data() { addChunkingRows(); }
    void groqUsageInXGroq();
    void cerebrasUsageChunk_data() { addChunkingRows(); }
    void cerebrasUsageChunk();
    void vllmChoicesNull_data() { addChunkingRows(); }
    void vllmChoicesNull();
    void vllmMidStreamError_data() { addChunkingRows(); }
    void vllmMidStreamError();
    void openAiMidStreamError_data() { addChunkingRows(); }
    void openAiMidStreamError();
    void contentFilterFinish_data() { addChunkingRows(); }
    void contentFilterFinish();
    void llamaServerStream_data() { addChunkingRows(); }
    void llamaServerStream();
    void llamaServerStreamWithUsage_data() { addChunkingRows(); }
    void llamaServerStreamWithUsage();
    void llamaServerMidStreamError_data() { addChunkingRows(); }
    void llamaServerMidStreamError();

    void httpError_data();
    void httpError();
    void nonJsonErrorBodyNamesStatus();
    void requestIdFromHeaders();
    void retryAfterHeaders();

    void modelsRequestUrl();
    void parseModels_data();
    void parseModels();
};

void TestOpenAiProtocol::urlJoinsBaseAndPath_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("expected");
    QTest::newRow("openai") << QStringLiteral("https://api.openai.com/v1")
                            << QStringLiteral("https://api.openai.com/v1/chat/completions");
    QTest::newRow("trailing slash") << QStringLiteral("https://api.openai.com/v1/")
                                    << QStringLiteral("https://api.openai.com/v1/chat/completions");
    QTest::newRow("groq") << QStringLiteral("https://api.groq.com/openai/v1")
                          << QStringLiteral("https://api.groq.com/openai/v1/chat/completions");
    QTest::newRow("deepseek without /v1")
        << QStringLiteral("https://api.deepseek.com")
        << QStringLiteral("https://api.deepseek.com/chat/completions");
    QTest::newRow("local with port") << QStringLiteral("http://127.0.0.1:8080/v1")
                                     << QStringLiteral("http://127.0.0.1:8080/v1/chat/completions");
}

void TestOpenAiProtocol::urlJoinsBaseAndPath()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, expected);
    const HttpRequest http = m_protocol.chatRequest(
        provider(baseUrl), conversation(QStringLiteral("gpt-4o-mini")), kKey);
    QCOMPARE(http.url.toString(), expected);
    QCOMPARE(http.method, HttpRequest::Method::Post);
}

void TestOpenAiProtocol::authorizationHeaderCarriesKeyOutsideUrl()
{
    const HttpRequest http =
        m_protocol.chatRequest(provider(QStringLiteral("https://api.openai.com/v1")),
                               conversation(QStringLiteral("gpt-4o-mini")), kKey);
    QCOMPARE(http.header("authorization"), QByteArray("Bearer " + kKey.toUtf8()));
    QCOMPARE(http.header("content-type"), QByteArray("application/json"));
    QVERIFY(!http.url.toString(QUrl::FullyEncoded).contains(kKey));
    QVERIFY(!http.url.hasQuery());
    QVERIFY(!http.body.contains(kKey.toUtf8()));
}

void TestOpenAiProtocol::noAuthorizationHeaderWithoutKey()
{
    // Local servers (llama.cpp, LM Studio) take anonymous requests.
    const HttpRequest http =
        m_protocol.chatRequest(provider(QStringLiteral("http://127.0.0.1:1234/v1")),
                               conversation(QStringLiteral("qwen3")), QString());
    QVERIFY(http.header("authorization").isEmpty());
}

void TestOpenAiProtocol::bodyHasModelMessagesAndStreaming()
{
    const QJsonObject body =
        bodyOf(m_protocol.chatRequest(provider(QStringLiteral("https://api.openai.com/v1")),
                                      conversation(QStringLiteral("gpt-4o-mini")), kKey));
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini"));
    QCOMPARE(body.value(QLatin1String("stream")), QJsonValue(true));
    QCOMPARE(body.value(QLatin1String("stream_options"))
                 .toObject()
                 .value(QLatin1String("include_usage")),
             QJsonValue(true));

    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 4);
    const QStringList roles{QStringLiteral("system"), QStringLiteral("user"),
                            QStringLiteral("assistant"), QStringLiteral("user")};
    const QStringList contents{QStringLiteral("Be concise."), QStringLiteral("Hi"),
                               QStringLiteral("Hello! How can I help?"),
                               QStringLiteral("Why is the sky blue?")};
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject message = messages.at(i).toObject();
        QCOMPARE(message.value(QLatin1String("role")).toString(), roles.at(i));
        QCOMPARE(message.value(QLatin1String("content")).toString(), contents.at(i));
    }
}

void TestOpenAiProtocol::tokenLimitFieldDependsOnModel_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("reasoning");
    QTest::newRow("gpt-4o-mini") << QStringLiteral("gpt-4o-mini") << false;
    QTest::newRow("gpt-4.1") << QStringLiteral("gpt-4.1") << false;
    QTest::newRow("o4-mini") << QStringLiteral("o4-mini") << true;
    QTest::newRow("o3") << QStringLiteral("o3") << true;
    QTest::newRow("gpt-5") << QStringLiteral("gpt-5") << true;
    QTest::newRow("gpt-5-mini") << QStringLiteral("gpt-5-mini") << true;
    QTest::newRow("openrouter openai/o4-mini") << QStringLiteral("openai/o4-mini") << true;
}

void TestOpenAiProtocol::tokenLimitFieldDependsOnModel()
{
    QFETCH(QString, model);
    QFETCH(bool, reasoning);
    ChatRequest request = conversation(model);
    request.params.topP = 0.9;
    const QJsonObject body = bodyOf(m_protocol.chatRequest(
        provider(QStringLiteral("https://api.openai.com/v1")), request, kKey));

    const QLatin1String used(reasoning ? "max_completion_tokens" : "max_tokens");
    const QLatin1String unused(reasoning ? "max_tokens" : "max_completion_tokens");
    QCOMPARE(body.value(used).toInt(), 512);
    QVERIFY2(!body.contains(unused),
             QJsonDocument(body).toJson(QJsonDocument::Compact).constData());
    // Reasoning models accept only their default temperature.
    QCOMPARE(body.contains(QLatin1String("temperature")), !reasoning);
    if (!reasoning)
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.3);
}

void TestOpenAiProtocol::topPOnlyWhenSet()
{
    ChatRequest request = conversation(QStringLiteral("gpt-4o-mini"));
    const ProviderConfig config = provider(QStringLiteral("https://api.openai.com/v1"));
    QVERIFY(
        !bodyOf(m_protocol.chatRequest(config, request, kKey)).contains(QLatin1String("top_p")));
    request.params.topP = 0.9;
    QCOMPARE(bodyOf(m_protocol.chatRequest(config, request, kKey))
                 .value(QLatin1String("top_p"))
                 .toDouble(),
             0.9);
}

void TestOpenAiProtocol::maxTokensRejectionSwitchesToMaxCompletionTokens()
{
    // codex-mini-latest is a reasoning model the name pattern does not know: the 400 teaches it.
    ChatRequest request = conversation(QStringLiteral("codex-mini-latest"));
    const ProviderConfig config = provider(QStringLiteral("https://api.openai.com/v1"));
    QVERIFY(bodyOf(m_protocol.chatRequest(config, request, kKey))
                .contains(QLatin1String("max_tokens")));

    const ProviderError error = m_protocol.httpError(
        responseHead(400), readFixture(QStringLiteral("openai/error-400-max-tokens.json")));
    QCOMPARE(errorCodeName(error.code), QStringLiteral("invalid_request"));
    QCOMPARE(error.parameter, QStringLiteral("max_tokens"));

    QVERIFY(m_protocol.adaptToRejection(error, request.adaptations));
    QVERIFY(request.adaptations.useMaxCompletionTokens);
    QVERIFY(!request.adaptations.omitTemperature);

    const QJsonObject body = bodyOf(m_protocol.chatRequest(config, request, kKey));
    QCOMPARE(body.value(QLatin1String("max_completion_tokens")).toInt(), 512);
    QVERIFY(!body.contains(QLatin1String("max_tokens")));
    QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.3);

    // The same answer again would change nothing: no endless retry loop.
    QVERIFY(!m_protocol.adaptToRejection(error, request.adaptations));
}

void TestOpenAiProtocol::temperatureRejectionOmitsTemperature()
{
    ChatRequest request = conversation(QStringLiteral("codex-mini-latest"));
    const ProviderError error = m_protocol.httpError(
        responseHead(400), readFixture(QStringLiteral("openai/error-400-temperature.json")));
    QCOMPARE(errorCodeName(error.code), QStringLiteral("invalid_request"));

    QVERIFY(m_protocol.adaptToRejection(error, request.adaptations));
    QVERIFY(request.adaptations.omitTemperature);
    QVERIFY(!request.adaptations.useMaxCompletionTokens);

    const QJsonObject body = bodyOf(m_protocol.chatRequest(
        provider(QStringLiteral("https://api.openai.com/v1")), request, kKey));
    QVERIFY(!body.contains(QLatin1String("temperature")));
    QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 512);
}

void TestOpenAiProtocol::unrelatedRejectionChangesNothing()
{
    RequestAdaptations adaptations;
    const ProviderError error = m_protocol.httpError(
        responseHead(400), readFixture(QStringLiteral("openai/error-400-other.json")));
    QCOMPARE(errorCodeName(error.code), QStringLiteral("invalid_request"));
    QVERIFY(!m_protocol.adaptToRejection(error, adaptations));
    QVERIFY(adaptations == RequestAdaptations());

    // A rate limit is not a parameter rejection even though its text may name tokens.
    const ProviderError limited = m_protocol.httpError(
        responseHead(429), readFixture(QStringLiteral("openai/error-429-rate-limit.json")));
    QVERIFY(!m_protocol.adaptToRejection(limited, adaptations));
    QVERIFY(adaptations == RequestAdaptations());
}

void TestOpenAiProtocol::tooLargeMaxTokensIsNotAnUnsupportedParameter()
{
    // gpt-4o-mini caps output at 16384 while our limit is 32000: the value is refused, not the
    // parameter. Renaming it to max_completion_tokens cannot help and only costs a second request
    // that fails with a message about a parameter the user never set.
    RequestAdaptations adaptations;
    const ProviderError error = m_protocol.httpError(
        responseHead(400),
        readFixture(QStringLiteral("openai/error-400-max-tokens-too-large.json")));
    QCOMPARE(errorCodeName(error.code), QStringLiteral("invalid_request"));
    QCOMPARE(error.parameter, QStringLiteral("max_tokens"));
    QVERIFY(!m_protocol.adaptToRejection(error, adaptations));
    QVERIFY(!adaptations.useMaxCompletionTokens);
}

void TestOpenAiProtocol::basicStream()
{
    QFETCH(int, chunkSize);
    const ReplayResult r = replayFixture(m_protocol, QStringLiteral("openai/basic.sse"), chunkSize);
    QCOMPARE(r.text, QStringLiteral("Hello"));
    QCOMPARE(r.reasoning, QString());
    QCOMPARE(r.usage.input, 9);
    QCOMPARE(r.usage.output, 12);
    QCOMPARE(r.finishReason, QStringLiteral("stop"));
    QVERIFY(r.streamEnd);
    QCOMPARE(errorCodeName(r.error.code), QString());
    QCOMPARE(r.events, 5);
}

void TestOpenAiProtocol::deepSeekReasoningIsSeparateFromAnswer()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("openai/deepseek-reasoner.sse"), chunkSize);
    QCOMPARE(r.reasoning,
             QStringLiteral("Compare 9.11 and 9.8: tenths 1 < 8 \u2192 9.8 is larger."));
    QCOMPARE(r.text, QStringLiteral("9.8 is larger than 9.11 \u2713"));
    QCOMPARE(r.usage.input, 13);
    QCOMPARE(r.usage.output, 25);
    QCOMPARE(r.finishReason, QStringLiteral("stop"));
    QVERIFY(r.streamEnd);
    QVERIFY(!r.error.isError());
    QCOMPARE(r.events, 8); // The ": keep-alive" comments are not events.
}

void TestOpenAiProtocol::openRouterMidStreamError()
{
    QFETCH(int, chunkSize);
    const ReplayResult r = replayFixture(
        m_protocol, QStringLiteral("openai/openrouter-midstream-error.sse"), chunkSize);
    QCOMPARE(r.reasoning, QStringLiteral("Tides follow the Moon."));
    QCOMPARE(r.text, QStringLiteral("Tides are caused by the Moon"));
    QCOMPARE(errorCodeName(r.error.code), QStringLiteral("server_error"));
    QCOMPARE(r.error.message, QStringLiteral("Provider disconnected unexpectedly"));
    QVERIFY(!r.streamEnd);
    QCOMPARE(r.events, 5); // ": OPENROUTER PROCESSING" is a comment.
}

void TestOpenAiProtocol::groqUsageInXGroq()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("openai/groq-x_groq-usage.sse"), chunkSize);
    QCOMPARE(r.reasoning, QStringLiteral("A greeting; answer briefly."));
    QCOMPARE(r.text, QStringLiteral("Hi there!"));
    QCOMPARE(r.usage.input, 18);
    QCOMPARE(r.usage.output, 439);
    QCOMPARE(r.finishReason, QStringLiteral("stop"));
    QVERIFY(r.streamEnd);
    QVERIFY(!r.error.isError());
}

void TestOpenAiProtocol::cerebrasUsageChunk()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("openai/cerebras-usage.sse"), chunkSize);
    QCOMPARE(r.reasoning, QStringLiteral("One plus one is two."));
    QCOMPARE(r.text, QStringLiteral("1 + 1 = 2"));
    QCOMPARE(r.usage.input, 10);
    QCOMPARE(r.usage.output, 2);
    QCOMPARE(r.finishReason, QStringLiteral("stop"));
    QVERIFY(r.streamEnd);
    QVERIFY(!r.error.isError());
}

void TestOpenAiProtocol::vllmChoicesNull()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("openai/vllm-choices-null.sse"), chunkSize);
    QCOMPARE(r.text, QStringLiteral("Bonjour le monde"));
    QCOMPARE(r.usage.input, 15);
    QCOMPARE(r.usage.output, 7);
    QCOMPARE(r.finishReason, QStringLiteral("length"));
    QVERIFY(r.streamEnd);
    QVERIFY(!r.error.isError());
}

void TestOpenAiProtocol::vllmMidStreamError()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("openai/vllm-midstream-error.sse"), chunkSize);
    QCOMPARE(r.text, QStringLiteral("Partial"));
    QCOMPARE(errorCodeName(r.error.code), QStringLiteral("server_error"));
    QCOMPARE(r.error.message,
             QStringLiteral("EngineCore encountered an issue. See stack trace (above) for the "
                            "root cause."));
    QVERIFY(!r.streamEnd);
}

void TestOpenAiProtocol::openAiMidStreamError()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("openai/midstream-error.sse"), chunkSize);
    QCOMPARE(r.text, QStringLiteral("Once upon a time"));
    QCOMPARE(errorCodeName(r.error.code), QStringLiteral("server_error"));
    QCOMPARE(r.error.message,
             QStringLiteral("The server had an error while processing your request. Sorry about "
                            "that!"));
    QVERIFY(!r.streamEnd);
}

void TestOpenAiProtocol::contentFilterFinish()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("openai/content-filter.sse"), chunkSize);
    QCOMPARE(r.text, QStringLiteral("Step one:"));
    QCOMPARE(r.finishReason, QStringLiteral("content_filter"));
    QCOMPARE(errorCodeName(r.error.code), QStringLiteral("content_filtered"));
    QVERIFY(!r.error.message.isEmpty());
    QCOMPARE(r.usage.input, 20);
    QCOMPARE(r.usage.output, 3);
}

void TestOpenAiProtocol::llamaServerStream()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("llama-server/stream.txt"), chunkSize);
    QCOMPARE(r.text, QStringLiteral("alph zesificate successo status heutigen Franc\u0435\u0439"));
    QCOMPARE(r.reasoning, QString());
    QCOMPARE(r.finishReason, QStringLiteral("length"));
    QVERIFY(r.streamEnd);
    QVERIFY(!r.error.isError());
    // Without stream_options llama.cpp sends only "timings", which is not usage.
    QVERIFY(!r.usage.isKnown());
}

void TestOpenAiProtocol::llamaServerStreamWithUsage()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("llama-server/stream-usage.txt"), chunkSize);
    QCOMPARE(r.text, QStringLiteral("alph zesificate successo status heutigen Franc\u0435\u0439"));
    QCOMPARE(r.usage.input, 31);
    QCOMPARE(r.usage.output, 8);
    QCOMPARE(r.finishReason, QStringLiteral("length"));
    QVERIFY(r.streamEnd);
    QVERIFY(!r.error.isError());
}

void TestOpenAiProtocol::llamaServerMidStreamError()
{
    QFETCH(int, chunkSize);
    const QByteArray capture =
        readFixture(QStringLiteral("llama-server/stream-midstream-error.txt"));
    QVERIFY(capture.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(withoutHttpHead(capture).startsWith("data: "));

    const ReplayResult r = replay(m_protocol, withoutHttpHead(capture), chunkSize);
    QCOMPARE(r.text,
             QStringLiteral("zet\u0441\u043b\u0456\u0434 Channel NASenza\u0302\u0432\u0435\u0441"
                            "\u0442 Spring\u0302 Spracheatem listing crashes\u0441\u0442 "
                            "photos!does\u59cb equilibriumuteur suoFAULTObject"));
    QCOMPARE(errorCodeName(r.error.code), QStringLiteral("server_error"));
    QCOMPARE(r.error.message,
             QStringLiteral("The model produced output that does not match the expected "
                            "peg-native format"));
    QVERIFY(!r.streamEnd);
    QCOMPARE(r.finishReason, QString());
}

void TestOpenAiProtocol::httpError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("401 invalid_api_key")
        << QStringLiteral("openai/error-401.json") << 401 << QStringLiteral("authentication_failed")
        << QStringLiteral("Incorrect API key provided: sk-not-a*********-000. You can find your "
                          "API key at https://platform.openai.com/account/api-keys.");
    QTest::newRow("404 model_not_found")
        << QStringLiteral("openai/error-404.json") << 404 << QStringLiteral("model_not_found")
        << QStringLiteral("The model `gpt-9` does not exist or you do not have access to it.");
    QTest::newRow("429 rate_limit_exceeded")
        << QStringLiteral("openai/error-429-rate-limit.json") << 429
        << QStringLiteral("rate_limited")
        << QStringLiteral("Rate limit reached for gpt-4o in organization org-x on tokens per min "
                          "(TPM): Limit 30000, Used 29000, Requested 1500. Please try again in "
                          "1.0s. ...");
    QTest::newRow("429 insufficient_quota")
        << QStringLiteral("openai/error-429-quota.json") << 429 << QStringLiteral("quota_exceeded")
        << QStringLiteral("You exceeded your current quota, please check your plan and billing "
                          "details. ...");
    QTest::newRow("500") << QStringLiteral("openai/error-500.json") << 500
                         << QStringLiteral("server_error")
                         << QStringLiteral("The server had an error while processing your "
                                           "request. Sorry about that!");
    QTest::newRow("503 overloaded")
        << QStringLiteral("openai/error-503.json") << 503 << QStringLiteral("model_overloaded")
        << QStringLiteral("The engine is currently overloaded, please try again later");
    QTest::newRow("openrouter 402") << QStringLiteral("openai/openrouter-error-402.json") << 402
                                    << QStringLiteral("quota_exceeded")
                                    << QStringLiteral("Insufficient credits. Add more using "
                                                      "https://openrouter.ai/settings/credits");
    QTest::newRow("groq 404")
        << QStringLiteral("openai/groq-error-404.json") << 404 << QStringLiteral("model_not_found")
        << QStringLiteral("The model `llama-9-900b` does not exist or you do not have access to "
                          "it.");
    QTest::newRow("vllm 404 bare object")
        << QStringLiteral("openai/vllm-error-404.json") << 404 << QStringLiteral("model_not_found")
        << QStringLiteral("The model `Qwen/Qwen9` does not exist.");
    QTest::newRow("400 unsupported parameter")
        << QStringLiteral("openai/error-400-max-tokens.json") << 400
        << QStringLiteral("invalid_request")
        << QStringLiteral("Unsupported parameter: 'max_tokens' is not supported with this model. "
                          "Use 'max_completion_tokens' instead.");
}

void TestOpenAiProtocol::httpError()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const ProviderError error = m_protocol.httpError(responseHead(status), readFixture(file));
    QCOMPARE(errorCodeName(error.code), code);
    QCOMPARE(error.message, message);
    QCOMPARE(error.httpStatus, status);
}

void TestOpenAiProtocol::nonJsonErrorBodyNamesStatus()
{
    const ProviderError error = m_protocol.httpError(
        responseHead(502), readFixture(QStringLiteral("openai/error-502.html")));
    QCOMPARE(errorCodeName(error.code), QStringLiteral("server_error"));
    QVERIFY2(error.message.contains(QStringLiteral("502")), qPrintable(error.message));
    QCOMPARE(error.httpStatus, 502);

    const ProviderError empty = m_protocol.httpError(responseHead(500), QByteArray());
    QCOMPARE(errorCodeName(empty.code), QStringLiteral("server_error"));
    QVERIFY2(empty.message.contains(QStringLiteral("500")), qPrintable(empty.message));
}

void TestOpenAiProtocol::requestIdFromHeaders()
{
    const ProviderError openai =
        m_protocol.httpError(responseHead(401, {{"x-request-id", "req_8f3c2a1b9d"}}),
                             readFixture(QStringLiteral("openai/error-401.json")));
    QCOMPARE(openai.requestId, QStringLiteral("req_8f3c2a1b9d"));

    // Header names are case-insensitive.
    const ProviderError upper =
        m_protocol.httpError(responseHead(500, {{"X-Request-Id", "req_UPPER"}}),
                             readFixture(QStringLiteral("openai/error-500.json")));
    QCOMPARE(upper.requestId, QStringLiteral("req_UPPER"));

    const ProviderError openRouter =
        m_protocol.httpError(responseHead(402, {{"X-Generation-Id", "gen-1741668925-Qm3x"}}),
                             readFixture(QStringLiteral("openai/openrouter-error-402.json")));
    QCOMPARE(openRouter.requestId, QStringLiteral("gen-1741668925-Qm3x"));
}

void TestOpenAiProtocol::retryAfterHeaders()
{
    const QByteArray body = readFixture(QStringLiteral("openai/error-429-rate-limit.json"));
    const ProviderError seconds =
        m_protocol.httpError(responseHead(429, {{"retry-after", "2"}}), body);
    QCOMPARE(seconds.retryAfterMs.value_or(-1), 2000);

    const ProviderError both = m_protocol.httpError(
        responseHead(429, {{"retry-after", "2"}, {"retry-after-ms", "150"}}), body);
    QCOMPARE(both.retryAfterMs.value_or(-1), 150);

    const ProviderError none = m_protocol.httpError(responseHead(429), body);
    QVERIFY(!none.retryAfterMs.has_value());

    // Retry-After may also be an HTTP date (RFC 9110 §10.2.3).
    const QByteArray date = QLocale::c()
                                .toString(QDateTime::currentDateTimeUtc().addSecs(30),
                                          QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                .toLatin1();
    const ProviderError dated =
        m_protocol.httpError(responseHead(429, {{"retry-after", date}}), body);
    QVERIFY2(dated.retryAfterMs.value_or(-1) > 25000 && dated.retryAfterMs.value_or(-1) <= 30000,
             date.constData());
}

void TestOpenAiProtocol::modelsRequestUrl()
{
    const HttpRequest http =
        m_protocol.modelsRequest(provider(QStringLiteral("https://api.groq.com/openai/v1/")), kKey);
    QCOMPARE(http.method, HttpRequest::Method::Get);
    QCOMPARE(http.url.toString(), QStringLiteral("https://api.groq.com/openai/v1/models"));
    QCOMPARE(http.header("authorization"), QByteArray("Bearer " + kKey.toUtf8()));
}

void TestOpenAiProtocol::parseModels_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("openai") << QStringLiteral("openai/models.json")
                            << QStringList{QStringLiteral("gpt-4o-mini"), QStringLiteral("o4-mini")}
                            << QStringList{QStringLiteral("gpt-4o-mini"),
                                           QStringLiteral("o4-mini")};
    QTest::newRow("llama.cpp with meta") << QStringLiteral("openai/models-llamacpp.json")
                                         << QStringList{QStringLiteral("llama-2-tiny-random")}
                                         << QStringList{QStringLiteral("llama-2-tiny-random")};
    QTest::newRow("groq with context_window")
        << QStringLiteral("openai/models-groq.json")
        << QStringList{QStringLiteral("llama-3.3-70b-versatile"),
                       QStringLiteral("whisper-large-v3")}
        << QStringList{QStringLiteral("llama-3.3-70b-versatile"),
                       QStringLiteral("whisper-large-v3")};
    QTest::newRow("openrouter with name and pricing")
        << QStringLiteral("openai/models-openrouter.json")
        << QStringList{QStringLiteral("openai/gpt-4o")}
        << QStringList{QStringLiteral("OpenAI: GPT-4o")};
    QTest::newRow("not json") << QStringLiteral("openai/error-502.html") << QStringList()
                              << QStringList();
}

void TestOpenAiProtocol::parseModels()
{
    QFETCH(QString, file);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, names);
    QStringList gotIds;
    QStringList gotNames;
    for (const ModelInfo &model : m_protocol.parseModels(readFixture(file))) {
        gotIds << model.id;
        gotNames << model.displayName;
    }
    QCOMPARE(gotIds, ids);
    QCOMPARE(gotNames, names);
}

QTEST_GUILESS_MAIN(TestOpenAiProtocol)
#include "tst_openaiprotocol.moc"
