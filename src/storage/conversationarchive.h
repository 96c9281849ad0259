#pragma once

#include "storage/storetypes.h"

namespace coro {

/**
 * @brief One whole conversation, every branch included: what export reads and import produces.
 *
 * Ids are local to the archive. On import the store assigns new ones and maps parentTurnId and
 * currentBranch through them. StoredTurn::conversationId, StoredAnswer::turnId and
 * StoredTurn::versionIds follow from the structure (summary.id, the owning turn, the turns
 * sharing a parent), so files do not carry them; fillDerivedFields() sets them.
 */
struct ConversationArchive
{
    ConversationSummary summary;
    QString guide;
    /// EVERY turn of every branch, each parent before its children; StoredTurn::parentTurnId
    /// refers to ids within this list (0 = root).
    QList<StoredTurn> turns;
    /// Turn ids root→leaf of the branch the user last saw.
    QList<qint64> currentBranch;

    /// The turns of currentBranch in order or, when it is empty, the latest branch (the newest
    /// version at each step, as the store shows a conversation by default).
    QList<const StoredTurn *> branchTurns() const;
    /// Every version of @p turn's message (the turns sharing its parent), oldest first.
    QList<qint64> versionsOf(const StoredTurn &turn) const;
    /// Sets conversationId, turnId and versionIds from summary.id, nesting and parentTurnId.
    void fillDerivedFields();

    /// The first reason the store could not take this archive as it is: a repeated turn or
    /// answer id, a missing parent, a cycle of parents, two chosen answers in one turn, or a
    /// current branch that is not a path from a first turn. Empty when there is none.
    QString structuralProblem() const;
    /// Moves parents before their children, otherwise keeping the order. Needs an archive
    /// without structural problems.
    void orderParentsFirst();
};

/// Whether a parameter name looks like it holds a credential ("api_key", "Authorization",
/// "access_token"...). Generation parameters such as max_tokens do not.
bool isCredentialName(const QString &name);

/// @p parameters without any credential-like entry, at any depth: a key that reached the
/// parameters by mistake must not travel on in an export or into the database.
QJsonObject withoutCredentials(const QJsonObject &parameters);

} // namespace coro
