#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storetestcase.h"

#include <QSqlQuery>
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

} // namespace

class TestConversationStore : public coro::test::StoreTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void newConversationIsNamedNewChat();
    void rename();
    void firstPromptNamesTheConversation();
    void softDeleteAndUndo();
    void purgeRemovesOnlyOldDeletions();
    void answerRoundTripsEveryColumn();
    void unknownNumbersRoundTrip();
    void checkpointThenFinish();
    void restartedAnswerStreamsAgain();
    void markInterruptedKeepsPartialText();
    void setChosenKeepsOnePerTurn();
    void titleFromPrompt_data();
    void titleFromPrompt();

private:
    int count(const QString &table);
};

void TestConversationStore::init()
{
    openStore();
}

void TestConversationStore::cleanup()
{
    closeStore();
}

int TestConversationStore::count(const QString &table)
{
    QSqlQuery query(m_db->connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next()
               ? query.value(0).toInt()
               : -1;
}

void TestConversationStore::newConversationIsNamedNewChat()
{
    const qint64 id = m_store->createConversation();
    QVERIFY(id > 0);
    const auto conversation = m_store->conversation(id);
    QVERIFY(conversation);
    QCOMPARE(conversation->summary.title, QStringLiteral("New chat"));
    QCOMPARE(conversation->summary.titleSource, QStringLiteral("default"));
    QVERIFY(conversation->turns.isEmpty());
    QCOMPARE(m_store->conversation(m_store->createConversation(QStringLiteral("Plans")))
                 ->summary.titleSource,
             QStringLiteral("user"));
}

void TestConversationStore::rename()
{
    const qint64 id = m_store->createConversation();
    QVERIFY(m_store->rename(id, QStringLiteral("  Lisbon trip "), QStringLiteral("user")));
    auto summary = m_store->conversation(id)->summary;
    QCOMPARE(summary.title, QStringLiteral("Lisbon trip"));
    QCOMPARE(summary.titleSource, QStringLiteral("user"));

    QVERIFY(!m_store->rename(id, QStringLiteral("Robot title"), QStringLiteral("robot")));
    QVERIFY(!m_store->lastError().isEmpty());
    QVERIFY(!m_store->rename(id, QStringLiteral("   "), QStringLiteral("user")));
    QVERIFY(!m_store->rename(id + 100, QStringLiteral("Nobody"), QStringLiteral("user")));
    QCOMPARE(m_store->conversation(id)->summary.title, QStringLiteral("Lisbon trip"));

    QVERIFY(m_store->setGuide(id, QStringLiteral("Answer in Portuguese")));
    QCOMPARE(m_store->conversation(id)->guide, QStringLiteral("Answer in Portuguese"));
}

void TestConversationStore::firstPromptNamesTheConversation()
{
    const qint64 id = m_store->createConversation();
    const qint64 first =
        m_store->addTurn(id, 0, QStringLiteral("\n  How do   I bake bread?\nDetails"));
    QCOMPARE(m_store->conversation(id)->summary.title, QStringLiteral("How do I bake bread?"));
    QCOMPARE(m_store->conversation(id)->summary.titleSource, QStringLiteral("prompt"));
    m_store->addTurn(id, first, QStringLiteral("And cake?"));
    QCOMPARE(m_store->conversation(id)->summary.title, QStringLiteral("How do I bake bread?"));

    const qint64 named = m_store->createConversation(QStringLiteral("Baking"));
    m_store->addTurn(named, 0, QStringLiteral("How do I bake bread?"));
    QCOMPARE(m_store->conversation(named)->summary.title, QStringLiteral("Baking"));
}

void TestConversationStore::softDeleteAndUndo()
{
    const qint64 id = m_store->createConversation();
    const qint64 turn = m_store->addTurn(id, 0, QStringLiteral("hello"));
    QVERIFY(m_store->softDelete(id));
    QVERIFY(m_store->listConversations(0, 10).isEmpty());
    QVERIFY(m_store->listConversations(0, 10, true).isEmpty());
    QVERIFY(!m_store->conversation(id));
    QCOMPARE(m_store->addTurn(id, turn, QStringLiteral("too late")), 0);
    QVERIFY(!m_store->softDelete(id));

    QVERIFY(m_store->undoDelete(id));
    QVERIFY(!m_store->undoDelete(id));
    QCOMPARE(idsOf(m_store->listConversations(0, 10)), (QList<qint64>{id}));
    QCOMPARE(turnIdsOf(*m_store->conversation(id)), (QList<qint64>{turn}));
}

void TestConversationStore::purgeRemovesOnlyOldDeletions()
{
    const qint64 old = m_store->createConversation();
    const qint64 oldTurn = m_store->addTurn(old, 0, QStringLiteral("old question"));
    answerOf(oldTurn, 0, QStringLiteral("openai"), QStringLiteral("gpt"), QStringLiteral("done"),
             QStringLiteral("old answer"));
    answerOf(oldTurn, 1, QStringLiteral("openai"), QStringLiteral("o3"),
             QStringLiteral("streaming"), {});
    const qint64 recent = m_store->createConversation();
    const qint64 kept = m_store->createConversation();
    m_store->addTurn(recent, 0, QStringLiteral("recent question"));

    QVERIFY(m_store->softDelete(old));
    const qint64 cutoff = m_now;
    QVERIFY(m_store->softDelete(recent));

    QCOMPARE(m_store->purgeDeleted(cutoff), 1);
    QVERIFY(!m_store->undoDelete(old));
    QVERIFY(m_store->undoDelete(recent));
    QCOMPARE(idsOf(m_store->listConversations(0, 10)), (QList<qint64>{recent, kept}));
    QCOMPARE(count(QStringLiteral("turns")), 1);
    QCOMPARE(count(QStringLiteral("answers")), 0);
    QCOMPARE(m_store->purgeDeleted(m_now), 0);
}

void TestConversationStore::answerRoundTripsEveryColumn()
{
    const qint64 conversation = m_store->createConversation();
    const qint64 turn = m_store->addTurn(conversation, 0, QStringLiteral("Explain WAL"));
    const QJsonObject parameters{{QStringLiteral("temperature"), 0.3},
                                 {QStringLiteral("max_tokens"), 512}};
    const qint64 id = m_store->addAnswer(turn, 2, QStringLiteral("openrouter"),
                                         QStringLiteral("openai/gpt-4o"), parameters);
    QVERIFY(id > 0);
    const qint64 createdAt = m_now;
    QVERIFY(m_store->finishAnswer(id, QStringLiteral("error"), QStringLiteral("Write-ahead"),
                                  QStringLiteral("thinking..."), QStringLiteral("rate_limited"),
                                  QStringLiteral("Slow down"), 120, 45, 310, 2400));
    QVERIFY(m_store->setChosen(id));

    const auto answer = m_store->answer(id);
    QVERIFY(answer);
    QCOMPARE(answer->id, id);
    QCOMPARE(answer->turnId, turn);
    QCOMPARE(answer->slot, 2);
    QCOMPARE(answer->provider, QStringLiteral("openrouter"));
    QCOMPARE(answer->model, QStringLiteral("openai/gpt-4o"));
    QCOMPARE(answer->parameters, parameters);
    QCOMPARE(answer->text, QStringLiteral("Write-ahead"));
    QCOMPARE(answer->reasoning, QStringLiteral("thinking..."));
    QCOMPARE(answer->status, QStringLiteral("error"));
    QCOMPARE(answer->errorCode, QStringLiteral("rate_limited"));
    QCOMPARE(answer->errorMessage, QStringLiteral("Slow down"));
    QCOMPARE(answer->tokensIn, 120);
    QCOMPARE(answer->tokensOut, 45);
    QCOMPARE(answer->ttftMs, 310);
    QCOMPARE(answer->latencyMs, 2400);
    QVERIFY(answer->chosen);
    QCOMPARE(answer->createdAt, createdAt);
    QVERIFY(answer->updatedAt > createdAt);

    // The same through the conversation, with the turn around it.
    const auto loaded = m_store->conversation(conversation);
    QCOMPARE(loaded->turns.size(), 1);
    const StoredTurn &stored = loaded->turns.constFirst();
    QCOMPARE(stored.id, turn);
    QCOMPARE(stored.conversationId, conversation);
    QCOMPARE(stored.parentTurnId, 0);
    QCOMPARE(stored.userText, QStringLiteral("Explain WAL"));
    QVERIFY(stored.createdAt > 0);
    QCOMPARE(stored.versionIds, (QList<qint64>{turn}));
    QCOMPARE(stored.answers.size(), 1);
    QCOMPARE(stored.answers.constFirst().errorMessage, QStringLiteral("Slow down"));
    QCOMPARE(stored.answers.constFirst().parameters, parameters);
}

void TestConversationStore::unknownNumbersRoundTrip()
{
    const qint64 turn = m_store->addTurn(m_store->createConversation(), 0, QStringLiteral("q"));
    const qint64 id =
        m_store->addAnswer(turn, 0, QStringLiteral("ollama"), QStringLiteral("llama3.2:3b"), {});
    QVERIFY(m_store->finishAnswer(id, QStringLiteral("cancelled"), QStringLiteral("Par"), {}, {},
                                  {}, -1, -1, -1, -1));
    const auto answer = m_store->answer(id);
    QCOMPARE(answer->tokensIn, -1);
    QCOMPARE(answer->tokensOut, -1);
    QCOMPARE(answer->ttftMs, -1);
    QCOMPARE(answer->latencyMs, -1);
    QVERIFY(answer->errorCode.isEmpty());
    QVERIFY(answer->parameters.isEmpty());
    QVERIFY(!answer->chosen);
}

void TestConversationStore::checkpointThenFinish()
{
    const qint64 turn = m_store->addTurn(m_store->createConversation(), 0, QStringLiteral("q"));
    const qint64 id =
        m_store->addAnswer(turn, 0, QStringLiteral("openai"), QStringLiteral("gpt"), {});
    QCOMPARE(m_store->answer(id)->status, QStringLiteral("streaming"));
    QVERIFY(m_store->checkpointAnswer(id, QStringLiteral("Once upon"), QStringLiteral("hmm")));
    QCOMPARE(m_store->answer(id)->text, QStringLiteral("Once upon"));
    QCOMPARE(m_store->answer(id)->reasoning, QStringLiteral("hmm"));
    QVERIFY(
        m_store->checkpointAnswer(id, QStringLiteral("Once upon a time"), QStringLiteral("hmm")));
    QVERIFY(m_store->finishAnswer(id, QStringLiteral("done"), QStringLiteral("Once upon a time."),
                                  QStringLiteral("hmm"), {}, {}, 3, 5, 100, 900));
    QCOMPARE(m_store->answer(id)->status, QStringLiteral("done"));
    // A checkpoint arriving late never overwrites the final text (and is no failure).
    QVERIFY(m_store->checkpointAnswer(id, QStringLiteral("Once"), {}));
    QCOMPARE(m_store->answer(id)->text, QStringLiteral("Once upon a time."));
    QVERIFY(
        !m_store->finishAnswer(id, QStringLiteral("streaming"), {}, {}, {}, {}, -1, -1, -1, -1));
    QVERIFY(!m_store->finishAnswer(id, QStringLiteral("bogus"), {}, {}, {}, {}, -1, -1, -1, -1));
    QCOMPARE(m_store->answer(id)->status, QStringLiteral("done"));
}

void TestConversationStore::restartedAnswerStreamsAgain()
{
    const qint64 turn = m_store->addTurn(m_store->createConversation(), 0, QStringLiteral("q"));
    const qint64 id =
        m_store->addAnswer(turn, 0, QStringLiteral("openai"), QStringLiteral("gpt"), {});
    // A streaming answer has nothing to restart.
    QVERIFY(!m_store->restartAnswer(id));
    QVERIFY(m_store->finishAnswer(id, QStringLiteral("interrupted"), QStringLiteral("Half a tale"),
                                  {}, QStringLiteral("network_error"), QStringLiteral("cut"), 3, 2,
                                  100, 900));
    QCOMPARE(m_store->search(QStringLiteral("tale")).size(), 1);

    QVERIFY(m_store->restartAnswer(id));
    const auto answer = m_store->answer(id);
    QCOMPARE(answer->status, QStringLiteral("streaming"));
    QVERIFY(answer->text.isEmpty());
    QVERIFY(answer->errorCode.isEmpty());
    QVERIFY(answer->errorMessage.isEmpty());
    QCOMPARE(answer->tokensOut, -1);
    QCOMPARE(answer->latencyMs, -1);
    // Out of the index until it ends again, and checkpoints land again.
    QVERIFY(m_store->search(QStringLiteral("tale")).isEmpty());
    QVERIFY(m_store->checkpointAnswer(id, QStringLiteral("A whole"), {}));
    QVERIFY(m_store->finishAnswer(id, QStringLiteral("done"), QStringLiteral("A whole tale"), {},
                                  {}, {}, 3, 3, 90, 800));
    QCOMPARE(m_store->search(QStringLiteral("whole")).size(), 1);
}

void TestConversationStore::markInterruptedKeepsPartialText()
{
    const auto everyoneGone = [](const QString &) { return true; };
    const qint64 turn = m_store->addTurn(m_store->createConversation(), 0, QStringLiteral("q"));
    m_store->setWriter(QStringLiteral("crashed"));
    const qint64 a =
        m_store->addAnswer(turn, 0, QStringLiteral("openai"), QStringLiteral("gpt"), {});
    m_store->setWriter(QStringLiteral("alive"));
    const qint64 b =
        m_store->addAnswer(turn, 1, QStringLiteral("gemini"), QStringLiteral("flash"), {});
    m_store->setWriter({}); // from before writers were recorded
    const qint64 legacy =
        m_store->addAnswer(turn, 3, QStringLiteral("ollama"), QStringLiteral("qwen3"), {});
    const qint64 done = answerOf(turn, 2, QStringLiteral("anthropic"), QStringLiteral("claude"),
                                 QStringLiteral("done"), QStringLiteral("Complete"));
    m_store->checkpointAnswer(a, QStringLiteral("The first half"), QStringLiteral("plan"));

    // Only the answers whose writer is gone: another live process's answer keeps streaming.
    QStringList asked;
    QCOMPARE(m_store->markInterrupted([&](const QString &writer) {
        asked << writer;
        return writer != QLatin1String("alive");
    }),
             2);
    asked.sort();
    QCOMPARE(asked, (QStringList{QString(), QStringLiteral("alive"), QStringLiteral("crashed")}));
    QCOMPARE(m_store->answer(a)->status, QStringLiteral("interrupted"));
    QCOMPARE(m_store->answer(a)->text, QStringLiteral("The first half"));
    QCOMPARE(m_store->answer(a)->reasoning, QStringLiteral("plan"));
    QCOMPARE(m_store->answer(b)->status, QStringLiteral("streaming"));
    QCOMPARE(m_store->answer(legacy)->status, QStringLiteral("interrupted"));
    QCOMPARE(m_store->answer(done)->status, QStringLiteral("done"));
    QCOMPARE(m_store->markInterrupted(everyoneGone), 1);
    QCOMPARE(m_store->markInterrupted(everyoneGone), 0);
    // Interrupted text is searchable like any finished answer.
    QCOMPARE(m_store->search(QStringLiteral("half")).size(), 1);
}

void TestConversationStore::setChosenKeepsOnePerTurn()
{
    const qint64 turn = m_store->addTurn(m_store->createConversation(), 0, QStringLiteral("q"));
    const qint64 a = answerOf(turn, 0, QStringLiteral("p"), QStringLiteral("a"),
                              QStringLiteral("done"), QStringLiteral("A"));
    const qint64 b = answerOf(turn, 1, QStringLiteral("p"), QStringLiteral("b"),
                              QStringLiteral("done"), QStringLiteral("B"));
    QVERIFY(m_store->setChosen(a));
    QVERIFY(m_store->setChosen(b));
    QVERIFY(!m_store->answer(a)->chosen);
    QVERIFY(m_store->answer(b)->chosen);
    QVERIFY(m_store->setChosen(b));
    QVERIFY(m_store->answer(b)->chosen);
    QVERIFY(!m_store->setChosen(9999));
    QVERIFY(m_store->clearChosen(turn));
    QVERIFY(!m_store->answer(b)->chosen);
}

void TestConversationStore::titleFromPrompt_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("title");
    QTest::newRow("short") << QStringLiteral("Hello there") << QStringLiteral("Hello there");
    QTest::newRow("first line") << QStringLiteral("Fix this:\nint main() {}")
                                << QStringLiteral("Fix this:");
    QTest::newRow("blank lines first") << QStringLiteral("\n \n\tSummarise   the\tpaper  \n")
                                       << QStringLiteral("Summarise the paper");
    QTest::newRow("exactly 60") << QString(60, QLatin1Char('a')) << QString(60, QLatin1Char('a'));
    QTest::newRow("cut at a word")
        << QStringLiteral("Compare the approaches of Rust and Go to memory safety, with examples")
        << QStringLiteral("Compare the approaches of Rust and Go to memory safety…");
    QTest::newRow("no space to cut at")
        << QString(80, QLatin1Char('x')) << QString(59, QLatin1Char('x')) + QChar(0x2026);
    QTest::newRow("empty") << QStringLiteral(" \n ") << QString();
}

void TestConversationStore::titleFromPrompt()
{
    QFETCH(QString, prompt);
    QFETCH(QString, title);
    const QString made = ConversationStore::titleFromPrompt(prompt);
    QCOMPARE(made, title);
    QVERIFY(made.size() <= 60);
}

QTEST_GUILESS_MAIN(TestConversationStore)
#include "tst_conversationstore.moc"
