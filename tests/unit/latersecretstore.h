#pragma once

#include "secrets/secretstore.h"

#include <QTimer>

namespace coro::test {

/**
 * @brief A keychain that answers from the event loop, as the OS keychain does over D-Bus:
 *        "sk-later-<provider id>" for every provider, except "locked", which is unavailable.
 */
class LaterSecretStore : public SecretStore
{
public:
    void read(const QString &providerId, Callback done) override
    {
        ++m_reads;
        Result result;
        if (providerId == QStringLiteral("locked")) {
            result.status = Result::Status::Unavailable;
            result.errorMessage = QStringLiteral("The keychain is locked.");
        } else {
            result.secret = QStringLiteral("sk-later-") + providerId;
        }
        QTimer::singleShot(10, [done, result] { done(result); });
    }
    void write(const QString &, const QString &, Callback done) override { done({}); }
    void remove(const QString &, Callback done) override { done({}); }

    int reads() const { return m_reads; }

private:
    int m_reads = 0;
};

} // namespace coro::test
