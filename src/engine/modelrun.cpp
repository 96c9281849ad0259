#include "modelrun.h"
#include "enginelogging.h"
#include "streamdecoder.h"

#include <QMetaEnum>
#include <QRandomGenerator>

#include <utility>

namespace coro {

namespace {
constexpr qsizetype kMaxErrorBody = 64 * 1024;

QString waitText(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 1)
        return ModelRun::tr("%1 s").arg((ms + 999) / 1000);
    if (minutes < 60)
        return ModelRun::tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return ModelRun::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return ModelRun::tr("%1 d").arg(minutes / (24 * 60));
}
} // namespace

ModelRun::ModelRun(ModelRunConfig config, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_config(std::move(config)),
      m_protocol(ProviderProtocol::create(m_config.provider.protocol)), m_stream(network)
{
    m_firstTokenTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ModelRun::sendAttempt);
    connect(&m_firstTokenTimer, &QTimer::timeout, this, [this] {
        m_stream.abort();
        ProviderError error;
        error.code = ErrorCode::Timeout;
        error.message = tr("No answer started within %1 s of sending the request.")
                            .arg(m_config.timeouts.firstTokenMs / 1000.0);
        fail(error);
    });
    connect(&m_stream, &HttpStream::requestSent, this, &ModelRun::onRequestSent);
    connect(&m_stream, &HttpStream::responseStarted, this, &ModelRun::onResponseStarted);
    connect(&m_stream, &HttpStream::dataReceived, this, &ModelRun::onData);
    connect(&m_stream, &HttpStream::finished, this, &ModelRun::onHttpFinished);
    connect(&m_stream, &HttpStream::failed, this, &ModelRun::onHttpFailed);
}

ModelRun::~ModelRun() = default;

QString ModelRun::stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(static_cast<int>(state)))
        .toLower();
}

bool ModelRun::isFinished() const
{
    return m_state == State::Done || m_state == State::Error || m_state == State::Cancelled;
}

qint64 ModelRun::elapsedMs() const
{
    if (m_endMs >= 0)
        return m_endMs;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

double ModelRun::tokensPerSecond() const
{
    const int tokens = m_usage.output >= 0 ? m_usage.output : m_deltaCount;
    const double seconds = (elapsedMs() - m_ttftMs) / 1000.0;
    if (m_ttftMs < 0 || tokens <= 0 || seconds <= 0.0)
        return 0.0;
    return tokens / seconds;
}

void ModelRun::start()
{
    if (m_state != State::Queued)
        return;
    m_clock.start();
    if (const QStringList problems = m_config.params.validate(); !problems.isEmpty()) {
        ProviderError error;
        error.code = ErrorCode::InvalidRequest;
        error.message = problems.join(QLatin1Char(' '));
        fail(error);
        return;
    }
    // A provider with no key is asked without one: local servers need none. If it wants one,
    // its 401 says so (explained()).
    sendAttempt();
}

void ModelRun::cancel()
{
    if (isFinished())
        return;
    m_stream.abort();
    m_error.code = ErrorCode::Cancelled;
    m_error.message = tr("Cancelled.");
    finish(State::Cancelled);
}

void ModelRun::sendAttempt()
{
    ++m_attempts;
    m_errorResponse = false;
    m_errorBody.clear();
    m_streamEnded = false;
    m_attemptLive = true;
    m_decoder = std::make_unique<StreamDecoder>(
        *m_protocol, [this](const StreamDelta &delta) { applyDelta(delta); });
    setState(State::Connecting);
    m_firstTokenTimer.stop(); // Runs from the moment this attempt's request is on the wire.

    ChatRequest request{m_config.ref.model, m_config.messages, m_config.params, m_adaptations};
    qCDebug(lcEngine) << m_config.ref.toString() << "attempt" << m_attempts;
    m_stream.start(m_protocol->chatRequest(m_config.provider, request, m_config.apiKey),
                   {m_config.timeouts.connectMs, m_config.timeouts.idleMs});
}

void ModelRun::onRequestSent()
{
    if (m_ttftMs < 0 && m_config.timeouts.firstTokenMs > 0)
        m_firstTokenTimer.start(m_config.timeouts.firstTokenMs);
}

void ModelRun::onResponseStarted(const HttpResponseHead &head)
{
    m_errorResponse = head.status < 200 || head.status >= 300;
}

void ModelRun::onData(const QByteArray &bytes)
{
    if (m_errorResponse) {
        m_errorBody.append(bytes.left(kMaxErrorBody - m_errorBody.size()));
        if (m_errorBody.size() >= kMaxErrorBody) {
            // Enough to read the provider's message: the rest is not downloaded.
            m_stream.abort();
            mapErrorResponse();
        }
        return;
    }
    const bool decoded = m_decoder->feed(bytes);
    emitPending();
    if (!decoded) {
        m_stream.abort();
        ProviderError error;
        error.code = ErrorCode::ServerError;
        error.message = m_decoder->errorString();
        fail(error);
    }
}

void ModelRun::applyDelta(const StreamDelta &delta)
{
    // After an in-stream error the rest of the same chunk belongs to an abandoned attempt.
    if (isFinished() || !m_attemptLive)
        return;
    const bool hasContent = !delta.text.isEmpty() || !delta.reasoning.isEmpty();
    if (hasContent && m_ttftMs < 0) {
        m_ttftMs = m_clock.elapsed();
        m_firstTokenTimer.stop();
    }
    if (!delta.reasoning.isEmpty()) {
        m_reasoning += delta.reasoning;
        if (m_state == State::Connecting)
            setState(State::Thinking);
        m_pendingReasoning += delta.reasoning;
    }
    if (!delta.text.isEmpty()) {
        ++m_deltaCount;
        m_text += delta.text;
        if (m_state != State::Streaming)
            setState(State::Streaming);
        m_pendingText += delta.text;
    }
    if (m_text.size() + m_reasoning.size() > m_config.maxAnswerChars && !isFinished()) {
        m_attemptLive = false;
        m_stream.abort();
        ProviderError error;
        error.code = ErrorCode::ServerError;
        error.message = tr("The answer passed the limit of %L1 characters and was stopped; the "
                           "server may be ignoring max_tokens. The text so far is kept.")
                            .arg(m_config.maxAnswerChars);
        fail(error);
        return;
    }
    if (delta.usage) {
        // Gemini repeats its counts in every chunk: they are told with the read's text.
        if (delta.usage->input >= 0)
            m_usage.input = delta.usage->input;
        if (delta.usage->output >= 0)
            m_usage.output = delta.usage->output;
        m_usagePending = true;
    }
    if (!delta.finishReason.isEmpty())
        m_finishReason = delta.finishReason;
    if (delta.streamEnd)
        m_streamEnded = true;
    if (delta.error.isError()) {
        m_attemptLive = false;
        m_stream.abort();
        failOrRetry(delta.error);
    }
}

void ModelRun::onHttpFinished()
{
    if (isFinished())
        return;
    if (m_errorResponse) {
        mapErrorResponse();
        return;
    }
    m_decoder->finish();
    emitPending();
    if (isFinished())
        return;
    if (m_streamEnded || !m_finishReason.isEmpty()) {
        finish(State::Done);
        return;
    }
    ProviderError error;
    error.code = ErrorCode::NetworkError;
    error.message = tr("The connection closed before the answer was complete.");
    failOrRetry(error);
}

void ModelRun::mapErrorResponse()
{
    const ProviderError error = m_protocol->httpError(m_stream.responseHead(), m_errorBody);
    // A model that rejects a parameter gets the request again in the form it accepts.
    if (m_protocol->adaptToRejection(error, m_adaptations)) {
        qCInfo(lcEngine) << m_config.ref.toString() << "adapting request after:" << error.message;
        sendAttempt();
        return;
    }
    failOrRetry(error);
}

void ModelRun::onHttpFailed(ErrorCode code, const QString &message)
{
    if (isFinished())
        return;
    ProviderError error;
    error.code = code;
    error.message = message;
    failOrRetry(error);
}

void ModelRun::failOrRetry(ProviderError error)
{
    const bool tokensReceived = m_ttftMs >= 0;
    if (!m_config.retry.shouldRetry(error.code, m_attempts, tokensReceived, error.retryAfterMs)) {
        if (m_config.retry.waitTooLong(error.retryAfterMs)) {
            //: %1 is a wait such as "3 h 20 min" or "34 d".
            error.message +=
                QLatin1Char(' ') +
                tr("(The provider asks to retry after %1.)").arg(waitText(*error.retryAfterMs));
        }
        fail(error);
        return;
    }
    m_firstTokenTimer.stop(); // The next attempt starts its own.
    const int delay =
        m_config.retry.delayMs(m_attempts, error.retryAfterMs, QRandomGenerator::global());
    qCInfo(lcEngine) << m_config.ref.toString() << errorCodeName(error.code) << "- retrying in"
                     << delay << "ms";
    m_error = error; // Shown while waiting; replaced by the outcome of the next attempt.
    Q_EMIT retryScheduled(m_attempts + 1, delay, error.code);
    m_retryTimer.start(delay);
}

void ModelRun::fail(ProviderError error)
{
    if (isFinished())
        return;
    m_error = explained(std::move(error));
    finish(State::Error);
}

ProviderError ModelRun::explained(ProviderError error) const
{
    const bool refused =
        error.code == ErrorCode::AuthenticationFailed || error.code == ErrorCode::PermissionDenied;
    if (!refused || !m_config.apiKey.isEmpty())
        return error;
    QString why = m_config.provider.keyEnv.isEmpty()
                      ? tr("No API key is set for %1: add one in Settings (it is kept in the "
                           "system keychain).")
                            .arg(m_config.provider.name)
                      : tr("No API key is set for %1: add one in Settings (it is kept in the "
                           "system keychain) or set %2.")
                            .arg(m_config.provider.name, m_config.provider.keyEnv);
    if (!m_config.keyNote.isEmpty())
        why += QLatin1Char(' ') + m_config.keyNote;
    error.message = error.message.isEmpty() ? why : why + QLatin1Char(' ') + error.message;
    return error;
}

void ModelRun::finish(State state)
{
    m_firstTokenTimer.stop();
    m_retryTimer.stop();
    m_endMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (state == State::Done)
        m_error = {};
    setState(state);
    Q_EMIT finished();
}

void ModelRun::setState(State state)
{
    if (m_state == state)
        return;
    emitPending(); // What came before the change is told before it.
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ModelRun::emitPending()
{
    // Taken out first: a receiver may cancel, and a cancel sets the state, which comes here.
    if (!m_pendingReasoning.isEmpty())
        Q_EMIT reasoningAppended(std::exchange(m_pendingReasoning, QString()));
    if (!m_pendingText.isEmpty())
        Q_EMIT textAppended(std::exchange(m_pendingText, QString()));
    if (std::exchange(m_usagePending, false))
        Q_EMIT usageChanged();
}

} // namespace coro
