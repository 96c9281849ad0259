#pragma once

#include "core/providererror.h"
#include "net/httprequest.h"
#include "net/httpstream.h"
#include "secrets/apikeyresolver.h"
#include "transcriptionmodels.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace coro {

/**
 * @brief Turns a recording into text through an OpenAI-compatible
 *        POST {base_url}/audio/transcriptions: a multipart form with the file and the model
 *        (OpenAI's whisper-1 / gpt-4o-mini-transcribe, Groq's whisper-large-v3, a local server).
 *
 * Bounded: files up to kMaxFileBytes (the providers' limit), an answer up to
 * kMaxResponseBytes, one deadline for the whole request. Keys resolve like providers' and are
 * never logged; errors are mapped as for chat (the OpenAI error shape).
 */
class Transcriber : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxFileBytes = 25 * 1024 * 1024;
    static constexpr qsizetype kMaxResponseBytes = 1024 * 1024;
    static constexpr int kDefaultTimeoutMs = 120000;

    struct Audio
    {
        QByteArray bytes;
        QString fileName;
        QByteArray mimeType;
    };
    struct Result
    {
        bool ok = false;
        QString text;
        ProviderError error;
    };
    using Done = std::function<void(const Result &)>;

    /// The file at @p path, when it is an audio format the APIs take and small enough.
    static std::optional<Audio> readFile(const QString &path, QString *error);
    /// The request for @p audio (pure; what goes on the wire).
    static HttpRequest request(const TranscriptionTarget &target, const Audio &audio,
                               const QString &language, const QString &apiKey);
    /// The text in a 2xx answer ({"text": ...}, with or without Groq's x_groq), or the error.
    static Result parse(const HttpResponseHead &head, const QByteArray &body);

    Transcriber(ApiKeyResolver *keys, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Transcriber() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// @p language: ISO-639-1 hint ("de"), or empty to let the model tell. @p done runs once,
    /// later. A second call cancels the first, whose @p done is then not called.
    void transcribe(const TranscriptionTarget &target, const Audio &audio, const QString &language,
                    Done done);
    void cancel();
    bool isRunning() const { return m_stream != nullptr; }

private:
    void send(const TranscriptionTarget &target, const Audio &audio, const QString &language,
              const ApiKeyResolver::Resolution &key);
    void finish(const Result &result);

    ApiKeyResolver *m_keys;
    QNetworkAccessManager *m_network;
    QPointer<HttpStream> m_stream;
    Done m_done;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_generation = 0;
};

} // namespace coro
