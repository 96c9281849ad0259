#include "faketranscription.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace coro::test {

namespace {
QByteArray headerOf(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// A quoted parameter of a Content-Disposition header: name="file" -> file.
QByteArray parameter(const QByteArray &header, const QByteArray &key)
{
    const QByteArray marker = key + "=\"";
    const qsizetype start = header.indexOf(marker);
    if (start < 0)
        return {};
    const qsizetype end = header.indexOf('"', start + marker.size());
    return end < 0 ? QByteArray() : header.mid(start + marker.size(), end - start - marker.size());
}

FakeResponse openAiError(int status, const QString &message, const char *code)
{
    const QJsonObject error{{QStringLiteral("message"), message},
                            {QStringLiteral("type"), QStringLiteral("invalid_request_error")},
                            {QStringLiteral("param"), QJsonValue()},
                            {QStringLiteral("code"), QLatin1String(code)}};
    return FakeResponse::json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), error}})
                                          .toJson(QJsonDocument::Compact));
}
} // namespace

bool FakeTranscription::handles(const QByteArray &method, const QString &path)
{
    return method == "POST" && path.endsWith(QLatin1String("/audio/transcriptions"));
}

QList<FakeTranscription::Part> FakeTranscription::parseMultipart(const QByteArray &contentType,
                                                                 const QByteArray &body)
{
    QList<Part> parts;
    const qsizetype at = contentType.indexOf("boundary=");
    if (!contentType.startsWith("multipart/form-data") || at < 0)
        return parts;
    const QByteArray delimiter = "--" + contentType.mid(at + 9).trimmed();
    qsizetype position = body.indexOf(delimiter);
    while (position >= 0) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--")
            break; // The closing delimiter.
        const qsizetype headEnd = body.indexOf("\r\n\r\n", position);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), position);
        if (headEnd < 0 || next < 0 || headEnd > next)
            return {};
        const QByteArray head = body.mid(position, headEnd - position);
        Part part;
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.toLower().startsWith("content-disposition:")) {
                part.name = parameter(trimmed, "name");
                part.fileName = parameter(trimmed, "filename");
            } else if (trimmed.toLower().startsWith("content-type:")) {
                part.contentType = trimmed.mid(13).trimmed();
            }
        }
        part.content = body.mid(headEnd + 4, next - headEnd - 4);
        parts.append(part);
        position = next + 2;
    }
    return parts;
}

QString FakeTranscription::expectedText(const QString &fileName, qsizetype bytes,
                                        const QString &model)
{
    return QStringLiteral("Transcribed %1 bytes of %2 with %3.").arg(bytes).arg(fileName, model);
}

FakeResponse FakeTranscription::respond(const HttpHeaders &headers, const QByteArray &body)
{
    if (headerOf(headers, "authorization") == "Bearer bad-key")
        return openAiError(401, QStringLiteral("Incorrect API key provided."), "invalid_api_key");
    const QList<Part> parts = parseMultipart(headerOf(headers, "content-type"), body);
    const Part *file = nullptr;
    QString model;
    for (const Part &part : parts) {
        if (part.name == "file" && !part.fileName.isEmpty())
            file = &part;
        else if (part.name == "model")
            model = QString::fromUtf8(part.content);
    }
    if (!file || file->content.isEmpty())
        return openAiError(400, QStringLiteral("file: Field required"), "invalid_value");
    if (model.isEmpty())
        return openAiError(400, QStringLiteral("model: Field required"), "invalid_value");
    static const QRegularExpression status(QStringLiteral("^http-(\\d{3})$"));
    if (const auto match = status.match(model); match.hasMatch())
        return openAiError(match.captured(1).toInt(), QStringLiteral("Scripted failure"),
                           "scripted");
    const QString text =
        expectedText(QString::fromUtf8(file->fileName), file->content.size(), model);
    QJsonObject answer{{QStringLiteral("text"), text}};
    if (model.startsWith(QLatin1String("whisper-large-v3"))) {
        // Groq: a leading space, x_groq, no usage.
        answer.insert(QStringLiteral("text"), QString(QLatin1Char(' ') + text));
        answer.insert(QStringLiteral("x_groq"),
                      QJsonObject{{QStringLiteral("id"), QStringLiteral("req_fake_groq")}});
    }
    return FakeResponse::json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

} // namespace coro::test
