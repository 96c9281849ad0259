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

// Ranking: each index ranks its kRankingWindow newest matches (FTS5 reads its doclists newest
// first and stops there) and keeps its best; the two lists are merged with what a hit shows.
// Each MATCH runs once: a prefix longer than the prefix indexes makes FTS5 merge the doclists of
// every term it covers into memory, which is the bulk of such a query.
QString rankingStatement()
{
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
        "  c.title AS title, '' AS provider, '' AS model, t.user_text AS body, tb.score AS score"
        " FROM tb JOIN turns t ON t.id = tb.id JOIN conversations c ON c.id = t.conversation_id"
        " UNION ALL"
        " SELECT t.conversation_id, t.id, a.id, c.title, a.provider, a.model, a.text, ab.score"
        " FROM ab JOIN answers a ON a.id = ab.id JOIN turns t ON t.id = a.turn_id"
        " JOIN conversations c ON c.id = t.conversation_id"
        ") ORDER BY score, conversation_id DESC, turn_id, answer_id LIMIT :limit");
}

// Snippets: snippet() needs an FTS5 cursor on the query, and running the query again on the big
// indexes would merge those doclists a second time. The kept texts (at most :limit) go into a
// small in-memory index with the same tokenizer instead, and are cut and marked there: twelve
// tokens of context, … where the text was cut, matched terms between « and ».
constexpr char kSnippetTable[] = "temp.search_snippets";

QString snippetStatement()
{
    return QStringLiteral("SELECT rowid, snippet(search_snippets, 0, '%1', '%2', '…', 12) "
                          "FROM %3 WHERE search_snippets MATCH ?")
        .arg(QChar(SearchHit::kMatchOpen), QChar(SearchHit::kMatchClose),
             QLatin1String(kSnippetTable));
}

// What a hit shows should cutting its snippet fail: its opening words.
QString opening(const QString &text)
{
    constexpr int kChars = 80;
    const QString simplified = text.simplified();
    return simplified.size() <= kChars ? simplified : simplified.left(kChars) + QStringLiteral("…");
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
    QSqlQuery query = sql::prepare(m_db, rankingStatement());
    query.bindValue(QStringLiteral(":match"), match);
    query.bindValue(QStringLiteral(":window"), kRankingWindow);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    QStringList bodies;
    while (query.next()) {
        SearchHit hit;
        hit.conversationId = query.value(0).toLongLong();
        hit.turnId = query.value(1).toLongLong();
        hit.answerId = query.value(2).toLongLong();
        hit.conversationTitle = query.value(3).toString();
        hit.provider = query.value(4).toString();
        hit.model = query.value(5).toString();
        bodies << query.value(6).toString();
        hit.rank = query.value(7).toDouble();
        hits->append(hit);
    }
    query.finish();
    addSnippets(match, bodies, hits);
    return true;
}

void SearchIndex::addSnippets(const QString &match, const QStringList &bodies,
                              QList<SearchHit> *hits) const
{
    for (int i = 0; i < hits->size(); ++i)
        (*hits)[i].snippet = opening(bodies.at(i));
    if (hits->isEmpty())
        return;
    const QString table = QLatin1String(kSnippetTable);
    QString why;
    // The texts go in inside a savepoint that is rolled back: one FTS5 segment, no delete pass,
    // and no copy of a history row outlives the search.
    if (!sql::execStatement(m_db,
                            QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS %1 USING fts5 "
                                           "(text, tokenize='unicode61 remove_diacritics 2')")
                                .arg(table),
                            &why) ||
        !sql::execStatement(m_db, QStringLiteral("SAVEPOINT search_snippets"), &why)) {
        return;
    }
    QSqlQuery insert =
        sql::prepare(m_db, QStringLiteral("INSERT INTO %1 (rowid, text) VALUES (?, ?)").arg(table));
    bool ok = true;
    for (int i = 0; ok && i < bodies.size(); ++i) {
        insert.bindValue(0, i);
        insert.bindValue(1, bodies.at(i));
        ok = sql::exec(insert, &why);
    }
    QSqlQuery select = sql::prepare(m_db, snippetStatement());
    select.addBindValue(match);
    if (ok && select.exec()) {
        while (select.next()) {
            const int index = select.value(0).toInt();
            if (index >= 0 && index < hits->size())
                (*hits)[index].snippet = select.value(1).toString();
        }
    } else {
        qCDebug(lcStorage) << "Search snippets:" << why << select.lastError().text();
    }
    select.finish();
    sql::execStatement(m_db, QStringLiteral("ROLLBACK TO search_snippets"));
    sql::execStatement(m_db, QStringLiteral("RELEASE search_snippets"));
}

} // namespace coro
