#include "context/searchcatalog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace coro;

/**
 * SearchCatalog: the `search` list of providers.json — what a user configures, and the
 * sentence they get when an entry is wrong (never a key in the file).
 */
class TestSearchCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entriesAreReadWithDefaults();
    void fileWithoutSearchListHasNoBackend();
    void missingFileHasNoBackend();
    void badEntriesAreRefusedByName_data();
    void badEntriesAreRefusedByName();
};

void TestSearchCatalog::entriesAreReadWithDefaults()
{
    QString error;
    const auto catalog = SearchCatalog::fromJson(R"({"providers": [], "search": [
        {"id": "tavily", "kind": "tavily", "base_url": "https://api.tavily.com",
         "key_env": "TAVILY_API_KEY"},
        {"id": "brave", "kind": "brave", "base_url": "https://api.search.brave.com",
         "max_results": 12, "cache_minutes": 0},
        {"id": "home", "kind": "searxng", "base_url": "http://192.168.1.5:8888"}]})",
                                                 &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->backends().size(), 3);
    const SearchBackendConfig *first = catalog->find();
    QVERIFY(first);
    QCOMPARE(first->id, QStringLiteral("tavily")); // The first entry is the default.
    QCOMPARE(first->kind, SearchKind::Tavily);
    QCOMPARE(first->keyEnv, QStringLiteral("TAVILY_API_KEY"));
    QCOMPARE(first->maxResults, SearchBackendConfig::kDefaultMaxResults);
    QCOMPARE(first->cacheMinutes, SearchBackendConfig::kDefaultCacheMinutes);
    QCOMPARE(catalog->find(QStringLiteral("brave"))->maxResults, 12);
    QCOMPARE(catalog->find(QStringLiteral("brave"))->cacheMinutes, 0);
    QCOMPARE(catalog->find(QStringLiteral("home"))->kind, SearchKind::SearXng);
    QCOMPARE(catalog->find(QStringLiteral("nope")), nullptr);
}

void TestSearchCatalog::fileWithoutSearchListHasNoBackend()
{
    QString error;
    const auto catalog = SearchCatalog::fromJson(R"({"providers": [{"id": "openai"}]})", &error);
    QVERIFY(catalog);
    QVERIFY(catalog->backends().isEmpty());
    QCOMPARE(catalog->find(), nullptr);
}

void TestSearchCatalog::missingFileHasNoBackend()
{
    QTemporaryDir dir;
    QString error;
    const auto catalog =
        SearchCatalog::load(dir.filePath(QStringLiteral("providers.json")), &error);
    QVERIFY(catalog);
    QVERIFY(catalog->backends().isEmpty());
}

void TestSearchCatalog::badEntriesAreRefusedByName_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    QTest::addRow("key in file")
        << QByteArray(R"({"search":[{"id":"t","kind":"tavily","base_url":"https://a.b",
                          "api_key":"tvly-1"}]})")
        << QStringLiteral("search 1 (\"t\"): \"api_key\" is not allowed");
    QTest::addRow("key in url")
        << QByteArray(R"({"search":[{"id":"t","kind":"tavily","base_url":"https://u:p@a.b"}]})")
        << QStringLiteral("must not contain a user name");
    QTest::addRow("unknown kind")
        << QByteArray(R"({"search":[{"id":"g","kind":"google","base_url":"https://a.b"}]})")
        << QStringLiteral("unknown kind \"google\"");
    QTest::addRow("not http")
        << QByteArray(R"({"search":[{"id":"s","kind":"searxng","base_url":"file:///x"}]})")
        << QStringLiteral("\"base_url\" must be an http or https URL");
    QTest::addRow("twice") << QByteArray(
                                  R"({"search":[{"id":"s","kind":"searxng","base_url":"http://a"},
                                    {"id":"s","kind":"brave","base_url":"http://b"}]})")
                           << QStringLiteral("search 2 (\"s\"): the id is used twice");
    QTest::addRow("too many results")
        << QByteArray(R"({"search":[{"id":"s","kind":"brave","base_url":"http://a",
                                     "max_results":500}]})")
        << QStringLiteral("\"max_results\" must be a whole number from 1 to 20");
    QTest::addRow("not a list") << QByteArray(R"({"search":{"id":"s"}})")
                                << QStringLiteral("\"search\" must be a list");
}

void TestSearchCatalog::badEntriesAreRefusedByName()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!SearchCatalog::fromJson(json, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("tvly-1"))); // The key is not repeated back.
}

QTEST_GUILESS_MAIN(TestSearchCatalog)
#include "tst_searchcatalog.moc"
