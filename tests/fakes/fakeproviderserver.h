#pragma once

#include "net/httprequest.h"
#include "providers/providerconfig.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace coro::test {

class FakeConnection;
struct FakeResponse;

/**
 * @brief A local HTTP server speaking the OpenAI, Anthropic, Gemini and Ollama wire formats.
 *
 * The model name in a request chooses the behaviour ("reasoning", "flaky:2", "http-429",
 * "midstream-error", ...; see tests/fakes/README.md); any other name gets a deterministic answer,
 * expectedAnswer(), that depends on the last user message. Built on QTcpServer rather than
 * QHttpServer because the faults it stages (bytes split anywhere, resets, stalls) need control
 * over every write. Never blocks: many connections are served at once from the event loop.
 */
class FakeProviderServer : public QObject
{
    Q_OBJECT
public:
    /// One request as it arrived on the wire.
    struct RecordedRequest
    {
        QByteArray method;
        QByteArray
            path; ///< As sent, query included ("/v1beta/models/m:streamGenerateContent?alt=sse").
        coro::HttpHeaders headers;
        QByteArray body;
        QString model; ///< The model a chat request named; empty for other requests.

        /// Case-insensitive header lookup; empty when absent.
        QByteArray header(QByteArrayView name) const;
    };

    explicit FakeProviderServer(QObject *parent = nullptr);
    ~FakeProviderServer() override;

    /// Listens on 127.0.0.1; port 0 picks a free port.
    bool listen(quint16 port = 0);
    /// Stops listening: new connections are refused (the network is "off").
    void close() { m_server.close(); }
    quint16 port() const;

    /// openai: http://127.0.0.1:PORT/v1; anthropic, gemini, ollama: http://127.0.0.1:PORT.
    QUrl baseUrl(coro::ProtocolKind protocol) const;
    /// A providers.json with fake-openai, fake-anthropic, fake-gemini and fake-ollama.
    QByteArray providersJson() const;
    /// The same, plus the fake web search backends as its `search` list (FakeSearch).
    QByteArray providersJsonWithSearch() const;
    /// providersJson() with a price (USD per million tokens) on @p model of @p protocol's
    /// fake provider only (listed there if it was not).
    QByteArray providersJsonWithPrice(coro::ProtocolKind protocol, const QString &model,
                                      double input, double output) const;

    /// Answers for @p model (any protocol) from now on: @p answers in turn, the last one
    /// repeated, instead of the scenario's text. For models whose answers a test scripts
    /// (fusion, checklists, titles); cleared by clear().
    void setScriptedAnswers(const QString &model, const QStringList &answers);

    QList<RecordedRequest> requests() const { return m_requests; }
    /// Chat requests that named @p model since the start or the last clear().
    int requestCount(const QString &model) const { return m_modelCounts.value(model); }
    /// Forgets recorded requests and the per-model counts that flaky:N and ratelimit:N use.
    void clear();

    /// Pause between deltas; 0 (the default) writes as fast as possible.
    void setTokenDelayMs(int ms) { m_tokenDelayMs = ms; }
    int tokenDelayMs() const { return m_tokenDelayMs; }

    /// "fake-openai", "fake-anthropic", "fake-gemini", "fake-ollama".
    static QString providerId(coro::ProtocolKind protocol);
    /// The first model each fake provider lists ("gpt-fake", "claude-fake", ...).
    static QString defaultModel(coro::ProtocolKind protocol);
    /// The answer text that @p model streams for @p lastUserMessage (reasoning excluded).
    static QString expectedAnswer(coro::ProtocolKind protocol, const QString &model,
                                  const QString &lastUserMessage);
    /// The answer deltas, in order, whose concatenation is expectedAnswer().
    static QStringList expectedDeltas(coro::ProtocolKind protocol, const QString &model,
                                      const QString &lastUserMessage);
    /// The reasoning the "reasoning" model streams before its answer.
    static QString expectedReasoning();

Q_SIGNALS:
    void requestReceived(const coro::test::FakeProviderServer::RecordedRequest &request);

private:
    FakeResponse handle(const QByteArray &method, const QByteArray &target,
                        const coro::HttpHeaders &headers, const QByteArray &body);
    void acceptConnections();
    FakeResponse redirect(const QByteArray &target, int port) const;

    QTcpServer m_server;
    QList<RecordedRequest> m_requests;
    QHash<QString, int> m_modelCounts;
    QHash<QString, QStringList> m_scripts;
    int m_serial = 0;
    int m_tokenDelayMs = 0;
};

} // namespace coro::test

Q_DECLARE_METATYPE(coro::test::FakeProviderServer::RecordedRequest)
