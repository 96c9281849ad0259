#include "apikeyresolver.h"

namespace coro {

std::optional<ApiKeyResolver::Resolution> ApiKeyResolver::fromEnvironment(const QString &keyEnv)
{
    if (keyEnv.isEmpty())
        return std::nullopt;
    Resolution resolution;
    resolution.key = qEnvironmentVariable(keyEnv.toLocal8Bit().constData()).trimmed();
    if (resolution.key.isEmpty())
        return std::nullopt;
    resolution.source = QStringLiteral("env");
    return resolution;
}

ApiKeyResolver::Resolution ApiKeyResolver::fromStore(const SecretStore::Result &result)
{
    Resolution resolution;
    if (result.ok() && !result.secret.isEmpty()) {
        resolution.key = result.secret;
        resolution.source = QStringLiteral("keychain");
    } else if (result.status != SecretStore::Result::Status::NotFound) {
        resolution.note = result.errorMessage;
    }
    return resolution;
}

void ApiKeyResolver::resolve(const QString &providerId, const QString &keyEnv, Callback done) const
{
    if (const auto fromEnv = fromEnvironment(keyEnv)) {
        done(*fromEnv);
        return;
    }
    if (!m_store) {
        done({});
        return;
    }
    m_store->read(providerId, [done = std::move(done)](const SecretStore::Result &result) {
        done(fromStore(result));
    });
}

ApiKeyResolver::Resolution ApiKeyResolver::resolveNow(const QString &providerId,
                                                      const QString &keyEnv) const
{
    if (const auto fromEnv = fromEnvironment(keyEnv))
        return *fromEnv;
    return m_store ? fromStore(m_store->readNow(providerId)) : Resolution{};
}

} // namespace coro
