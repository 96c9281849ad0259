#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/storageservice.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

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
    void callbackIsDroppedWhenItsContextIsGone();
    void liveWriterKeepsItsAnswersWhileOthersComeAndGo();
    void writesThatDoNotLandAreReported();
    void filesArePrivate();
    void concurrentOpensOfANewFileAllSucceed();

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
    service.createConversation(QStringLiteral("Threads"), this, [&](qint64 created) {
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
    service.createConversation({}, this, [&](qint64 conversation) {
        service.addTurn(conversation, 0, QStringLiteral("Name a volcano"), this, [&](qint64 turn) {
            service.addAnswer(turn, 0, QStringLiteral("ollama"), QStringLiteral("qwen3:8b"), {},
                              this, [&](qint64 answer) {
                                  service.finishAnswer(answer, QStringLiteral("done"),
                                                       QStringLiteral("Eyjafjallajökull"), {}, {},
                                                       {}, 3, 9, 40, 400);
                                  service.search(QStringLiteral("eyjafjallajokull"), 10, this,
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
    service.listConversations(0, 10, false, this,
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
    service.run([&gate](ConversationStore &) { return gate.tryAcquire(1, 10'000); }, nullptr, {});
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
    service.run([&gate](ConversationStore &) { return gate.tryAcquire(1, 10'000); }, nullptr, {});
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
        service.run([&gate](ConversationStore &) { return gate.tryAcquire(1, 10'000); }, nullptr,
                    {});
        service.checkpointAnswer(id, QStringLiteral("The last words before quitting"), {});
        service.createConversation(QStringLiteral("Queued at exit"), nullptr, {});
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
    service.createConversation({}, this, [&](qint64 created) { id = created; });
    QTRY_COMPARE(id, 0);
    service.checkpointAnswer(1, QStringLiteral("nowhere to go"), {});
    service.flush();
    QCOMPARE(service.checkpointWrites(), 0);
}

void TestStorageService::callbackIsDroppedWhenItsContextIsGone()
{
    StorageService service(m_path);
    QVERIFY(service.open());
    QSemaphore gate;
    service.run([&gate](ConversationStore &) { return gate.tryAcquire(1, 10'000); }, nullptr, {});
    bool called = false;
    auto *page = new QObject; // A view the user closes before the answer comes.
    service.createConversation(QStringLiteral("Too late"), page, [&](qint64) { called = true; });
    bool alsoCalled = false;
    service.createConversation(QStringLiteral("Still here"), this,
                               [&](qint64) { alsoCalled = true; });
    delete page;
    gate.release();
    QTRY_VERIFY(alsoCalled);
    QVERIFY(!called);
}

void TestStorageService::liveWriterKeepsItsAnswersWhileOthersComeAndGo()
{
    // A opens first, B streams, A quits, C starts: B's answer is alive, C must leave it alone
    // and B's later checkpoints must land.
    auto a = std::make_unique<StorageService>(m_path);
    QVERIFY(a->open());
    auto b = std::make_unique<StorageService>(m_path);
    QVERIFY(b->open());
    const qint64 id = b->runBlocking(streamingAnswer);
    b->checkpointAnswer(id, QStringLiteral("Once"), {});
    b->flush();
    a.reset();
    {
        StorageService c(m_path);
        QVERIFY(c.open());
        QCOMPARE(c.interruptedAtStart(), 0);
    }
    b->checkpointAnswer(id, QStringLiteral("Once upon a time, later"), {});
    b->flush();
    const auto live = b->runBlocking([id](ConversationStore &store) { return *store.answer(id); });
    QCOMPARE(live.status, QStringLiteral("streaming"));
    QCOMPARE(live.text, QStringLiteral("Once upon a time, later"));

    // B ends without finishing it: the next start recovers everything B saved.
    b.reset();
    StorageService d(m_path);
    QVERIFY(d.open());
    QCOMPARE(d.interruptedAtStart(), 1);
    const auto answer = d.runBlocking([id](ConversationStore &store) { return *store.answer(id); });
    QCOMPARE(answer.status, QStringLiteral("interrupted"));
    QCOMPARE(answer.text, QStringLiteral("Once upon a time, later"));
    // No lock file is left behind by writers that are gone.
    const QDir writers(m_path + QStringLiteral(".writers"));
    QCOMPARE(writers.entryList(QDir::Files).size(), 1); // d's own
}

void TestStorageService::writesThatDoNotLandAreReported()
{
    StorageService service(m_path);
    QVERIFY(service.open());
    QSignalSpy failures(&service, &StorageService::writeFailed);
    const qint64 id = service.runBlocking(streamingAnswer);
    // A full disk: the file may not grow by a single page.
    QVERIFY(service.runBlocking([](ConversationStore &store) {
        QSqlQuery query(store.database().connection());
        return query.exec(QStringLiteral("PRAGMA max_page_count = 1")) &&
               query.exec(QStringLiteral("PRAGMA page_count"));
    }));
    const QString longAnswer = QStringLiteral("All work and no play. ").repeated(20000);
    service.checkpointAnswer(id, longAnswer, {});
    service.flush();
    QTRY_COMPARE(failures.size(), 1);
    QVERIFY2(failures.at(0).at(0).toString().contains(QStringLiteral("could not be saved")),
             qPrintable(failures.at(0).at(0).toString()));
    bool saved = true;
    service.finishAnswer(id, QStringLiteral("done"), longAnswer, {}, {}, {}, 1, 2, 3, 4, this,
                         [&](bool ok) { saved = ok; });
    QTRY_COMPARE(failures.size(), 2);
    QVERIFY(!saved);
    QVERIFY2(failures.at(1).at(0).toString().contains(QStringLiteral("full")),
             qPrintable(failures.at(1).at(0).toString()));
}

void TestStorageService::filesArePrivate()
{
    {
        StorageService service(m_path);
        QVERIFY(service.open());
        service.runBlocking(streamingAnswer);
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QString file = m_path + suffix;
            QVERIFY2(QFile::exists(file), qPrintable(file));
            const auto permissions = QFile::permissions(file) & ~QFileDevice::ReadUser &
                                     ~QFileDevice::WriteUser; // the same bits, seen as "user"
            QCOMPARE(permissions, owner);
        }
    }
    // An older, world-readable file is made private when opened.
    QFile::setPermissions(m_path, QFile::permissions(m_path) | QFileDevice::ReadOther);
    StorageService again(m_path);
    QVERIFY(again.open());
    QVERIFY(!(QFile::permissions(m_path) & QFileDevice::ReadOther));
}

void TestStorageService::concurrentOpensOfANewFileAllSucceed()
{
    // Four processes starting at once on a new file all create (or find) the same schema.
    constexpr int kOpeners = 4;
    QList<QThread *> threads;
    QAtomicInt failures;
    QStringList errors;
    QMutex errorsLock;
    QSemaphore start;
    for (int i = 0; i < kOpeners; ++i) {
        threads << QThread::create([&] {
            start.acquire();
            Database db(m_path);
            QString error;
            if (!db.open(&error)) {
                failures.fetchAndAddRelaxed(1);
                QMutexLocker lock(&errorsLock);
                errors << error;
            }
        });
        threads.last()->start();
    }
    start.release(kOpeners);
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(30000));
        delete thread;
    }
    QVERIFY2(failures.loadRelaxed() == 0, qPrintable(errors.join(QLatin1Char('\n'))));
    Database db(m_path);
    QVERIFY(db.open());
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
}

QTEST_GUILESS_MAIN(TestStorageService)
#include "tst_storageservice.moc"
