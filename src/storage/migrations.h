#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace coro {

/**
 * @brief One step of the schema history: the statements that take the file from version - 1 to
 * version.
 *
 * Steps are never edited once released; a change to the schema is a new step. Database applies
 * each step in one transaction that ends by setting PRAGMA user_version.
 */
struct Migration
{
    int version = 0;
    QString summary;        ///< One line for the log and docs/storage.md.
    QStringList statements; ///< One SQL statement each (QSQLITE runs one statement per exec).
};

/// Every step, in version order, starting at 1. The last one's version is the latest schema.
const QList<Migration> &schemaMigrations();

} // namespace coro
