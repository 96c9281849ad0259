#include "storage/conversationstore.h"
#include "storage/runhistory.h"
#include "storetestcase.h"

#include <QSqlQuery>
#include <QTest>

using namespace coro;

class TestRunHistory : public coro::test::StoreTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init() { openStore(); }
    void cleanup() { closeStore(); }

    void runRoundTripsEveryColumn();
    void looseRunHasNoTurnOrAnswer();
    void runsAreListedNewestFirstPerConversation();
    void hostileOutputIsCapped();
    void capNeverSplitsACharacter();
    void runsGoWithTheirConversation();
    void runOfAMissingConversationIsRefused();
};

void TestRunHistory::runRoundTripsEveryColumn()
{
    const qint64 conversation = m_store->createConversation();
    const qint64 turn = m_store->addTurn(conversation, 0, QStringLiteral("Plot a sine"));
    const qint64 answer = answerOf(turn, 0, QStringLiteral("openai"), QStringLiteral("gpt-4o"),
                                   QStringLiteral("done"), QStringLiteral("```py\nprint(1)\n```"));
    StoredRun run;
    run.conversationId = conversation;
    run.turnId = turn;
    run.answerId = answer;
    run.language = QStringLiteral("python");
    run.code = QStringLiteral("import sys\nprint(input())\nsys.exit(3)\n");
    run.input = QStringLiteral("héllo\n");
    run.stdoutText = QStringLiteral("héllo\n");
    run.stderrText = QStringLiteral("Traceback ✗\n");
    run.exitCode = 3;
    run.signal = 0;
    run.limit = QStringLiteral("memory");
    run.elapsedMs = 1234;
    run.files = {QStringLiteral("plot.png"), QStringLiteral("out/data.csv")};
    const qint64 id = m_store->addRun(run);
    QVERIFY2(id > 0, qPrintable(m_store->lastError()));

    const QList<StoredRun> runs = m_store->runs(conversation);
    QCOMPARE(runs.size(), 1);
    const StoredRun &back = runs.first();
    QCOMPARE(back.id, id);
    QCOMPARE(back.conversationId, conversation);
    QCOMPARE(back.turnId, turn);
    QCOMPARE(back.answerId, answer);
    QCOMPARE(back.language, run.language);
    QCOMPARE(back.code, run.code);
    QCOMPARE(back.input, run.input);
    QCOMPARE(back.stdoutText, run.stdoutText);
    QCOMPARE(back.stderrText, run.stderrText);
    QCOMPARE(back.exitCode, 3);
    QCOMPARE(back.signal, 0);
    QCOMPARE(back.limit, QStringLiteral("memory"));
    QCOMPARE(back.cancelled, false);
    QCOMPARE(back.elapsedMs, 1234);
    QCOMPARE(back.files, run.files);
    QCOMPARE(back.createdAt, m_now); // The store's clock, not the caller's.
}

void TestRunHistory::looseRunHasNoTurnOrAnswer()
{
    const qint64 conversation = m_store->createConversation();
    StoredRun run;
    run.conversationId = conversation;
    run.language = QStringLiteral("sh");
    run.code = QStringLiteral("sleep 100");
    run.exitCode = -1;
    run.signal = 9;
    run.cancelled = true;
    QVERIFY(m_store->addRun(run) > 0);
    const StoredRun back = m_store->runs(conversation).value(0);
    QCOMPARE(back.turnId, 0);
    QCOMPARE(back.answerId, 0);
    QCOMPARE(back.exitCode, -1);
    QCOMPARE(back.signal, 9);
    QCOMPARE(back.cancelled, true);
    QVERIFY(back.limit.isEmpty());
    QVERIFY(back.files.isEmpty());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT turn_id IS NULL AND answer_id IS NULL AND "
                                      "exit_code IS NULL AND limit_name IS NULL FROM runs")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestRunHistory::runsAreListedNewestFirstPerConversation()
{
    const qint64 first = m_store->createConversation();
    const qint64 second = m_store->createConversation();
    for (int i = 0; i < 3; ++i) {
        StoredRun run;
        run.conversationId = i == 1 ? second : first;
        run.language = QStringLiteral("python");
        run.code = QStringLiteral("print(%1)").arg(i);
        QVERIFY(m_store->addRun(run) > 0);
    }
    const QList<StoredRun> runs = m_store->runs(first);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).code, QStringLiteral("print(2)"));
    QCOMPARE(runs.at(1).code, QStringLiteral("print(0)"));
    QVERIFY(runs.at(0).createdAt > runs.at(1).createdAt);
    QCOMPARE(m_store->runs(second).size(), 1);
    QVERIFY(m_store->runs(404).isEmpty());
}

void TestRunHistory::hostileOutputIsCapped()
{
    const qint64 conversation = m_store->createConversation();
    StoredRun run;
    run.conversationId = conversation;
    run.language = QStringLiteral("python");
    run.code = QStringLiteral("print('x' * 10**8)");
    run.stdoutText = QString(3 * RunHistory::kMaxOutputBytes, QLatin1Char('x'));
    run.stderrText = QString(RunHistory::kMaxOutputBytes, QChar(0x00e9)); // 2 bytes each
    QVERIFY(m_store->addRun(run) > 0);
    const StoredRun back = m_store->runs(conversation).value(0);
    QCOMPARE(back.stdoutText.size(), RunHistory::kMaxOutputBytes);
    QCOMPARE(back.stderrText.toUtf8().size(), RunHistory::kMaxOutputBytes);
}

void TestRunHistory::capNeverSplitsACharacter()
{
    const QString emoji = QStringLiteral("\U0001F600"); // 4 bytes, 2 UTF-16 units
    QCOMPARE(RunHistory::capped(QStringLiteral("ab") + emoji, 5), QStringLiteral("ab"));
    QCOMPARE(RunHistory::capped(QStringLiteral("ab") + emoji, 6), QStringLiteral("ab") + emoji);
    QCOMPARE(RunHistory::capped(QStringLiteral("a€b"), 3), QStringLiteral("a"));
    QCOMPARE(RunHistory::capped(QStringLiteral("a€b"), 4), QStringLiteral("a€"));
    QCOMPARE(RunHistory::capped(QString(), 4), QString());
}

void TestRunHistory::runsGoWithTheirConversation()
{
    const qint64 gone = m_store->createConversation();
    const qint64 kept = m_store->createConversation();
    const qint64 turn = m_store->addTurn(gone, 0, QStringLiteral("Run it"));
    for (qint64 conversation : {gone, kept}) {
        StoredRun run;
        run.conversationId = conversation;
        run.turnId = conversation == gone ? turn : 0;
        run.language = QStringLiteral("js");
        run.code = QStringLiteral("console.log(1)");
        QVERIFY(m_store->addRun(run) > 0);
    }
    QVERIFY(m_store->softDelete(gone));
    QCOMPARE(m_store->runs(gone).size(), 1); // Still there while undo is possible.
    QCOMPARE(m_store->purgeDeleted(m_now + 1), 1);
    QVERIFY(m_store->runs(gone).isEmpty());
    QCOMPARE(m_store->runs(kept).size(), 1);
}

void TestRunHistory::runOfAMissingConversationIsRefused()
{
    StoredRun run;
    run.conversationId = 404;
    run.language = QStringLiteral("python");
    QCOMPARE(m_store->addRun(run), 0);
    QVERIFY2(m_store->lastError().contains(QStringLiteral("FOREIGN KEY")),
             qPrintable(m_store->lastError()));
}

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
