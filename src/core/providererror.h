#pragma once

#include "errorcode.h"

#include <QString>
#include <optional>

namespace coro {

/**
 * @brief A failure as a user sees it: one code, plus the provider's own words for the details view.
 */
struct ProviderError
{
    /// Longer waits are kept as this (a year): already far past any retry budget.
    static constexpr qint64 kMaxRetryAfterMs = 365LL * 24 * 3600 * 1000;

    ErrorCode code = ErrorCode::None;
    QString message;    ///< The provider's (or our) human-readable explanation.
    QString requestId;  ///< The provider's request id, when it sent one.
    int httpStatus = 0; ///< 0 when the failure did not come with an HTTP status.
    /// The wait the provider asked for, if any: never negative, at most kMaxRetryAfterMs.
    std::optional<qint64> retryAfterMs;
    QString parameter;    ///< The request parameter the provider rejected, when it named one.
    QString providerCode; ///< The provider's own error code string (e.g. "unsupported_parameter").

    bool isError() const { return code != ErrorCode::None; }
};

} // namespace coro
