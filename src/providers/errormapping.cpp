#include "errormapping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

namespace coro::errormapping {

ErrorCode codeForStatus(int status)
{
    switch (status) {
    case 400:
    case 413:
    case 422:
        return ErrorCode::InvalidRequest;
    case 401:
        return ErrorCode::AuthenticationFailed;
    case 402:
        return ErrorCode::QuotaExceeded;
    case 403:
        return ErrorCode::PermissionDenied;
    case 404:
        return ErrorCode::ModelNotFound;
    case 408:
    case 504:
        return ErrorCode::Timeout;
    case 429:
        return ErrorCode::RateLimited;
    case 503:
    case 529:
        return ErrorCode::ModelOverloaded;
    default:
        break;
    }
    if (status >= 500)
        return ErrorCode::ServerError;
    if (status >= 400)
        return ErrorCode::InvalidRequest;
    return ErrorCode::UnknownError;
}

std::optional<int> parseDurationMs(QStringView text)
{
    text = text.trimmed();
    double factor = 1000.0;
    if (text.endsWith(QLatin1String("ms"))) {
        factor = 1.0;
        text.chop(2);
    } else if (text.endsWith(QLatin1Char('s'))) {
        text.chop(1);
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return static_cast<int>(value * factor);
}

std::optional<int> retryAfterMs(const HttpResponseHead &head)
{
    bool ok = false;
    if (const QByteArray ms = head.header("retry-after-ms"); !ms.isEmpty()) {
        const double value = ms.trimmed().toDouble(&ok);
        if (ok && value >= 0)
            return static_cast<int>(value);
    }
    const QByteArray after = head.header("retry-after").trimmed();
    if (after.isEmpty())
        return std::nullopt;
    const double seconds = after.toDouble(&ok);
    if (ok && seconds >= 0)
        return static_cast<int>(seconds * 1000);
    // An HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(after).chopped(4),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return static_cast<int>(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(utc)));
}

QJsonObject parseObject(QByteArrayView body)
{
    // fromRawData: no copy of the event, which is parsed once and dropped (hot path).
    return QJsonDocument::fromJson(QByteArray::fromRawData(body.data(), body.size())).object();
}

ProviderError inStream(ProviderError error)
{
    if (error.code == ErrorCode::None || error.code == ErrorCode::UnknownError)
        error.code = ErrorCode::ServerError;
    return error;
}

QString statusMessage(int status, QByteArrayView body)
{
    const QByteArray text =
        body.trimmed().first(std::min<qsizetype>(300, body.trimmed().size())).toByteArray();
    if (text.isEmpty())
        return QCoreApplication::translate("ProviderError", "The server answered HTTP %1.")
            .arg(status);
    return QCoreApplication::translate("ProviderError", "The server answered HTTP %1: %2")
        .arg(status)
        .arg(QString::fromUtf8(text));
}

ProviderError fromHead(const HttpResponseHead &head, QByteArrayView requestIdHeader)
{
    ProviderError error;
    error.httpStatus = head.status;
    error.code = codeForStatus(head.status);
    error.retryAfterMs = retryAfterMs(head);
    if (!requestIdHeader.isEmpty())
        error.requestId = QString::fromLatin1(head.header(requestIdHeader));
    return error;
}

QUrl join(const QUrl &base, QStringView path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    QStringView tail = path;
    while (tail.startsWith(QLatin1Char('/')))
        tail = tail.mid(1);
    url.setQuery(QString());
    url.setPath(basePath + QLatin1Char('/') + tail);
    return url;
}

} // namespace coro::errormapping
