#include "context/searchcache.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace coro;

namespace {
const QList<WebSource> kSources = {
    {QStringLiteral("One"), QStringLiteral("https://a.example/1"), QStringLiteral("First")},
    {QStringLiteral("Two"), QStringLiteral("https://b.example/2"), QStringLiteral("Second")},
};
constexpr qint64 kHour = 3600 * 1000;
} // namespace

/**
 * SearchCache: a repeated question within the time to live is answered from the history file,
 * also after the file is closed and opened again; the cache never grows without bound.
 */
class TestSearchCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void queriesThatDifferInSpellingShareAnEntry_data();
    void queriesThatDifferInSpellingShareAnEntry();
    void storedResultsComeBackUntilTheyExpire();
    void cacheSurvivesReopeningTheFile();
    void backendsDoNotShareResults();
    void sizeIsBounded();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSearchCache::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("coro.sqlite")));
    QVERIFY(m_db->open());
}

void TestSearchCache::queriesThatDifferInSpellingShareAnEntry_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addRow("case and space") << "Weather in  Lisbon?"
                                    << "weather in lisbon";
    QTest::addRow("trailing punctuation") << "qt 6.8 release!!"
                                          << "Qt 6.8 release";
    QTest::addRow("compatibility forms") << QStringLiteral("ﬁnance news") << "finance news";
    QTest::addRow("newlines") << "latest\nnews\t today"
                              << "latest news today";
}

void TestSearchCache::queriesThatDifferInSpellingShareAnEntry()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(SearchCache::normalizedQuery(a), SearchCache::normalizedQuery(b));
    QVERIFY(SearchCache::normalizedQuery(QString(5000, QLatin1Char('q'))).size() <=
            SearchCache::kMaxQueryChars);
}

void TestSearchCache::storedResultsComeBackUntilTheyExpire()
{
    SearchCache cache(m_db->connection());
    QVERIFY(!cache.lookup(QStringLiteral("tavily"), QStringLiteral("q"), 1000));
    QVERIFY(cache.store(QStringLiteral("tavily"), QStringLiteral("q"), kSources, 1000, kHour));
    const auto hit = cache.lookup(QStringLiteral("tavily"), QStringLiteral("q"), 1000 + kHour - 1);
    QVERIFY(hit);
    QCOMPARE(hit->sources, kSources);
    QCOMPARE(hit->fetchedAt, 1000);
    QVERIFY(!cache.lookup(QStringLiteral("tavily"), QStringLiteral("q"), 1000 + kHour));
}

void TestSearchCache::cacheSurvivesReopeningTheFile()
{
    QVERIFY(SearchCache(m_db->connection())
                .store(QStringLiteral("brave"), QStringLiteral("q"), kSources, 5000, kHour));
    m_db.reset();
    Database reopened(m_dir->filePath(QStringLiteral("coro.sqlite")));
    QVERIFY(reopened.open());
    const auto hit = SearchCache(reopened.connection())
                         .lookup(QStringLiteral("brave"), QStringLiteral("q"), 6000);
    QVERIFY(hit);
    QCOMPARE(hit->sources.size(), 2);
    QCOMPARE(reopened.integrityCheck(), QStringLiteral("ok"));
}

void TestSearchCache::backendsDoNotShareResults()
{
    SearchCache cache(m_db->connection());
    QVERIFY(cache.store(QStringLiteral("brave"), QStringLiteral("q"), kSources, 0, kHour));
    QVERIFY(!cache.lookup(QStringLiteral("tavily"), QStringLiteral("q"), 1));
}

void TestSearchCache::sizeIsBounded()
{
    SearchCache cache(m_db->connection());
    for (int i = 0; i < SearchCache::kMaxEntries + 40; ++i) {
        QVERIFY(cache.store(QStringLiteral("t"), QStringLiteral("q%1").arg(i), kSources, 1000 + i,
                            kHour));
    }
    QCOMPARE(cache.size(), SearchCache::kMaxEntries);
    // The oldest went first; the newest are there.
    QVERIFY(!cache.lookup(QStringLiteral("t"), QStringLiteral("q0"), 2000));
    QVERIFY(cache.lookup(QStringLiteral("t"),
                         QStringLiteral("q%1").arg(SearchCache::kMaxEntries + 39), 2000));
    // Expired entries leave with the next store.
    QVERIFY(cache.store(QStringLiteral("t"), QStringLiteral("late"), kSources, 10 * kHour, kHour));
    QCOMPARE(cache.size(), 1);
}

QTEST_GUILESS_MAIN(TestSearchCache)
#include "tst_searchcache.moc"
