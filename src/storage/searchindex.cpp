#include "searchindex.h"

#include "sqlexec.h"
#include "storagelogging.h"

#include <QRegularExpression>
#include <QSqlError>
#include <algorithm>

namespace coro {

namespace {

// How many of the newest matches of each index are ranked. Ranking (bm25) costs ~1.7 µs per
// match and snippets ~12 µs, so ranking every match of a common word took seconds on a large
// history (docs/performance.md). Queries with fewer matches are ranked exactly; for a common
// word the best of its most recent matches come first, which suits a chat history.
constexpr int kRankingWindow = 1000;

// Twelve tokens of context, … where the text was cut, matched terms between « and ».
// Snippets (which re-read and re-tokenize the text) are made only for the rows kept; the
// CROSS JOIN and the rowid bound keep SQLite from looking each kept row up in the index again.
QString searchStatement()
{
    const QString snippetArgs =
        QStringLiteral("0, '%1', '%2', '…', 12")
            .arg(QChar(SearchHit::kMatchOpen), QChar(SearchHit::kMatchClose));
    return QStringLiteral(
               "WITH"
               " tw AS (SELECT turns_fts.rowid AS id, bm25(turns_fts) AS score FROM turns_fts"
               "  JOIN turns t ON t.id = turns_fts.rowid"
               "  JOIN conversations c ON c.id = t.conversation_id"
               "  WHERE turns_fts MATCH :match AND c.deleted_at IS NULL"
               "  ORDER BY turns_fts.rowid DESC LIMIT :window),"
               " aw AS (SELECT answers_fts.rowid AS id, bm25(answers_fts) AS score FROM answers_fts"
               "  JOIN answers a ON a.id = answers_fts.rowid JOIN turns t ON t.id = a.turn_id"
               "  JOIN conversations c ON c.id = t.conversation_id"
               "  WHERE answers_fts MATCH :match AND c.deleted_at IS NULL"
               "  ORDER BY answers_fts.rowid DESC LIMIT :window),"
               " tb AS (SELECT id, score FROM tw ORDER BY score LIMIT :limit),"
               " ab AS (SELECT id, score FROM aw ORDER BY score LIMIT :limit) "
               "SELECT * FROM ("
               " SELECT t.conversation_id AS conversation_id, t.id AS turn_id, 0 AS answer_id,"
               "  c.title AS title, '' AS provider, '' AS model,"
               "  snippet(turns_fts, %1) AS snippet, tb.score AS score"
               " FROM turns_fts CROSS JOIN tb ON tb.id = turns_fts.rowid"
               " JOIN turns t ON t.id = tb.id JOIN conversations c ON c.id = t.conversation_id"
               " WHERE turns_fts MATCH :match AND turns_fts.rowid >= (SELECT min(id) FROM tb)"
               " UNION ALL"
               " SELECT t.conversation_id, t.id, a.id, c.title, a.provider, a.model,"
               "  snippet(answers_fts, %1), ab.score"
               " FROM answers_fts CROSS JOIN ab ON ab.id = answers_fts.rowid"
               " JOIN answers a ON a.id = ab.id JOIN turns t ON t.id = a.turn_id"
               " JOIN conversations c ON c.id = t.conversation_id"
               " WHERE answers_fts MATCH :match AND answers_fts.rowid >= (SELECT min(id) FROM ab)"
               ") ORDER BY score, conversation_id DESC, turn_id, answer_id LIMIT :limit")
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
    query.bindValue(QStringLiteral(":match"), match);
    query.bindValue(QStringLiteral(":window"), kRankingWindow);
    query.bindValue(QStringLiteral(":limit"), limit);
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
