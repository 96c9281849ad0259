#pragma once

#include "core/providererror.h"
#include "net/httprequest.h"

#include <QJsonObject>
#include <QUrl>
#include <optional>

namespace coro::errormapping {

/// The code a bare HTTP status means when the body says nothing more specific.
ErrorCode codeForStatus(int status);

/// Retry-After in milliseconds from `retry-after-ms` or `retry-after` (seconds or HTTP date),
/// bounded to [0, ProviderError::kMaxRetryAfterMs]; nullopt when absent or unreadable.
std::optional<qint64> retryAfterMs(const HttpResponseHead &head);

/// A Go-style duration such as "27s" or "1.5s" (Gemini RetryInfo.retryDelay) in milliseconds,
/// bounded like retryAfterMs().
std::optional<qint64> parseDurationMs(QStringView text);

/// Parses @p body as a JSON object; an empty object when it is not one.
QJsonObject parseObject(QByteArrayView body);

/// An error reported inside a stream that already answered 200: when the body did not say
/// what kind it is, it is the server's fault (server_error), so the engine can act on it.
ProviderError inStream(ProviderError error);

/// A readable fallback message for a status whose body was not understood.
QString statusMessage(int status, QByteArrayView body);

/// Starts an error from the status line: code by status, retry-after, the given request id header.
ProviderError fromHead(const HttpResponseHead &head, QByteArrayView requestIdHeader);

/// base + "/" + path, with exactly one slash between them and base's query dropped.
QUrl join(const QUrl &base, QStringView path);

} // namespace coro::errormapping
