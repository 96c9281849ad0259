#pragma once

#include "storetypes.h"

#include <QSqlDatabase>

namespace coro {

/**
 * @brief Full-text search over every user message and every finished answer (SQLite FTS5).
 *
 * Accepts FTS5 query syntax (prefix `pars*`, phrase `"exact words"`, AND/OR/NOT); text that is
 * not valid syntax is searched word by word instead of failing.
 */
class SearchIndex
{
public:
    explicit SearchIndex(QSqlDatabase db);

    /// Best matches first, across conversations that are not deleted (archived ones included).
    QList<SearchHit> search(const QString &query, int limit, QString *error = nullptr) const;

    /// Each word of @p query as a quoted phrase (a trailing * kept as a prefix search); words
    /// without a letter or digit are dropped. Empty when nothing searchable is left.
    static QString quoteWords(const QString &query);

private:
    bool run(const QString &match, int limit, QList<SearchHit> *hits, QString *error) const;
    /// Cuts each hit's text around its matches (SQLite's snippet()), in a small temporary index.
    void addSnippets(const QString &match, const QStringList &bodies, QList<SearchHit> *hits) const;

    QSqlDatabase m_db;
};

} // namespace coro
