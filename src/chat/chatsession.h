#pragma once

#include "core/modelref.h"
#include "engine/turn.h"
#include "providers/providercatalog.h"

#include <QObject>

class QNetworkAccessManager;

namespace coro {

class ApiKeyResolver;

/**
 * @brief Starts turns for every front end: resolves each named model to its provider and key,
 *        builds the messages, and hands the runs to an engine Turn.
 */
class ChatSession : public QObject
{
    Q_OBJECT
public:
    struct AskOptions
    {
        QList<ModelRef> models;
        QString prompt;
        GenerationParams params;
        ModelRunConfig::Timeouts timeouts;
        RetryPolicy retry;
    };

    ChatSession(ProviderCatalog catalog, ApiKeyResolver *keys, QNetworkAccessManager *network,
                QObject *parent = nullptr);

    const ProviderCatalog &catalog() const { return m_catalog; }

    /// Plans a turn and starts it on the next event-loop iteration. Returns nullptr and sets
    /// @p error when the request cannot be sent at all (no model, unknown provider, empty
    /// prompt, invalid parameters).
    Turn *ask(const AskOptions &options, QString *error);

private:
    ProviderCatalog m_catalog;
    ApiKeyResolver *m_keys;
    QNetworkAccessManager *m_network;
};

} // namespace coro
