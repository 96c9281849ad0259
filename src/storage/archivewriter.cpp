#include "archivewriter.h"
#include "sqlexec.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace coro {

namespace {
QVariant orNull(qint64 value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

QList<qint64> ArchiveWriter::insert(const QList<ConversationArchive> &archives, QString *error)
{
    for (int i = 0; i < archives.size(); ++i) {
        if (const QString problem = archives.at(i).structuralProblem(); !problem.isEmpty()) {
            *error = QCoreApplication::translate("ArchiveWriter", "conversation %1: %2")
                         .arg(i + 1)
                         .arg(problem);
            return {};
        }
    }
    sql::WriteTransaction transaction(m_db, error);
    if (!transaction.isActive())
        return {};
    QList<qint64> ids;
    for (const ConversationArchive &archive : archives) {
        const qint64 id = insertOne(archive, error);
        if (!id)
            return {}; // The transaction rolls back: nothing of the file is kept.
        ids.append(id);
    }
    return transaction.commit(error) ? ids : QList<qint64>{};
}

qint64 ArchiveWriter::insertOne(const ConversationArchive &archive, QString *error)
{
    const ConversationSummary &s = archive.summary;
    QSqlQuery conversation = sql::prepare(
        m_db, QStringLiteral("INSERT INTO conversations (title, title_source, created_at, "
                             "updated_at, pinned, archived, guide) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(notNull(s.title)), QVariant(s.titleSource),
                                  QVariant(s.createdAt), QVariant(s.updatedAt), QVariant(s.pinned),
                                  QVariant(s.archived), QVariant(notNull(archive.guide))})
        conversation.addBindValue(value);
    if (!sql::exec(conversation, error))
        return 0;
    const qint64 conversationId = conversation.lastInsertId().toLongLong();

    QSqlQuery turn = sql::prepare(m_db, QStringLiteral("INSERT INTO turns (conversation_id, "
                                                       "parent_turn_id, user_text, created_at) "
                                                       "VALUES (?, ?, ?, ?)"));
    QSqlQuery answer = sql::prepare(
        m_db, QStringLiteral("INSERT INTO answers (turn_id, slot, provider, model, parameters, "
                             "text, reasoning, status, error_code, error_message, tokens_in, "
                             "tokens_out, ttft_ms, latency_ms, chosen, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QHash<qint64, qint64> newIds; // File-local turn id -> row id. Parents come first.
    for (const StoredTurn &t : archive.turns) {
        turn.addBindValue(conversationId);
        turn.addBindValue(t.parentTurnId ? QVariant(newIds.value(t.parentTurnId)) : QVariant());
        turn.addBindValue(notNull(t.userText));
        turn.addBindValue(t.createdAt);
        if (!sql::exec(turn, error))
            return 0;
        const qint64 turnId = turn.lastInsertId().toLongLong();
        newIds.insert(t.id, turnId);
        for (const StoredAnswer &a : t.answers) {
            // A key that reached the parameters by mistake never enters the database.
            const QByteArray parameters =
                QJsonDocument(withoutCredentials(a.parameters)).toJson(QJsonDocument::Compact);
            // An answer still streaming in the file was cut off wherever it came from.
            const QString status =
                a.status == QLatin1String("streaming") ? QStringLiteral("interrupted") : a.status;
            for (const QVariant &value :
                 {QVariant(turnId), QVariant(a.slot), QVariant(notNull(a.provider)),
                  QVariant(notNull(a.model)), QVariant(QString::fromUtf8(parameters)),
                  QVariant(notNull(a.text)), QVariant(notNull(a.reasoning)), QVariant(status),
                  a.errorCode.isEmpty() ? QVariant() : QVariant(a.errorCode),
                  a.errorMessage.isEmpty() ? QVariant() : QVariant(a.errorMessage),
                  orNull(a.tokensIn), orNull(a.tokensOut), orNull(a.ttftMs), orNull(a.latencyMs),
                  QVariant(a.chosen), QVariant(a.createdAt), QVariant(a.updatedAt)})
                answer.addBindValue(value);
            if (!sql::exec(answer, error))
                return 0;
        }
    }
    return conversationId;
}

} // namespace coro
