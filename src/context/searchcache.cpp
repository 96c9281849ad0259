#include "searchcache.h"
#include "contextlogging.h"
#include "storage/sqlexec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace coro {

QString SearchCache::normalizedQuery(const QString &query)
{
    QString text = query.normalized(QString::NormalizationForm_KC).toLower().simplified();
    while (!text.isEmpty() && (text.back().isPunct() || text.back().isSpace()) &&
           text.back() != QLatin1Char(')') && text.back() != QLatin1Char('"'))
        text.chop(1);
    if (text.size() > kMaxQueryChars) {
        text.truncate(kMaxQueryChars);
        if (text.back().isHighSurrogate())
            text.chop(1);
    }
    return text;
}

QByteArray SearchCache::toJson(const QList<WebSource> &sources)
{
    QJsonArray list;
    for (const WebSource &source : sources) {
        list.append(QJsonObject{{QStringLiteral("title"), source.title},
                                {QStringLiteral("url"), source.url},
                                {QStringLiteral("snippet"), source.snippet}});
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QList<WebSource> SearchCache::fromJson(const QByteArray &json)
{
    QList<WebSource> sources;
    for (const auto &value : QJsonDocument::fromJson(json).array()) {
        const QJsonObject object = value.toObject();
        sources.append({object.value(QLatin1String("title")).toString(),
                        object.value(QLatin1String("url")).toString(),
                        object.value(QLatin1String("snippet")).toString()});
    }
    return sources;
}

std::optional<SearchCache::Entry> SearchCache::lookup(const QString &backend, const QString &query,
                                                      qint64 now)
{
    QSqlQuery select = sql::prepare(m_db, QStringLiteral("SELECT results, fetched_at FROM "
                                                         "search_cache WHERE backend = ? AND "
                                                         "query = ? AND expires_at > ?"));
    select.addBindValue(backend);
    select.addBindValue(query);
    select.addBindValue(now);
    if (!sql::exec(select) || !select.next())
        return std::nullopt;
    Entry entry{fromJson(select.value(0).toByteArray()), select.value(1).toLongLong()};
    if (entry.sources.isEmpty())
        return std::nullopt;
    return entry;
}

bool SearchCache::store(const QString &backend, const QString &query,
                        const QList<WebSource> &sources, qint64 fetchedAt, qint64 ttlMs)
{
    sql::WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    QSqlQuery insert = sql::prepare(
        m_db, QStringLiteral("INSERT OR REPLACE INTO search_cache (backend, query, results, "
                             "fetched_at, expires_at) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(backend);
    insert.addBindValue(query);
    insert.addBindValue(QString::fromUtf8(toJson(sources)));
    insert.addBindValue(fetchedAt);
    insert.addBindValue(fetchedAt + ttlMs);
    QSqlQuery expired =
        sql::prepare(m_db, QStringLiteral("DELETE FROM search_cache WHERE expires_at <= ?"));
    expired.addBindValue(fetchedAt);
    QSqlQuery excess = sql::prepare(
        m_db, QStringLiteral("DELETE FROM search_cache WHERE (backend, query) IN (SELECT "
                             "backend, query FROM search_cache ORDER BY fetched_at DESC "
                             "LIMIT -1 OFFSET ?)"));
    excess.addBindValue(kMaxEntries);
    const bool ok = sql::exec(insert) && sql::exec(expired) && sql::exec(excess);
    if (!ok)
        qCWarning(lcContext) << "Could not cache search results";
    return ok && transaction.commit();
}

int SearchCache::size() const
{
    QSqlQuery count = sql::prepare(m_db, QStringLiteral("SELECT count(*) FROM search_cache"));
    return sql::exec(count) && count.next() ? count.value(0).toInt() : 0;
}

} // namespace coro
