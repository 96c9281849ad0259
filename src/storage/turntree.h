#pragma once

#include <QHash>
#include <QList>

namespace coro {

/**
 * @brief The branch structure of one conversation's turns: which path through them is shown.
 *
 * Editing a message adds a sibling turn (same parent), so a conversation is a tree. The latest
 * version at each step (newest created_at, then highest id) is the one shown by default.
 */
class TurnTree
{
public:
    struct Node
    {
        qint64 id = 0;
        qint64 parentId = 0; ///< 0 for a first message.
        qint64 createdAt = 0;
    };

    explicit TurnTree(const QList<Node> &nodes);

    bool contains(qint64 turnId) const { return m_nodes.contains(turnId); }
    /// Root to leaf, taking the latest child at each step.
    QList<qint64> latestBranch() const;
    /// The ancestors of @p turnId, the turn itself, then its latest descendants.
    QList<qint64> branchThrough(qint64 turnId) const;
    /// Root to @p turnId inclusive; empty when the turn is unknown.
    QList<qint64> pathTo(qint64 turnId) const;
    /// The turn and its siblings (every version of that message), oldest first.
    QList<qint64> versionsOf(qint64 turnId) const;

private:
    void appendLatestDescendants(qint64 fromId, QList<qint64> *path) const;

    QHash<qint64, Node> m_nodes;
    QHash<qint64, QList<qint64>> m_children; ///< Parent id (0 = none) to children, oldest first.
};

} // namespace coro
