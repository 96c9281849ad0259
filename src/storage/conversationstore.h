#pragma once

#include "conversationarchive.h"
#include "sqlexec.h"
#include "storetypes.h"

#include <functional>
#include <optional>

namespace coro {

class Database;

/**
 * @brief Every operation the app and coro-cli perform on stored conversations, turns and answers.
 *
 * Synchronous: it runs SQL on the calling thread, which must be the thread that opened the
 * Database. The app reaches it through StorageService, which keeps it on the storage thread.
 * Failures return 0, false or an empty result and leave the reason in lastError().
 */
class ConversationStore
{
public:
    /// Milliseconds since the epoch; injectable so tests control ordering by time.
    using Clock = std::function<qint64()>;

    explicit ConversationStore(Database &database, Clock clock = {});

    /// Who writes the answers this store starts: recorded with each streaming answer, so that
    /// start-up recovery can tell a live writer's answers from a crashed one's.
    void setWriter(const QString &writerId) { m_writer = writerId; }
    QString writer() const { return m_writer; }

    /// Several operations as one: they all land or none does. Nests (as a savepoint) inside
    /// another transaction.
    sql::WriteTransaction transaction();

    /// "New chat": the title a conversation has until its first prompt names it.
    static QString defaultTitle();
    /// The first line of @p prompt, whitespace collapsed, cut at a word to at most 60 characters.
    static QString titleFromPrompt(const QString &prompt);

    // Conversations
    /// An empty or default title is source "default" (replaced by the first prompt); any other
    /// title is source "user".
    qint64 createConversation(const QString &title = defaultTitle());
    /// Pinned first, then most recently updated; soft-deleted conversations never appear.
    QList<ConversationSummary> listConversations(int offset, int limit, bool archived = false);
    /// The branch through @p throughTurnId, or (0) the latest branch. Nothing when deleted.
    std::optional<Conversation> conversation(qint64 id, qint64 throughTurnId = 0);
    bool rename(qint64 id, const QString &title, const QString &source = QStringLiteral("user"));
    bool setGuide(qint64 id, const QString &guide);
    bool setPinned(qint64 id, bool pinned);
    bool setArchived(qint64 id, bool archived);
    /// Hides the conversation; undoDelete() brings it back until purgeDeleted() removes it.
    bool softDelete(qint64 id);
    bool undoDelete(qint64 id);
    /// Removes for good the conversations deleted at or before @p deletedBefore (epoch ms).
    int purgeDeleted(qint64 deletedBefore);

    // Turns
    /// A new user message after @p parentTurnId (0: the first). Names a "default"-titled
    /// conversation from the prompt and marks the conversation updated.
    qint64 addTurn(qint64 conversationId, qint64 parentTurnId, const QString &userText);
    /// A new version of a past message: a sibling of @p turnId, which is kept. The new branch
    /// becomes the latest one.
    qint64 editTurn(qint64 turnId, const QString &newText);
    /// The turns from the first to @p leafTurnId (0: the end of the latest branch), each with
    /// the answer that continues it for provider/model (rule in docs/storage.md).
    QList<ContextTurn> contextFor(qint64 conversationId, qint64 leafTurnId, const QString &provider,
                                  const QString &model);

    // Answers
    /// A new answer in status "streaming". Another answer in the same slot is a regeneration.
    qint64 addAnswer(qint64 turnId, int slot, const QString &provider, const QString &model,
                     const QJsonObject &parameters);
    /// Saves the partial text of a streaming answer: one UPDATE, no search-index work. An
    /// answer no longer streaming is left alone (a late checkpoint); false only when the write
    /// failed.
    bool checkpointAnswer(qint64 answerId, const QString &text, const QString &reasoning);
    /// Final state of an answer; @p status is done, error, cancelled or interrupted. Use -1 for
    /// unknown numbers. The answer enters the search index here.
    bool finishAnswer(qint64 answerId, const QString &status, const QString &text,
                      const QString &reasoning, const QString &errorCode,
                      const QString &errorMessage, int tokensIn, int tokensOut, qint64 ttftMs,
                      qint64 latencyMs);
    /// A finished answer streams again from nothing (the retry of a failed or interrupted
    /// one): status "streaming", text, error and figures cleared, out of the search index.
    bool restartAnswer(qint64 answerId);
    /// Makes this answer the one that continues its turn (unsetting any other).
    bool setChosen(qint64 answerId);
    bool clearChosen(qint64 turnId);
    std::optional<StoredAnswer> answer(qint64 answerId);
    /// Start-up recovery: answers still "streaming" whose writer @p isGone (it crashed) become
    /// "interrupted", with their last checkpointed text. An answer from before writers were
    /// recorded has an empty writer. Returns how many.
    int markInterrupted(const std::function<bool(const QString &writer)> &isGone);

    // Workspace runs (RunHistory)
    /// Keeps a finished run in its conversation's history; its output is capped. The new id.
    qint64 addRun(const StoredRun &run);
    /// The runs of @p conversationId, newest first (at most RunHistory::kMaxListed).
    QList<StoredRun> runs(qint64 conversationId);

    /// Full-text search (see SearchIndex); best first.
    QList<SearchHit> search(const QString &query, int limit = 50);

    /// Every branch of a conversation, for export.
    std::optional<ConversationArchive> archive(qint64 id);
    /// Inserts whole conversations (import): all or nothing. New ids, in order; empty on error.
    QList<qint64> importArchives(const QList<ConversationArchive> &archives);

    QString lastError() const { return m_lastError; }
    /// The file this store works on (for pragmas and integrity checks).
    Database &database() { return m_database; }

private:
    qint64 now() const;
    qint64 insertTurn(qint64 conversationId, qint64 parentTurnId, const QString &userText);
    bool updateConversation(qint64 id, const QString &assignments, const QVariantList &values);

    Database &m_database;
    Clock m_clock;
    QString m_writer;
    QString m_lastError;
};

} // namespace coro
