#include "providers/geminiprotocol.h"
#include "streamreplay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace coro;
using namespace coro::testing;

namespace {

const QString kKey = QStringLiteral("AIzaSyTest0123456789");

ProviderConfig
provider(const QString &baseUrl = QStringLiteral("https://generativelanguage.googleapis.com"))
{
    ProviderConfig config;
    config.id = QStringLiteral("gemini");
    config.protocol = ProtocolKind::Gemini;
    config.baseUrl = QUrl(baseUrl);
    return config;
}

ChatRequest conversation()
{
    return sampleConversation(QStringLiteral("gemini-2.5-flash"));
}

QString firstPartText(const QJsonObject &content)
{
    return content.value(QLatin1String("parts"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("text"))
        .toString();
}

} // namespace

class TestGeminiProtocol : public QObject
{
    Q_OBJECT

private:
    GeminiProtocol m_protocol;

private Q_SLOTS:
    void urlNamesModelAndAsksForSse_data();
    void urlNamesModelAndAsksForSse();
    void keyInHeaderNeverInUrl();
    void contentsUseModelRoleAndSystemInstruction();
    void generationConfig();
    void topPOnlyWhenSet();

    void basicCrlfStreamWithoutDone_data() { addChunkingRows(); }
    void basicCrlfStreamWithoutDone();
    void thoughtsAreSeparateFromAnswer_data() { addChunkingRows(); }
    void thoughtsAreSeparateFromAnswer();
    void safetyFinishIsContentFiltered_data() { addChunkingRows(); }
    void safetyFinishIsContentFiltered();
    void blockedPromptIsContentFiltered_data() { addChunkingRows(); }
    void blockedPromptIsContentFiltered();
    void midStreamErrorObject_data() { addChunkingRows(); }
    void midStreamErrorObject();

    void httpError_data();
    void httpError();
    void retryDelayFromRetryInfo();
    void nonJsonErrorBodyNamesStatus();

    void modelsRequest();
    void parseModelsStripsPrefixAndSkipsEmbeddings();
};

void TestGeminiProtocol::urlNamesModelAndAsksForSse_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::newRow("host") << QStringLiteral("https://generativelanguage.googleapis.com");
    QTest::newRow("host with slash")
        << QStringLiteral("https://generativelanguage.googleapis.com/");
}

void TestGeminiProtocol::urlNamesModelAndAsksForSse()
{
    QFETCH(QString, baseUrl);
    const HttpRequest http = m_protocol.chatRequest(provider(baseUrl), conversation(), kKey);
    QCOMPARE(http.url.toString(),
             QStringLiteral("https://generativelanguage.googleapis.com/v1beta/models/"
                            "gemini-2.5-flash:streamGenerateContent?alt=sse"));
    QCOMPARE(http.method, HttpRequest::Method::Post);
}

void TestGeminiProtocol::keyInHeaderNeverInUrl()
{
    const HttpRequest http = m_protocol.chatRequest(provider(), conversation(), kKey);
    QCOMPARE(http.header("x-goog-api-key"), kKey.toUtf8());
    QCOMPARE(http.header("content-type"), QByteArray("application/json"));
    QVERIFY(!http.url.toString(QUrl::FullyEncoded).contains(kKey));
    QVERIFY(!QUrlQuery(http.url).hasQueryItem(QStringLiteral("key")));
    QVERIFY(http.header("authorization").isEmpty());
    QVERIFY(!http.body.contains(kKey.toUtf8()));
}

void TestGeminiProtocol::contentsUseModelRoleAndSystemInstruction()
{
    ChatRequest request = conversation();
    const QJsonObject body = bodyOf(m_protocol.chatRequest(provider(), request, kKey));

    QCOMPARE(firstPartText(body.value(QLatin1String("systemInstruction")).toObject()),
             QStringLiteral("Be concise."));
    const QJsonArray contents = body.value(QLatin1String("contents")).toArray();
    QCOMPARE(contents.size(), 3);
    const QStringList roles{QStringLiteral("user"), QStringLiteral("model"),
                            QStringLiteral("user")};
    const QStringList texts{QStringLiteral("Hi"), QStringLiteral("Hello"), QStringLiteral("Why?")};
    for (qsizetype i = 0; i < contents.size(); ++i) {
        const QJsonObject content = contents.at(i).toObject();
        QCOMPARE(content.value(QLatin1String("role")).toString(), roles.at(i));
        QCOMPARE(firstPartText(content), texts.at(i));
    }

    request.params.systemPrompt.clear();
    QVERIFY(!bodyOf(m_protocol.chatRequest(provider(), request, kKey))
                 .contains(QLatin1String("systemInstruction")));
}

void TestGeminiProtocol::generationConfig()
{
    ChatRequest request = conversation();
    request.params.topP = 0.95;
    const QJsonObject config = bodyOf(m_protocol.chatRequest(provider(), request, kKey))
                                   .value(QLatin1String("generationConfig"))
                                   .toObject();
    QCOMPARE(config.value(QLatin1String("temperature")).toDouble(), 0.7);
    QCOMPARE(config.value(QLatin1String("topP")).toDouble(), 0.95);
    QCOMPARE(config.value(QLatin1String("maxOutputTokens")).toInt(), 1024);
}

void TestGeminiProtocol::topPOnlyWhenSet()
{
    const QJsonObject config = bodyOf(m_protocol.chatRequest(provider(), conversation(), kKey))
                                   .value(QLatin1String("generationConfig"))
                                   .toObject();
    QVERIFY(config.contains(QLatin1String("temperature")));
    QVERIFY(!config.contains(QLatin1String("topP")));
}

void TestGeminiProtocol::basicCrlfStreamWithoutDone()
{
    QFETCH(int, chunkSize);
    const QByteArray stream = readFixture(QStringLiteral("gemini/basic-crlf.sse"));
    QVERIFY(stream.contains("}\r\n\r\ndata: "));
    QVERIFY(!stream.contains("[DONE]"));

    const ReplayResult r = replay(m_protocol, stream, chunkSize);
    QCOMPARE(r.text, QStringLiteral("The capital of France is Paris."));
    QCOMPARE(r.reasoning, QString());
    QCOMPARE(r.usage.input, 8);
    QCOMPARE(r.usage.output, 7);
    QCOMPARE(r.finishReason, QStringLiteral("STOP"));
    QVERIFY(r.streamEnd); // The chunk with a finishReason ends the answer.
    QVERIFY(!r.error.isError());
    QCOMPARE(r.events, 2);
}

void TestGeminiProtocol::thoughtsAreSeparateFromAnswer()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("gemini/thoughts.sse"), chunkSize);
    QCOMPARE(r.reasoning, QStringLiteral("**Recalling geography**\n\nFrance's capital is Paris."));
    QCOMPARE(r.text, QStringLiteral("Paris is the capital of France."));
    QCOMPARE(r.usage.input, 12);
    QCOMPARE(r.usage.output, 35); // Thought tokens are billed as output: 7 + 28.
    QCOMPARE(r.finishReason, QStringLiteral("STOP"));
    QVERIFY(r.streamEnd);
    QVERIFY(!r.error.isError());
}

void TestGeminiProtocol::safetyFinishIsContentFiltered()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("gemini/safety-block.sse"), chunkSize);
    QCOMPARE(r.text, QStringLiteral("Here is how"));
    QCOMPARE(r.finishReason, QStringLiteral("SAFETY"));
    QCOMPARE(errorCodeName(r.error.code), QStringLiteral("content_filtered"));
    QVERIFY2(r.error.message.contains(QStringLiteral("SAFETY")), qPrintable(r.error.message));
    QVERIFY(r.streamEnd);
}

void TestGeminiProtocol::blockedPromptIsContentFiltered()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("gemini/prompt-blocked.sse"), chunkSize);
    QCOMPARE(r.text, QString());
    QCOMPARE(errorCodeName(r.error.code), QStringLiteral("content_filtered"));
    QVERIFY2(r.error.message.contains(QStringLiteral("prompt")), qPrintable(r.error.message));
    QVERIFY2(r.error.message.contains(QStringLiteral("SAFETY")), qPrintable(r.error.message));
    QCOMPARE(r.usage.input, 9);
}

void TestGeminiProtocol::midStreamErrorObject()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("gemini/midstream-error.sse"), chunkSize);
    QCOMPARE(r.text, QStringLiteral("Let me start"));
    QCOMPARE(errorCodeName(r.error.code), QStringLiteral("model_overloaded"));
    QCOMPARE(r.error.message, QStringLiteral("The model is overloaded. Please try again later."));
    QVERIFY(!r.streamEnd);
}

void TestGeminiProtocol::httpError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("400 API_KEY_INVALID")
        << QStringLiteral("gemini/error-400-api-key.json") << 400
        << QStringLiteral("authentication_failed")
        << QStringLiteral("API key not valid. Please pass a valid API key.");
    QTest::newRow("400 INVALID_ARGUMENT")
        << QStringLiteral("gemini/error-400-argument.json") << 400
        << QStringLiteral("invalid_request")
        << QStringLiteral("* GenerateContentRequest.contents: contents is not specified\n");
    QTest::newRow("403 PERMISSION_DENIED")
        << QStringLiteral("gemini/error-403.json") << 403 << QStringLiteral("permission_denied")
        << QStringLiteral("Method doesn't allow unregistered callers (callers without established "
                          "identity). Please use API Key or other form of API consumer identity "
                          "to call this API.");
    QTest::newRow("404 NOT_FOUND")
        << QStringLiteral("gemini/error-404.json") << 404 << QStringLiteral("model_not_found")
        << QStringLiteral("models/gemini-retired is not found for API version v1beta, or is not "
                          "supported for streamGenerateContent.");
    QTest::newRow("429 RESOURCE_EXHAUSTED")
        << QStringLiteral("gemini/error-429.json") << 429 << QStringLiteral("rate_limited")
        << QStringLiteral("You exceeded your current quota, please check your plan and billing "
                          "details.");
    QTest::newRow("429 RESOURCE_EXHAUSTED per day")
        << QStringLiteral("gemini/error-429-daily.json") << 429 << QStringLiteral("quota_exceeded")
        << QStringLiteral("You exceeded your current quota, please check your plan and billing "
                          "details.");
    QTest::newRow("503 UNAVAILABLE")
        << QStringLiteral("gemini/error-503.json") << 503 << QStringLiteral("model_overloaded")
        << QStringLiteral("The model is overloaded. Please try again later.");
}

void TestGeminiProtocol::httpError()
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

void TestGeminiProtocol::retryDelayFromRetryInfo()
{
    const QByteArray body = readFixture(QStringLiteral("gemini/error-429.json"));
    const ProviderError error = m_protocol.httpError(responseHead(429), body);
    QCOMPARE(error.retryAfterMs.value_or(-1), 27000);
}

void TestGeminiProtocol::nonJsonErrorBodyNamesStatus()
{
    const ProviderError error = m_protocol.httpError(
        responseHead(502), readFixture(QStringLiteral("openai/error-502.html")));
    QCOMPARE(errorCodeName(error.code), QStringLiteral("server_error"));
    QVERIFY2(error.message.contains(QStringLiteral("502")), qPrintable(error.message));
}

void TestGeminiProtocol::modelsRequest()
{
    const HttpRequest http = m_protocol.modelsRequest(provider(), kKey);
    QCOMPARE(http.method, HttpRequest::Method::Get);
    QCOMPARE(http.url.path(), QStringLiteral("/v1beta/models"));
    QCOMPARE(http.header("x-goog-api-key"), kKey.toUtf8());
    QVERIFY(!http.url.toString(QUrl::FullyEncoded).contains(kKey));
}

void TestGeminiProtocol::parseModelsStripsPrefixAndSkipsEmbeddings()
{
    const QList<ModelInfo> models =
        m_protocol.parseModels(readFixture(QStringLiteral("gemini/models.json")));
    QStringList ids;
    for (const ModelInfo &model : models)
        ids << model.id;
    QCOMPARE(ids,
             (QStringList{QStringLiteral("gemini-2.0-flash"), QStringLiteral("gemini-2.5-pro")}));
    QCOMPARE(models.at(0).displayName, QStringLiteral("Gemini 2.0 Flash"));
    QCOMPARE(models.at(1).displayName, QStringLiteral("Gemini 2.5 Pro"));
}

QTEST_GUILESS_MAIN(TestGeminiProtocol)
#include "tst_geminiprotocol.moc"
