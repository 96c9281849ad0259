#include "turncontextstore.h"
#include "searchcache.h"
#include "storage/sqlexec.h"

#include <QVariant>

namespace coro {

bool TurnContextStore::recordWeb(qint64 turnId, const WebContext &web)
{
    if (!web.hasSources())
        return true;
    QSqlQuery insert = sql::prepare(
        m_db, QStringLiteral("INSERT OR REPLACE INTO turn_web_sources (turn_id, query, backend, "
                             "searched_at, cached, sources) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(turnId);
    insert.addBindValue(web.query.isNull() ? QStringLiteral("") : web.query);
    insert.addBindValue(web.backendId.isNull() ? QStringLiteral("") : web.backendId);
    insert.addBindValue(web.searchedAt);
    insert.addBindValue(web.cached ? 1 : 0);
    insert.addBindValue(QString::fromUtf8(SearchCache::toJson(web.sources)));
    return sql::exec(insert, &m_lastError);
}

std::optional<WebContext> TurnContextStore::web(qint64 turnId)
{
    QSqlQuery select = sql::prepare(m_db, QStringLiteral("SELECT query, backend, searched_at, "
                                                         "cached, sources FROM turn_web_sources "
                                                         "WHERE turn_id = ?"));
    select.addBindValue(turnId);
    if (!sql::exec(select, &m_lastError) || !select.next())
        return std::nullopt;
    WebContext web;
    web.query = select.value(0).toString();
    web.backendId = select.value(1).toString();
    web.searchedAt = select.value(2).toLongLong();
    web.cached = select.value(3).toInt() != 0;
    web.sources = SearchCache::fromJson(select.value(4).toByteArray());
    return web;
}

bool TurnContextStore::markFusion(qint64 answerId, const QList<FusionSource> &sources)
{
    sql::WriteTransaction transaction(m_db, &m_lastError);
    if (!transaction.isActive())
        return false;
    QSqlQuery flag =
        sql::prepare(m_db, QStringLiteral("UPDATE answers SET fusion = 1 WHERE id = ?"));
    flag.addBindValue(answerId);
    if (!sql::exec(flag, &m_lastError) || flag.numRowsAffected() != 1)
        return false;
    for (const FusionSource &source : sources) {
        QSqlQuery insert = sql::prepare(
            m_db, QStringLiteral("INSERT OR REPLACE INTO fusion_sources (answer_id, label, "
                                 "source_answer_id) VALUES (?, ?, ?)"));
        insert.addBindValue(answerId);
        insert.addBindValue(source.label);
        insert.addBindValue(source.answerId);
        if (!sql::exec(insert, &m_lastError))
            return false;
    }
    return transaction.commit(&m_lastError);
}

QList<TurnContextStore::FusionSource> TurnContextStore::fusionSources(qint64 answerId)
{
    QList<FusionSource> sources;
    QSqlQuery select = sql::prepare(m_db, QStringLiteral("SELECT label, source_answer_id FROM "
                                                         "fusion_sources WHERE answer_id = ? "
                                                         "ORDER BY label"));
    select.addBindValue(answerId);
    if (!sql::exec(select, &m_lastError))
        return sources;
    while (select.next())
        sources.append({select.value(0).toString(), select.value(1).toLongLong()});
    return sources;
}

} // namespace coro
