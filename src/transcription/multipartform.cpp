#include "multipartform.h"

#include <QRandomGenerator>

namespace coro {

MultipartForm::MultipartForm()
{
    quint64 random[2];
    QRandomGenerator::global()->fillRange(random);
    m_boundary = "coro-" + QByteArray::number(random[0], 36) + QByteArray::number(random[1], 36);
}

QByteArray MultipartForm::quoted(const QString &text)
{
    // RFC 7578 §4.2: names travel in quotes; quotes and line breaks would end the header.
    QByteArray out = text.toUtf8();
    out.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    return '"' + out + '"';
}

void MultipartForm::addField(const QByteArray &name, const QString &value)
{
    m_parts.append({"Content-Disposition: form-data; name=" + quoted(QString::fromLatin1(name)),
                    value.toUtf8()});
}

void MultipartForm::addFile(const QByteArray &name, const QString &fileName,
                            const QByteArray &mimeType, const QByteArray &content)
{
    m_parts.append({"Content-Disposition: form-data; name=" + quoted(QString::fromLatin1(name)) +
                        "; filename=" + quoted(fileName) + "\r\nContent-Type: " + mimeType,
                    content});
}

QByteArray MultipartForm::contentType() const
{
    QByteArray boundary = m_boundary;
    // A file that happens to hold the boundary would cut the body: lengthen it until it does not.
    for (const Part &part : m_parts) {
        while (part.content.contains(boundary))
            boundary += "x";
    }
    return "multipart/form-data; boundary=" + boundary;
}

QByteArray MultipartForm::body() const
{
    const QByteArray type = contentType();
    const QByteArray boundary = type.mid(type.indexOf('=') + 1);
    QByteArray out;
    for (const Part &part : m_parts)
        out += "--" + boundary + "\r\n" + part.headers + "\r\n\r\n" + part.content + "\r\n";
    return out + "--" + boundary + "--\r\n";
}

} // namespace coro
