#include "transcriber.h"
#include "multipartform.h"
#include "net/httpstream.h"
#include "providers/errormapping.h"
#include "providers/providerprotocol.h"
#include "transcriptionlogging.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace coro {

namespace {
// The formats OpenAI and Groq document, by file suffix.
QByteArray mimeTypeFor(const QString &suffix)
{
    static const QHash<QString, QByteArray> types = {
        {QStringLiteral("flac"), "audio/flac"}, {QStringLiteral("mp3"), "audio/mpeg"},
        {QStringLiteral("mpeg"), "audio/mpeg"}, {QStringLiteral("mpga"), "audio/mpeg"},
        {QStringLiteral("mp4"), "audio/mp4"},   {QStringLiteral("m4a"), "audio/mp4"},
        {QStringLiteral("ogg"), "audio/ogg"},   {QStringLiteral("oga"), "audio/ogg"},
        {QStringLiteral("opus"), "audio/ogg"},  {QStringLiteral("wav"), "audio/wav"},
        {QStringLiteral("webm"), "audio/webm"},
    };
    return types.value(suffix.toLower());
}
} // namespace

std::optional<Transcriber::Audio> Transcriber::readFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QByteArray mimeType = mimeTypeFor(info.suffix());
    if (mimeType.isEmpty()) {
        *error = tr("%1: not an audio format the transcription APIs take (flac, mp3, mp4, m4a, "
                    "mpeg, mpga, ogg, opus, wav, webm).")
                     .arg(info.fileName());
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        *error = tr("%1 is %2 MB; transcription takes files up to %3 MB.")
                     .arg(info.fileName())
                     .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                     .arg(kMaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    Audio audio{file.read(kMaxFileBytes + 1), info.fileName(), mimeType};
    if (audio.bytes.size() > kMaxFileBytes) { // It grew while we looked.
        *error = tr("%1 is larger than %2 MB.").arg(info.fileName()).arg(kMaxFileBytes >> 20);
        return std::nullopt;
    }
    if (audio.bytes.isEmpty()) {
        *error = tr("%1 is empty.").arg(info.fileName());
        return std::nullopt;
    }
    return audio;
}

HttpRequest Transcriber::request(const TranscriptionTarget &target, const Audio &audio,
                                 const QString &language, const QString &apiKey)
{
    MultipartForm form;
    form.addFile("file", audio.fileName, audio.mimeType, audio.bytes);
    form.addField("model", target.model);
    form.addField("response_format", QStringLiteral("json"));
    if (!language.isEmpty())
        form.addField("language", language);
    HttpRequest http;
    http.url = errormapping::join(target.provider.baseUrl, u"audio/transcriptions");
    http.addHeader("Content-Type", form.contentType());
    http.addHeader("Accept", "application/json");
    if (!apiKey.isEmpty())
        http.addHeader("Authorization", "Bearer " + apiKey.toUtf8());
    http.body = form.body();
    return http;
}

Transcriber::Result Transcriber::parse(const HttpResponseHead &head, const QByteArray &body)
{
    Result result;
    if (head.status < 200 || head.status >= 300) {
        result.error = ProviderProtocol::create(ProtocolKind::OpenAi)->httpError(head, body);
        return result;
    }
    const QJsonValue text = errormapping::parseObject(body).value(QLatin1String("text"));
    if (!text.isString()) {
        result.error.code = ErrorCode::ServerError;
        result.error.message = tr("The answer held no transcription text.");
        return result;
    }
    result.ok = true;
    result.text = text.toString().trimmed();
    return result;
}

Transcriber::Transcriber(ApiKeyResolver *keys, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_keys(keys), m_network(network)
{}

Transcriber::~Transcriber()
{
    m_done = nullptr;
    cancel();
}

void Transcriber::cancel()
{
    ++m_generation;
    if (m_stream) {
        m_stream->abort();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
}

void Transcriber::transcribe(const TranscriptionTarget &target, const Audio &audio,
                             const QString &language, Done done)
{
    cancel();
    m_done = std::move(done);
    const int generation = m_generation;
    if (!m_keys) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, target, audio, language] {
                if (generation == m_generation)
                    send(target, audio, language, {});
            },
            Qt::QueuedConnection);
        return;
    }
    const QPointer<Transcriber> self(this);
    m_keys->resolve(
        target.provider.id, target.provider.keyEnv,
        [self, generation, target, audio, language](const ApiKeyResolver::Resolution &key) {
            Transcriber *transcriber = self.data();
            if (transcriber && generation == transcriber->m_generation)
                transcriber->send(target, audio, language, key);
        });
}

void Transcriber::send(const TranscriptionTarget &target, const Audio &audio,
                       const QString &language, const ApiKeyResolver::Resolution &key)
{
    auto *stream = new HttpStream(m_network, this);
    m_stream = stream;
    auto body = std::make_shared<QByteArray>();
    connect(stream, &HttpStream::dataReceived, this, [this, stream, body](const QByteArray &bytes) {
        body->append(bytes);
        if (body->size() > kMaxResponseBytes && stream == m_stream) {
            Result result;
            result.error.code = ErrorCode::ServerError;
            result.error.message =
                tr("The transcription answer is larger than %1 MB; it was not read.")
                    .arg(kMaxResponseBytes >> 20);
            finish(result);
        }
    });
    connect(stream, &HttpStream::finished, this, [this, stream, body, note = key.note] {
        if (stream != m_stream)
            return;
        Result result = parse(stream->responseHead(), *body);
        const int status = stream->responseHead().status;
        if (!result.ok && (status == 401 || status == 403) && !note.isEmpty())
            result.error.message += QStringLiteral(" (%1)").arg(note);
        finish(result);
    });
    connect(stream, &HttpStream::failed, this,
            [this, stream](ErrorCode code, const QString &message) {
                if (stream != m_stream)
                    return;
                Result result;
                result.error.code = code;
                result.error.message = message;
                finish(result);
            });
    HttpStream::Timeouts timeouts;
    timeouts.totalMs = m_timeoutMs;
    timeouts.idleMs = m_timeoutMs;
    qCDebug(lcTranscription) << "transcribing" << audio.bytes.size() << "bytes with"
                             << target.ref().toString();
    stream->start(request(target, audio, language, key.key), timeouts);
}

void Transcriber::finish(const Result &result)
{
    Done done = std::exchange(m_done, nullptr);
    cancel();
    if (done)
        done(result);
}

} // namespace coro
