#include "sqlexec.h"

#include "storagelogging.h"

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

WriteTransaction::WriteTransaction(const QSqlDatabase &db, QString *error) : m_db(db)
{
    m_active = execStatement(m_db, QStringLiteral("BEGIN IMMEDIATE"), error);
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        execStatement(m_db, QStringLiteral("ROLLBACK"));
}

bool WriteTransaction::commit(QString *error)
{
    if (!m_active)
        return false;
    m_active = false;
    if (execStatement(m_db, QStringLiteral("COMMIT"), error))
        return true;
    execStatement(m_db, QStringLiteral("ROLLBACK"));
    return false;
}

} // namespace coro::sql
