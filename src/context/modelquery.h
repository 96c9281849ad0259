#pragma once

#include "core/modelref.h"
#include "core/providererror.h"
#include "engine/modelrun.h"
#include "providers/providercatalog.h"
#include "secrets/apikeyresolver.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QNetworkAccessManager;

namespace coro {

/**
 * @brief Asks one model one short question and hands back its whole answer: the small helper
 *        calls of the context library (search intent, fusion checklist, titles), never shown
 *        as a pane.
 *
 * Bounded: one attempt, a deadline for the whole call, a cap on the answer's length. A
 * deadline or failure gives ok = false with the reason; the caller falls back.
 */
class ModelQuery : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        ModelRef model;
        QString system;
        QString prompt;
        int timeoutMs = 5000;
        qsizetype maxChars = 4000; ///< The answer is cut (and the run ended) past this.
        int maxTokens = 400;
    };
    struct Result
    {
        bool ok = false;
        QString text;
        QString error; ///< Why there is no answer, for people.
    };
    using Done = std::function<void(const Result &)>;

    ModelQuery(ProviderCatalog catalog, ApiKeyResolver *keys, QNetworkAccessManager *network,
               QObject *parent = nullptr);
    ~ModelQuery() override;

    /// Starts the call; @p done runs once, later, from the event loop. A second ask() while
    /// one is running cancels the first without calling its @p done.
    void ask(const Request &request, Done done);
    void cancel();
    bool isRunning() const { return m_run != nullptr; }

private:
    void start(const Request &request, const ProviderConfig &provider, const QString &key,
               const QString &keyNote);
    void finish(const Result &result);

    ProviderCatalog m_catalog;
    ApiKeyResolver *m_keys;
    QNetworkAccessManager *m_network;
    QPointer<ModelRun> m_run;
    QTimer m_deadline;
    Done m_done;
    int m_generation = 0; ///< Tells a stale key callback from the current call's.
};

} // namespace coro
