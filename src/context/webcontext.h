#pragma once

#include <QList>
#include <QString>

namespace coro {

/**
 * @brief One web search result as the models see it: title, address and a short snippet.
 */
struct WebSource
{
    QString title;
    QString url;
    QString snippet;

    bool operator==(const WebSource &o) const
    {
        return title == o.title && url == o.url && snippet == o.snippet;
    }
};

/**
 * @brief What a web search gave a turn: the numbered sources, or why there are none.
 *
 * Source n (from 1) is sources[n - 1]; the models cite it as [n].
 */
struct WebContext
{
    QString query;     ///< The normalized query that was searched.
    QString backendId; ///< The providers.json `search` entry that answered.
    QList<WebSource> sources;
    bool cached = false;   ///< The results came from the history file's cache.
    qint64 searchedAt = 0; ///< When the backend was asked (ms since the epoch, UTC).
    /// Empty when the search ran; otherwise a stable reason code (`no_backend`, `timeout`,
    /// `failed`, `no_results`, `not_needed`, `off`) and a sentence for people.
    QString skipped;
    QString message;

    bool hasSources() const { return !sources.isEmpty(); }
};

} // namespace coro
