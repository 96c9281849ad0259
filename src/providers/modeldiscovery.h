#pragma once

#include "core/providererror.h"
#include "net/httpstream.h"
#include "providerconfig.h"

#include <QObject>

class QNetworkAccessManager;

namespace coro {

/**
 * @brief Fetches the model list from one provider's models endpoint.
 *
 * Uses the same protocol objects as chat, so /v1/models, Anthropic's paged list, Gemini's
 * models (chat-capable only) and Ollama's /api/tags all arrive as ModelInfo lists.
 */
class ModelDiscovery : public QObject
{
    Q_OBJECT
public:
    explicit ModelDiscovery(QNetworkAccessManager *network, QObject *parent = nullptr);

    void fetch(const ProviderConfig &provider, const QString &apiKey,
               HttpStream::Timeouts timeouts = {});

Q_SIGNALS:
    void modelsReady(const QString &providerId, const QList<coro::ModelInfo> &models);
    void failed(const QString &providerId, const coro::ProviderError &error);

private:
    QNetworkAccessManager *m_network;
};

} // namespace coro
