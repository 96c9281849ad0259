#include "searchprotocol.h"
#include "providers/errormapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace coro {

namespace {
struct SearchProtocolText
{
    Q_DECLARE_TR_FUNCTIONS(SearchProtocol)
};

QString bounded(const QJsonValue &value)
{
    return value.toString().left(SearchProtocol::kMaxFieldChars);
}

// Brave marks matches with <strong>; some SearXNG engines leave entities. Models get text.
QString plainText(const QJsonValue &value)
{
    static const QRegularExpression tag(QStringLiteral("<[^<>]{0,200}>"));
    QString text = bounded(value);
    text.remove(tag);
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

// The list of results and the field holding each one's snippet, per API.
QJsonArray resultList(SearchKind kind, const QJsonObject &root, QLatin1String *snippetField)
{
    switch (kind) {
    case SearchKind::Tavily:
        *snippetField = QLatin1String("content");
        return root.value(QLatin1String("results")).toArray();
    case SearchKind::Brave:
        *snippetField = QLatin1String("description");
        return root.value(QLatin1String("web"))
            .toObject()
            .value(QLatin1String("results"))
            .toArray();
    case SearchKind::SearXng:
        *snippetField = QLatin1String("content");
        return root.value(QLatin1String("results")).toArray();
    }
    return {};
}

// What the backend said went wrong, in any of the shapes these APIs use.
QString errorDetail(const QJsonObject &root)
{
    for (const QJsonValue &value :
         {root.value(QLatin1String("detail")), root.value(QLatin1String("error")),
          root.value(QLatin1String("message"))}) {
        if (value.isString())
            return value.toString().left(300);
        const QJsonObject object = value.toObject();
        for (const char *key : {"error", "detail", "message"}) {
            if (object.value(QLatin1String(key)).isString())
                return object.value(QLatin1String(key)).toString().left(300);
        }
    }
    return {};
}
} // namespace

HttpRequest SearchProtocol::request(const SearchBackendConfig &backend, const QString &query,
                                    const QString &apiKey)
{
    HttpRequest http;
    http.addHeader("Accept", "application/json");
    switch (backend.kind) {
    case SearchKind::Tavily: {
        http.url = errormapping::join(backend.baseUrl, u"search");
        QJsonObject body{{QStringLiteral("query"), query},
                         {QStringLiteral("search_depth"), QStringLiteral("basic")},
                         {QStringLiteral("max_results"), backend.maxResults},
                         {QStringLiteral("include_answer"), false},
                         {QStringLiteral("include_raw_content"), false},
                         {QStringLiteral("include_images"), false}};
        if (!apiKey.isEmpty()) {
            body.insert(QStringLiteral("api_key"), apiKey);
            http.addHeader("Authorization", "Bearer " + apiKey.toUtf8());
        }
        http.addHeader("Content-Type", "application/json");
        http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        break;
    }
    case SearchKind::Brave: {
        http.method = HttpRequest::Method::Get;
        http.url = errormapping::join(backend.baseUrl, u"res/v1/web/search");
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("q"), query);
        q.addQueryItem(QStringLiteral("count"), QString::number(backend.maxResults));
        http.url.setQuery(q);
        if (!apiKey.isEmpty())
            http.addHeader("X-Subscription-Token", apiKey.toUtf8());
        break;
    }
    case SearchKind::SearXng: {
        http.method = HttpRequest::Method::Get;
        http.url = errormapping::join(backend.baseUrl, u"search");
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("q"), query);
        q.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
        http.url.setQuery(q);
        break;
    }
    }
    return http;
}

SearchProtocol::Parsed SearchProtocol::parse(const SearchBackendConfig &backend, int httpStatus,
                                             const QByteArray &body)
{
    Parsed parsed;
    const QJsonObject root = errormapping::parseObject(body);
    if (httpStatus < 200 || httpStatus >= 300) {
        const QString detail = errorDetail(root);
        if (httpStatus == 401 || httpStatus == 403)
            parsed.error = SearchProtocolText::tr("the key was refused (HTTP %1)").arg(httpStatus);
        else if (httpStatus == 429 || httpStatus == 432)
            parsed.error = SearchProtocolText::tr("too many searches or no credit left (HTTP %1)")
                               .arg(httpStatus);
        else
            parsed.error = SearchProtocolText::tr("it answered HTTP %1").arg(httpStatus);
        if (!detail.isEmpty())
            parsed.error += QLatin1String(": ") + detail;
        return parsed;
    }
    QLatin1String snippetField("content");
    const QJsonArray results = resultList(backend.kind, root, &snippetField);
    if (root.isEmpty() || (results.isEmpty() && !root.contains(QLatin1String("results")) &&
                           !root.contains(QLatin1String("web")))) {
        parsed.error = SearchProtocolText::tr("its answer was not a search result list");
        return parsed;
    }
    QList<WebSource> sources;
    for (qsizetype i = 0; i < results.size() && i < kMaxResultsRead; ++i) {
        const QJsonObject result = results.at(i).toObject();
        sources.append({plainText(result.value(QLatin1String("title"))),
                        bounded(result.value(QLatin1String("url"))),
                        plainText(result.value(snippetField))});
    }
    parsed.sources = deduplicated(sources, backend.maxResults);
    return parsed;
}

QString SearchProtocol::normalizedUrl(const QString &text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    url.setFragment({});
    url.setUserInfo({});
    if (url.port() == (scheme == QLatin1String("https") ? 443 : 80))
        url.setPort(-1);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyEncoded);
    QUrlQuery kept;
    for (const auto &[key, value] : items) {
        if (!key.startsWith(QLatin1String("utm_")))
            kept.addQueryItem(key, value);
    }
    url.setQuery(kept.isEmpty() ? QString() : kept.query(QUrl::FullyEncoded));
    return url.toString(QUrl::FullyEncoded);
}

QList<WebSource> SearchProtocol::deduplicated(const QList<WebSource> &sources, int max)
{
    QList<WebSource> kept;
    QSet<QString> seen;
    for (const WebSource &source : sources) {
        if (kept.size() >= max)
            break;
        const QString key = normalizedUrl(source.url);
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        WebSource copy = source;
        copy.url = source.url.trimmed();
        if (copy.title.trimmed().isEmpty())
            copy.title = copy.url;
        kept.append(copy);
    }
    return kept;
}

} // namespace coro
