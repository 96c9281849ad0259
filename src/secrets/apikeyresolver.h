#pragma once

#include <QString>

namespace coro {

class SecretStore;

/**
 * @brief Finds the API key for a provider: the environment variable named by key_env first
 *        (for scripts and tests), then the keychain entry under the provider id.
 */
class ApiKeyResolver
{
public:
    struct Resolution
    {
        QString key;
        QString source; ///< "env" or "keychain"; empty when no key was found.
        QString note;   ///< Why no key could be read (e.g. the keychain is unavailable).
    };

    explicit ApiKeyResolver(SecretStore *store) : m_store(store) {}

    /// Blocks on the keychain for command-line use (spins a local event loop).
    Resolution resolve(const QString &providerId, const QString &keyEnv) const;

private:
    SecretStore *m_store;
};

} // namespace coro
