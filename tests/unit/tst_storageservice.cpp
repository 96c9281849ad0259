#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/storageservice.h"

#include <QFile>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;

namespace {

// A conversation with one turn and one streaming answer; returns the answer id.
qint64 streamingAnswer(ConversationStore &store)
{
    const qint64 conversation = store.createConversation();
    const qint64 turn = store.addTurn(conversation, 0, QStringLiteral("Tell me a story"));
    return store.addAnswer(turn, 0, QStringLiteral("openai"), QStringLiteral("gpt-4o-mini"), {});
}

} // namespace

class TestStorageService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void callbacksArriveOnTheCallersThread();
    void jobsRunInOrderOnTheStorageThread();
    void checkpointsAreCoalesced();
    void finishSupersedesAPendingCheckpoint();
    void destructorDrainsPendingWrites();
    void openRecoversInterruptedAnswers();
    void secondProcessLeavesLiveAnswersAlone();
    void refusedFileReportsAndAnswersDefaults();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestStorageService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("coro.sqlite"));
}

void TestStorageService::callbacksArriveOnTheCallersThread()
{
    StorageService service(m_path);
    QString error;
    QVERIFY2(service.open(&error), qPrintable(error));
    QThread *callbackThread = nullptr;
    qint64 id = 0;
    service.createConversation(QStringLiteral("Threads"), [&](qint64 created) {
        callbackThread = QThread::currentThread();
        id = created;
    });
    // Delivered through this thread's event loop, never from inside the call.
    QCOMPARE(id, 0);
    QTRY_VERIFY(id > 0);
    QCOMPARE(callbackThread, QThread::currentThread());
    QVERIFY(service.sqlThread() != nullptr);
    QVERIFY(service.sqlThread() != QThread::currentThread());
}

void TestStorageService::jobsRunInOrderOnTheStorageThread()
{
    StorageService service(m_path);
    QVERIFY(service.open());
    QList<SearchHit> hits;
    bool searched = false;
    // Each step is posted from the previous one's callback; the last search must see them all.
    service.createConversation({}, [&](qint64 conversation) {
        service.addTurn(conversation, 0, QStringLiteral("Name a volcano"), [&](qint64 turn) {
            service.addAnswer(turn, 0, QStringLiteral("ollama"), QStringLiteral("qwen3:8b"), {},
                              [&](qint64 answer) {
                                  service.finishAnswer(answer, QStringLiteral("done"),
                                                       QStringLiteral("Eyjafjallajökull"), {}, {},
                                                       {}, 3, 9, 40, 400);
                                  service.search(QStringLiteral("eyjafjallajokull"), 10,
                                                 [&](QList<SearchHit> result) {
                                                     hits = result;
                                                     searched = true;
                                                 });
                              });
        });
    });
    QTRY_VERIFY(searched);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().model, QStringLiteral("qwen3:8b"));

    QList<ConversationSummary> list;
    service.listConversations(0, 10, false,
                              [&](QList<ConversationSummary> result) { list = result; });
    QTRY_COMPARE(list.size(), 1);
    QCOMPARE(list.constFirst().title, QStringLiteral("Name a volcano"));
}

void TestStorageService::checkpointsAreCoalesced()
{
    StorageService service(m_path);
    QVERIFY(service.open());
    const qint64 first = service.runBlocking(streamingAnswer);
    const qint64 second = service.runBlocking(streamingAnswer);
    QVERIFY(first > 0 && second > 0);
    const int writesBefore = service.checkpointWrites();

    // Hold the storage thread so the checkpoints pile up, as they would behind a slow disk.
    QSemaphore gate;
    service.run([&gate](ConversationStore &) { return gate.tryAcquire(1, 10'000); }, {});
    for (int i = 0; i < 100; ++i) {
        service.checkpointAnswer(first, QStringLiteral("first %1").arg(i),
                                 QStringLiteral("r%1").arg(i));
        service.checkpointAnswer(second, QStringLiteral("second %1").arg(i), {});
    }
    gate.release();
    service.flush();

    const int writes = service.checkpointWrites() - writesBefore;
    QVERIFY2(writes < 200, qPrintable(QString::number(writes)));
    QCOMPARE(writes, 2); // one UPDATE per answer
    const auto stored = service.runBlocking([&](ConversationStore &store) {
        return std::make_pair(*store.answer(first), *store.answer(second));
    });
    QCOMPARE(stored.first.text, QStringLiteral("first 99"));
    QCOMPARE(stored.first.reasoning, QStringLiteral("r99"));
    QCOMPARE(stored.second.text, QStringLiteral("second 99"));
    QCOMPARE(stored.first.status, QStringLiteral("streaming"));
}

void TestStorageService::finishSupersedesAPendingCheckpoint()
{
    StorageService service(m_path);
    QVERIFY(service.open());
    const qint64 id = service.runBlocking(streamingAnswer);
    QSemaphore gate;
    service.run([&gate](ConversationStore &) { return gate.tryAcquire(1, 10'000); }, {});
    service.checkpointAnswer(id, QStringLiteral("Once upon"), {});
    service.finishAnswer(id, QStringLiteral("done"), QStringLiteral("Once upon a time."), {}, {},
                         {}, -1, -1, -1, -1);
    service.checkpointAnswer(id, QStringLiteral("Once"), {}); // late, e.g. a queued timer
    gate.release();
    service.flush();
    const auto answer =
        service.runBlocking([id](ConversationStore &store) { return *store.answer(id); });
    QCOMPARE(answer.status, QStringLiteral("done"));
    QCOMPARE(answer.text, QStringLiteral("Once upon a time."));
}

void TestStorageService::destructorDrainsPendingWrites()
{
    qint64 id = 0;
    {
        StorageService service(m_path);
        QVERIFY(service.open());
        id = service.runBlocking(streamingAnswer);
        QSemaphore gate;
        service.run([&gate](ConversationStore &) { return gate.tryAcquire(1, 10'000); }, {});
        service.checkpointAnswer(id, QStringLiteral("The last words before quitting"), {});
        service.createConversation(QStringLiteral("Queued at exit"), {});
        gate.release();
    }
    Database db(m_path);
    QVERIFY(db.open());
    ConversationStore store(db);
    QCOMPARE(store.answer(id)->text, QStringLiteral("The last words before quitting"));
    QCOMPARE(store.answer(id)->status, QStringLiteral("streaming"));
    QCOMPARE(store.listConversations(0, 10).constFirst().title, QStringLiteral("Queued at exit"));
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
}

void TestStorageService::secondProcessLeavesLiveAnswersAlone()
{
    // The app streams while coro-cli opens the same file: the live answer must stay streaming.
    auto first = std::make_unique<StorageService>(m_path);
    QVERIFY(first->open());
    const qint64 id = first->runBlocking(streamingAnswer);
    first->checkpointAnswer(id, QStringLiteral("Still coming"), {});
    first->flush();
    {
        StorageService second(m_path);
        QVERIFY(second.open());
        QCOMPARE(second.interruptedAtStart(), 0);
        const auto answer =
            second.runBlocking([id](ConversationStore &store) { return *store.answer(id); });
        QCOMPARE(answer.status, QStringLiteral("streaming"));
    }
    // The first one goes away without finishing the answer, as a crash would.
    first.reset();
    StorageService third(m_path);
    QVERIFY(third.open());
    QCOMPARE(third.interruptedAtStart(), 1);
    const auto answer =
        third.runBlocking([id](ConversationStore &store) { return *store.answer(id); });
    QCOMPARE(answer.status, QStringLiteral("interrupted"));
    QCOMPARE(answer.text, QStringLiteral("Still coming"));
}

void TestStorageService::openRecoversInterruptedAnswers()
{
    qint64 id = 0;
    {
        Database db(m_path);
        QVERIFY(db.open());
        ConversationStore store(db);
        id = streamingAnswer(store);
        QVERIFY(store.checkpointAnswer(id, QStringLiteral("Half a sto"), {}));
    }
    StorageService service(m_path);
    QVERIFY(service.open());
    QCOMPARE(service.interruptedAtStart(), 1);
    const auto answer =
        service.runBlocking([id](ConversationStore &store) { return *store.answer(id); });
    QCOMPARE(answer.status, QStringLiteral("interrupted"));
    QCOMPARE(answer.text, QStringLiteral("Half a sto"));
}

void TestStorageService::refusedFileReportsAndAnswersDefaults()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("not a database, just notes\n").repeated(10));
    file.close();

    StorageService service(m_path);
    QString error;
    QVERIFY(!service.open(&error));
    QVERIFY(!service.isOpen());
    QVERIFY2(error.contains(QStringLiteral("not a SQLite database")), qPrintable(error));
    qint64 id = -1;
    service.createConversation({}, [&](qint64 created) { id = created; });
    QTRY_COMPARE(id, 0);
    service.checkpointAnswer(1, QStringLiteral("nowhere to go"), {});
    service.flush();
    QCOMPARE(service.checkpointWrites(), 0);
}

QTEST_GUILESS_MAIN(TestStorageService)
#include "tst_storageservice.moc"
