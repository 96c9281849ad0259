#pragma once

#include "conversationarchive.h"
#include "storetypes.h"

#include <QHash>
#include <QSqlDatabase>
#include <optional>

class QSqlQuery;

namespace coro {

class TurnTree;

/**
 * @brief The read side of the store: the conversation list, one conversation's branch and the
 * history a model is given as context.
 */
class ConversationReader
{
public:
    explicit ConversationReader(QSqlDatabase db);

    QList<ConversationSummary> list(int offset, int limit, bool archived, QString *error) const;
    /// Nothing for an unknown or deleted conversation, or a turn that is not in it.
    std::optional<Conversation> load(qint64 id, qint64 throughTurnId, QString *error) const;
    QList<ContextTurn> context(qint64 conversationId, qint64 leafTurnId, const QString &provider,
                               const QString &model, QString *error) const;
    std::optional<StoredAnswer> answer(qint64 answerId, QString *error) const;
    /// Every turn of every branch, for export; nothing for an unknown or deleted conversation.
    std::optional<ConversationArchive> archive(qint64 id, QString *error) const;

private:
    std::optional<Conversation> header(qint64 id, QString *error) const;
    /// Every turn of the conversation by id (answers filled in) and the tree they form.
    bool loadTurns(qint64 conversationId, QHash<qint64, StoredTurn> *turns,
                   std::optional<TurnTree> *tree, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace coro
