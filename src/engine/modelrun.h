#pragma once

#include "core/chatmessage.h"
#include "core/generationparams.h"
#include "core/modelref.h"
#include "core/providererror.h"
#include "core/usage.h"
#include "net/httpstream.h"
#include "providers/providerconfig.h"
#include "providers/providerprotocol.h"
#include "retrypolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>

class QNetworkAccessManager;

namespace coro {

class StreamDecoder;

/**
 * @brief Everything one model's run needs, fixed when the run is created.
 */
struct ModelRunConfig
{
    struct Timeouts
    {
        int connectMs = 15000; ///< Until the request is on the wire (see HttpStream).
        /// From the request on the wire until the first text or reasoning (a local server
        /// loading a model sends nothing, not even headers, until it is loaded).
        int firstTokenMs = 90000;
        int idleMs = 60000; ///< Longest silence while streaming.
    };

    /// Text plus reasoning an answer may reach before the run is ended (a server ignoring
    /// max_tokens must not fill memory and disk): 1,000,000 characters, about 250,000 tokens.
    static constexpr qsizetype kDefaultMaxAnswerChars = 1000 * 1000;

    ModelRef ref;
    ProviderConfig provider;
    QString apiKey;  ///< Resolved by the caller from the keychain or key_env; never logged.
    QString keyNote; ///< Why no key could be read (e.g. no keychain), told with the error.
    ChatMessages messages;
    GenerationParams params;
    Timeouts timeouts;
    RetryPolicy retry;
    qsizetype maxAnswerChars = kDefaultMaxAnswerChars;
};

/**
 * @brief One model answering one prompt: request, stream, retries, timeouts and metrics.
 *
 * State machine: Queued → Connecting → (Thinking) → Streaming → Done | Error | Cancelled.
 * Transient failures are retried with backoff only before the first token; text received
 * before a failure is kept and stays readable next to the error.
 */
class ModelRun : public QObject
{
    Q_OBJECT
public:
    enum class State { Queued, Connecting, Thinking, Streaming, Done, Error, Cancelled };
    Q_ENUM(State)

    ModelRun(ModelRunConfig config, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ModelRun() override;

    void start();
    void cancel();

    const ModelRunConfig &config() const { return m_config; }
    State state() const { return m_state; }
    bool isFinished() const;
    QString text() const { return m_text; }
    QString reasoning() const { return m_reasoning; }
    Usage usage() const { return m_usage; }
    QString finishReason() const { return m_finishReason; }
    const ProviderError &error() const { return m_error; }
    int attempts() const { return m_attempts; }
    qint64 timeToFirstTokenMs() const { return m_ttftMs; } ///< -1 before the first token.
    qint64 elapsedMs() const;
    /// Output tokens per second of streaming; uses the provider's count when it sent one.
    double tokensPerSecond() const;

    static QString stateName(State state);

Q_SIGNALS:
    void stateChanged(coro::ModelRun::State state);
    /// New text: the deltas of one network read together (a fast stream brings hundreds per
    /// read, and a signal per delta cost every receiver more than the decoding itself).
    void textAppended(const QString &delta);
    void reasoningAppended(const QString &delta); ///< As textAppended, for the reasoning.
    /// The token counts changed; told after the text of the same read.
    void usageChanged();
    void retryScheduled(int attempt, int delayMs, coro::ErrorCode code);
    /// Reached Done, Error or Cancelled; emitted exactly once.
    void finished();

private:
    void sendAttempt();
    void onRequestSent();
    void onResponseStarted(const HttpResponseHead &head);
    void mapErrorResponse();
    /// The error told to the user: says when no key was set for a provider that wanted one.
    ProviderError explained(ProviderError error) const;
    void onData(const QByteArray &bytes);
    void onHttpFinished();
    void onHttpFailed(ErrorCode code, const QString &message);
    void applyDelta(const StreamDelta &delta);
    void failOrRetry(ProviderError error);
    void fail(ProviderError error);
    void finish(State state);
    void setState(State state);
    /// Tells the text, reasoning and token counts gathered from the current read, if any.
    void emitPending();

    ModelRunConfig m_config;
    std::unique_ptr<ProviderProtocol> m_protocol;
    HttpStream m_stream;
    std::unique_ptr<StreamDecoder> m_decoder;
    RequestAdaptations m_adaptations;
    QTimer m_firstTokenTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;

    State m_state = State::Queued;
    QString m_text;
    QString m_reasoning;
    QString m_pendingText;       ///< Appended to m_text, not yet told (textAppended).
    QString m_pendingReasoning;  ///< The same for the reasoning.
    bool m_usagePending = false; ///< m_usage changed since the last usageChanged.
    QString m_finishReason;
    Usage m_usage;
    ProviderError m_error;
    QByteArray m_errorBody; ///< Body of a non-2xx response, for the protocol's error mapping.
    bool m_errorResponse = false;
    bool m_streamEnded = false;
    bool m_attemptLive = false; ///< Deltas of the current attempt are still wanted.
    int m_attempts = 0;
    int m_deltaCount = 0;
    qint64 m_ttftMs = -1;
    qint64 m_endMs = -1;
};

} // namespace coro
