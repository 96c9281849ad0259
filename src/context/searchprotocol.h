#pragma once

#include "net/httprequest.h"
#include "searchcatalog.h"
#include "webcontext.h"

namespace coro {

/**
 * @brief The three search APIs' wire shapes: the request for a query, and the sources in a
 *        response. Pure: no I/O.
 *
 * Tavily: POST {base_url}/search, the key as `api_key` in the JSON body and as a Bearer token
 * (older and newer documentation disagree; both are accepted). Brave: GET
 * {base_url}/res/v1/web/search?q=…&count=N with X-Subscription-Token. SearXNG: GET
 * {base_url}/search?q=…&format=json, no key.
 */
class SearchProtocol
{
public:
    /// A title, address or snippet longer than this is cut when read.
    static constexpr qsizetype kMaxFieldChars = 2000;
    /// Results looked at in one response, whatever it holds.
    static constexpr int kMaxResultsRead = 100;

    static HttpRequest request(const SearchBackendConfig &backend, const QString &query,
                               const QString &apiKey);

    struct Parsed
    {
        QList<WebSource> sources; ///< De-duplicated, http(s) only, at most the backend's count.
        QString error;            ///< Set when the response is an error or not understood.
    };
    static Parsed parse(const SearchBackendConfig &backend, int httpStatus, const QByteArray &body);

    /// Same page, however the backend spelled it: lower-case scheme and host, no fragment,
    /// default port, trailing slash or utm_* tracking parameters. Empty for a non-http(s) URL.
    static QString normalizedUrl(const QString &url);
    /// The first source of each normalized address, in order, at most @p max of them.
    static QList<WebSource> deduplicated(const QList<WebSource> &sources, int max);
};

} // namespace coro
