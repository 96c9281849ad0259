#include "errorcode.h"

#include <array>
#include <utility>

namespace coro {

namespace {
constexpr std::array<std::pair<ErrorCode, const char *>, 13> kNames{{
    {ErrorCode::AuthenticationFailed, "authentication_failed"},
    {ErrorCode::PermissionDenied, "permission_denied"},
    {ErrorCode::ModelNotFound, "model_not_found"},
    {ErrorCode::RateLimited, "rate_limited"},
    {ErrorCode::QuotaExceeded, "quota_exceeded"},
    {ErrorCode::Timeout, "timeout"},
    {ErrorCode::ModelOverloaded, "model_overloaded"},
    {ErrorCode::InvalidRequest, "invalid_request"},
    {ErrorCode::NetworkError, "network_error"},
    {ErrorCode::ServerError, "server_error"},
    {ErrorCode::ContentFiltered, "content_filtered"},
    {ErrorCode::Cancelled, "cancelled"},
    {ErrorCode::UnknownError, "unknown_error"},
}};
} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &[c, name] : kNames) {
        if (c == code)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ErrorCode> errorCodeFromName(QStringView name)
{
    for (const auto &[c, n] : kNames) {
        if (name == QLatin1String(n))
            return c;
    }
    return std::nullopt;
}

bool isTransient(ErrorCode code)
{
    switch (code) {
    case ErrorCode::RateLimited:
    case ErrorCode::ModelOverloaded:
    case ErrorCode::ServerError:
    case ErrorCode::NetworkError:
        return true;
    default:
        return false;
    }
}

} // namespace coro
