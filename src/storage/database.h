#pragma once

#include <QSqlDatabase>
#include <QString>

namespace coro {

struct Migration;

/**
 * @brief One connection to a Coro SQLite file: checks it, sets it up and brings its schema up to
 * date, keeping a backup of the file as it was before any migration.
 *
 * The connection belongs to the thread that calls open(); use and destroy it on that thread.
 * A file that is not a SQLite database, or whose schema is newer than this build knows, is
 * refused before SQLite opens it, so it is left exactly as it was.
 */
class Database
{
public:
    explicit Database(QString filePath);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating the file if needed) and migrates to latestVersion().
    bool open(QString *error = nullptr);
    /// Opens and migrates no further than @p targetVersion: how tests build an older schema.
    bool openAt(int targetVersion, QString *error = nullptr);
    bool isOpen() const;
    void close();

    QString filePath() const { return m_filePath; }
    QSqlDatabase connection() const;
    /// PRAGMA user_version of the open file; -1 when closed.
    int schemaVersion() const;
    static int latestVersion();
    /// The copy taken before migrating during the last open(); empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    /// "ok" when SQLite's integrity_check and both search indexes find no fault, else the faults.
    QString integrityCheck() const;

private:
    bool openAndMigrate(int targetVersion, QString *error);
    bool checkFileBeforeOpening(QString *error) const;
    bool configure(QString *error);
    bool needsBackup() const;
    bool takeBackup(int fromVersion, QString *error);
    bool migrate(int fromVersion, int toVersion, QString *error);
    bool applyStep(const Migration &step, QString *why);
    static bool fail(const QString &message, QString *error);

    QString m_filePath;
    QString m_connectionName;
    QString m_backupPath;
};

} // namespace coro
