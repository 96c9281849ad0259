#include "storageworker.h"

#include "conversationstore.h"
#include "database.h"
#include "sqlexec.h"
#include "storagelogging.h"

#include <QDir>
#include <QFile>
#include <QMutexLocker>
#include <QThread>
#include <QUuid>

namespace coro {

namespace {
QString lockFileOf(const QString &directory, const QString &writer)
{
    return directory + QLatin1Char('/') + writer + QStringLiteral(".lock");
}
} // namespace

StorageWorker::StorageWorker(QString databasePath, FailureHandler onWriteFailed)
    : m_path(std::move(databasePath)), m_onWriteFailed(std::move(onWriteFailed))
{}

QString StorageWorker::writersDirectory(const QString &databasePath)
{
    return databasePath + QStringLiteral(".writers");
}

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

    // Each process writing to the file holds a lock file named after its writer id while it
    // has the file open; its streaming answers carry that id. An answer whose writer's lock
    // is free was cut off by a crash: only those are marked interrupted, however many other
    // processes are streaming right now. A crashed writer's lock is stale (its process is
    // gone, and so is its flock) and is taken over, then removed.
    const QString writers = writersDirectory(m_path);
    QDir().mkpath(writers);
    QFile::setPermissions(writers,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_writerLock = std::make_unique<QLockFile>(lockFileOf(writers, id));
    if (m_writerLock->tryLock(0)) {
        m_store->setWriter(id);
    } else {
        // Answers then carry no writer: a later start may take them for a crash's. Say so.
        qCWarning(lcStorage) << "Cannot create the writer lock in" << writers
                             << "- answers streamed now may be marked interrupted by another "
                                "process starting meanwhile";
        m_writerLock.reset();
    }
    *interrupted =
        m_store->markInterrupted([this](const QString &writer) { return writerIsGone(writer); });
    return true;
}

bool StorageWorker::writerIsGone(const QString &writer) const
{
    if (writer.isEmpty())
        return true; // Written before writers were recorded, by a process that is long gone.
    if (QUuid::fromString(writer).isNull())
        return true; // Not an id of ours: nobody can be holding its lock.
    QLockFile lock(lockFileOf(writersDirectory(m_path), writer));
    lock.setStaleLockTime(0); // Age says nothing: a stream may run for hours.
    if (!lock.tryLock(0))
        return false; // Its process is alive and holds the lock.
    lock.unlock();    // Taken over from a dead process (or never there): remove it.
    return true;
}

void StorageWorker::close()
{
    writeCheckpoints();
    // The store only borrows the connection: it goes first.
    m_store.reset();
    m_database.reset();
    m_writerLock.reset(); // Unlocks and removes the lock file.
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
    QString failure;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (!m_store->checkpointAnswer(it.key(), it->text, it->reasoning))
            failure = m_store->lastError();
        m_checkpointWrites.fetchAndAddRelaxed(1);
    }
    QString why;
    if (transaction && failure.isEmpty() && !transaction->commit(&why))
        failure = why;
    if (!failure.isEmpty() && m_onWriteFailed) {
        m_onWriteFailed(tr("The text of %n streaming answer(s) could not be saved: %1", nullptr,
                           int(pending.size()))
                            .arg(failure));
    }
}

} // namespace coro
