#include "memorysecretstore.h"

namespace coro {

void MemorySecretStore::read(const QString &providerId, Callback done)
{
    Result result;
    const auto it = m_secrets.constFind(providerId);
    if (it == m_secrets.cend())
        result.status = Result::Status::NotFound;
    else
        result.secret = *it;
    done(result);
}

void MemorySecretStore::write(const QString &providerId, const QString &secret, Callback done)
{
    m_secrets.insert(providerId, secret);
    done({});
}

void MemorySecretStore::remove(const QString &providerId, Callback done)
{
    m_secrets.remove(providerId);
    done({});
}

} // namespace coro
