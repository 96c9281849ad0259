#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storetestcase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace coro;

namespace {

QList<qint64> idsOf(const QList<ConversationSummary> &list)
{
    QList<qint64> ids;
    for (const auto &summary : list)
        ids << summary.id;
    return ids;
}

QList<qint64> turnIdsOf(const Conversation &conversation)
{
    QList<qint64> ids;
    for (const auto &turn : conversation.turns)
        ids << turn.id;
    return ids;
}

QStringList assistantTexts(const QList<ContextTurn> &context)
{
    QStringList texts;
    for (const auto &turn : context)
        texts << turn.userText + QStringLiteral(" -> ") + turn.assistantText;
    return texts;
}

} // namespace

// The read side (ConversationReader, TurnTree) seen through ConversationStore: the list page,
// the branch a conversation opens on, and the history each model is given.
class TestConversationReader : public coro::test::StoreTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listOrderAndPaging();
    void editMakesABranch();
    void contextPicksChosenThenOwnThenFirstDone();
};

void TestConversationReader::init()
{
    openStore();
}

void TestConversationReader::cleanup()
{
    closeStore();
}

void TestConversationReader::listOrderAndPaging()
{
    const qint64 a = m_store->createConversation();
    const qint64 b = m_store->createConversation();
    const qint64 c = m_store->createConversation();
    const qint64 d = m_store->createConversation();
    const qint64 e = m_store->createConversation();
    QVERIFY(m_store->addTurn(b, 0, QStringLiteral("b is active again")) > 0);
    QVERIFY(m_store->setPinned(a, true));
    QVERIFY(m_store->setArchived(d, true));
    QVERIFY(m_store->softDelete(e));

    QCOMPARE(idsOf(m_store->listConversations(0, 10)), (QList<qint64>{a, b, c}));
    QCOMPARE(idsOf(m_store->listConversations(0, 10, true)), (QList<qint64>{d}));
    QCOMPARE(idsOf(m_store->listConversations(0, 2)), (QList<qint64>{a, b}));
    QCOMPARE(idsOf(m_store->listConversations(2, 2)), (QList<qint64>{c}));
    QVERIFY(m_store->listConversations(3, 2).isEmpty());

    const auto first = m_store->listConversations(0, 1).constFirst();
    QVERIFY(first.pinned);
    QVERIFY(!first.archived);
    QVERIFY(first.updatedAt >= first.createdAt);
    QVERIFY(m_store->setArchived(d, false));
    QCOMPARE(idsOf(m_store->listConversations(0, 10)), (QList<qint64>{a, b, d, c}));
}

void TestConversationReader::editMakesABranch()
{
    const qint64 id = m_store->createConversation();
    const qint64 t1 = m_store->addTurn(id, 0, QStringLiteral("Plan a trip"));
    const qint64 t2 = m_store->addTurn(id, t1, QStringLiteral("To Porto"));
    const qint64 t3 = m_store->addTurn(id, t2, QStringLiteral("In May"));
    const qint64 edited = m_store->editTurn(t2, QStringLiteral("To Lisbon"));
    QVERIFY(edited > t3);

    auto current = m_store->conversation(id);
    QCOMPARE(turnIdsOf(*current), (QList<qint64>{t1, edited}));
    QCOMPARE(current->turns.at(1).userText, QStringLiteral("To Lisbon"));
    QCOMPARE(current->turns.at(1).parentTurnId, t1);
    QCOMPARE(current->turns.at(1).versionIds, (QList<qint64>{t2, edited}));

    // The old version is still there, whole, when asked for.
    QCOMPARE(turnIdsOf(*m_store->conversation(id, t2)), (QList<qint64>{t1, t2, t3}));
    QCOMPARE(turnIdsOf(*m_store->conversation(id, t3)), (QList<qint64>{t1, t2, t3}));
    QCOMPARE(m_store->conversation(id, t3)->turns.at(1).userText, QStringLiteral("To Porto"));

    const qint64 t4 = m_store->addTurn(id, edited, QStringLiteral("In June"));
    QCOMPARE(turnIdsOf(*m_store->conversation(id)), (QList<qint64>{t1, edited, t4}));
    QVERIFY(!m_store->conversation(id, 9999));
    QCOMPARE(m_store->editTurn(9999, QStringLiteral("nothing")), 0);
    // A turn cannot follow a turn of another conversation.
    QCOMPARE(m_store->addTurn(m_store->createConversation(), t1, QStringLiteral("x")), 0);
}

void TestConversationReader::contextPicksChosenThenOwnThenFirstDone()
{
    const qint64 id = m_store->createConversation();
    const QString openai = QStringLiteral("openai"), gpt = QStringLiteral("gpt");
    const QString anthropic = QStringLiteral("anthropic"), claude = QStringLiteral("claude");
    const QString gemini = QStringLiteral("gemini"), flash = QStringLiteral("flash");
    const QString done = QStringLiteral("done");
    const qint64 t1 = m_store->addTurn(id, 0, QStringLiteral("Q1"));
    answerOf(t1, 0, openai, gpt, done, QStringLiteral("gpt-1"));
    const qint64 claude1 = answerOf(t1, 1, anthropic, claude, done, QStringLiteral("claude-1"));
    answerOf(t1, 2, gemini, flash, QStringLiteral("error"), {});
    const qint64 t2 = m_store->addTurn(id, t1, QStringLiteral("Q2"));
    answerOf(t2, 0, openai, gpt, QStringLiteral("interrupted"), QStringLiteral("gpt-2 partial"));
    answerOf(t2, 1, anthropic, claude, done, QStringLiteral("claude-2"));
    // A regenerated answer in the same slot replaces the older one.
    answerOf(t2, 1, anthropic, claude, done, QStringLiteral("claude-2 again"));

    QCOMPARE(
        assistantTexts(m_store->contextFor(id, 0, anthropic, claude)),
        (QStringList{QStringLiteral("Q1 -> claude-1"), QStringLiteral("Q2 -> claude-2 again")}));
    QCOMPARE(assistantTexts(m_store->contextFor(id, 0, openai, gpt)),
             (QStringList{QStringLiteral("Q1 -> gpt-1"), QStringLiteral("Q2 -> claude-2 again")}));
    QCOMPARE(assistantTexts(m_store->contextFor(id, 0, gemini, flash)),
             (QStringList{QStringLiteral("Q1 -> gpt-1"), QStringLiteral("Q2 -> claude-2 again")}));

    QVERIFY(m_store->setChosen(claude1));
    const auto context = m_store->contextFor(id, t1, openai, gpt);
    QCOMPARE(assistantTexts(context), (QStringList{QStringLiteral("Q1 -> claude-1")}));
    QCOMPARE(context.constFirst().answerId, claude1);
    QCOMPARE(context.constFirst().turnId, t1);

    const qint64 lonely = m_store->addTurn(id, t2, QStringLiteral("Q3"));
    answerOf(lonely, 0, openai, gpt, QStringLiteral("error"), {});
    QCOMPARE(m_store->contextFor(id, 0, openai, gpt).constLast().answerId, 0);
    QVERIFY(m_store->contextFor(id + 1, 0, openai, gpt).isEmpty());
}

QTEST_GUILESS_MAIN(TestConversationReader)
#include "tst_conversationreader.moc"
