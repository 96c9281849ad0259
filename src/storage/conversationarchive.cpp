#include "conversationarchive.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace coro {

namespace {

// Oldest first; ids break ties so the order never depends on the list order.
bool olderThan(const StoredTurn *a, const StoredTurn *b)
{
    return a->createdAt != b->createdAt ? a->createdAt < b->createdAt : a->id < b->id;
}

QHash<qint64, QList<const StoredTurn *>> childrenByParent(const QList<StoredTurn> &turns)
{
    QHash<qint64, QList<const StoredTurn *>> children;
    for (const StoredTurn &turn : turns)
        children[turn.parentTurnId].append(&turn);
    for (auto &siblings : children)
        std::sort(siblings.begin(), siblings.end(), olderThan);
    return children;
}

QJsonValue cleanedValue(const QJsonValue &value)
{
    if (value.isObject())
        return withoutCredentials(value.toObject());
    if (value.isArray()) {
        QJsonArray cleaned;
        for (const QJsonValue &item : value.toArray())
            cleaned.append(cleanedValue(item));
        return cleaned;
    }
    return value;
}

QString idProblem(const QList<StoredTurn> &turns)
{
    QSet<qint64> turnIds;
    QHash<qint64, qint64> turnOfAnswer;
    for (const StoredTurn &turn : turns) {
        if (turnIds.contains(turn.id))
            return QStringLiteral("turn %1 appears twice").arg(turn.id);
        turnIds.insert(turn.id);
        qint64 chosen = 0;
        for (const StoredAnswer &answer : turn.answers) {
            if (turnOfAnswer.contains(answer.id)) {
                return QStringLiteral("answer %1 appears twice (turns %2 and %3)")
                    .arg(answer.id)
                    .arg(turnOfAnswer.value(answer.id))
                    .arg(turn.id);
            }
            turnOfAnswer.insert(answer.id, turn.id);
            // The store keeps at most one chosen answer per turn (a unique index).
            if (answer.chosen && chosen != 0) {
                return QStringLiteral("turn %1 has more than one chosen answer (%2 and %3)")
                    .arg(turn.id)
                    .arg(chosen)
                    .arg(answer.id);
            }
            if (answer.chosen)
                chosen = answer.id;
        }
    }
    return {};
}

QString treeProblem(const QList<StoredTurn> &turns)
{
    QHash<qint64, qint64> parentOf;
    for (const StoredTurn &turn : turns)
        parentOf.insert(turn.id, turn.parentTurnId);
    for (const StoredTurn &turn : turns) {
        if (turn.parentTurnId != 0 && !parentOf.contains(turn.parentTurnId)) {
            return QStringLiteral("turn %1 refers to missing parent %2")
                .arg(turn.id)
                .arg(turn.parentTurnId);
        }
    }
    // Walk up from each turn; meeting a turn of the current walk again is a cycle.
    QHash<qint64, int> state; // absent: unseen, 1: on the current walk, 2: reaches the root
    for (const StoredTurn &turn : turns) {
        QList<qint64> walk;
        qint64 id = turn.id;
        while (id != 0 && !state.contains(id)) {
            state.insert(id, 1);
            walk.append(id);
            id = parentOf.value(id);
        }
        if (id != 0 && state.value(id) == 1) {
            QStringList cycle;
            for (qsizetype i = walk.indexOf(id); i < walk.size(); ++i)
                cycle << QString::number(walk.at(i));
            cycle << QString::number(id);
            return QStringLiteral("turn %1 is its own ancestor (%2)")
                .arg(id)
                .arg(cycle.join(QStringLiteral(" → ")));
        }
        for (qint64 walked : walk)
            state.insert(walked, 2);
    }
    return {};
}

QString branchProblem(const QList<qint64> &branch, const QList<StoredTurn> &turns)
{
    QHash<qint64, qint64> parentOf;
    for (const StoredTurn &turn : turns)
        parentOf.insert(turn.id, turn.parentTurnId);
    qint64 previous = 0;
    for (qint64 id : branch) {
        if (!parentOf.contains(id))
            return QStringLiteral("current_branch names missing turn %1").arg(id);
        if (parentOf.value(id) != previous && previous == 0) {
            return QStringLiteral("current_branch starts at turn %1, which is not a first turn")
                .arg(id);
        }
        if (parentOf.value(id) != previous) {
            return QStringLiteral("current_branch has turn %1 after turn %2, which is not its "
                                  "parent")
                .arg(id)
                .arg(previous);
        }
        previous = id;
    }
    return {};
}

} // namespace

QList<const StoredTurn *> ConversationArchive::branchTurns() const
{
    QList<const StoredTurn *> branch;
    if (!currentBranch.isEmpty()) {
        QHash<qint64, const StoredTurn *> byId;
        for (const StoredTurn &turn : turns)
            byId.insert(turn.id, &turn);
        for (qint64 id : currentBranch) {
            if (const StoredTurn *turn = byId.value(id))
                branch.append(turn);
        }
        return branch;
    }
    const auto children = childrenByParent(turns);
    qint64 parent = 0;
    // Each turn appears once, so the walk ends; the bound guards against a malformed archive.
    while (children.contains(parent) && branch.size() < turns.size()) {
        const StoredTurn *latest = children.value(parent).constLast();
        branch.append(latest);
        parent = latest->id;
    }
    return branch;
}

QList<qint64> ConversationArchive::versionsOf(const StoredTurn &turn) const
{
    QList<const StoredTurn *> siblings;
    for (const StoredTurn &other : turns) {
        if (other.parentTurnId == turn.parentTurnId)
            siblings.append(&other);
    }
    std::sort(siblings.begin(), siblings.end(), olderThan);
    QList<qint64> ids;
    for (const StoredTurn *sibling : siblings)
        ids.append(sibling->id);
    return ids;
}

void ConversationArchive::fillDerivedFields()
{
    QHash<qint64, QList<qint64>> versions;
    for (const auto &siblings : childrenByParent(turns)) {
        QList<qint64> ids;
        for (const StoredTurn *turn : siblings)
            ids.append(turn->id);
        for (qint64 id : ids)
            versions.insert(id, ids);
    }
    for (StoredTurn &turn : turns) {
        turn.conversationId = summary.id;
        turn.versionIds = versions.value(turn.id);
        for (StoredAnswer &answer : turn.answers)
            answer.turnId = turn.id;
    }
}

QString ConversationArchive::structuralProblem() const
{
    QString problem = idProblem(turns);
    if (problem.isEmpty())
        problem = treeProblem(turns);
    if (problem.isEmpty())
        problem = branchProblem(currentBranch, turns);
    return problem;
}

void ConversationArchive::orderParentsFirst()
{
    QHash<qint64, const StoredTurn *> byId;
    for (const StoredTurn &turn : std::as_const(turns))
        byId.insert(turn.id, &turn);
    QList<StoredTurn> ordered;
    QSet<qint64> placed;
    for (const StoredTurn &turn : std::as_const(turns)) {
        // The turn's ancestors not yet placed, then the turn: each parent lands first.
        QList<const StoredTurn *> pending;
        for (const StoredTurn *t = &turn; t && !placed.contains(t->id);
             t = byId.value(t->parentTurnId))
            pending.prepend(t);
        for (const StoredTurn *t : pending) {
            ordered.append(*t);
            placed.insert(t->id);
        }
    }
    turns = ordered;
}

bool isCredentialName(const QString &name)
{
    static const char *const kFragments[] = {"key",  "secret",     "password", "passwd",
                                             "auth", "credential", "bearer",   "cookie"};
    const QString lower = name.toLower();
    for (const char *fragment : kFragments) {
        if (lower.contains(QLatin1String(fragment)))
            return true;
    }
    // "access_token" or "token" is a credential; "max_tokens" is a count.
    return lower.endsWith(QLatin1String("token"));
}

QJsonObject withoutCredentials(const QJsonObject &parameters)
{
    QJsonObject cleaned;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (!isCredentialName(it.key()))
            cleaned.insert(it.key(), cleanedValue(it.value()));
    }
    return cleaned;
}

} // namespace coro
