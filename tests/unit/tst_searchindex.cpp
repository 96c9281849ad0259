#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/searchindex.h"

#include <QTemporaryDir>
#include <QTest>

using namespace coro;

namespace {

QList<qint64> answerIdsOf(const QList<SearchHit> &hits)
{
    QList<qint64> ids;
    for (const auto &hit : hits)
        ids << hit.answerId;
    return ids;
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void findsUserTextAndAnswerText();
    void prefixQuery();
    void phraseQuery();
    void diacriticsAndCaseAreIgnored();
    void betterMatchRanksFirst();
    void snippetMarksTheMatch();
    void snippetsMarkEachHitsOwnMatches();
    void deletedConversationsAreNotFound();
    void streamingAnswerIsIndexedOnceFinished();
    void editedAndRemovedTextLeavesTheIndex();
    void malformedQueriesStillSearch_data();
    void malformedQueriesStillSearch();
    void quoteWords_data();
    void quoteWords();

private:
    qint64 answer(qint64 turnId, int slot, const QString &model, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ConversationStore> m_store;
    qint64 m_conversation = 0;
    qint64 m_turn = 0;
};

void TestSearchIndex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("coro.sqlite")));
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    m_store = std::make_unique<ConversationStore>(*m_db);
    m_conversation = m_store->createConversation(QStringLiteral("Rust questions"));
    m_turn = m_store->addTurn(m_conversation, 0, QStringLiteral("How do I parse JSON in Rust?"));
    QVERIFY(m_turn > 0);
}

void TestSearchIndex::cleanup()
{
    QCOMPARE(m_db->integrityCheck(), QStringLiteral("ok"));
    m_store.reset();
    m_db.reset();
}

qint64 TestSearchIndex::answer(qint64 turnId, int slot, const QString &model, const QString &text)
{
    const qint64 id = m_store->addAnswer(turnId, slot, QStringLiteral("openai"), model, {});
    m_store->finishAnswer(id, QStringLiteral("done"), text, {}, {}, {}, -1, -1, -1, -1);
    return id;
}

void TestSearchIndex::findsUserTextAndAnswerText()
{
    const qint64 id = answer(m_turn, 1, QStringLiteral("gpt-4o"),
                             QStringLiteral("Use the serde_json crate with derive macros."));

    const auto answerHits = m_store->search(QStringLiteral("crate"));
    QCOMPARE(answerHits.size(), 1);
    const SearchHit &hit = answerHits.constFirst();
    QCOMPARE(hit.conversationId, m_conversation);
    QCOMPARE(hit.turnId, m_turn);
    QCOMPARE(hit.answerId, id);
    QCOMPARE(hit.conversationTitle, QStringLiteral("Rust questions"));
    QCOMPARE(hit.provider, QStringLiteral("openai"));
    QCOMPARE(hit.model, QStringLiteral("gpt-4o"));

    const auto userHits = m_store->search(QStringLiteral("rust"));
    QCOMPARE(userHits.size(), 1);
    QCOMPARE(userHits.constFirst().answerId, 0);
    QCOMPARE(userHits.constFirst().turnId, m_turn);
    QVERIFY(userHits.constFirst().model.isEmpty());

    QCOMPARE(m_store->search(QStringLiteral("json")).size(), 2); // "JSON" and "serde_json"
    QVERIFY(m_store->search(QStringLiteral("python")).isEmpty());
}

void TestSearchIndex::prefixQuery()
{
    const qint64 id =
        answer(m_turn, 0, QStringLiteral("gpt"), QStringLiteral("A parser combinator"));
    const auto hits = m_store->search(QStringLiteral("pars*"));
    // "parse" in the question and "parser" in the answer.
    QCOMPARE(hits.size(), 2);
    QVERIFY(answerIdsOf(hits).contains(id));
    QVERIFY(m_store->search(QStringLiteral("pars")).isEmpty());
}

void TestSearchIndex::phraseQuery()
{
    const qint64 exact = answer(m_turn, 0, QStringLiteral("a"), QStringLiteral("use exact words"));
    answer(m_turn, 1, QStringLiteral("b"), QStringLiteral("words that are exact"));
    QCOMPARE(answerIdsOf(m_store->search(QStringLiteral("\"exact words\""))),
             (QList<qint64>{exact}));
    QCOMPARE(m_store->search(QStringLiteral("exact words")).size(), 2);
}

void TestSearchIndex::diacriticsAndCaseAreIgnored()
{
    const qint64 id = answer(m_turn, 0, QStringLiteral("a"), QStringLiteral("Un Café à Lisboa"));
    QCOMPARE(answerIdsOf(m_store->search(QStringLiteral("cafe lisboa"))), (QList<qint64>{id}));
    QCOMPARE(answerIdsOf(m_store->search(QStringLiteral("CAFÉ"))), (QList<qint64>{id}));
}

void TestSearchIndex::betterMatchRanksFirst()
{
    const qint64 weak = answer(m_turn, 0, QStringLiteral("a"),
                               QStringLiteral("A long answer about many fruits such as apples, "
                                              "pears, plums and cherries, and once a kiwi, "
                                              "among other things worth knowing."));
    const qint64 strong =
        answer(m_turn, 1, QStringLiteral("b"), QStringLiteral("Kiwi, kiwi, kiwi."));
    const auto hits = m_store->search(QStringLiteral("kiwi"));
    QCOMPARE(answerIdsOf(hits), (QList<qint64>{strong, weak}));
    QVERIFY(hits.at(0).rank < hits.at(1).rank);
}

void TestSearchIndex::snippetMarksTheMatch()
{
    answer(m_turn, 0, QStringLiteral("a"),
           QStringLiteral("First build the project with cmake, then run the unit tests with ctest "
                          "and read the output carefully before you change anything else."));
    const auto hits = m_store->search(QStringLiteral("ctest"));
    QCOMPARE(hits.size(), 1);
    QVERIFY2(hits.constFirst().snippet.contains(QStringLiteral("«ctest»")),
             qPrintable(hits.constFirst().snippet));
    QCOMPARE(QChar(SearchHit::kMatchOpen), QChar(u'«'));
    // Cut around the match rather than the whole text.
    QVERIFY2(hits.constFirst().snippet.contains(QChar(0x2026)),
             qPrintable(hits.constFirst().snippet));
}

void TestSearchIndex::snippetsMarkEachHitsOwnMatches()
{
    // Several hits at once, a prefix longer than the prefix indexes, a phrase: each snippet is
    // cut from its own text and marks exactly what the query matched there.
    const qint64 first = answer(m_turn, 0, QStringLiteral("a"),
                                QStringLiteral("Optimization first: an optimal plan comes later."));
    const qint64 second = answer(m_turn, 1, QStringLiteral("b"),
                                 QStringLiteral("We optimized the loop, not the optimal path."));
    answer(m_turn, 2, QStringLiteral("c"), QStringLiteral("An optimal answer only."));
    QHash<qint64, QString> snippets;
    for (const SearchHit &hit : m_store->search(QStringLiteral("optimiz*")))
        snippets.insert(hit.answerId, hit.snippet);
    QCOMPARE(snippets.size(), 2);
    QCOMPARE(snippets.value(first),
             QStringLiteral("«Optimization» first: an optimal plan comes later."));
    QCOMPARE(snippets.value(second),
             QStringLiteral("We «optimized» the loop, not the optimal path."));

    const auto phrase = m_store->search(QStringLiteral("\"optimal plan\""));
    QCOMPARE(phrase.size(), 1);
    QCOMPARE(phrase.constFirst().snippet,
             QStringLiteral("Optimization first: an «optimal plan» comes later."));
}

void TestSearchIndex::deletedConversationsAreNotFound()
{
    answer(m_turn, 0, QStringLiteral("a"), QStringLiteral("borrow checker"));
    const qint64 other = m_store->createConversation();
    m_store->addTurn(other, 0, QStringLiteral("the borrow checker again"));
    QCOMPARE(m_store->search(QStringLiteral("borrow")).size(), 2);
    QVERIFY(m_store->softDelete(m_conversation));
    const auto hits = m_store->search(QStringLiteral("borrow"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().conversationId, other);
    // Archived conversations are still searched.
    QVERIFY(m_store->setArchived(other, true));
    QCOMPARE(m_store->search(QStringLiteral("borrow")).size(), 1);
}

void TestSearchIndex::streamingAnswerIsIndexedOnceFinished()
{
    const qint64 id =
        m_store->addAnswer(m_turn, 0, QStringLiteral("openai"), QStringLiteral("gpt"), {});
    m_store->checkpointAnswer(id, QStringLiteral("Zanzibar is"), {});
    m_store->checkpointAnswer(id, QStringLiteral("Zanzibar is an island"), {});
    QVERIFY(m_store->search(QStringLiteral("zanzibar")).isEmpty());
    m_store->finishAnswer(id, QStringLiteral("done"), QStringLiteral("Zanzibar is an island."), {},
                          {}, {}, -1, -1, -1, -1);
    QCOMPARE(answerIdsOf(m_store->search(QStringLiteral("zanzibar"))), (QList<qint64>{id}));
}

void TestSearchIndex::editedAndRemovedTextLeavesTheIndex()
{
    const qint64 id = answer(m_turn, 0, QStringLiteral("a"), QStringLiteral("first draft"));
    m_store->finishAnswer(id, QStringLiteral("done"), QStringLiteral("second version"), {}, {}, {},
                          -1, -1, -1, -1);
    QVERIFY(m_store->search(QStringLiteral("draft")).isEmpty());
    QCOMPARE(m_store->search(QStringLiteral("version")).size(), 1);
    QVERIFY(m_store->softDelete(m_conversation));
    QCOMPARE(m_store->purgeDeleted(std::numeric_limits<qint64>::max()), 1);
    QVERIFY(m_store->undoDelete(m_conversation) == false);
    QVERIFY(m_store->search(QStringLiteral("version")).isEmpty());
}

void TestSearchIndex::malformedQueriesStillSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    QTest::newRow("unbalanced quote") << QStringLiteral("\"serde json") << 1;
    QTest::newRow("bare minus") << QStringLiteral("-") << 0;
    QTest::newRow("operator alone") << QStringLiteral("NOT") << 0;
    QTest::newRow("trailing operator") << QStringLiteral("serde AND") << 1;
    QTest::newRow("plus signs") << QStringLiteral("C++ serde") << 0;
    QTest::newRow("unknown column") << QStringLiteral("serde:json") << 1;
    QTest::newRow("parenthesis") << QStringLiteral("(serde") << 1;
    QTest::newRow("hyphenated") << QStringLiteral("serde-json") << 1;
    QTest::newRow("only spaces") << QStringLiteral("   ") << 0;
}

void TestSearchIndex::malformedQueriesStillSearch()
{
    QFETCH(QString, query);
    QFETCH(int, hits);
    answer(m_turn, 0, QStringLiteral("a"), QStringLiteral("The serde json crate, and more"));
    QCOMPARE(m_store->search(query).size(), hits);
}

void TestSearchIndex::quoteWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("words") << QStringLiteral("a  b") << QStringLiteral("\"a\" \"b\"");
    QTest::newRow("quotes dropped") << QStringLiteral("\"x y") << QStringLiteral("\"x\" \"y\"");
    QTest::newRow("prefix kept") << QStringLiteral("pars* -") << QStringLiteral("\"pars\"*");
    QTest::newRow("nothing searchable") << QStringLiteral("- + ()") << QString();
}

void TestSearchIndex::quoteWords()
{
    QFETCH(QString, query);
    QFETCH(QString, quoted);
    QCOMPARE(SearchIndex::quoteWords(query), quoted);
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
