#include "storage/database.h"
#include "storage/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(const Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    if (!query.exec(statement) || !query.next())
        return QStringLiteral("<%1>").arg(query.lastError().text());
    return query.value(0);
}

bool exec(const Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    if (query.exec(statement))
        return true;
    qWarning() << statement << query.lastError().text();
    return false;
}

// Rows in the schema every released version has had (version 1 on), so the same data can be
// written into any older file.
bool insertSampleData(const Database &db)
{
    return exec(db, QStringLiteral("INSERT INTO conversations (id, title, title_source, "
                                   "created_at, updated_at, pinned, guide) VALUES "
                                   "(7, 'Trip to Lisbon', 'user', 1000, 2000, 1, 'Be brief')")) &&
           exec(db, QStringLiteral("INSERT INTO turns (id, conversation_id, user_text, "
                                   "created_at) VALUES (11, 7, 'Where to eat pastéis?', 1500)")) &&
           exec(db, QStringLiteral("INSERT INTO answers (id, turn_id, slot, provider, model, "
                                   "parameters, text, status, tokens_in, tokens_out, ttft_ms, "
                                   "latency_ms, chosen, created_at, updated_at) VALUES "
                                   "(21, 11, 0, 'openai', 'gpt-4o-mini', '{\"temperature\":0.2}', "
                                   "'Try the bakery in Belém', 'done', 12, 34, 56, 789, 1, "
                                   "1600, 1700)")) &&
           exec(db, QStringLiteral("INSERT INTO answers (id, turn_id, slot, provider, model, "
                                   "text, status, created_at, updated_at) VALUES "
                                   "(22, 11, 1, 'ollama', 'llama3.2:3b', 'half an answ', "
                                   "'streaming', 1600, 1650)"));
}

QStringList backupsIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("coro.sqlite.backup-*")}, QDir::Files);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void freshFileGetsLatestSchema();
    void emptyFileIsANewDatabase();
    void foreignKeysAreEnforced();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void failedMigrationIsRolledBack();
    void newerFileIsRefusedUntouched();
    void notADatabaseIsRefusedUntouched_data();
    void notADatabaseIsRefusedUntouched();
    void unknownTargetVersionIsRefused();
    void integrityCheckFindsADamagedIndex();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("coro.sqlite"));
}

void TestDatabase::freshFileGetsLatestSchema()
{
    Database db(m_path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QVERIFY(QFile::exists(m_path));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    // Steps come in increasing order; the last one is the latest schema.
    for (qsizetype i = 1; i < schemaMigrations().size(); ++i)
        QVERIFY(schemaMigrations().at(i).version > schemaMigrations().at(i - 1).version);
    QCOMPARE(Database::latestVersion(), schemaMigrations().constLast().version);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    for (const char *table :
         {"conversations", "turns", "answers", "turns_fts", "answers_fts", "runs"}) {
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'")
                                .arg(QLatin1String(table)))
                     .toInt(),
                 1);
    }
    // A new file has nothing to lose: no backup.
    QVERIFY(db.backupPath().isEmpty());
    QVERIFY(backupsIn(m_dir->path()).isEmpty());
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
}

void TestDatabase::emptyFileIsANewDatabase()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    Database db(m_path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
}

void TestDatabase::foreignKeysAreEnforced()
{
    Database db(m_path);
    QVERIFY(db.open());
    QSqlQuery query(db.connection());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO turns (conversation_id, user_text, created_at) "
                                       "VALUES (404, 'orphan', 1)")));
    QVERIFY2(query.lastError().text().contains(QStringLiteral("FOREIGN KEY")),
             qPrintable(query.lastError().text()));
}

void TestDatabase::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    // Every released step but the last (numbers may skip one merged from another branch).
    for (const Migration &step : schemaMigrations()) {
        if (step.version < Database::latestVersion())
            QTest::addRow("from v%d", step.version) << step.version;
    }
}

void TestDatabase::migratesFromEveryEarlierVersion()
{
    QFETCH(int, version);
    {
        Database old(m_path);
        QString error;
        QVERIFY2(old.openAt(version, &error), qPrintable(error));
        QCOMPARE(old.schemaVersion(), version);
        QVERIFY(insertSampleData(old));
    }
    Database db(m_path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(scalar(db, QStringLiteral("SELECT title || '|' || title_source || '|' || pinned || "
                                       "'|' || guide FROM conversations WHERE id = 7"))
                 .toString(),
             QStringLiteral("Trip to Lisbon|user|1|Be brief"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT user_text FROM turns WHERE id = 11")).toString(),
             QStringLiteral("Where to eat pastéis?"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT model || '|' || parameters || '|' || text || '|' "
                                       "|| tokens_in || '|' || tokens_out || '|' || ttft_ms || "
                                       "'|' || latency_ms || '|' || chosen FROM answers "
                                       "WHERE id = 21"))
                 .toString(),
             QStringLiteral("gpt-4o-mini|{\"temperature\":0.2}|Try the bakery in Belém|12|34|56|"
                            "789|1"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT status || '|' || text FROM answers WHERE id = 22"))
                 .toString(),
             QStringLiteral("streaming|half an answ"));
    // The search index came through too.
    QCOMPARE(scalar(db, QStringLiteral("SELECT rowid FROM answers_fts WHERE answers_fts "
                                       "MATCH 'belem'"))
                 .toInt(),
             21);
    // ... rebuilt with the prefix indexes of the latest schema, still leaving streaming answers
    // out, so prefix searches of every length find the old rows.
    for (const QString &table : {QStringLiteral("turns_fts"), QStringLiteral("answers_fts")}) {
        QVERIFY2(
            scalar(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = '%1'").arg(table))
                .toString()
                .contains(QStringLiteral("prefix='2 3 4 5'")),
            qPrintable(table));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(rowid) FROM answers_fts WHERE "
                                       "answers_fts MATCH 'bake* OR bakery* OR bel* OR answ*'"))
                 .toString(),
             QStringLiteral("21"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT rowid FROM turns_fts WHERE turns_fts "
                                       "MATCH 'paste* AND pasteis*'"))
                 .toInt(),
             11);
    // Version 5: the old conversation keeps the workspace's runs, which go with it.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM runs")).toInt(), 0);
    QVERIFY(exec(db, QStringLiteral("INSERT INTO runs (conversation_id, turn_id, answer_id, "
                                    "language, code, stdout, exit_code, files, created_at) "
                                    "VALUES (7, 11, 21, 'python', 'print(1)', '1\n', 0, "
                                    "'[\"plot.png\"]', 2500)")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT language || '|' || stdout || '|' || exit_code || "
                                       "'|' || json_extract(files, '$[0]') FROM runs "
                                       "WHERE conversation_id = 7"))
                 .toString(),
             QStringLiteral("python|1\n|0|plot.png"));
    QVERIFY(!exec(db, QStringLiteral("INSERT INTO runs (conversation_id, language, code, "
                                     "created_at) VALUES (404, 'python', '', 1)")));
    QVERIFY(!exec(db, QStringLiteral("INSERT INTO runs (conversation_id, language, code, "
                                     "created_at) VALUES (7, 'ruby', '', 1)")));
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    QVERIFY(exec(db, QStringLiteral("DELETE FROM conversations WHERE id = 7")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM runs")).toInt(), 0);

    // The backup is the file exactly as the older version left it.
    const QStringList backups = backupsIn(m_dir->path());
    QCOMPARE(backups.size(), 1);
    QVERIFY2(backups.first().startsWith(QStringLiteral("coro.sqlite.backup-v%1-").arg(version)),
             qPrintable(backups.first()));
    QCOMPARE(db.backupPath(), m_dir->filePath(backups.first()));
    Database backup(db.backupPath());
    QVERIFY(backup.openAt(version));
    QCOMPARE(backup.schemaVersion(), version);
    QCOMPARE(scalar(backup, QStringLiteral("SELECT text FROM answers WHERE id = 21")).toString(),
             QStringLiteral("Try the bakery in Belém"));
    QCOMPARE(scalar(backup, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                           "'runs'"))
                 .toInt(),
             version >= 5 ? 1 : 0); // runs arrived with version 5
}

void TestDatabase::failedMigrationIsRolledBack()
{
    // Version 3 drops and recreates both search indexes, then rebuilds them from their content;
    // without the view answers_indexed its last statement fails after the others ran.
    const int version = 2;
    {
        Database old(m_path);
        QVERIFY(old.openAt(version));
        QVERIFY(insertSampleData(old));
        QVERIFY(exec(old, QStringLiteral("DROP VIEW answers_indexed")));
    }
    Database db(m_path);
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY2(error.contains(QStringLiteral("schema version %1").arg(version + 1)),
             qPrintable(error));
    QVERIFY(!db.isOpen());

    Database reopened(m_path);
    QVERIFY(reopened.openAt(version));
    QCOMPARE(reopened.schemaVersion(), version);
    // The step's earlier statements were undone with it: the turns index is the old one again,
    // with its rows.
    QVERIFY(scalar(reopened, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = "
                                            "'turns_fts'"))
                .toString()
                .contains(QStringLiteral("prefix='2 3')")));
    QCOMPARE(scalar(reopened, QStringLiteral("SELECT rowid FROM turns_fts WHERE turns_fts "
                                             "MATCH 'pasteis'"))
                 .toInt(),
             11);
    QCOMPARE(scalar(reopened, QStringLiteral("SELECT count(*) FROM answers")).toInt(), 2);
    QCOMPARE(backupsIn(m_dir->path()).size(), 1);
}

void TestDatabase::newerFileIsRefusedUntouched()
{
    const int newer = Database::latestVersion() + 1;
    {
        Database db(m_path);
        QVERIFY(db.open());
        QVERIFY(insertSampleData(db));
        QVERIFY(exec(db, QStringLiteral("PRAGMA user_version = %1").arg(newer)));
    }
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);
    QCOMPARE(filesBefore, QStringList{QStringLiteral("coro.sqlite")});
    const QByteArray hashBefore = fileHash(m_path);

    Database db(m_path);
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY(!db.isOpen());
    QVERIFY2(error.contains(QStringLiteral("newer version of Coro")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(newer)), qPrintable(error));
    QVERIFY2(error.contains(m_path), qPrintable(error));
    QCOMPARE(fileHash(m_path), hashBefore);
    // No -wal, -shm or backup appeared next to it.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
}

void TestDatabase::notADatabaseIsRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("notes") << QByteArray("My shopping list\n").repeated(20);
    QTest::newRow("short text") << QByteArray("hello");
    QTest::newRow("json") << QByteArray(R"({"conversations": []})").repeated(10);
}

void TestDatabase::notADatabaseIsRefusedUntouched()
{
    QFETCH(QByteArray, content);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    Database db(m_path);
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY2(error.contains(QStringLiteral("not a SQLite database")), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files),
             QStringList{QStringLiteral("coro.sqlite")});
}

void TestDatabase::unknownTargetVersionIsRefused()
{
    Database db(m_path);
    QString error;
    QVERIFY(!db.openAt(Database::latestVersion() + 1, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(m_path));
}

void TestDatabase::integrityCheckFindsADamagedIndex()
{
    Database db(m_path);
    QVERIFY(db.open());
    QVERIFY(insertSampleData(db));
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    // An index entry for text the content table does not hold (a streaming answer).
    QVERIFY(exec(db, QStringLiteral("INSERT INTO answers_fts (rowid, text) "
                                    "VALUES (22, 'half an answ')")));
    const QString result = db.integrityCheck();
    QVERIFY2(result.contains(QStringLiteral("answers_fts")), qPrintable(result));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
