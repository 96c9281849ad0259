#include "conversationreader.h"

#include "sqlexec.h"
#include "turntree.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace coro {

namespace {

const QString kSummaryColumns =
    QStringLiteral("id, title, title_source, created_at, updated_at, pinned, archived");
const QString kAnswerColumns = QStringLiteral(
    "id, turn_id, slot, provider, model, parameters, text, reasoning, status, error_code, "
    "error_message, tokens_in, tokens_out, ttft_ms, latency_ms, chosen, created_at, updated_at");

ConversationSummary readSummary(const QSqlQuery &query)
{
    ConversationSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.title = query.value(1).toString();
    summary.titleSource = query.value(2).toString();
    summary.createdAt = query.value(3).toLongLong();
    summary.updatedAt = query.value(4).toLongLong();
    summary.pinned = query.value(5).toBool();
    summary.archived = query.value(6).toBool();
    return summary;
}

// NULL columns stand for "not known", which the value types spell -1.
qint64 orUnknown(const QVariant &value)
{
    return value.isNull() ? -1 : value.toLongLong();
}

StoredAnswer readAnswer(const QSqlQuery &query)
{
    StoredAnswer answer;
    answer.id = query.value(0).toLongLong();
    answer.turnId = query.value(1).toLongLong();
    answer.slot = query.value(2).toInt();
    answer.provider = query.value(3).toString();
    answer.model = query.value(4).toString();
    answer.parameters = QJsonDocument::fromJson(query.value(5).toByteArray()).object();
    answer.text = query.value(6).toString();
    answer.reasoning = query.value(7).toString();
    answer.status = query.value(8).toString();
    answer.errorCode = query.value(9).toString();
    answer.errorMessage = query.value(10).toString();
    answer.tokensIn = static_cast<int>(orUnknown(query.value(11)));
    answer.tokensOut = static_cast<int>(orUnknown(query.value(12)));
    answer.ttftMs = orUnknown(query.value(13));
    answer.latencyMs = orUnknown(query.value(14));
    answer.chosen = query.value(15).toBool();
    answer.createdAt = query.value(16).toLongLong();
    answer.updatedAt = query.value(17).toLongLong();
    return answer;
}

// The rule is documented in docs/storage.md ("Context for a model").
const StoredAnswer *contextAnswer(const QList<StoredAnswer> &answers, const QString &provider,
                                  const QString &model)
{
    const StoredAnswer *own = nullptr;
    const StoredAnswer *firstDone = nullptr;
    const auto done = QStringLiteral("done");
    for (const StoredAnswer &answer : answers) {
        if (answer.chosen)
            return &answer;
        if (answer.status != done)
            continue;
        // Answers come by slot, oldest first: the last of a model's is its regenerated one.
        if (answer.provider == provider && answer.model == model)
            own = &answer;
        if (!firstDone || firstDone->slot == answer.slot)
            firstDone = &answer;
    }
    return own ? own : firstDone;
}

} // namespace

ConversationReader::ConversationReader(QSqlDatabase db) : m_db(std::move(db)) {}

QList<ConversationSummary> ConversationReader::list(int offset, int limit, bool archived,
                                                    QString *error) const
{
    // Matches the partial index conversations_list, so no sort step is needed.
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT %1 FROM conversations "
                                                        "WHERE deleted_at IS NULL AND archived = ? "
                                                        "ORDER BY pinned DESC, updated_at DESC, "
                                                        "id DESC LIMIT ? OFFSET ?")
                                             .arg(kSummaryColumns));
    query.addBindValue(archived ? 1 : 0);
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<ConversationSummary> summaries;
    if (!sql::exec(query, error))
        return summaries;
    while (query.next())
        summaries.append(readSummary(query));
    return summaries;
}

std::optional<Conversation> ConversationReader::load(qint64 id, qint64 throughTurnId,
                                                     QString *error) const
{
    std::optional<Conversation> conversation = header(id, error);
    QHash<qint64, StoredTurn> turns;
    std::optional<TurnTree> tree;
    if (!conversation || !loadTurns(id, &turns, &tree, error))
        return std::nullopt;
    if (throughTurnId != 0 && !tree->contains(throughTurnId)) {
        if (error)
            *error = QStringLiteral("Turn %1 is not in conversation %2").arg(throughTurnId).arg(id);
        return std::nullopt;
    }
    const QList<qint64> branch =
        throughTurnId != 0 ? tree->branchThrough(throughTurnId) : tree->latestBranch();
    for (qint64 turnId : branch) {
        StoredTurn turn = turns.take(turnId);
        turn.versionIds = tree->versionsOf(turnId);
        conversation->turns.append(std::move(turn));
    }
    return conversation;
}

QList<ContextTurn> ConversationReader::context(qint64 conversationId, qint64 leafTurnId,
                                               const QString &provider, const QString &model,
                                               QString *error) const
{
    QHash<qint64, StoredTurn> turns;
    std::optional<TurnTree> tree;
    if (!header(conversationId, error) || !loadTurns(conversationId, &turns, &tree, error))
        return {};
    if (leafTurnId != 0 && !tree->contains(leafTurnId)) {
        if (error)
            *error = QStringLiteral("Turn %1 is not in conversation %2")
                         .arg(leafTurnId)
                         .arg(conversationId);
        return {};
    }
    QList<ContextTurn> context;
    for (qint64 turnId : leafTurnId != 0 ? tree->pathTo(leafTurnId) : tree->latestBranch()) {
        const StoredTurn &turn = turns[turnId];
        ContextTurn entry;
        entry.turnId = turnId;
        entry.userText = turn.userText;
        if (const StoredAnswer *answer = contextAnswer(turn.answers, provider, model)) {
            entry.answerId = answer->id;
            entry.assistantText = answer->text;
        }
        context.append(entry);
    }
    return context;
}

std::optional<StoredAnswer> ConversationReader::answer(qint64 answerId, QString *error) const
{
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT %1 FROM answers WHERE id = ?").arg(kAnswerColumns));
    query.addBindValue(answerId);
    if (!sql::exec(query, error) || !query.next())
        return std::nullopt;
    return readAnswer(query);
}

std::optional<Conversation> ConversationReader::header(qint64 id, QString *error) const
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT %1, guide FROM conversations "
                                                        "WHERE id = ? AND deleted_at IS NULL")
                                             .arg(kSummaryColumns));
    query.addBindValue(id);
    if (!sql::exec(query, error))
        return std::nullopt;
    if (!query.next()) {
        if (error)
            *error = QStringLiteral("No conversation %1").arg(id);
        return std::nullopt;
    }
    Conversation conversation;
    conversation.summary = readSummary(query);
    conversation.guide = query.value(7).toString();
    return conversation;
}

std::optional<ConversationArchive> ConversationReader::archive(qint64 id, QString *error) const
{
    const auto shown = load(id, 0, error);
    if (!shown)
        return std::nullopt;
    QHash<qint64, StoredTurn> turns;
    std::optional<TurnTree> tree;
    if (!loadTurns(id, &turns, &tree, error))
        return std::nullopt;
    ConversationArchive archive;
    archive.summary = shown->summary;
    archive.guide = shown->guide;
    for (const StoredTurn &turn : shown->turns)
        archive.currentBranch.append(turn.id);
    archive.turns = turns.values();
    // Ids grow with creation, and a turn is always created after its parent.
    std::sort(archive.turns.begin(), archive.turns.end(),
              [](const StoredTurn &a, const StoredTurn &b) { return a.id < b.id; });
    archive.fillDerivedFields();
    return archive;
}

bool ConversationReader::loadTurns(qint64 conversationId, QHash<qint64, StoredTurn> *turns,
                                   std::optional<TurnTree> *tree, QString *error) const
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT id, parent_turn_id, user_text, "
                                                        "created_at FROM turns "
                                                        "WHERE conversation_id = ? ORDER BY id"));
    query.addBindValue(conversationId);
    if (!sql::exec(query, error))
        return false;
    QList<TurnTree::Node> nodes;
    while (query.next()) {
        StoredTurn turn;
        turn.id = query.value(0).toLongLong();
        turn.conversationId = conversationId;
        turn.parentTurnId = query.value(1).toLongLong();
        turn.userText = query.value(2).toString();
        turn.createdAt = query.value(3).toLongLong();
        nodes.append({turn.id, turn.parentTurnId, turn.createdAt});
        turns->insert(turn.id, turn);
    }
    tree->emplace(nodes);

    QSqlQuery answers =
        sql::prepare(m_db, QStringLiteral("SELECT %1 FROM answers WHERE turn_id IN "
                                          "(SELECT id FROM turns WHERE conversation_id = ?) "
                                          "ORDER BY turn_id, slot, id")
                               .arg(kAnswerColumns));
    answers.addBindValue(conversationId);
    if (!sql::exec(answers, error))
        return false;
    while (answers.next()) {
        StoredAnswer answer = readAnswer(answers);
        (*turns)[answer.turnId].answers.append(std::move(answer));
    }
    return true;
}

} // namespace coro
