#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace coro {

/**
 * @brief One row of the conversation list.
 */
struct ConversationSummary
{
    qint64 id = 0;
    QString title;
    QString titleSource;  ///< "default", "prompt", "model" or "user": who named it.
    qint64 createdAt = 0; ///< Milliseconds since the epoch, UTC.
    qint64 updatedAt = 0; ///< Last change to the conversation or a new turn in it.
    bool pinned = false;
    bool archived = false;
};

/**
 * @brief One model's answer to one turn, as stored.
 */
struct StoredAnswer
{
    qint64 id = 0;
    qint64 turnId = 0;
    int slot = 0; ///< The pane it was shown in; a regenerated answer takes the same slot.
    QString provider;
    QString model;
    QJsonObject parameters; ///< The generation parameters sent (never a key).
    QString text;
    QString reasoning;
    QString status;    ///< "streaming", "done", "error", "cancelled" or "interrupted".
    QString errorCode; ///< errorCodeName() of the failure; empty when none.
    QString errorMessage;
    int tokensIn = -1; ///< -1 where the provider did not say.
    int tokensOut = -1;
    qint64 ttftMs = -1;    ///< Time to first token; -1 when no token came.
    qint64 latencyMs = -1; ///< Request sent to answer finished; -1 while unknown.
    bool chosen = false;   ///< The user picked it to continue the conversation.
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

/**
 * @brief One user message and every answer it received.
 */
struct StoredTurn
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 parentTurnId = 0; ///< The turn this one follows; 0 for the first. Siblings = branches.
    QString userText;
    qint64 createdAt = 0;
    QList<StoredAnswer> answers; ///< By slot, then oldest first within a slot.
    /// Every version of this message (itself included), oldest first; more than one = branches.
    QList<qint64> versionIds;
};

/**
 * @brief A conversation opened for reading: its summary and one branch of its turns.
 */
struct Conversation
{
    ConversationSummary summary;
    QString guide;
    QList<StoredTurn> turns; ///< The branch shown, root to leaf.
};

/**
 * @brief What one earlier turn contributes to a model's context.
 */
struct ContextTurn
{
    qint64 turnId = 0;
    QString userText;
    qint64 answerId = 0; ///< The answer used as the assistant message; 0 when none qualified.
    QString assistantText;
};

/**
 * @brief One search result: where it is, so the UI can open the conversation at it.
 */
struct SearchHit
{
    /// Marks around each matched term in snippet.
    static constexpr char16_t kMatchOpen = u'\u00AB';  // «
    static constexpr char16_t kMatchClose = u'\u00BB'; // »

    qint64 conversationId = 0;
    qint64 turnId = 0;
    qint64 answerId = 0; ///< 0 when the hit is in the user's message.
    QString conversationTitle;
    QString provider; ///< Empty for a user message.
    QString model;
    QString snippet; ///< A few words around the match, matches between kMatchOpen/kMatchClose.
    double rank = 0; ///< FTS5 bm25: lower (more negative) is a better match.
};

/**
 * @brief One program run in the workspace, as kept in a conversation's history.
 */
struct StoredRun
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 turnId = 0;   ///< The turn whose answer held the code; 0 when typed or opened loose.
    qint64 answerId = 0; ///< The answer the code came from; 0 when none.
    QString language;    ///< "python", "sh" or "js".
    QString code;
    QString input; ///< What the program got on stdin.
    QString stdoutText;
    QString stderrText;
    int exitCode = -1; ///< -1 when the program did not exit by itself.
    int signal = 0;    ///< The signal that ended it; 0 when none.
    QString limit;     ///< limitName() of the limit that stopped it ("time"...); empty: none.
    bool cancelled = false;
    qint64 elapsedMs = 0;
    QStringList files; ///< Files it left in its working directory (names only; not kept).
    qint64 createdAt = 0;
};

} // namespace coro
