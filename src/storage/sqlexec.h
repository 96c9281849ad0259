#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace coro::sql {

/// A query prepared on @p db; preparation errors surface when it is run.
QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);

/// Runs a prepared, bound query. On failure logs the error and, when given, sets @p error.
bool exec(QSqlQuery &query, QString *error = nullptr);

/// Runs one statement with nothing to bind (pragmas, schema steps).
bool execStatement(const QSqlDatabase &db, const QString &statement, QString *error = nullptr);

/**
 * @brief A write transaction that rolls back unless committed.
 *
 * BEGIN IMMEDIATE takes the write lock at once, so a second process waits in busy_timeout
 * instead of failing half-way with SQLITE_BUSY when a reader upgrades to a writer. Inside
 * another WriteTransaction on the same connection (and thread) it is a SAVEPOINT instead, so
 * operations that keep themselves atomic compose into one larger atomic step.
 */
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db, QString *error = nullptr);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    /// Whether BEGIN succeeded; nothing should be written otherwise.
    bool isActive() const { return m_active; }
    bool commit(QString *error = nullptr);

private:
    void rollback();

    QSqlDatabase m_db;
    QString m_savepoint; ///< Empty for the outermost transaction.
    bool m_active = false;
};

} // namespace coro::sql
