#pragma once

#include "secretstore.h"

#include <QHash>

namespace coro {

/**
 * @brief Keeps secrets in this process's memory only: for tests, and for a key the user chose
 *        to keep for this session when no keychain is available. Nothing is ever written out.
 */
class MemorySecretStore : public SecretStore
{
public:
    void read(const QString &providerId, Callback done) override;
    void write(const QString &providerId, const QString &secret, Callback done) override;
    void remove(const QString &providerId, Callback done) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace coro
