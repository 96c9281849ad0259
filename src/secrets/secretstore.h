#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace coro {

/**
 * @brief Where API keys live: one secret per provider id, never in a file of ours.
 *
 * Operations are asynchronous because the OS keychain answers over IPC; the callback runs
 * on the caller's thread once the store has answered.
 */
class SecretStore
{
public:
    struct Result
    {
        enum class Status {
            Ok,
            NotFound,    ///< No secret stored under that id.
            Unavailable, ///< No keychain service answered (headless, locked, no D-Bus).
            Failed,      ///< The keychain answered with another error.
        };
        Status status = Status::Ok;
        QString secret;       ///< The secret for a successful read; empty otherwise.
        QString errorMessage; ///< What the user should be told when status is not Ok.

        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    virtual ~SecretStore() = default;

    virtual void read(const QString &providerId, Callback done) = 0;
    virtual void write(const QString &providerId, const QString &secret, Callback done) = 0;
    virtual void remove(const QString &providerId, Callback done) = 0;

    /// Blocking read for command-line use: spins a local event loop until the store answers.
    Result readNow(const QString &providerId);
};

} // namespace coro
