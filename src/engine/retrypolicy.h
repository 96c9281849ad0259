#pragma once

#include "core/errorcode.h"

#include <QtGlobal>

#include <optional>

class QRandomGenerator;

namespace coro {

/**
 * @brief When a failed request is sent again, and after how long.
 *
 * Only transient failures (rate_limited, model_overloaded, server_error, network_error) are
 * retried, and only before the first token arrived: once text is on screen, a retry would
 * replace what the user is reading. Delays grow exponentially with jitter, and a server's
 * Retry-After wins when it asks for longer.
 */
struct RetryPolicy
{
    int maxAttempts = 4;         ///< Including the first request.
    int baseDelayMs = 1000;      ///< Delay before the second attempt, before jitter.
    int maxDelayMs = 30000;      ///< Cap for the computed backoff.
    int maxRetryAfterMs = 60000; ///< A server asking for a longer wait is not retried.
    double jitter = 0.25;        ///< Each delay is scaled by a random factor in [1-j, 1+j].

    /// Whether attempt number @p attemptsMade + 1 should be made after @p code.
    bool shouldRetry(ErrorCode code, int attemptsMade, bool tokensReceived,
                     std::optional<qint64> retryAfterMs) const;

    /// Whether the server asked for a longer wait than this policy spends on a retry.
    bool waitTooLong(std::optional<qint64> retryAfterMs) const
    {
        return retryAfterMs && *retryAfterMs > maxRetryAfterMs;
    }

    /// Milliseconds to wait after attempt @p attemptsMade (1-based) failed; never negative and
    /// never more than max(maxDelayMs, maxRetryAfterMs) plus its jitter.
    int delayMs(int attemptsMade, std::optional<qint64> retryAfterMs,
                QRandomGenerator *random) const;
};

} // namespace coro
