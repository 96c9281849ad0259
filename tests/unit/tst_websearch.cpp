#include "context/websearch.h"
#include "fakeproviderserver.h"
#include "fakesearch.h"
#include "secrets/memorysecretstore.h"
#include "storage/storageservice.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;
using namespace coro::test;

/**
 * WebSearch against the fake search backends: what a turn is given (sources, de-duplicated,
 * with the key sent where each API wants it), what a repeated question costs (nothing: the
 * cache in the history file, also after a restart), and what a failing, slow, huge or absent
 * backend does to the turn (it goes on, told why, within the deadline).
 */
class TestWebSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void eachBackendGivesDeduplicatedSources_data();
    void eachBackendGivesDeduplicatedSources();
    void repeatedQuestionHitsTheCacheAfterARestart();
    void expiredEntryIsSearchedAgain();
    void failingBackendSaysWhyAtOnce();
    void slowBackendIsLeftAtTheDeadline();
    void hugeAnswerIsNotRead();
    void noResultsIsSaid();
    void withoutBackendTheTurnIsToldHowToSetOneUp();
    void refusedKeyIsSaid();

private:
    WebContext search(WebSearch &web, const QString &query, const QString &backend,
                      qint64 *elapsedMs = nullptr);
    std::unique_ptr<WebSearch> makeSearch(StorageService *storage);
    int searchRequests() const;

    FakeProviderServer m_server;
    QNetworkAccessManager m_network;
    MemorySecretStore m_secrets;
    ApiKeyResolver m_keys{&m_secrets};
    SearchCatalog m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StorageService> m_storage;
};

void TestWebSearch::initTestCase()
{
    QVERIFY(m_server.listen());
    qputenv("FAKE_TAVILY_KEY", "tv-key");
    qputenv("FAKE_BRAVE_KEY", "br-key");
    QString error;
    const auto catalog = SearchCatalog::fromJson(m_server.providersJsonWithSearch(), &error);
    QVERIFY2(catalog, qPrintable(error));
    m_catalog = *catalog;
}

void TestWebSearch::init()
{
    m_server.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_storage = std::make_unique<StorageService>(m_dir->filePath(QStringLiteral("coro.sqlite")));
    QVERIFY(m_storage->open());
}

void TestWebSearch::cleanup()
{
    m_storage.reset();
}

std::unique_ptr<WebSearch> TestWebSearch::makeSearch(StorageService *storage)
{
    return std::make_unique<WebSearch>(m_catalog, &m_keys, &m_network, storage);
}

WebContext TestWebSearch::search(WebSearch &web, const QString &query, const QString &backend,
                                 qint64 *elapsedMs)
{
    WebContext result;
    bool done = false;
    QElapsedTimer clock;
    clock.start();
    web.search(query, backend, [&](const WebContext &context) {
        result = context;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("search never finished");
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    return result;
}

int TestWebSearch::searchRequests() const
{
    int count = 0;
    for (const auto &request : m_server.requests())
        count += request.path.startsWith("/search/") ? 1 : 0;
    return count;
}

void TestWebSearch::eachBackendGivesDeduplicatedSources_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("keyHeader");
    QTest::addColumn<QByteArray>("key");
    QTest::addRow("tavily") << "fake-tavily" << QByteArray("authorization")
                            << QByteArray("Bearer tv-key");
    QTest::addRow("brave") << "fake-brave" << QByteArray("x-subscription-token")
                           << QByteArray("br-key");
    QTest::addRow("searxng") << "fake-searxng" << QByteArray("authorization") << QByteArray();
}

void TestWebSearch::eachBackendGivesDeduplicatedSources()
{
    QFETCH(QString, backend);
    QFETCH(QByteArray, keyHeader);
    QFETCH(QByteArray, key);
    auto web = makeSearch(m_storage.get());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const WebContext context = search(*web, QStringLiteral("Lisbon metro strike?"), backend);
    QCOMPARE(context.skipped, QString());
    QCOMPARE(context.query, QStringLiteral("lisbon metro strike"));
    QCOMPARE(context.backendId, backend);
    QVERIFY(!context.cached);
    QVERIFY(context.searchedAt >= before);
    QStringList titles;
    for (const WebSource &source : context.sources)
        titles << source.title;
    // Five results on the wire: a repeated page and a javascript: link are not sources.
    QCOMPARE(titles, FakeSearch::expectedTitles(context.query));
    QVERIFY(context.sources.first().snippet.startsWith(QLatin1String("First fact")));

    QCOMPARE(searchRequests(), 1);
    const auto request = m_server.requests().constLast();
    QCOMPARE(request.header(keyHeader), key);
    if (backend == QLatin1String("fake-tavily")) {
        QCOMPARE(QJsonDocument::fromJson(request.body)
                     .object()
                     .value(QLatin1String("api_key"))
                     .toString(),
                 QStringLiteral("tv-key"));
    }
    QVERIFY(!request.path.contains("key")); // Never in the address (logs, proxies).
}

void TestWebSearch::repeatedQuestionHitsTheCacheAfterARestart()
{
    {
        auto web = makeSearch(m_storage.get());
        QVERIFY(search(*web, QStringLiteral("Qt 6.8 release"), {}).hasSources());
    }
    m_storage.reset(); // The app quits...
    m_storage = std::make_unique<StorageService>(m_dir->filePath(QStringLiteral("coro.sqlite")));
    QVERIFY(m_storage->open()); // ... and starts again.
    auto web = makeSearch(m_storage.get());
    const WebContext again = search(*web, QStringLiteral("qt 6.8 RELEASE?"), {});
    QVERIFY(again.cached);
    QCOMPARE(again.sources.size(), 3);
    QCOMPARE(again.backendId, QStringLiteral("fake-tavily"));
    QCOMPARE(searchRequests(), 1); // Only the first search reached the backend.
}

void TestWebSearch::expiredEntryIsSearchedAgain()
{
    auto web = makeSearch(m_storage.get());
    QVERIFY(search(*web, QStringLiteral("bitcoin price"), {}).hasSources());
    const qint64 later = QDateTime::currentMSecsSinceEpoch() +
                         qint64(SearchBackendConfig::kDefaultCacheMinutes) * 60000 + 1000;
    web->setClock([later] { return later; });
    const WebContext fresh = search(*web, QStringLiteral("bitcoin price"), {});
    QVERIFY(!fresh.cached);
    QVERIFY(fresh.hasSources());
    QCOMPARE(searchRequests(), 2);
}

void TestWebSearch::failingBackendSaysWhyAtOnce()
{
    auto web = makeSearch(m_storage.get());
    qint64 elapsed = 0;
    const WebContext context =
        search(*web, QStringLiteral("anything"), QStringLiteral("fake-failing"), &elapsed);
    QCOMPARE(context.skipped, QStringLiteral("failed"));
    QVERIFY2(context.message.contains(QLatin1String("HTTP 500")), qPrintable(context.message));
    QVERIFY2(context.message.contains(QLatin1String("Internal failure")),
             qPrintable(context.message));
    QVERIFY(!context.hasSources());
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
    // Failures are not cached: the next attempt asks again.
    search(*web, QStringLiteral("anything"), QStringLiteral("fake-failing"));
    QCOMPARE(searchRequests(), 2);
}

void TestWebSearch::slowBackendIsLeftAtTheDeadline()
{
    auto web = makeSearch(m_storage.get());
    WebSearch::Limits limits;
    limits.timeoutMs = 700;
    web->setLimits(limits);
    qint64 elapsed = 0;
    const WebContext context =
        search(*web, QStringLiteral("anything"), QStringLiteral("fake-slow"), &elapsed);
    QCOMPARE(context.skipped, QStringLiteral("timeout"));
    QVERIFY2(context.message.contains(QLatin1String("0.7 s")), qPrintable(context.message));
    QVERIFY2(elapsed >= 650 && elapsed < 3000, qPrintable(QString::number(elapsed)));
    QVERIFY(elapsed < FakeSearch::kSlowMs);
}

void TestWebSearch::hugeAnswerIsNotRead()
{
    auto web = makeSearch(m_storage.get());
    const WebContext context =
        search(*web, QStringLiteral("anything"), QStringLiteral("fake-huge"));
    QCOMPARE(context.skipped, QStringLiteral("failed"));
    QVERIFY2(context.message.contains(QLatin1String("more than 2 MB")),
             qPrintable(context.message));
}

void TestWebSearch::noResultsIsSaid()
{
    auto web = makeSearch(m_storage.get());
    const WebContext context = search(*web, QStringLiteral("zzqx"), QStringLiteral("fake-empty"));
    QCOMPARE(context.skipped, QStringLiteral("no_results"));
    QVERIFY(context.message.contains(QLatin1String("zzqx")));
}

void TestWebSearch::withoutBackendTheTurnIsToldHowToSetOneUp()
{
    WebSearch web(SearchCatalog(), &m_keys, &m_network, m_storage.get());
    const WebContext context = search(web, QStringLiteral("news"), {});
    QCOMPARE(context.skipped, QStringLiteral("no_backend"));
    QVERIFY(context.message.contains(QLatin1String("providers.json")));
    QCOMPARE(searchRequests(), 0);
}

void TestWebSearch::refusedKeyIsSaid()
{
    const QByteArray saved = qgetenv("FAKE_BRAVE_KEY");
    qputenv("FAKE_BRAVE_KEY", "bad-key");
    auto web = makeSearch(nullptr); // No cache at all: still searches.
    const WebContext context = search(*web, QStringLiteral("news"), QStringLiteral("fake-brave"));
    qputenv("FAKE_BRAVE_KEY", saved);
    QCOMPARE(context.skipped, QStringLiteral("failed"));
    QVERIFY2(context.message.contains(QLatin1String("key was refused")),
             qPrintable(context.message));
}

QTEST_GUILESS_MAIN(TestWebSearch)
#include "tst_websearch.moc"
