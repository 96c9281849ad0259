#include "apikeyresolver.h"
#include "secretstore.h"

namespace coro {

ApiKeyResolver::Resolution ApiKeyResolver::resolve(const QString &providerId,
                                                   const QString &keyEnv) const
{
    Resolution resolution;
    if (!keyEnv.isEmpty()) {
        resolution.key = qEnvironmentVariable(keyEnv.toLocal8Bit().constData()).trimmed();
        if (!resolution.key.isEmpty()) {
            resolution.source = QStringLiteral("env");
            return resolution;
        }
    }
    if (!m_store)
        return resolution;
    const SecretStore::Result result = m_store->readNow(providerId);
    if (result.ok() && !result.secret.isEmpty()) {
        resolution.key = result.secret;
        resolution.source = QStringLiteral("keychain");
    } else if (result.status != SecretStore::Result::Status::NotFound) {
        resolution.note = result.errorMessage;
    }
    return resolution;
}

} // namespace coro
