#include "context/searchprotocol.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace coro;

namespace {
SearchBackendConfig backend(SearchKind kind, const char *base)
{
    SearchBackendConfig config;
    config.id = searchKindName(kind);
    config.kind = kind;
    config.baseUrl = QUrl(QString::fromLatin1(base));
    return config;
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(CORO_TEST_DATA_DIR "/context/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList urls(const QList<WebSource> &sources)
{
    QStringList list;
    for (const WebSource &source : sources)
        list << source.url;
    return list;
}
} // namespace

/**
 * SearchProtocol: the requests each search API expects (where the key goes) and the sources a
 * user gets from each API's answer — de-duplicated, http(s) only, as text, bounded.
 */
class TestSearchProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tavilyPostsTheQueryWithTheKeyInBodyAndHeader();
    void braveGetsWithTheSubscriptionToken();
    void searxngAsksForJsonWithoutKey();
    void noKeyMeansNoKeyField();
    void responsesOfEachApiGiveTheSamePages_data();
    void responsesOfEachApiGiveTheSamePages();
    void duplicatesAndNonWebLinksAreDropped();
    void countIsBoundedByTheBackend();
    void errorsSayWhatHappened_data();
    void errorsSayWhatHappened();
    void normalizedUrlIgnoresSpellingOnly_data();
    void normalizedUrlIgnoresSpellingOnly();
};

void TestSearchProtocol::tavilyPostsTheQueryWithTheKeyInBodyAndHeader()
{
    const HttpRequest request =
        SearchProtocol::request(backend(SearchKind::Tavily, "https://api.tavily.com"),
                                QStringLiteral("qt 6.8"), QStringLiteral("tvly-secret"));
    QCOMPARE(request.method, HttpRequest::Method::Post);
    QCOMPARE(request.url.toString(), QStringLiteral("https://api.tavily.com/search"));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer tvly-secret"));
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QLatin1String("query")).toString(), QStringLiteral("qt 6.8"));
    QCOMPARE(body.value(QLatin1String("api_key")).toString(), QStringLiteral("tvly-secret"));
    QCOMPARE(body.value(QLatin1String("max_results")).toInt(),
             SearchBackendConfig::kDefaultMaxResults);
    QCOMPARE(body.value(QLatin1String("include_raw_content")).toBool(true), false);
    QVERIFY(!request.url.toString().contains(QLatin1String("secret")));
}

void TestSearchProtocol::braveGetsWithTheSubscriptionToken()
{
    const HttpRequest request =
        SearchProtocol::request(backend(SearchKind::Brave, "https://api.search.brave.com"),
                                QStringLiteral("café & crème"), QStringLiteral("brave-secret"));
    QCOMPARE(request.method, HttpRequest::Method::Get);
    QCOMPARE(request.url.path(), QStringLiteral("/res/v1/web/search"));
    const QUrlQuery query(request.url);
    QCOMPARE(query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded),
             QStringLiteral("café & crème"));
    QCOMPARE(query.queryItemValue(QStringLiteral("count")), QStringLiteral("5"));
    QCOMPARE(request.header("x-subscription-token"), QByteArray("brave-secret"));
    QCOMPARE(request.header("authorization"), QByteArray());
    QVERIFY(!request.url.toString().contains(QLatin1String("secret")));
    QVERIFY(request.body.isEmpty());
}

void TestSearchProtocol::searxngAsksForJsonWithoutKey()
{
    const HttpRequest request = SearchProtocol::request(
        backend(SearchKind::SearXng, "https://searx.example/sub/"), QStringLiteral("a b"), {});
    QCOMPARE(request.method, HttpRequest::Method::Get);
    QCOMPARE(request.url.path(), QStringLiteral("/sub/search"));
    const QUrlQuery query(request.url);
    QCOMPARE(query.queryItemValue(QStringLiteral("format")), QStringLiteral("json"));
    QCOMPARE(query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), QStringLiteral("a b"));
}

void TestSearchProtocol::noKeyMeansNoKeyField()
{
    const HttpRequest request = SearchProtocol::request(
        backend(SearchKind::Tavily, "https://api.tavily.com"), QStringLiteral("x"), {});
    QVERIFY(!QJsonDocument::fromJson(request.body).object().contains(QLatin1String("api_key")));
    QCOMPARE(request.header("authorization"), QByteArray());
}

void TestSearchProtocol::responsesOfEachApiGiveTheSamePages_data()
{
    QTest::addColumn<SearchKind>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("tavily") << SearchKind::Tavily << fixture("tavily-response.json");
    QTest::addRow("brave") << SearchKind::Brave << fixture("brave-response.json");
    QTest::addRow("searxng") << SearchKind::SearXng << fixture("searxng-response.json");
}

void TestSearchProtocol::responsesOfEachApiGiveTheSamePages()
{
    QFETCH(SearchKind, kind);
    QFETCH(QByteArray, body);
    QVERIFY(!body.isEmpty());
    const auto parsed = SearchProtocol::parse(backend(kind, "https://x.example"), 200, body);
    QCOMPARE(parsed.error, QString());
    QVERIFY(parsed.sources.size() >= 2);
    QCOMPARE(parsed.sources.at(0).title, QStringLiteral("Qt 6.8 Released"));
    QCOMPARE(parsed.sources.at(0).url, QStringLiteral("https://www.qt.io/blog/qt-6.8-released"));
    // Brave's <strong> marks are gone: the snippet is text.
    QCOMPARE(parsed.sources.at(0).snippet,
             QStringLiteral("Qt 6.8 is now available, with long-term support."));
    QCOMPARE(parsed.sources.at(1).title, QStringLiteral("Qt 6.8 LTS released - Phoronix"));
}

void TestSearchProtocol::duplicatesAndNonWebLinksAreDropped()
{
    const auto parsed = SearchProtocol::parse(backend(SearchKind::Tavily, "https://x.example"), 200,
                                              fixture("tavily-response.json"));
    // The mirror (upper-case host, trailing slash, fragment) and the ftp link are gone; the
    // untitled page is titled by its address.
    QCOMPARE(urls(parsed.sources),
             QStringList({QStringLiteral("https://www.qt.io/blog/qt-6.8-released"),
                          QStringLiteral("https://www.phoronix.com/news/"
                                         "Qt-6.8-Released?utm_source=feed&utm_medium=rss"),
                          QStringLiteral("https://wiki.qt.io/Qt_6.8_Release")}));
    QCOMPARE(parsed.sources.at(2).title, QStringLiteral("https://wiki.qt.io/Qt_6.8_Release"));
}

void TestSearchProtocol::countIsBoundedByTheBackend()
{
    QJsonArray results;
    for (int i = 0; i < 500; ++i) {
        results.append(
            QJsonObject{{QStringLiteral("title"), QStringLiteral("t%1").arg(i)},
                        {QStringLiteral("url"), QStringLiteral("https://e.example/%1").arg(i)},
                        {QStringLiteral("content"), QString(10000, QLatin1Char('c'))}});
    }
    SearchBackendConfig config = backend(SearchKind::SearXng, "https://x.example");
    config.maxResults = 3;
    const auto parsed = SearchProtocol::parse(
        config, 200, QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson());
    QCOMPARE(parsed.sources.size(), 3);
    QCOMPARE(parsed.sources.at(0).snippet.size(), SearchProtocol::kMaxFieldChars);
    // All duplicates: one source.
    QJsonArray same;
    for (int i = 0; i < 10; ++i)
        same.append(QJsonObject{{QStringLiteral("url"), QStringLiteral("https://e.example/a")}});
    QCOMPARE(
        SearchProtocol::parse(
            config, 200, QJsonDocument(QJsonObject{{QStringLiteral("results"), same}}).toJson())
            .sources.size(),
        1);
}

void TestSearchProtocol::errorsSayWhatHappened_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("says");
    QTest::addRow("401 tavily") << 401 << QByteArray(R"({"detail":{"error":"Unauthorized"}})")
                                << QStringLiteral("key was refused (HTTP 401): Unauthorized");
    QTest::addRow("429") << 429 << QByteArray(R"({"error":{"detail":"Rate limit"}})")
                         << QStringLiteral("too many searches");
    QTest::addRow("500 html") << 500 << QByteArray("<html>oops</html>")
                              << QStringLiteral("it answered HTTP 500");
    QTest::addRow("200 not json") << 200 << QByteArray("<html>hello</html>")
                                  << QStringLiteral("not a search result list");
    QTest::addRow("200 wrong shape")
        << 200 << QByteArray(R"({"hits":[]})") << QStringLiteral("not a search result list");
}

void TestSearchProtocol::errorsSayWhatHappened()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    const auto parsed =
        SearchProtocol::parse(backend(SearchKind::Tavily, "https://x.example"), status, body);
    QVERIFY2(parsed.error.contains(says), qPrintable(parsed.error));
    QVERIFY(parsed.sources.isEmpty());
}

void TestSearchProtocol::normalizedUrlIgnoresSpellingOnly_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::addRow("case of host") << "https://Example.COM/a"
                                  << "https://example.com/a" << true;
    QTest::addRow("fragment") << "https://e.example/a#x"
                              << "https://e.example/a" << true;
    QTest::addRow("trailing slash") << "https://e.example/a/"
                                    << "https://e.example/a" << true;
    QTest::addRow("default port") << "https://e.example:443/a"
                                  << "https://e.example/a" << true;
    QTest::addRow("utm") << "https://e.example/a?utm_source=x&id=2"
                         << "https://e.example/a?id=2" << true;
    QTest::addRow("other path") << "https://e.example/a"
                                << "https://e.example/b" << false;
    QTest::addRow("other query") << "https://e.example/a?id=1"
                                 << "https://e.example/a?id=2" << false;
    QTest::addRow("case of path") << "https://e.example/A"
                                  << "https://e.example/a" << false;
}

void TestSearchProtocol::normalizedUrlIgnoresSpellingOnly()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QVERIFY(!SearchProtocol::normalizedUrl(a).isEmpty());
    QCOMPARE(SearchProtocol::normalizedUrl(a) == SearchProtocol::normalizedUrl(b), same);
    QCOMPARE(SearchProtocol::normalizedUrl(QStringLiteral("javascript:alert(1)")), QString());
    QCOMPARE(SearchProtocol::normalizedUrl(QStringLiteral("file:///etc/passwd")), QString());
}

QTEST_GUILESS_MAIN(TestSearchProtocol)
#include "tst_searchprotocol.moc"
