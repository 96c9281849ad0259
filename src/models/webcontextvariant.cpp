#include "webcontextvariant.h"

#include <QDateTime>
#include <QUrl>
#include <QVariantList>

namespace coro {

bool WebContextVariant::isOpenable(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && !parsed.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QVariantMap WebContextVariant::toMap(const WebContext &web)
{
    if (!web.hasSources() && web.skipped.isEmpty())
        return {};
    QVariantList sources;
    for (int i = 0; i < web.sources.size(); ++i) {
        const WebSource &source = web.sources.at(i);
        if (!isOpenable(source.url))
            continue; // The number still counts: the models were told [i + 1].
        sources.append(QVariantMap{{QStringLiteral("number"), i + 1},
                                   {QStringLiteral("title"), source.title},
                                   {QStringLiteral("url"), source.url},
                                   {QStringLiteral("host"), QUrl(source.url).host()}});
    }
    return {{QStringLiteral("used"), web.hasSources()},
            {QStringLiteral("query"), web.query},
            {QStringLiteral("backend"), web.backendId},
            {QStringLiteral("cached"), web.cached},
            {QStringLiteral("searchedAt"),
             web.searchedAt > 0 ? QDateTime::fromMSecsSinceEpoch(web.searchedAt) : QDateTime()},
            {QStringLiteral("sources"), sources},
            {QStringLiteral("skipped"), web.skipped},
            {QStringLiteral("message"), web.message}};
}

} // namespace coro
