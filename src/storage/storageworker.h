#pragma once

#include <QAtomicInteger>
#include <QAtomicPointer>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QObject>
#include <functional>
#include <memory>

class QThread;

namespace coro {

class ConversationStore;
class Database;

/**
 * @brief The storage thread's side of StorageService: owns the Database and ConversationStore
 * and runs each job on them, in the order jobs were posted.
 *
 * Lives in the storage thread; only queueCheckpoint(), dropCheckpoint() and the counters may be
 * called from other threads.
 */
class StorageWorker : public QObject
{
    Q_OBJECT
public:
    using FailureHandler = std::function<void(const QString &message)>;

    /// @param onWriteFailed called on the storage thread for every write that did not land.
    StorageWorker(QString databasePath, FailureHandler onWriteFailed);
    ~StorageWorker() override;

    /// The folder of writer lock files next to @p databasePath.
    static QString writersDirectory(const QString &databasePath);

    bool open(QString *error, int *interrupted);
    /// Writes what is pending, then closes the file.
    void close();
    /// Runs @p job with the store, or with nullptr when the file is not open.
    void run(const std::function<void(ConversationStore *)> &job);

    /// Keeps only the newest text per answer; true when no write is scheduled yet, i.e. the
    /// caller must post writeCheckpoints().
    bool queueCheckpoint(qint64 answerId, const QString &text, const QString &reasoning);
    void dropCheckpoint(qint64 answerId);
    void writeCheckpoints();

    /// UPDATE statements checkpoints have cost so far.
    int checkpointWrites() const { return m_checkpointWrites.loadRelaxed(); }
    /// The thread the most recent SQL ran on.
    QThread *sqlThread() const { return m_sqlThread.loadAcquire(); }

private:
    struct Checkpoint
    {
        QString text;
        QString reasoning;
    };

    /// Whether the process that wrote as @p writer has ended (its lock file is free).
    bool writerIsGone(const QString &writer) const;

    QString m_path;
    FailureHandler m_onWriteFailed;
    /// Held while open: tells other processes that answers marked with our id are alive.
    std::unique_ptr<QLockFile> m_writerLock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConversationStore> m_store;
    QMutex m_mutex; ///< Guards m_pending, written by callers and read by the storage thread.
    QHash<qint64, Checkpoint> m_pending;
    QAtomicInteger<int> m_checkpointWrites;
    QAtomicPointer<QThread> m_sqlThread;
};

} // namespace coro
