#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace coro {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/**
 * @brief A request as a provider protocol describes it: pure data, sent later by HttpStream.
 */
struct HttpRequest
{
    enum class Method { Get, Post };

    Method method = Method::Post;
    QUrl url;
    HttpHeaders headers;
    QByteArray body;

    /// Case-insensitive header lookup; empty when absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (name.compare(key, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
};

/**
 * @brief Status line and headers of a response, as the protocol's error mapping needs them.
 */
struct HttpResponseHead
{
    int status = 0;
    HttpHeaders headers;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (name.compare(key, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace coro
