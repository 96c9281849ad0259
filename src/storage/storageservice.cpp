#include "storageservice.h"

#include "storageworker.h"

namespace coro {

StorageService::StorageService(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)),
      m_worker(new StorageWorker(m_databasePath))
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

void StorageService::createConversation(const QString &title, std::function<void(qint64)> done)
{
    run([title](ConversationStore &store) { return store.createConversation(title); },
        std::move(done));
}

void StorageService::listConversations(int offset, int limit, bool archived,
                                       std::function<void(QList<ConversationSummary>)> done)
{
    run([=](ConversationStore &store) { return store.listConversations(offset, limit, archived); },
        std::move(done));
}

void StorageService::conversation(qint64 id, qint64 throughTurnId,
                                  std::function<void(std::optional<Conversation>)> done)
{
    run([=](ConversationStore &store) { return store.conversation(id, throughTurnId); },
        std::move(done));
}

void StorageService::rename(qint64 id, const QString &title, const QString &source,
                            std::function<void(bool)> done)
{
    run([=](ConversationStore &store) { return store.rename(id, title, source); }, std::move(done));
}

void StorageService::setPinned(qint64 id, bool pinned, std::function<void(bool)> done)
{
    run([=](ConversationStore &store) { return store.setPinned(id, pinned); }, std::move(done));
}

void StorageService::setArchived(qint64 id, bool archived, std::function<void(bool)> done)
{
    run([=](ConversationStore &store) { return store.setArchived(id, archived); }, std::move(done));
}

void StorageService::softDelete(qint64 id, std::function<void(bool)> done)
{
    run([=](ConversationStore &store) { return store.softDelete(id); }, std::move(done));
}

void StorageService::undoDelete(qint64 id, std::function<void(bool)> done)
{
    run([=](ConversationStore &store) { return store.undoDelete(id); }, std::move(done));
}

void StorageService::purgeDeleted(qint64 deletedBefore, std::function<void(int)> done)
{
    run([=](ConversationStore &store) { return store.purgeDeleted(deletedBefore); },
        std::move(done));
}

void StorageService::addTurn(qint64 conversationId, qint64 parentTurnId, const QString &userText,
                             std::function<void(qint64)> done)
{
    run(
        [=](ConversationStore &store) {
            return store.addTurn(conversationId, parentTurnId, userText);
        },
        std::move(done));
}

void StorageService::editTurn(qint64 turnId, const QString &newText,
                              std::function<void(qint64)> done)
{
    run([=](ConversationStore &store) { return store.editTurn(turnId, newText); }, std::move(done));
}

void StorageService::contextFor(qint64 conversationId, qint64 leafTurnId, const QString &provider,
                                const QString &model, std::function<void(QList<ContextTurn>)> done)
{
    run(
        [=](ConversationStore &store) {
            return store.contextFor(conversationId, leafTurnId, provider, model);
        },
        std::move(done));
}

void StorageService::addAnswer(qint64 turnId, int slot, const QString &provider,
                               const QString &model, const QJsonObject &parameters,
                               std::function<void(qint64)> done)
{
    run(
        [=](ConversationStore &store) {
            return store.addAnswer(turnId, slot, provider, model, parameters);
        },
        std::move(done));
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
                                  qint64 ttftMs, qint64 latencyMs, std::function<void(bool)> done)
{
    // The final text supersedes any checkpoint still waiting.
    m_worker->dropCheckpoint(answerId);
    run(
        [=](ConversationStore &store) {
            return store.finishAnswer(answerId, status, text, reasoning, errorCode, errorMessage,
                                      tokensIn, tokensOut, ttftMs, latencyMs);
        },
        std::move(done));
}

void StorageService::restartAnswer(qint64 answerId, std::function<void(bool)> done)
{
    m_worker->dropCheckpoint(answerId);
    run([=](ConversationStore &store) { return store.restartAnswer(answerId); }, std::move(done));
}

void StorageService::setChosen(qint64 answerId, std::function<void(bool)> done)
{
    run([=](ConversationStore &store) { return store.setChosen(answerId); }, std::move(done));
}

void StorageService::search(const QString &query, int limit,
                            std::function<void(QList<SearchHit>)> done)
{
    run([=](ConversationStore &store) { return store.search(query, limit); }, std::move(done));
}

int StorageService::checkpointWrites() const
{
    return m_worker->checkpointWrites();
}

QThread *StorageService::sqlThread() const
{
    return m_worker->sqlThread();
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
