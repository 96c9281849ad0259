#pragma once

#include "secretstore.h"

#include <QString>
#include <functional>
#include <optional>

namespace coro {

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

    using Callback = std::function<void(const Resolution &)>;

    explicit ApiKeyResolver(SecretStore *store) : m_store(store) {}

    /// Calls @p done once the key is known: at once for the environment, when the keychain
    /// answers (over IPC) otherwise. Never blocks; for the app and ChatSession.
    void resolve(const QString &providerId, const QString &keyEnv, Callback done) const;
    /// Blocks on the keychain (spins a local event loop): for command-line use only.
    Resolution resolveNow(const QString &providerId, const QString &keyEnv) const;

private:
    static std::optional<Resolution> fromEnvironment(const QString &keyEnv);
    static Resolution fromStore(const SecretStore::Result &result);

    SecretStore *m_store;
};

} // namespace coro
