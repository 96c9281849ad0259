#include "storageworker.h"

#include "conversationstore.h"
#include "database.h"
#include "sqlexec.h"
#include "storagelogging.h"

#include <QMutexLocker>
#include <QThread>

namespace coro {

StorageWorker::StorageWorker(QString databasePath) : m_path(std::move(databasePath)) {}

StorageWorker::~StorageWorker() = default;

bool StorageWorker::open(QString *error, int *interrupted)
{
    m_sqlThread.storeRelease(QThread::currentThread());
    auto database = std::make_unique<Database>(m_path);
    if (!database->open(error))
        return false;
    m_store.reset(); // a second open() must not leave the store on the old connection
    m_database = std::move(database);
    m_store = std::make_unique<ConversationStore>(*m_database);
    // Answers left "streaming" were cut off by a crash, unless another live process (the app
    // and coro-cli at once) is streaming them right now. The first process holds a lock file
    // while it has the history open; only a process that gets it recovers. A crashed holder's
    // lock is stale (its PID is gone) and is taken over.
    m_recoveryLock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    m_recoveryLock->setStaleLockTime(0);
    *interrupted = m_recoveryLock->tryLock(0) ? m_store->markInterrupted() : 0;
    return true;
}

void StorageWorker::close()
{
    writeCheckpoints();
    // The store only borrows the connection: it goes first.
    m_store.reset();
    m_database.reset();
    m_recoveryLock.reset(); // Unlocks.
}

void StorageWorker::run(const std::function<void(ConversationStore *)> &job)
{
    m_sqlThread.storeRelease(QThread::currentThread());
    job(m_store.get());
}

bool StorageWorker::queueCheckpoint(qint64 answerId, const QString &text, const QString &reasoning)
{
    QMutexLocker lock(&m_mutex);
    const bool wasIdle = m_pending.isEmpty();
    m_pending.insert(answerId, {text, reasoning});
    return wasIdle;
}

void StorageWorker::dropCheckpoint(qint64 answerId)
{
    QMutexLocker lock(&m_mutex);
    m_pending.remove(answerId);
}

void StorageWorker::writeCheckpoints()
{
    QHash<qint64, Checkpoint> pending;
    {
        QMutexLocker lock(&m_mutex);
        pending.swap(m_pending);
    }
    if (pending.isEmpty() || !m_store)
        return;
    m_sqlThread.storeRelease(QThread::currentThread());
    // One commit for all the answers streaming at once, not one per answer.
    std::unique_ptr<sql::WriteTransaction> transaction;
    if (pending.size() > 1)
        transaction = std::make_unique<sql::WriteTransaction>(m_database->connection());
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        m_store->checkpointAnswer(it.key(), it->text, it->reasoning);
        m_checkpointWrites.fetchAndAddRelaxed(1);
    }
    if (transaction && !transaction->commit())
        qCWarning(lcStorage) << "Checkpoints of" << pending.size() << "answers were not saved";
}

} // namespace coro
