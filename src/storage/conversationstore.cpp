#include "conversationstore.h"

#include "archivewriter.h"
#include "conversationreader.h"
#include "database.h"
#include "runhistory.h"
#include "searchindex.h"
#include "sqlexec.h"
#include "storagelogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QVariant>

namespace coro {

namespace {

constexpr int kMaxTitleLength = 60;

// Qt binds a null QString as SQL NULL; NOT NULL text columns need an empty string instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nullIfUnknown(qint64 value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

} // namespace

ConversationStore::ConversationStore(Database &database, Clock clock)
    : m_database(database), m_clock(std::move(clock))
{}

sql::WriteTransaction ConversationStore::transaction()
{
    return sql::WriteTransaction(m_database.connection(), &m_lastError);
}

QString ConversationStore::defaultTitle()
{
    return QCoreApplication::translate("ConversationStore", "New chat");
}

QString ConversationStore::titleFromPrompt(const QString &prompt)
{
    QString line;
    for (const QString &candidate : prompt.split(QLatin1Char('\n'))) {
        line = candidate.simplified();
        if (!line.isEmpty())
            break;
    }
    if (line.size() <= kMaxTitleLength)
        return line;
    const QChar ellipsis(0x2026);
    // Room for the ellipsis; cut at the last space unless that would leave too little.
    qsizetype cut = line.lastIndexOf(QLatin1Char(' '), kMaxTitleLength - 1);
    if (cut < kMaxTitleLength / 2) {
        cut = kMaxTitleLength - 1;
        if (line.at(cut - 1).isHighSurrogate())
            --cut;
    }
    QString title = line.left(cut);
    while (!title.isEmpty() && (title.back().isSpace() || title.back().isPunct()))
        title.chop(1);
    return title + ellipsis;
}

qint64 ConversationStore::createConversation(const QString &title)
{
    const QString trimmed = title.trimmed();
    const bool isDefault = trimmed.isEmpty() || trimmed == defaultTitle();
    QSqlQuery query = sql::prepare(
        m_database.connection(),
        QStringLiteral("INSERT INTO conversations (title, title_source, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?)"));
    const qint64 at = now();
    query.addBindValue(isDefault ? defaultTitle() : trimmed);
    query.addBindValue(isDefault ? QStringLiteral("default") : QStringLiteral("user"));
    query.addBindValue(at);
    query.addBindValue(at);
    return sql::exec(query, &m_lastError) ? query.lastInsertId().toLongLong() : 0;
}

QList<ConversationSummary> ConversationStore::listConversations(int offset, int limit,
                                                                bool archived)
{
    return ConversationReader(m_database.connection()).list(offset, limit, archived, &m_lastError);
}

std::optional<Conversation> ConversationStore::conversation(qint64 id, qint64 throughTurnId)
{
    return ConversationReader(m_database.connection()).load(id, throughTurnId, &m_lastError);
}

bool ConversationStore::rename(qint64 id, const QString &title, const QString &source)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty()) {
        m_lastError = QStringLiteral("A title cannot be empty");
        return false;
    }
    return updateConversation(id, QStringLiteral("title = ?, title_source = ?"), {trimmed, source});
}

bool ConversationStore::setGuide(qint64 id, const QString &guide)
{
    return updateConversation(id, QStringLiteral("guide = ?"), {notNull(guide)});
}

bool ConversationStore::setPinned(qint64 id, bool pinned)
{
    return updateConversation(id, QStringLiteral("pinned = ?"), {pinned ? 1 : 0});
}

bool ConversationStore::setArchived(qint64 id, bool archived)
{
    return updateConversation(id, QStringLiteral("archived = ?"), {archived ? 1 : 0});
}

bool ConversationStore::softDelete(qint64 id)
{
    return updateConversation(id, QStringLiteral("deleted_at = ?"), {now()});
}

bool ConversationStore::undoDelete(qint64 id)
{
    QSqlQuery query = sql::prepare(m_database.connection(),
                                   QStringLiteral("UPDATE conversations SET deleted_at = NULL "
                                                  "WHERE id = ? AND deleted_at IS NOT NULL"));
    query.addBindValue(id);
    return sql::exec(query, &m_lastError) && query.numRowsAffected() == 1;
}

int ConversationStore::purgeDeleted(qint64 deletedBefore)
{
    // Turns and answers follow through ON DELETE CASCADE; their triggers clean the index.
    QSqlQuery query =
        sql::prepare(m_database.connection(), QStringLiteral("DELETE FROM conversations "
                                                             "WHERE deleted_at IS NOT NULL "
                                                             "AND deleted_at <= ?"));
    query.addBindValue(deletedBefore);
    return sql::exec(query, &m_lastError) ? query.numRowsAffected() : 0;
}

qint64 ConversationStore::addTurn(qint64 conversationId, qint64 parentTurnId,
                                  const QString &userText)
{
    sql::WriteTransaction transaction(m_database.connection(), &m_lastError);
    const qint64 id =
        transaction.isActive() ? insertTurn(conversationId, parentTurnId, userText) : 0;
    return id != 0 && transaction.commit(&m_lastError) ? id : 0;
}

qint64 ConversationStore::editTurn(qint64 turnId, const QString &newText)
{
    sql::WriteTransaction transaction(m_database.connection(), &m_lastError);
    QSqlQuery query = sql::prepare(
        m_database.connection(),
        QStringLiteral("SELECT conversation_id, parent_turn_id FROM turns WHERE id = ?"));
    query.addBindValue(turnId);
    if (!transaction.isActive() || !sql::exec(query, &m_lastError))
        return 0;
    if (!query.next()) {
        m_lastError = QStringLiteral("No turn %1").arg(turnId);
        return 0;
    }
    const qint64 conversationId = query.value(0).toLongLong();
    const qint64 parentTurnId = query.value(1).toLongLong();
    query.finish();
    const qint64 id = insertTurn(conversationId, parentTurnId, newText);
    return id != 0 && transaction.commit(&m_lastError) ? id : 0;
}

QList<ContextTurn> ConversationStore::contextFor(qint64 conversationId, qint64 leafTurnId,
                                                 const QString &provider, const QString &model)
{
    return ConversationReader(m_database.connection())
        .context(conversationId, leafTurnId, provider, model, &m_lastError);
}

qint64 ConversationStore::addAnswer(qint64 turnId, int slot, const QString &provider,
                                    const QString &model, const QJsonObject &parameters)
{
    QSqlQuery query = sql::prepare(
        m_database.connection(),
        QStringLiteral("INSERT INTO answers (turn_id, slot, provider, model, parameters, status, "
                       "writer, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, 'streaming', ?, ?, ?)"));
    const qint64 at = now();
    query.addBindValue(turnId);
    query.addBindValue(slot);
    query.addBindValue(notNull(provider));
    query.addBindValue(notNull(model));
    query.addBindValue(QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact)));
    query.addBindValue(nullIfEmpty(m_writer));
    query.addBindValue(at);
    query.addBindValue(at);
    return sql::exec(query, &m_lastError) ? query.lastInsertId().toLongLong() : 0;
}

bool ConversationStore::checkpointAnswer(qint64 answerId, const QString &text,
                                         const QString &reasoning)
{
    // Only while streaming: a late checkpoint must never overwrite a finished answer.
    QSqlQuery query = sql::prepare(m_database.connection(),
                                   QStringLiteral("UPDATE answers SET text = ?, reasoning = ?, "
                                                  "updated_at = ? "
                                                  "WHERE id = ? AND status = 'streaming'"));
    query.addBindValue(notNull(text));
    query.addBindValue(notNull(reasoning));
    query.addBindValue(now());
    query.addBindValue(answerId);
    return sql::exec(query, &m_lastError);
}

bool ConversationStore::finishAnswer(qint64 answerId, const QString &status, const QString &text,
                                     const QString &reasoning, const QString &errorCode,
                                     const QString &errorMessage, int tokensIn, int tokensOut,
                                     qint64 ttftMs, qint64 latencyMs)
{
    if (status == QStringLiteral("streaming")) {
        m_lastError = QStringLiteral("A finished answer cannot be streaming");
        return false;
    }
    QSqlQuery query = sql::prepare(
        m_database.connection(),
        QStringLiteral("UPDATE answers SET status = ?, text = ?, reasoning = ?, error_code = ?, "
                       "error_message = ?, tokens_in = ?, tokens_out = ?, ttft_ms = ?, "
                       "latency_ms = ?, writer = NULL, updated_at = ? WHERE id = ?"));
    for (const QVariant &value :
         {QVariant(status), QVariant(notNull(text)), QVariant(notNull(reasoning)),
          nullIfEmpty(errorCode), nullIfEmpty(errorMessage), nullIfUnknown(tokensIn),
          nullIfUnknown(tokensOut), nullIfUnknown(ttftMs), nullIfUnknown(latencyMs),
          QVariant(now()), QVariant(answerId)}) {
        query.addBindValue(value);
    }
    return sql::exec(query, &m_lastError) && query.numRowsAffected() == 1;
}

bool ConversationStore::restartAnswer(qint64 answerId)
{
    // The update trigger takes the old text out of the search index with the status change.
    QSqlQuery query = sql::prepare(
        m_database.connection(),
        QStringLiteral("UPDATE answers SET status = 'streaming', text = '', reasoning = '', "
                       "error_code = NULL, error_message = NULL, tokens_in = NULL, "
                       "tokens_out = NULL, ttft_ms = NULL, latency_ms = NULL, writer = ?, "
                       "updated_at = ? WHERE id = ? AND status <> 'streaming'"));
    query.addBindValue(nullIfEmpty(m_writer));
    query.addBindValue(now());
    query.addBindValue(answerId);
    return sql::exec(query, &m_lastError) && query.numRowsAffected() == 1;
}

bool ConversationStore::setChosen(qint64 answerId)
{
    sql::WriteTransaction transaction(m_database.connection(), &m_lastError);
    // Unset first: the unique index allows one chosen answer per turn at any moment.
    QSqlQuery unset =
        sql::prepare(m_database.connection(),
                     QStringLiteral("UPDATE answers SET chosen = 0 WHERE chosen = 1 AND id <> ? "
                                    "AND turn_id = (SELECT turn_id FROM answers WHERE id = ?)"));
    unset.addBindValue(answerId);
    unset.addBindValue(answerId);
    QSqlQuery set = sql::prepare(m_database.connection(),
                                 QStringLiteral("UPDATE answers SET chosen = 1 WHERE id = ?"));
    set.addBindValue(answerId);
    return transaction.isActive() && sql::exec(unset, &m_lastError) &&
           sql::exec(set, &m_lastError) && set.numRowsAffected() == 1 &&
           transaction.commit(&m_lastError);
}

bool ConversationStore::clearChosen(qint64 turnId)
{
    QSqlQuery query =
        sql::prepare(m_database.connection(), QStringLiteral("UPDATE answers SET chosen = 0 "
                                                             "WHERE turn_id = ? AND chosen = 1"));
    query.addBindValue(turnId);
    return sql::exec(query, &m_lastError);
}

std::optional<StoredAnswer> ConversationStore::answer(qint64 answerId)
{
    return ConversationReader(m_database.connection()).answer(answerId, &m_lastError);
}

int ConversationStore::markInterrupted(const std::function<bool(const QString &)> &isGone)
{
    QSqlQuery writers = sql::prepare(
        m_database.connection(),
        QStringLiteral("SELECT DISTINCT writer FROM answers WHERE status = 'streaming'"));
    if (!sql::exec(writers, &m_lastError))
        return 0;
    QStringList gone;
    while (writers.next()) {
        const QString writer = writers.value(0).toString();
        if ((writer.isEmpty() || writer != m_writer) && isGone(writer))
            gone << writer;
    }
    writers.finish();
    int count = 0;
    for (const QString &writer : std::as_const(gone)) {
        // "writer IS ?" matches the NULL of answers written before writers were recorded.
        QSqlQuery query = sql::prepare(
            m_database.connection(),
            QStringLiteral("UPDATE answers SET status = 'interrupted', writer = NULL, "
                           "updated_at = ? WHERE status = 'streaming' AND writer IS ?"));
        query.addBindValue(now());
        query.addBindValue(nullIfEmpty(writer));
        if (sql::exec(query, &m_lastError))
            count += query.numRowsAffected();
    }
    if (count > 0)
        qCInfo(lcStorage) << count << "answers were interrupted by the exit of their writer";
    return count;
}

qint64 ConversationStore::addRun(const StoredRun &run)
{
    return RunHistory(m_database.connection()).add(run, now(), &m_lastError);
}

QList<StoredRun> ConversationStore::runs(qint64 conversationId)
{
    return RunHistory(m_database.connection())
        .list(conversationId, RunHistory::kMaxListed, &m_lastError);
}

QList<SearchHit> ConversationStore::search(const QString &query, int limit)
{
    return SearchIndex(m_database.connection()).search(query, limit, &m_lastError);
}

qint64 ConversationStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

qint64 ConversationStore::insertTurn(qint64 conversationId, qint64 parentTurnId,
                                     const QString &userText)
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery check = sql::prepare(
        db, parentTurnId == 0 ? QStringLiteral("SELECT 1 FROM conversations WHERE id = ? "
                                               "AND deleted_at IS NULL")
                              : QStringLiteral("SELECT 1 FROM turns JOIN conversations c "
                                               "ON c.id = turns.conversation_id WHERE c.id = ? "
                                               "AND c.deleted_at IS NULL AND turns.id = ?"));
    check.addBindValue(conversationId);
    if (parentTurnId != 0)
        check.addBindValue(parentTurnId);
    if (!sql::exec(check, &m_lastError))
        return 0;
    if (!check.next()) {
        m_lastError = QStringLiteral("Conversation %1 has no turn %2 to follow")
                          .arg(conversationId)
                          .arg(parentTurnId);
        return 0;
    }
    const qint64 at = now();
    QSqlQuery insert = sql::prepare(db, QStringLiteral("INSERT INTO turns (conversation_id, "
                                                       "parent_turn_id, user_text, created_at) "
                                                       "VALUES (?, ?, ?, ?)"));
    insert.addBindValue(conversationId);
    insert.addBindValue(parentTurnId == 0 ? QVariant() : QVariant(parentTurnId));
    insert.addBindValue(notNull(userText));
    insert.addBindValue(at);
    if (!sql::exec(insert, &m_lastError))
        return 0;
    const qint64 id = insert.lastInsertId().toLongLong();

    // The first prompt names a conversation nobody has named yet.
    const QString title = titleFromPrompt(userText);
    QSqlQuery touch = sql::prepare(
        db, title.isEmpty()
                ? QStringLiteral("UPDATE conversations SET updated_at = ? WHERE id = ?")
                : QStringLiteral("UPDATE conversations SET updated_at = ?, "
                                 "title = CASE title_source WHEN 'default' THEN ? ELSE title END, "
                                 "title_source = CASE title_source WHEN 'default' THEN 'prompt' "
                                 "ELSE title_source END WHERE id = ?"));
    touch.addBindValue(at);
    if (!title.isEmpty())
        touch.addBindValue(title);
    touch.addBindValue(conversationId);
    return sql::exec(touch, &m_lastError) ? id : 0;
}

bool ConversationStore::updateConversation(qint64 id, const QString &assignments,
                                           const QVariantList &values)
{
    QSqlQuery query = sql::prepare(
        m_database.connection(),
        QStringLiteral("UPDATE conversations SET %1 WHERE id = ? AND deleted_at IS NULL")
            .arg(assignments));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(id);
    if (!sql::exec(query, &m_lastError))
        return false;
    if (query.numRowsAffected() != 1)
        m_lastError = QStringLiteral("No conversation %1").arg(id);
    return query.numRowsAffected() == 1;
}

std::optional<ConversationArchive> ConversationStore::archive(qint64 id)
{
    return ConversationReader(m_database.connection()).archive(id, &m_lastError);
}

QList<qint64> ConversationStore::importArchives(const QList<ConversationArchive> &archives)
{
    return ArchiveWriter(m_database.connection()).insert(archives, &m_lastError);
}

} // namespace coro
