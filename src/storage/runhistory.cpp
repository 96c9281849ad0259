#include "runhistory.h"

#include "sqlexec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace coro {

namespace {

// Qt binds a null QString as SQL NULL; NOT NULL text columns need an empty string instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QByteArray filesJson(const QStringList &files)
{
    return QJsonDocument(QJsonArray::fromStringList(files)).toJson(QJsonDocument::Compact);
}

QStringList filesFromJson(const QByteArray &json)
{
    QStringList files;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array)
        files << value.toString();
    return files;
}

} // namespace

RunHistory::RunHistory(QSqlDatabase db) : m_db(std::move(db)) {}

QString RunHistory::capped(const QString &text, qsizetype maxBytes)
{
    // Each UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4 bytes).
    if (text.size() * 3 <= maxBytes)
        return text;
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        const int width = unit < 0x80 ? 1 : unit < 0x800 ? 2 : QChar::isSurrogate(unit) ? 2 : 3;
        if (bytes + width > maxBytes) {
            if (i > 0 && text.at(i - 1).isHighSurrogate())
                --i; // Never half a pair.
            return text.left(i);
        }
        bytes += width;
    }
    return text;
}

qint64 RunHistory::add(const StoredRun &run, qint64 createdAt, QString *error) const
{
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("INSERT INTO runs (conversation_id, turn_id, answer_id, language, "
                             "code, stdin, stdout, stderr, exit_code, signal, limit_name, "
                             "cancelled, elapsed_ms, files, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(run.conversationId);
    query.addBindValue(run.turnId > 0 ? QVariant(run.turnId) : QVariant());
    query.addBindValue(run.answerId > 0 ? QVariant(run.answerId) : QVariant());
    query.addBindValue(run.language);
    query.addBindValue(notNull(run.code));
    query.addBindValue(notNull(run.input));
    query.addBindValue(notNull(capped(run.stdoutText)));
    query.addBindValue(notNull(capped(run.stderrText)));
    query.addBindValue(run.exitCode >= 0 ? QVariant(run.exitCode) : QVariant());
    query.addBindValue(run.signal > 0 ? QVariant(run.signal) : QVariant());
    query.addBindValue(run.limit.isEmpty() ? QVariant() : QVariant(run.limit));
    query.addBindValue(run.cancelled ? 1 : 0);
    query.addBindValue(run.elapsedMs);
    query.addBindValue(filesJson(run.files));
    query.addBindValue(createdAt);
    return sql::exec(query, error) ? query.lastInsertId().toLongLong() : 0;
}

QList<StoredRun> RunHistory::list(qint64 conversationId, int limit, QString *error) const
{
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT id, conversation_id, turn_id, answer_id, language, code, "
                             "stdin, stdout, stderr, exit_code, signal, limit_name, cancelled, "
                             "elapsed_ms, files, created_at FROM runs WHERE conversation_id = ? "
                             "ORDER BY id DESC LIMIT ?"));
    query.addBindValue(conversationId);
    query.addBindValue(limit);
    QList<StoredRun> runs;
    if (!sql::exec(query, error))
        return runs;
    while (query.next()) {
        StoredRun run;
        run.id = query.value(0).toLongLong();
        run.conversationId = query.value(1).toLongLong();
        run.turnId = query.value(2).toLongLong();
        run.answerId = query.value(3).toLongLong();
        run.language = query.value(4).toString();
        run.code = query.value(5).toString();
        run.input = query.value(6).toString();
        run.stdoutText = query.value(7).toString();
        run.stderrText = query.value(8).toString();
        run.exitCode = query.value(9).isNull() ? -1 : query.value(9).toInt();
        run.signal = query.value(10).toInt();
        run.limit = query.value(11).toString();
        run.cancelled = query.value(12).toBool();
        run.elapsedMs = query.value(13).toLongLong();
        run.files = filesFromJson(query.value(14).toByteArray());
        run.createdAt = query.value(15).toLongLong();
        runs << run;
    }
    return runs;
}

} // namespace coro
