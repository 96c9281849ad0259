#include "providers/ollamaprotocol.h"
#include "streamreplay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace coro;
using namespace coro::testing;

namespace {

ProviderConfig provider(const QString &baseUrl = QStringLiteral("http://127.0.0.1:11434"))
{
    ProviderConfig config;
    config.id = QStringLiteral("ollama");
    config.protocol = ProtocolKind::Ollama;
    config.baseUrl = QUrl(baseUrl);
    config.requiresKey = false;
    return config;
}

ChatRequest conversation()
{
    return sampleConversation(QStringLiteral("llama3.2:3b"), 256);
}

} // namespace

class TestOllamaProtocol : public QObject
{
    Q_OBJECT

private:
    OllamaProtocol m_protocol;

private Q_SLOTS:
    void framingIsNdjson();
    void urlIsHostPlusApiChat_data();
    void urlIsHostPlusApiChat();
    void noAuthorizationWithoutKey();
    void bodyHasSystemMessageAndOptions();
    void topPOnlyWhenSet();

    void chatStream_data() { addChunkingRows(); }
    void chatStream();
    void midStreamErrorLine_data() { addChunkingRows(); }
    void midStreamErrorLine();

    void httpErrorModelNotFound();
    void nonJsonErrorBodyNamesStatus();

    void modelsRequest();
    void parseTags();
};

void TestOllamaProtocol::framingIsNdjson()
{
    QCOMPARE(m_protocol.framing(), StreamFraming::NdJson);
}

void TestOllamaProtocol::urlIsHostPlusApiChat_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("expected");
    QTest::newRow("local") << QStringLiteral("http://127.0.0.1:11434")
                           << QStringLiteral("http://127.0.0.1:11434/api/chat");
    QTest::newRow("trailing slash") << QStringLiteral("http://localhost:11434/")
                                    << QStringLiteral("http://localhost:11434/api/chat");
}

void TestOllamaProtocol::urlIsHostPlusApiChat()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, expected);
    const HttpRequest http = m_protocol.chatRequest(provider(baseUrl), conversation(), QString());
    QCOMPARE(http.url.toString(), expected);
    QCOMPARE(http.method, HttpRequest::Method::Post);
}

void TestOllamaProtocol::noAuthorizationWithoutKey()
{
    const HttpRequest http = m_protocol.chatRequest(provider(), conversation(), QString());
    QVERIFY(http.header("authorization").isEmpty());
    QCOMPARE(http.header("content-type"), QByteArray("application/json"));
}

void TestOllamaProtocol::bodyHasSystemMessageAndOptions()
{
    const QJsonObject body = bodyOf(m_protocol.chatRequest(provider(), conversation(), QString()));
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("llama3.2:3b"));
    QCOMPARE(body.value(QLatin1String("stream")), QJsonValue(true));

    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 4);
    const QStringList roles{QStringLiteral("system"), QStringLiteral("user"),
                            QStringLiteral("assistant"), QStringLiteral("user")};
    const QStringList contents{QStringLiteral("Be concise."), QStringLiteral("Hi"),
                               QStringLiteral("Hello"), QStringLiteral("Why?")};
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject message = messages.at(i).toObject();
        QCOMPARE(message.value(QLatin1String("role")).toString(), roles.at(i));
        QCOMPARE(message.value(QLatin1String("content")).toString(), contents.at(i));
    }

    const QJsonObject options = body.value(QLatin1String("options")).toObject();
    QCOMPARE(options.value(QLatin1String("temperature")).toDouble(), 0.7);
    QCOMPARE(options.value(QLatin1String("num_predict")).toInt(), 256);
    // Sampling parameters belong in options, not at the top level.
    QVERIFY(!body.contains(QLatin1String("temperature")));
    QVERIFY(!body.contains(QLatin1String("max_tokens")));
}

void TestOllamaProtocol::topPOnlyWhenSet()
{
    ChatRequest request = conversation();
    QVERIFY(!bodyOf(m_protocol.chatRequest(provider(), request, QString()))
                 .value(QLatin1String("options"))
                 .toObject()
                 .contains(QLatin1String("top_p")));
    request.params.topP = 0.8;
    QCOMPARE(bodyOf(m_protocol.chatRequest(provider(), request, QString()))
                 .value(QLatin1String("options"))
                 .toObject()
                 .value(QLatin1String("top_p"))
                 .toDouble(),
             0.8);
}

void TestOllamaProtocol::chatStream()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("ollama/chat.ndjson"), chunkSize);
    QCOMPARE(r.reasoning, QStringLiteral("The sky scatters blue light most."));
    QCOMPARE(r.text,
             QStringLiteral("The sky looks blue because of Rayleigh scattering \u2014 short "
                            "waves scatter most."));
    QCOMPARE(r.usage.input, 26);
    QCOMPARE(r.usage.output, 282);
    QCOMPARE(r.finishReason, QStringLiteral("stop"));
    QVERIFY(r.streamEnd);
    QVERIFY(!r.error.isError());
    QCOMPARE(r.events, 5);
}

void TestOllamaProtocol::midStreamErrorLine()
{
    QFETCH(int, chunkSize);
    const ReplayResult r =
        replayFixture(m_protocol, QStringLiteral("ollama/midstream-error.ndjson"), chunkSize);
    QCOMPARE(r.text, QStringLiteral("Once upon"));
    QCOMPARE(errorCodeName(r.error.code), QStringLiteral("server_error"));
    QCOMPARE(r.error.message,
             QStringLiteral("an error was encountered while running the model: unexpected EOF"));
    QVERIFY(!r.streamEnd);
}

void TestOllamaProtocol::httpErrorModelNotFound()
{
    const ProviderError error = m_protocol.httpError(
        responseHead(404), readFixture(QStringLiteral("ollama/error-404.json")));
    QCOMPARE(errorCodeName(error.code), QStringLiteral("model_not_found"));
    QCOMPARE(error.message, QStringLiteral("model \"foo\" not found, try pulling it first"));
    QCOMPARE(error.httpStatus, 404);
}

void TestOllamaProtocol::nonJsonErrorBodyNamesStatus()
{
    const ProviderError error = m_protocol.httpError(
        responseHead(502), readFixture(QStringLiteral("openai/error-502.html")));
    QCOMPARE(errorCodeName(error.code), QStringLiteral("server_error"));
    QVERIFY2(error.message.contains(QStringLiteral("502")), qPrintable(error.message));
}

void TestOllamaProtocol::modelsRequest()
{
    const HttpRequest http = m_protocol.modelsRequest(provider(), QString());
    QCOMPARE(http.method, HttpRequest::Method::Get);
    QCOMPARE(http.url.toString(), QStringLiteral("http://127.0.0.1:11434/api/tags"));
}

void TestOllamaProtocol::parseTags()
{
    const QList<ModelInfo> models =
        m_protocol.parseModels(readFixture(QStringLiteral("ollama/tags.json")));
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.at(0).id, QStringLiteral("llama3.2:latest"));
    QCOMPARE(models.at(1).id, QStringLiteral("qwen3:0.6b"));
    // The picker's one-liner comes from the model details.
    QVERIFY2(models.at(0).tagline.contains(QStringLiteral("3.2B")),
             qPrintable(models.at(0).tagline));
    QVERIFY2(models.at(0).tagline.contains(QStringLiteral("Q4_K_M")),
             qPrintable(models.at(0).tagline));
}

QTEST_GUILESS_MAIN(TestOllamaProtocol)
#include "tst_ollamaprotocol.moc"
