#include "sqlexec.h"

#include "storagelogging.h"

#include <QHash>
#include <QSqlError>

namespace coro::sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    // Rows are read once, front to back; this skips Qt's cache of earlier rows.
    query.setForwardOnly(true);
    query.prepare(statement);
    return query;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    const QString message = query.lastError().text();
    qCWarning(lcStorage).noquote() << "SQL failed:" << message << "in" << query.lastQuery();
    if (error)
        *error = message;
    return false;
}

bool execStatement(const QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    const QString message = query.lastError().text();
    qCWarning(lcStorage).noquote() << "SQL failed:" << message << "in" << statement;
    if (error)
        *error = message;
    return false;
}

namespace {
// Open transactions per connection; every connection is used on one thread only.
thread_local QHash<QString, int> t_depth;
} // namespace

WriteTransaction::WriteTransaction(const QSqlDatabase &db, QString *error) : m_db(db)
{
    int &depth = t_depth[m_db.connectionName()];
    if (depth > 0)
        m_savepoint = QStringLiteral("coro_nested_%1").arg(depth);
    m_active = execStatement(m_db,
                             m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                                   : QStringLiteral("SAVEPOINT ") + m_savepoint,
                             error);
    if (m_active)
        ++depth;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::commit(QString *error)
{
    if (!m_active)
        return false;
    const bool committed = execStatement(
        m_db,
        m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint,
        error);
    if (!committed) {
        rollback();
        return false;
    }
    m_active = false;
    --t_depth[m_db.connectionName()];
    return true;
}

void WriteTransaction::rollback()
{
    m_active = false;
    --t_depth[m_db.connectionName()];
    if (m_savepoint.isEmpty()) {
        execStatement(m_db, QStringLiteral("ROLLBACK"));
        return;
    }
    execStatement(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
    execStatement(m_db, QStringLiteral("RELEASE ") + m_savepoint);
}

} // namespace coro::sql
