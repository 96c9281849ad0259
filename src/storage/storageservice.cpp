#include "storageservice.h"

#include "storageworker.h"

namespace coro {

StorageService::StorageService(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)),
      m_worker(new StorageWorker(m_databasePath, [this](const QString &message) {
          QMetaObject::invokeMethod(
              this, [this, message] { Q_EMIT writeFailed(message); }, Qt::QueuedConnection);
      }))
{
    m_thread.setObjectName(QStringLiteral("coro-storage"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

StorageService::~StorageService()
{
    // Queued jobs run first (the queue is FIFO), then close() writes the last checkpoints.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

bool StorageService::open(QString *error)
{
    QString why;
    int interrupted = 0;
    bool opened = false;
    QMetaObject::invokeMethod(
        m_worker, [&] { opened = m_worker->open(&why, &interrupted); },
        Qt::BlockingQueuedConnection);
    m_open = opened;
    m_interruptedAtStart = interrupted;
    if (!opened && error)
        *error = why;
    return opened;
}

void StorageService::flush()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->writeCheckpoints(); },
        Qt::BlockingQueuedConnection);
}

void StorageService::createConversation(const QString &title, const QObject *context,
                                        std::function<void(qint64)> done)
{
    run([title](ConversationStore &store) { return store.createConversation(title); }, context,
        std::move(done));
}

void StorageService::listConversations(int offset, int limit, bool archived, const QObject *context,
                                       std::function<void(QList<ConversationSummary>)> done)
{
    run([=](ConversationStore &store) { return store.listConversations(offset, limit, archived); },
        context, std::move(done));
}

void StorageService::conversation(qint64 id, qint64 throughTurnId, const QObject *context,
                                  std::function<void(std::optional<Conversation>)> done)
{
    run([=](ConversationStore &store) { return store.conversation(id, throughTurnId); }, context,
        std::move(done));
}

void StorageService::rename(qint64 id, const QString &title, const QString &source,
                            const QObject *context, std::function<void(bool)> done)
{
    write(
        tr("Renaming conversation %1").arg(id),
        [=](ConversationStore &store) { return store.rename(id, title, source); }, context,
        std::move(done));
}

void StorageService::setPinned(qint64 id, bool pinned, const QObject *context,
                               std::function<void(bool)> done)
{
    write(
        tr("Pinning conversation %1").arg(id),
        [=](ConversationStore &store) { return store.setPinned(id, pinned); }, context,
        std::move(done));
}

void StorageService::setArchived(qint64 id, bool archived, const QObject *context,
                                 std::function<void(bool)> done)
{
    write(
        tr("Archiving conversation %1").arg(id),
        [=](ConversationStore &store) { return store.setArchived(id, archived); }, context,
        std::move(done));
}

void StorageService::softDelete(qint64 id, const QObject *context, std::function<void(bool)> done)
{
    write(
        tr("Deleting conversation %1").arg(id),
        [=](ConversationStore &store) { return store.softDelete(id); }, context, std::move(done));
}

void StorageService::undoDelete(qint64 id, const QObject *context, std::function<void(bool)> done)
{
    write(
        tr("Restoring conversation %1").arg(id),
        [=](ConversationStore &store) { return store.undoDelete(id); }, context, std::move(done));
}

void StorageService::purgeDeleted(qint64 deletedBefore, const QObject *context,
                                  std::function<void(int)> done)
{
    run([=](ConversationStore &store) { return store.purgeDeleted(deletedBefore); }, context,
        std::move(done));
}

void StorageService::addTurn(qint64 conversationId, qint64 parentTurnId, const QString &userText,
                             const QObject *context, std::function<void(qint64)> done)
{
    run(
        [=](ConversationStore &store) {
            return store.addTurn(conversationId, parentTurnId, userText);
        },
        context, std::move(done));
}

void StorageService::editTurn(qint64 turnId, const QString &newText, const QObject *context,
                              std::function<void(qint64)> done)
{
    run([=](ConversationStore &store) { return store.editTurn(turnId, newText); }, context,
        std::move(done));
}

void StorageService::contextFor(qint64 conversationId, qint64 leafTurnId, const QString &provider,
                                const QString &model, const QObject *context,
                                std::function<void(QList<ContextTurn>)> done)
{
    run(
        [=](ConversationStore &store) {
            return store.contextFor(conversationId, leafTurnId, provider, model);
        },
        context, std::move(done));
}

void StorageService::addAnswer(qint64 turnId, int slot, const QString &provider,
                               const QString &model, const QJsonObject &parameters,
                               const QObject *context, std::function<void(qint64)> done)
{
    run(
        [=](ConversationStore &store) {
            return store.addAnswer(turnId, slot, provider, model, parameters);
        },
        context, std::move(done));
}

void StorageService::checkpointAnswer(qint64 answerId, const QString &text,
                                      const QString &reasoning)
{
    if (m_worker->queueCheckpoint(answerId, text, reasoning)) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->writeCheckpoints(); }, Qt::QueuedConnection);
    }
}

void StorageService::finishAnswer(qint64 answerId, const QString &status, const QString &text,
                                  const QString &reasoning, const QString &errorCode,
                                  const QString &errorMessage, int tokensIn, int tokensOut,
                                  qint64 ttftMs, qint64 latencyMs, const QObject *context,
                                  std::function<void(bool)> done)
{
    // The final text supersedes any checkpoint still waiting.
    m_worker->dropCheckpoint(answerId);
    write(
        tr("Saving answer %1").arg(answerId),
        [=](ConversationStore &store) {
            return store.finishAnswer(answerId, status, text, reasoning, errorCode, errorMessage,
                                      tokensIn, tokensOut, ttftMs, latencyMs);
        },
        context, std::move(done));
}

void StorageService::restartAnswer(qint64 answerId, const QObject *context,
                                   std::function<void(bool)> done)
{
    m_worker->dropCheckpoint(answerId);
    write(
        tr("Restarting answer %1").arg(answerId),
        [=](ConversationStore &store) { return store.restartAnswer(answerId); }, context,
        std::move(done));
}

void StorageService::setChosen(qint64 answerId, const QObject *context,
                               std::function<void(bool)> done)
{
    write(
        tr("Choosing answer %1").arg(answerId),
        [=](ConversationStore &store) { return store.setChosen(answerId); }, context,
        std::move(done));
}

void StorageService::search(const QString &query, int limit, const QObject *context,
                            std::function<void(QList<SearchHit>)> done)
{
    run([=](ConversationStore &store) { return store.search(query, limit); }, context,
        std::move(done));
}

void StorageService::runs(qint64 conversationId, const QObject *context,
                          std::function<void(QList<StoredRun>)> done)
{
    run([=](ConversationStore &store) { return store.runs(conversationId); }, context,
        std::move(done));
}

int StorageService::checkpointWrites() const
{
    return m_worker->checkpointWrites();
}

QThread *StorageService::sqlThread() const
{
    return m_worker->sqlThread();
}

void StorageService::addRun(const StoredRun &stored, const QObject *context,
                            std::function<void(qint64)> done)
{
    run(
        [this, stored](ConversationStore &store) {
            const qint64 id = store.addRun(stored);
            if (id == 0) {
                QMetaObject::invokeMethod(
                    this,
                    [this, message = tr("Saving a run of code failed: %1").arg(store.lastError())] {
                        Q_EMIT writeFailed(message);
                    },
                    Qt::QueuedConnection);
            }
            return id;
        },
        context, std::move(done));
}

void StorageService::write(const QString &what, std::function<bool(ConversationStore &)> job,
                           const QObject *context, std::function<void(bool)> done)
{
    run(
        [this, what, job = std::move(job)](ConversationStore &store) {
            const bool ok = job(store);
            if (!ok) {
                QMetaObject::invokeMethod(
                    this,
                    [this, message = tr("%1 failed: %2").arg(what, store.lastError())] {
                        Q_EMIT writeFailed(message);
                    },
                    Qt::QueuedConnection);
            }
            return ok;
        },
        context, std::move(done));
}

void StorageService::post(std::function<void(ConversationStore *)> job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { worker->run(job); },
        Qt::QueuedConnection);
}

void StorageService::postBlocking(const std::function<void(ConversationStore *)> &job)
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    QMetaObject::invokeMethod(
        m_worker, [this, &job] { m_worker->run(job); }, Qt::BlockingQueuedConnection);
}

} // namespace coro
