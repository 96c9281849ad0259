#include "retrypolicy.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace coro {

bool RetryPolicy::shouldRetry(ErrorCode code, int attemptsMade, bool tokensReceived,
                              std::optional<qint64> retryAfterMs) const
{
    if (tokensReceived || attemptsMade >= maxAttempts || !isTransient(code))
        return false;
    return !waitTooLong(retryAfterMs);
}

int RetryPolicy::delayMs(int attemptsMade, std::optional<qint64> retryAfterMs,
                         QRandomGenerator *random) const
{
    if (retryAfterMs) { // The server knows best: wait what it asked, plus a little spread.
        const int wait = static_cast<int>(std::clamp<qint64>(*retryAfterMs, 0, maxRetryAfterMs));
        return wait + static_cast<int>(random->bounded(wait / 10 + 1));
    }
    const int exponent = std::clamp(attemptsMade - 1, 0, 20);
    const double backoff = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, exponent));
    const double factor = 1.0 + jitter * (2.0 * random->generateDouble() - 1.0);
    const int jittered = static_cast<int>(std::lround(backoff * factor));
    return std::max(0, jittered);
}

} // namespace coro
