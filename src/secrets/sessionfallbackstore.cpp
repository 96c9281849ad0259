#include "sessionfallbackstore.h"

namespace coro {

void SessionFallbackStore::read(const QString &providerId, Callback done)
{
    Result fromSession;
    m_session->read(providerId, [&fromSession](const Result &result) { fromSession = result; });
    if (fromSession.ok()) {
        done(fromSession);
        return;
    }
    m_keychain->read(providerId, std::move(done));
}

void SessionFallbackStore::write(const QString &providerId, const QString &secret, Callback done)
{
    std::weak_ptr<MemorySecretStore> session = m_session;
    m_keychain->write(providerId, secret,
                      [session, providerId, done = std::move(done)](const Result &result) {
                          if (const auto alive = session.lock(); alive && result.ok())
                              alive->remove(providerId, [](const Result &) {});
                          done(result);
                      });
}

void SessionFallbackStore::remove(const QString &providerId, Callback done)
{
    const bool hadSessionKey = hasSessionKey(providerId);
    m_session->remove(providerId, [](const Result &) {});
    m_keychain->remove(providerId, [hadSessionKey, done = std::move(done)](Result result) {
        // Nothing stored is what the user asked for; and a keychain that cannot be reached
        // cannot hold the session key that was just forgotten.
        if (result.status == Result::Status::NotFound ||
            (hadSessionKey && result.status == Result::Status::Unavailable)) {
            result = {};
        }
        done(result);
    });
}

void SessionFallbackStore::keepForSession(const QString &providerId, const QString &secret)
{
    m_session->write(providerId, secret, [](const Result &) {});
}

bool SessionFallbackStore::hasSessionKey(const QString &providerId) const
{
    bool found = false; // MemorySecretStore answers at once.
    m_session->read(providerId, [&found](const Result &result) { found = result.ok(); });
    return found;
}

} // namespace coro
