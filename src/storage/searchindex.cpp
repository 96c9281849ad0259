#include "searchindex.h"

#include "sqlexec.h"
#include "storagelogging.h"

#include <QRegularExpression>
#include <QSqlError>
#include <algorithm>

namespace coro {

namespace {

// Twelve tokens of context, … where the text was cut, matched terms between « and ».
QString searchStatement()
{
    const QString snippetArgs =
        QStringLiteral("0, '%1', '%2', '…', 12")
            .arg(QChar(SearchHit::kMatchOpen), QChar(SearchHit::kMatchClose));
    return QStringLiteral(
               "SELECT conversation_id, turn_id, answer_id, title, provider, model, snippet, score "
               "FROM ("
               " SELECT t.conversation_id AS conversation_id, t.id AS turn_id, 0 AS answer_id,"
               "  c.title AS title, '' AS provider, '' AS model,"
               "  snippet(turns_fts, %1) AS snippet, bm25(turns_fts) AS score"
               " FROM turns_fts JOIN turns t ON t.id = turns_fts.rowid"
               " JOIN conversations c ON c.id = t.conversation_id"
               " WHERE turns_fts MATCH ? AND c.deleted_at IS NULL"
               " UNION ALL"
               " SELECT t.conversation_id, t.id, a.id, c.title, a.provider, a.model,"
               "  snippet(answers_fts, %1), bm25(answers_fts)"
               " FROM answers_fts JOIN answers a ON a.id = answers_fts.rowid"
               " JOIN turns t ON t.id = a.turn_id"
               " JOIN conversations c ON c.id = t.conversation_id"
               " WHERE answers_fts MATCH ? AND c.deleted_at IS NULL"
               ") ORDER BY score, conversation_id DESC, turn_id, answer_id LIMIT ?")
        .arg(snippetArgs);
}

} // namespace

SearchIndex::SearchIndex(QSqlDatabase db) : m_db(std::move(db)) {}

QList<SearchHit> SearchIndex::search(const QString &query, int limit, QString *error) const
{
    QList<SearchHit> hits;
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty() || limit <= 0)
        return hits;
    QString why;
    if (run(trimmed, limit, &hits, &why))
        return hits;
    // Typed text such as `C++`, `"unbalanced` or a lone `-` is not FTS5 syntax.
    qCDebug(lcStorage) << "Searching word by word after:" << why;
    const QString quoted = quoteWords(trimmed);
    if (quoted.isEmpty())
        return hits;
    if (!run(quoted, limit, &hits, &why) && error)
        *error = why;
    return hits;
}

QString SearchIndex::quoteWords(const QString &query)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QStringList phrases;
    for (QString word : query.split(whitespace, Qt::SkipEmptyParts)) {
        const bool prefix = word.endsWith(QLatin1Char('*'));
        word.remove(QLatin1Char('"')).remove(QLatin1Char('*'));
        // A phrase with no token matches every row in FTS5; drop it instead.
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        phrases << QLatin1Char('"') + word + QLatin1Char('"') +
                       (prefix ? QStringLiteral("*") : QString());
    }
    return phrases.join(QLatin1Char(' '));
}

bool SearchIndex::run(const QString &match, int limit, QList<SearchHit> *hits, QString *error) const
{
    hits->clear();
    QSqlQuery query = sql::prepare(m_db, searchStatement());
    query.addBindValue(match);
    query.addBindValue(match);
    query.addBindValue(limit);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        SearchHit hit;
        hit.conversationId = query.value(0).toLongLong();
        hit.turnId = query.value(1).toLongLong();
        hit.answerId = query.value(2).toLongLong();
        hit.conversationTitle = query.value(3).toString();
        hit.provider = query.value(4).toString();
        hit.model = query.value(5).toString();
        hit.snippet = query.value(6).toString();
        hit.rank = query.value(7).toDouble();
        hits->append(hit);
    }
    return true;
}

} // namespace coro
