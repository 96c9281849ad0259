#pragma once

#include "secrets/secretstore.h"

#include <QTimer>

namespace coro::test {

/**
 * @brief A keychain that never answers with a key, as on a desktop without D-Bus or Secret
 *        Service: every operation reports Unavailable, later, from the event loop.
 */
class UnavailableSecretStore : public SecretStore
{
public:
    void read(const QString &, Callback done) override { later(std::move(done)); }
    void write(const QString &, const QString &, Callback done) override
    {
        ++m_writes;
        later(std::move(done));
    }
    void remove(const QString &, Callback done) override { later(std::move(done)); }

    int writes() const { return m_writes; }

private:
    static void later(Callback done)
    {
        Result result;
        result.status = Result::Status::Unavailable;
        result.errorMessage = QStringLiteral("The system keychain is not available (no D-Bus).");
        QTimer::singleShot(5, [done = std::move(done), result] { done(result); });
    }

    int m_writes = 0;
};

} // namespace coro::test
