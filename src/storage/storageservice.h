#pragma once

#include "conversationstore.h"
#include "storetypes.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <optional>
#include <type_traits>

namespace coro {

class StorageWorker;

/**
 * @brief The app's door to the history file: every SQL statement runs on one storage thread,
 * and results come back as callbacks on the thread this object lives in.
 *
 * Jobs run in the order they are posted. Callbacks are queued to this object's thread, so they
 * need its event loop; each is tied to a context object living in that thread and is dropped
 * if the context (or the service) is destroyed first, so a callback never reaches a window or
 * model that is gone. Streaming checkpoints are coalesced: only the newest text of an answer
 * waiting to be written is written. Every write that does not land (a full disk, a read-only
 * file, a lock held too long) is reported through writeFailed(). The destructor writes
 * everything still pending before it stops the thread.
 */
class StorageService : public QObject
{
    Q_OBJECT
public:
    explicit StorageService(QString databasePath, QObject *parent = nullptr);
    ~StorageService() override;

    /// Opens and migrates the file and recovers interrupted answers; blocks until done.
    bool open(QString *error = nullptr);
    bool isOpen() const { return m_open; }
    /// How many answers open() found still streaming and marked interrupted.
    int interruptedAtStart() const { return m_interruptedAtStart; }
    QString databasePath() const { return m_databasePath; }

    /// Runs @p job(ConversationStore &) on the storage thread and hands its result to @p done
    /// here, unless @p context (an object in this thread; nullptr: none) was destroyed
    /// meanwhile. When the file is not open, done receives a default-constructed result.
    template<typename Job>
    void run(Job job, const QObject *context,
             std::function<void(std::invoke_result_t<Job &, ConversationStore &>)> done);
    /// Runs @p job on the storage thread and waits for its result: for coro-cli and tests,
    /// never the GUI thread.
    template<typename Job>
    auto runBlocking(Job job) -> std::invoke_result_t<Job &, ConversationStore &>;
    /// Waits until every job posted so far, checkpoints included, is written.
    void flush();

    void createConversation(const QString &title, const QObject *context,
                            std::function<void(qint64)> done);
    void listConversations(int offset, int limit, bool archived, const QObject *context,
                           std::function<void(QList<ConversationSummary>)> done);
    void conversation(qint64 id, qint64 throughTurnId, const QObject *context,
                      std::function<void(std::optional<Conversation>)> done);
    void rename(qint64 id, const QString &title, const QString &source,
                const QObject *context = nullptr, std::function<void(bool)> done = {});
    void setPinned(qint64 id, bool pinned, const QObject *context = nullptr,
                   std::function<void(bool)> done = {});
    void setArchived(qint64 id, bool archived, const QObject *context = nullptr,
                     std::function<void(bool)> done = {});
    void softDelete(qint64 id, const QObject *context = nullptr,
                    std::function<void(bool)> done = {});
    void undoDelete(qint64 id, const QObject *context = nullptr,
                    std::function<void(bool)> done = {});
    void purgeDeleted(qint64 deletedBefore, const QObject *context = nullptr,
                      std::function<void(int)> done = {});

    void addTurn(qint64 conversationId, qint64 parentTurnId, const QString &userText,
                 const QObject *context, std::function<void(qint64)> done);
    void editTurn(qint64 turnId, const QString &newText, const QObject *context,
                  std::function<void(qint64)> done);
    void contextFor(qint64 conversationId, qint64 leafTurnId, const QString &provider,
                    const QString &model, const QObject *context,
                    std::function<void(QList<ContextTurn>)> done);

    void addAnswer(qint64 turnId, int slot, const QString &provider, const QString &model,
                   const QJsonObject &parameters, const QObject *context,
                   std::function<void(qint64)> done);
    /// Fire and forget; replaces a checkpoint of the same answer not yet written.
    void checkpointAnswer(qint64 answerId, const QString &text, const QString &reasoning);
    void finishAnswer(qint64 answerId, const QString &status, const QString &text,
                      const QString &reasoning, const QString &errorCode,
                      const QString &errorMessage, int tokensIn, int tokensOut, qint64 ttftMs,
                      qint64 latencyMs, const QObject *context = nullptr,
                      std::function<void(bool)> done = {});
    /// See ConversationStore::restartAnswer; checkpoints of the new stream follow it.
    void restartAnswer(qint64 answerId, const QObject *context = nullptr,
                       std::function<void(bool)> done = {});
    void setChosen(qint64 answerId, const QObject *context = nullptr,
                   std::function<void(bool)> done = {});

    void search(const QString &query, int limit, const QObject *context,
                std::function<void(QList<SearchHit>)> done);

    /// Keeps a workspace run in its conversation's history; done gets the new id (0: failed,
    /// which writeFailed() reports too).
    void addRun(const StoredRun &stored, const QObject *context = nullptr,
                std::function<void(qint64)> done = {});
    /// The runs of a conversation, newest first.
    void runs(qint64 conversationId, const QObject *context,
              std::function<void(QList<StoredRun>)> done);

Q_SIGNALS:
    /// A write did not land; @p message says what and why, for a banner or stderr.
    void writeFailed(const QString &message);

public:
    /// For tests: UPDATEs spent on checkpoints, and the thread the latest SQL ran on.
    int checkpointWrites() const;
    QThread *sqlThread() const;

private:
    void post(std::function<void(ConversationStore *)> job);
    /// Posts a write; reports it through writeFailed() when @p job returns false.
    void write(const QString &what, std::function<bool(ConversationStore &)> job,
               const QObject *context, std::function<void(bool)> done);
    void postBlocking(const std::function<void(ConversationStore *)> &job);

    QString m_databasePath;
    QThread m_thread;
    StorageWorker *m_worker;
    bool m_open = false;
    int m_interruptedAtStart = 0;
};

template<typename Job>
void StorageService::run(Job job, const QObject *context,
                         std::function<void(std::invoke_result_t<Job &, ConversationStore &>)> done)
{
    using Result = std::invoke_result_t<Job &, ConversationStore &>;
    // Checked here, in the context's thread, where it can only be destroyed between events.
    QPointer<const QObject> receiver(context);
    post([this, job = std::move(job), receiver, tied = context != nullptr,
          done = std::move(done)](ConversationStore *store) mutable {
        Result result = store ? job(*store) : Result{};
        if (!done)
            return;
        QMetaObject::invokeMethod(
            this,
            [receiver, tied, done, result = std::move(result)]() {
                if (!tied || receiver)
                    done(result);
            },
            Qt::QueuedConnection);
    });
}

template<typename Job>
auto StorageService::runBlocking(Job job) -> std::invoke_result_t<Job &, ConversationStore &>
{
    using Result = std::invoke_result_t<Job &, ConversationStore &>;
    if constexpr (std::is_void_v<Result>) {
        postBlocking([&job](ConversationStore *store) {
            if (store)
                job(*store);
        });
    } else {
        Result result{};
        postBlocking([&job, &result](ConversationStore *store) {
            if (store)
                result = job(*store);
        });
        return result;
    }
}

} // namespace coro
