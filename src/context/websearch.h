#pragma once

#include "net/httpstream.h"
#include "searchcatalog.h"
#include "secrets/apikeyresolver.h"
#include "webcontext.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QNetworkAccessManager;

namespace coro {

class StorageService;

/**
 * @brief Runs one web search for a turn: the history file's cache first, then the configured
 *        backend (Tavily, Brave or SearXNG) under a deadline, results de-duplicated by address
 *        and bounded, and cached for the next time.
 *
 * Never holds up a turn for long: whatever goes wrong — no backend, no key, a slow or failing
 * backend, an answer too large or not understood — ends in a WebContext without sources whose
 * `skipped` code and message say why, within the deadline. Keys are resolved like providers'
 * (key_env first, then the keychain entry under the search entry's id) and never logged.
 */
class WebSearch : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int timeoutMs = 8000; ///< The whole search, cache and keychain included.
        int connectMs = 4000; ///< Until the request is on the wire.
        qsizetype maxBodyBytes = 2 * 1024 * 1024;
    };
    using Done = std::function<void(const WebContext &)>;
    /// Milliseconds since the epoch; injectable so tests can move time past a cache's life.
    using Clock = std::function<qint64()>;

    /// @param storage the history file holding the cache; null: no cache.
    WebSearch(SearchCatalog catalog, ApiKeyResolver *keys, QNetworkAccessManager *network,
              StorageService *storage, QObject *parent = nullptr);
    ~WebSearch() override;

    const SearchCatalog &catalog() const { return m_catalog; }
    void setLimits(const Limits &limits) { m_limits = limits; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    /// Searches @p query with the backend named @p backendId (empty: the default one).
    /// @p done runs once, later, from the event loop. A second search() cancels the first,
    /// whose @p done is then never called.
    void search(const QString &query, const QString &backendId, Done done);
    void cancel();

private:
    void lookUpCache(int generation);
    void resolveKey(int generation);
    void send(int generation, const QString &apiKey, const QString &keyNote);
    void received(const QByteArray &body, int status, const QString &keyNote);
    void timedOut();
    void skip(const QString &code, const QString &message);
    void finish(WebContext context);
    qint64 now() const;

    SearchCatalog m_catalog;
    ApiKeyResolver *m_keys;
    QNetworkAccessManager *m_network;
    QPointer<StorageService> m_storage;
    Limits m_limits;
    Clock m_clock;

    // The search in flight.
    int m_generation = 0;
    SearchBackendConfig m_backend;
    WebContext m_context;
    Done m_done;
    QTimer m_deadline;
    QPointer<HttpStream> m_stream;
};

} // namespace coro
