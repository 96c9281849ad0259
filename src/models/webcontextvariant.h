#pragma once

#include "context/webcontext.h"

#include <QVariantMap>

namespace coro {

/**
 * @brief A turn's web context as QML reads it: whether web data was used, when it was fetched,
 *        the numbered sources (only http/https addresses), or why the search gave nothing.
 */
class WebContextVariant
{
public:
    /// {"used", "query", "backend", "cached", "searchedAt" (QDateTime), "sources":
    /// [{"number", "title", "url", "host"}], "skipped", "message"}; empty when nothing was
    /// searched.
    static QVariantMap toMap(const WebContext &web);
    /// Only http and https addresses may be opened from a turn.
    static bool isOpenable(const QString &url);
};

} // namespace coro
