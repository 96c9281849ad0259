#pragma once

#include <QString>
#include <optional>

namespace coro {

/**
 * @brief The one code every failure maps to, whichever provider or layer it came from.
 *
 * The spelling of each code (errorCodeName) is part of coro-cli's JSON contract.
 */
enum class ErrorCode {
    None,
    AuthenticationFailed,
    PermissionDenied,
    ModelNotFound,
    RateLimited,
    QuotaExceeded,
    Timeout,
    ModelOverloaded,
    InvalidRequest,
    NetworkError,
    ServerError,
    ContentFiltered,
    Cancelled,
    UnknownError,
};

/// The stable snake_case name, e.g. "rate_limited"; "" for None.
QString errorCodeName(ErrorCode code);

/// Inverse of errorCodeName; nullopt for an unknown name.
std::optional<ErrorCode> errorCodeFromName(QStringView name);

/// Whether a failure with this code may succeed when the same request is sent again later.
bool isTransient(ErrorCode code);

} // namespace coro
