#include "database.h"

#include "migrations.h"
#include "sqlexec.h"
#include "storagelogging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QtEndian>

namespace coro {

namespace {

// https://www.sqlite.org/fileformat.html#the_database_header
constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by its NUL: 16 bytes
constexpr int kHeaderSize = 100;
constexpr int kUserVersionOffset = 60;

// A named context, so that lupdate files these messages where the run-time lookup finds them.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// An empty file only the user can read and write; an existing one is made so.
bool createPrivateFile(const QString &path, QString *error)
{
    QFile file(path);
    if (file.exists()) {
        file.setPermissions(kPrivate);
        return true;
    }
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPrivate))
        return true;
    if (QFile::exists(path)) // Another process made it a moment ago: fine.
        return true;
    if (error)
        *error = DatabaseText::tr("Cannot create %1: %2").arg(path, file.errorString());
    return false;
}

constexpr int kWalAttempts = 50; ///< With kWalRetryMs: the 5 s of busy_timeout.
constexpr int kWalRetryMs = 100;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("coro-storage-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString newerSchemaMessage(const QString &path, int version)
{
    return DatabaseText::tr(
               "%1 was written by a newer version of Coro (schema version %2; this version "
               "knows up to %3). Update Coro to open it; the file was not changed.")
        .arg(path)
        .arg(version)
        .arg(Database::latestVersion());
}

int pragmaInt(const QSqlDatabase &db, const QString &pragma, QString *error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next())
        return query.value(0).toInt();
    if (error)
        *error = query.lastError().text();
    return -1;
}

} // namespace

Database::Database(QString filePath)
    : m_filePath(std::move(filePath)), m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

int Database::latestVersion()
{
    return schemaMigrations().constLast().version;
}

bool Database::open(QString *error)
{
    return openAt(latestVersion(), error);
}

bool Database::openAt(int targetVersion, QString *error)
{
    close();
    m_backupPath.clear();
    // Closed only once openAndMigrate() has dropped its handles on the connection.
    if (openAndMigrate(targetVersion, error))
        return true;
    close();
    return false;
}

bool Database::openAndMigrate(int targetVersion, QString *error)
{
    if (targetVersion < 0 || targetVersion > latestVersion())
        return fail(DatabaseText::tr("Unknown schema version %1.").arg(targetVersion), error);
    if (!checkFileBeforeOpening(error))
        return false;

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    if (!db.open()) {
        return fail(DatabaseText::tr("Cannot open %1: %2").arg(m_filePath, db.lastError().text()),
                    error);
    }
    // The header can lag behind a write-ahead log left by a crash: ask SQLite before writing.
    QString why;
    const int version = pragmaInt(db, QStringLiteral("user_version"), &why);
    if (version < 0)
        return fail(DatabaseText::tr("Cannot read %1: %2").arg(m_filePath, why), error);
    if (version > latestVersion())
        return fail(newerSchemaMessage(m_filePath, version), error);
    if (!configure(error))
        return false;
    if (version < targetVersion) {
        if (needsBackup() && !takeBackup(version, error))
            return false;
        if (!migrate(version, targetVersion, error))
            return false;
    }
    return true;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return isOpen() ? pragmaInt(connection(), QStringLiteral("user_version")) : -1;
}

QString Database::integrityCheck() const
{
    const QSqlDatabase db = connection();
    QStringList problems;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QStringLiteral("ok"))
            problems << line;
    }
    // rank = 1 also compares each index with its content table (turns, answers_indexed).
    for (const QString &table : {QStringLiteral("turns_fts"), QStringLiteral("answers_fts")}) {
        QString ftsError;
        if (schemaVersion() >= 1 &&
            !sql::execStatement(db,
                                QStringLiteral("INSERT INTO %1 (%1, rank) "
                                               "VALUES ('integrity-check', 1)")
                                    .arg(table),
                                &ftsError)) {
            problems << table + QStringLiteral(": ") + ftsError;
        }
    }
    return problems.isEmpty() ? QStringLiteral("ok") : problems.join(QLatin1Char('\n'));
}

bool Database::checkFileBeforeOpening(QString *error) const
{
    const QFileInfo info(m_filePath);
    if (!info.exists() || info.size() == 0) {
        // SQLite writes a new database into it, and gives its -wal and -shm files the same
        // permissions: the history is the user's alone.
        return createPrivateFile(m_filePath, error);
    }
    // Files made by an older version may be readable by everyone.
    for (const char *suffix : {"", "-wal", "-shm"}) {
        if (QFile::exists(m_filePath + QLatin1String(suffix)))
            QFile::setPermissions(m_filePath + QLatin1String(suffix), kPrivate);
    }
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(DatabaseText::tr("Cannot read %1: %2").arg(m_filePath, file.errorString()),
                    error);
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize ||
        !header.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic))) {
        return fail(
            DatabaseText::tr("%1 is not a SQLite database; it was left unchanged. Move it away or "
                             "choose another data directory.")
                .arg(m_filePath),
            error);
    }
    const auto version = qFromBigEndian<qint32>(header.constData() + kUserVersionOffset);
    if (version > latestVersion())
        return fail(newerSchemaMessage(m_filePath, version), error);
    return true;
}

bool Database::configure(QString *error)
{
    const QSqlDatabase db = connection();
    // temp_store: temporary tables and sorts stay in memory, never in a file outside the data
    // directory (search copies the texts it cuts snippets from into a temporary index).
    for (const char *pragma : {"busy_timeout = 5000", "foreign_keys = ON", "journal_mode = WAL",
                               "synchronous = NORMAL", "temp_store = MEMORY"}) {
        QString why;
        const QString statement = QStringLiteral("PRAGMA ") + QLatin1String(pragma);
        bool done = sql::execStatement(db, statement, &why);
        // Turning a new file to WAL needs it alone for a moment, and SQLite answers "locked"
        // at once, without its busy handler, while another process does the same: wait as the
        // busy timeout would.
        for (int attempt = 0;
             !done && attempt < kWalAttempts && why.contains(QLatin1String("locked")); ++attempt) {
            QThread::msleep(kWalRetryMs);
            done = sql::execStatement(db, statement, &why);
        }
        if (!done) {
            return fail(DatabaseText::tr("Cannot set up %1 (%2): %3")
                            .arg(m_filePath, QLatin1String(pragma), why),
                        error);
        }
    }
    return true;
}

bool Database::needsBackup() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && query.next() &&
           query.value(0).toInt() > 0;
}

bool Database::takeBackup(int fromVersion, QString *error)
{
    const QString base =
        m_filePath +
        QStringLiteral(".backup-v%1-%2")
            .arg(fromVersion)
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString path = base;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + QStringLiteral("-%1").arg(n);
    // VACUUM INTO fills an existing empty file, keeping its permissions.
    if (!createPrivateFile(path, error))
        return false;

    // VACUUM INTO writes a consistent, compact copy through SQLite itself, WAL included.
    qCInfo(lcMigration).noquote() << "Backing up" << m_filePath << "to" << path
                                  << "before updating it; this runs once.";
    QSqlQuery query = sql::prepare(connection(), QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(path);
    QString why;
    if (!sql::exec(query, &why)) {
        QFile::remove(path);
        return fail(DatabaseText::tr(
                        "Cannot back up %1 to %2 before updating it, so it was not updated: %3")
                        .arg(m_filePath, path, why),
                    error);
    }
    m_backupPath = path;
    qCInfo(lcMigration).noquote() << "Backed up schema version" << fromVersion << "to" << path;
    return true;
}

bool Database::migrate(int fromVersion, int toVersion, QString *error)
{
    for (const Migration &step : schemaMigrations()) {
        if (step.version <= fromVersion || step.version > toVersion)
            continue;
        // A new file is created through the same steps; only an existing one is news.
        if (fromVersion > 0) {
            qCInfo(lcMigration).noquote()
                << "Updating" << m_filePath << "to schema version" << step.version
                << QStringLiteral("(%1)...").arg(step.summary);
        }
        QString why;
        if (!applyStep(step, &why)) {
            return fail(DatabaseText::tr(
                            "Cannot update %1 to schema version %2 (%3); it was left at version "
                            "%4: %5")
                            .arg(m_filePath)
                            .arg(step.version)
                            .arg(step.summary)
                            .arg(step.version - 1)
                            .arg(why),
                        error);
        }
        if (fromVersion > 0)
            qCInfo(lcMigration).noquote() << "Updated to schema version" << step.version;
        else
            qCDebug(lcStorage) << "Created schema version" << step.version << "in" << m_filePath;
    }
    return true;
}

bool Database::applyStep(const Migration &step, QString *why)
{
    const QSqlDatabase db = connection();
    sql::WriteTransaction transaction(db, why);
    if (!transaction.isActive())
        return false;
    // Another process may have taken the file to this version while we waited for the lock.
    if (pragmaInt(db, QStringLiteral("user_version"), why) >= step.version)
        return transaction.commit(why);
    for (const QString &statement : step.statements) {
        if (!sql::execStatement(db, statement, why))
            return false;
    }
    // PRAGMA user_version is transactional: the step and its number commit together.
    return sql::execStatement(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version),
                              why) &&
           transaction.commit(why);
}

bool Database::fail(const QString &message, QString *error)
{
    qCWarning(lcStorage).noquote() << message;
    if (error)
        *error = message;
    return false;
}

} // namespace coro
