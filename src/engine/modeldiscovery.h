#pragma once

#include "core/providererror.h"
#include "net/httpstream.h"
#include "providers/providerconfig.h"

#include <QObject>

class QNetworkAccessManager;

namespace coro {

/**
 * @brief Fetches the model list from one provider's models endpoint.
 *
 * Uses the same protocol objects as chat, so /v1/models, Anthropic's paged list, Gemini's
 * models (chat-capable only) and Ollama's /api/tags all arrive as ModelInfo lists. A list is
 * read within a deadline and up to kMaxBodyBytes: a server that sends more, or forever, fails.
 */
class ModelDiscovery : public QObject
{
    Q_OBJECT
public:
    /// A model list is a few hundred KB at most (OpenRouter lists ~400 models in ~1 MB).
    static constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;
    /// The whole request, unless the caller sets its own totalMs.
    static constexpr int kDefaultTotalMs = 60000;

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
