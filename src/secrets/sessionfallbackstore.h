#pragma once

#include "memorysecretstore.h"
#include "secretstore.h"

#include <memory>

namespace coro {

/**
 * @brief The app's key store: keys the user keeps for this session only (in memory, never
 *        written anywhere) layered over the system keychain, so a key works even where no
 *        keychain answers.
 *
 * Reads try the session keys first, then the keychain. write() goes to the keychain only:
 * when it is unavailable the caller tells the user and may offer keepForSession(); there is
 * no plaintext fallback.
 */
class SessionFallbackStore : public SecretStore
{
public:
    /// @param keychain the persistent store (not owned); must outlive this one.
    explicit SessionFallbackStore(SecretStore *keychain) : m_keychain(keychain) {}

    void read(const QString &providerId, Callback done) override;
    /// Stores in the keychain; once it has, a session key for the provider is forgotten so the
    /// stored one is used.
    void write(const QString &providerId, const QString &secret, Callback done) override;
    /// Forgets the session key and removes the keychain entry; a missing entry is no failure.
    void remove(const QString &providerId, Callback done) override;

    /// Keeps @p secret in this process's memory until it ends.
    void keepForSession(const QString &providerId, const QString &secret);
    bool hasSessionKey(const QString &providerId) const;

private:
    SecretStore *m_keychain;
    /// Shared with pending keychain callbacks, which may answer after this store is gone.
    std::shared_ptr<MemorySecretStore> m_session = std::make_shared<MemorySecretStore>();
};

} // namespace coro
