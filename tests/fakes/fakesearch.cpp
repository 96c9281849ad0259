#include "fakesearch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace coro::test {

namespace {
const QLatin1String kPrefix("/search/");

QByteArray headerOf(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct Result
{
    QString title;
    QString url;
    QString snippet;
};

QList<Result> resultsFor(const QString &query)
{
    static const QRegularExpression notWord(QStringLiteral("[^a-z0-9]+"));
    const QString slug = query.toLower().replace(notWord, QStringLiteral("-"));
    return {
        {QStringLiteral("Result one about ") + query,
         QStringLiteral("https://news.example/") + slug + QStringLiteral("?utm_source=coro"),
         QStringLiteral("First fact about ") + query + QLatin1Char('.')},
        {QStringLiteral("Result two about ") + query,
         QStringLiteral("https://wiki.example/") + slug,
         QStringLiteral("Second fact about ") + query + QLatin1Char('.')},
        // The first page again, spelled differently: one source, not two.
        {QStringLiteral("Result one again"),
         QStringLiteral("https://NEWS.example/") + slug + QStringLiteral("/#top"),
         QStringLiteral("Same page as the first.")},
        {QStringLiteral("Not a page"), QStringLiteral("javascript:alert(1)"),
         QStringLiteral("Never a source.")},
        {QStringLiteral("Result three about ") + query,
         QStringLiteral("https://blog.example/") + slug,
         QStringLiteral("Third fact about ") + query + QLatin1Char('.')},
    };
}

enum class Api { Tavily, Brave, SearXng, None };

Api apiOf(const QByteArray &method, const QString &rest)
{
    if (method == "POST" && rest == QLatin1String("/search"))
        return Api::Tavily;
    if (method == "GET" && rest == QLatin1String("/res/v1/web/search"))
        return Api::Brave;
    if (method == "GET" && rest == QLatin1String("/search"))
        return Api::SearXng;
    return Api::None;
}

QJsonObject shaped(Api api, const QString &query, const QList<Result> &results)
{
    QJsonArray list;
    for (const Result &r : results) {
        QJsonObject item{{QStringLiteral("title"), r.title}, {QStringLiteral("url"), r.url}};
        item.insert(api == Api::Brave ? QStringLiteral("description") : QStringLiteral("content"),
                    r.snippet);
        if (api == Api::Tavily) {
            item.insert(QStringLiteral("score"), 0.8);
            item.insert(QStringLiteral("raw_content"), QJsonValue());
        }
        list.append(item);
    }
    switch (api) {
    case Api::Tavily:
        return {{QStringLiteral("query"), query},
                {QStringLiteral("answer"), QJsonValue()},
                {QStringLiteral("images"), QJsonArray()},
                {QStringLiteral("results"), list},
                {QStringLiteral("response_time"), 0.42}};
    case Api::Brave:
        return {
            {QStringLiteral("type"), QStringLiteral("search")},
            {QStringLiteral("query"), QJsonObject{{QStringLiteral("original"), query}}},
            {QStringLiteral("web"), QJsonObject{{QStringLiteral("type"), QStringLiteral("search")},
                                                {QStringLiteral("results"), list}}}};
    case Api::SearXng:
    case Api::None:
        break;
    }
    return {{QStringLiteral("query"), query},
            {QStringLiteral("number_of_results"), list.size()},
            {QStringLiteral("results"), list}};
}
} // namespace

bool FakeSearch::handles(const QString &path)
{
    return path.startsWith(kPrefix);
}

FakeResponse FakeSearch::respond(const QByteArray &method, const QString &path,
                                 const QUrlQuery &query, const HttpHeaders &headers,
                                 const QByteArray &body)
{
    const QString afterPrefix = path.mid(kPrefix.size());
    const qsizetype slash = afterPrefix.indexOf(QLatin1Char('/'));
    const QString behaviour = afterPrefix.left(slash);
    const Api api = apiOf(method, slash < 0 ? QString() : afterPrefix.mid(slash));
    if (api == Api::None)
        return FakeResponse::json(404, R"({"detail":"Not Found"})");

    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString text = api == Api::Tavily
                             ? json.value(QLatin1String("query")).toString()
                             : query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    QByteArray key = headerOf(headers, "x-subscription-token");
    if (key.isEmpty())
        key = json.value(QLatin1String("api_key")).toString().toUtf8();
    if (key == "bad-key")
        return FakeResponse::json(401, R"({"detail":{"error":"Unauthorized: invalid API key"}})");
    if (text.isEmpty())
        return FakeResponse::json(400, R"({"detail":{"error":"query is required"}})");
    if (api == Api::SearXng &&
        query.queryItemValue(QStringLiteral("format")) != QLatin1String("json"))
        return FakeResponse::json(403, "<html>format not allowed</html>");

    if (behaviour == QLatin1String("fail"))
        return FakeResponse::json(500, R"({"detail":{"error":"Internal failure"}})");
    QList<Result> results = resultsFor(text);
    if (behaviour == QLatin1String("empty"))
        results.clear();
    if (behaviour == QLatin1String("huge"))
        results.first().snippet = QString(3 * 1024 * 1024, QLatin1Char('h'));
    FakeResponse response = FakeResponse::json(
        200, QJsonDocument(shaped(api, text, results)).toJson(QJsonDocument::Compact));
    if (behaviour == QLatin1String("slow"))
        response.headDelayMs = kSlowMs;
    return response;
}

QJsonArray FakeSearch::searchEntries(quint16 port)
{
    const QString base = QStringLiteral("http://127.0.0.1:%1/search/").arg(port);
    const auto entry = [&base](const char *id, const char *kind, const char *behaviour) {
        QJsonObject object{{QStringLiteral("id"), QLatin1String(id)},
                           {QStringLiteral("kind"), QLatin1String(kind)},
                           {QStringLiteral("base_url"), QString(base + QLatin1String(behaviour))}};
        if (qstrcmp(kind, "searxng") != 0) {
            object.insert(QStringLiteral("key_env"),
                          QString(QStringLiteral("FAKE_") +
                                  QLatin1String(kind).toString().toUpper() +
                                  QStringLiteral("_KEY")));
        }
        return object;
    };
    return {entry("fake-tavily", "tavily", "ok"),   entry("fake-brave", "brave", "ok"),
            entry("fake-searxng", "searxng", "ok"), entry("fake-failing", "tavily", "fail"),
            entry("fake-slow", "brave", "slow"),    entry("fake-empty", "searxng", "empty"),
            entry("fake-huge", "tavily", "huge")};
}

QStringList FakeSearch::expectedTitles(const QString &query)
{
    return {QStringLiteral("Result one about ") + query,
            QStringLiteral("Result two about ") + query,
            QStringLiteral("Result three about ") + query};
}

} // namespace coro::test
