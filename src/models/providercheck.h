#pragma once

#include "core/providererror.h"
#include "providers/providerconfig.h"

#include <QObject>

class QNetworkAccessManager;

namespace coro {

class SecretStore;

/**
 * @brief Checks one provider the way a user means "does it work?": reads its key (environment
 *        or store), lists its models and says the outcome in words ("OK, 3 models", "The API
 *        key was rejected: ...").
 *
 * Deletes itself after finished().
 */
class ProviderCheck : public QObject
{
    Q_OBJECT
public:
    ProviderCheck(QNetworkAccessManager *network, SecretStore *keys, QObject *parent = nullptr);

    void start(const ProviderConfig &provider);

    /// The outcome in words; why it failed when the list is empty and @p ok false.
    static QString inWords(const ProviderError &error, bool hadKey);

Q_SIGNALS:
    void finished(const QString &providerId, bool ok, const QString &words,
                  const QList<coro::ModelInfo> &models);

private:
    QNetworkAccessManager *m_network;
    SecretStore *m_keys;
};

} // namespace coro
