#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace coro {

/**
 * @brief A multipart/form-data body (RFC 7578) built in memory: text fields and one file.
 *
 * The boundary is random and checked against the content, so no part can end the body early.
 */
class MultipartForm
{
public:
    MultipartForm();

    void addField(const QByteArray &name, const QString &value);
    void addFile(const QByteArray &name, const QString &fileName, const QByteArray &mimeType,
                 const QByteArray &content);

    /// "multipart/form-data; boundary=…", for the Content-Type header.
    QByteArray contentType() const;
    /// The whole body, closing delimiter included.
    QByteArray body() const;

private:
    struct Part
    {
        QByteArray headers;
        QByteArray content;
    };
    static QByteArray quoted(const QString &text);

    QByteArray m_boundary;
    QList<Part> m_parts;
};

} // namespace coro
