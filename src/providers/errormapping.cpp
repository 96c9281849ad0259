#include "errormapping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

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

namespace {
// A count of @p factor-millisecond units as a bounded wait; nullopt for what is not a number.
std::optional<qint64> boundedMs(double value, double factor)
{
    if (std::isnan(value) || value < 0)
        return std::nullopt;
    const double ms = value * factor; // inf stays inf and is cut to the bound below
    if (ms >= double(ProviderError::kMaxRetryAfterMs))
        return ProviderError::kMaxRetryAfterMs;
    return static_cast<qint64>(std::ceil(ms));
}

std::optional<qint64> numberMs(QByteArrayView text, double factor)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? boundedMs(value, factor) : std::nullopt;
}
} // namespace

std::optional<qint64> parseDurationMs(QStringView text)
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
    return ok ? boundedMs(value, factor) : std::nullopt;
}

std::optional<qint64> retryAfterMs(const HttpResponseHead &head)
{
    if (const QByteArray ms = head.header("retry-after-ms"); !ms.isEmpty()) {
        if (const auto wait = numberMs(ms, 1.0))
            return wait;
    }
    const QByteArray after = head.header("retry-after").trimmed();
    if (after.isEmpty())
        return std::nullopt;
    if (const auto wait = numberMs(after, 1000.0))
        return wait;
    // An HTTP date (RFC 9110 IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"). Qt 6.4's
    // RFC 2822 parser wants a numeric zone; HTTP dates are always in GMT.
    QString date = QString::fromLatin1(after);
    if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
        date = date.chopped(3) + QLatin1String("+0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(when);
    return std::clamp<qint64>(wait, 0, ProviderError::kMaxRetryAfterMs);
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
