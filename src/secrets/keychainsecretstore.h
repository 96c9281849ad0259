#pragma once

#include "secretstore.h"

namespace coro {

/**
 * @brief Stores API keys in the operating system's keychain through QtKeychain
 *        (Secret Service on Linux, Keychain on macOS/iOS, Credential Manager on Windows).
 *
 * There is deliberately no plaintext fallback: when no keychain answers, operations report
 * Status::Unavailable and the caller tells the user.
 */
class KeychainSecretStore : public SecretStore
{
public:
    /// @param service groups our entries in the keychain, e.g. "Coro".
    explicit KeychainSecretStore(QString service = QStringLiteral("Coro"));

    void read(const QString &providerId, Callback done) override;
    void write(const QString &providerId, const QString &secret, Callback done) override;
    void remove(const QString &providerId, Callback done) override;

private:
    QString m_service;
};

} // namespace coro
