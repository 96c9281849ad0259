#pragma once

#include "webcontext.h"

#include <QSqlDatabase>
#include <optional>

namespace coro {

/**
 * @brief Web search results kept in the history file (table search_cache, schema 6) per
 *        backend and normalized query, so that asking again within the time to live costs no
 *        search — also in another process or after a restart.
 *
 * Synchronous SQL on the caller's connection: run it on the storage thread (StorageService::run
 * with ConversationStore::database()). Bounded: at most kMaxEntries rows, the oldest go first.
 */
class SearchCache
{
public:
    static constexpr int kMaxEntries = 500;
    static constexpr qsizetype kMaxQueryChars = 300;

    struct Entry
    {
        QList<WebSource> sources;
        qint64 fetchedAt = 0;
    };

    /// The cache key of a query: Unicode-normalized (NFKC), lower case, whitespace collapsed,
    /// trailing punctuation dropped, at most kMaxQueryChars. "Weather in  Lisbon?" and
    /// "weather in lisbon" share one entry.
    static QString normalizedQuery(const QString &query);

    explicit SearchCache(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The entry for @p query (already normalized) when it has not expired at @p now.
    std::optional<Entry> lookup(const QString &backend, const QString &query, qint64 now);
    /// Stores (or replaces) the results, valid for @p ttlMs, then prunes expired and excess
    /// rows. False when the write failed (the search itself still counts).
    bool store(const QString &backend, const QString &query, const QList<WebSource> &sources,
               qint64 fetchedAt, qint64 ttlMs);
    /// Rows in the cache (for tests and diagnostics).
    int size() const;

    /// Sources as the JSON text stored in search_cache and turn_web_sources.
    static QByteArray toJson(const QList<WebSource> &sources);
    static QList<WebSource> fromJson(const QByteArray &json);

private:
    QSqlDatabase m_db;
};

} // namespace coro
