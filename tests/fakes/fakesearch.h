#pragma once

#include "fakeresponse.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

class QUrlQuery;

namespace coro::test {

/**
 * @brief The web search backends' side of the fake server: Tavily, Brave and SearXNG shapes
 *        under /search/BEHAVIOUR/..., where BEHAVIOUR is ok, fail (HTTP 500), slow (20 s of
 *        silence), empty (no results) or huge (a 3 MB answer).
 *
 * Each answer names the query, repeats a page under another spelling of its address and
 * lists a javascript: link, so that a client's de-duplication and filtering show.
 */
struct FakeSearch
{
    static constexpr int kSlowMs = 20000;

    /// Whether @p path belongs to the fake search backends.
    static bool handles(const QString &path);
    static FakeResponse respond(const QByteArray &method, const QString &path,
                                const QUrlQuery &query, const HttpHeaders &headers,
                                const QByteArray &body);

    /// The providers.json `search` list for a server on @p port: fake-tavily (the default),
    /// fake-brave, fake-searxng, then fake-failing, fake-slow, fake-empty, fake-huge.
    static QJsonArray searchEntries(quint16 port);

    /// The distinct pages every ok answer holds for @p query, in order (titles).
    static QStringList expectedTitles(const QString &query);
};

} // namespace coro::test
