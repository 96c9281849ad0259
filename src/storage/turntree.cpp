#include "turntree.h"

#include <algorithm>

namespace coro {

TurnTree::TurnTree(const QList<Node> &nodes)
{
    for (const Node &node : nodes) {
        m_nodes.insert(node.id, node);
        m_children[node.parentId].append(node.id);
    }
    for (auto &children : m_children) {
        std::sort(children.begin(), children.end(), [this](qint64 a, qint64 b) {
            const Node x = m_nodes.value(a);
            const Node y = m_nodes.value(b);
            return x.createdAt != y.createdAt ? x.createdAt < y.createdAt : x.id < y.id;
        });
    }
}

QList<qint64> TurnTree::latestBranch() const
{
    QList<qint64> path;
    appendLatestDescendants(0, &path);
    return path;
}

QList<qint64> TurnTree::branchThrough(qint64 turnId) const
{
    QList<qint64> path = pathTo(turnId);
    if (!path.isEmpty())
        appendLatestDescendants(turnId, &path);
    return path;
}

QList<qint64> TurnTree::pathTo(qint64 turnId) const
{
    QList<qint64> path;
    // Bounded by the node count so a damaged parent chain cannot loop forever.
    for (qint64 id = turnId; id != 0 && path.size() <= m_nodes.size();) {
        const auto it = m_nodes.constFind(id);
        if (it == m_nodes.constEnd())
            return {};
        path.prepend(id);
        id = it->parentId;
    }
    return path;
}

QList<qint64> TurnTree::versionsOf(qint64 turnId) const
{
    const auto it = m_nodes.constFind(turnId);
    return it == m_nodes.constEnd() ? QList<qint64>{} : m_children.value(it->parentId);
}

void TurnTree::appendLatestDescendants(qint64 fromId, QList<qint64> *path) const
{
    for (qint64 id = fromId; path->size() <= m_nodes.size();) {
        const QList<qint64> children = m_children.value(id);
        if (children.isEmpty())
            return;
        id = children.constLast();
        path->append(id);
    }
}

} // namespace coro
