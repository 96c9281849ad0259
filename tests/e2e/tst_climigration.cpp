#include "clirunner.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;
using namespace coro::test;

/**
 * A history file written by an earlier Coro, opened by this coro-cli: it is updated once, with a
 * backup and a notice on stderr (the update can take minutes on a large history), and every old
 * answer is still there and found, by whole words and by prefixes of any length.
 */
class TestCliMigration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void olderFileIsUpdatedOnceAndSearchable_data();
    void olderFileIsUpdatedOnceAndSearchable();

private:
    static bool exec(const Database &db, const QString &statement);
};

bool TestCliMigration::exec(const Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    return query.exec(statement);
}

void TestCliMigration::olderFileIsUpdatedOnceAndSearchable_data()
{
    QTest::addColumn<int>("version");
    // Every released step but the last (numbers may skip one merged from another branch).
    for (const Migration &step : schemaMigrations()) {
        if (step.version < Database::latestVersion())
            QTest::addRow("from v%d", step.version) << step.version;
    }
}

void TestCliMigration::olderFileIsUpdatedOnceAndSearchable()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coro.sqlite"));
    {
        Database old(path);
        QVERIFY(old.openAt(version));
        QVERIFY(exec(old, QStringLiteral("INSERT INTO conversations (id, title, title_source, "
                                         "created_at, updated_at) VALUES (3, 'Query planner', "
                                         "'prompt', 1000, 2000)")));
        QVERIFY(exec(old, QStringLiteral("INSERT INTO turns (id, conversation_id, user_text, "
                                         "created_at) VALUES (5, 3, 'How do I optimise a "
                                         "slow join?', 1500)")));
        QVERIFY(exec(old, QStringLiteral("INSERT INTO answers (id, turn_id, slot, provider, "
                                         "model, text, status, created_at, updated_at) VALUES "
                                         "(8, 5, 0, 'ollama', 'llama3.2:3b', 'An index on the "
                                         "join column lets the optimizer seek.', 'done', 1600, "
                                         "1700)")));
    }
    // As a user runs it: without QT_LOGGING_RULES, so coro-cli's own log filter applies.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    const QStringList search{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("history"),
                             QStringLiteral("search"), QStringLiteral("--json")};

    const CliResult first = runCli(search + QStringList{QStringLiteral("optimi*")}, {}, env);
    QCOMPARE(first.exitCode, 0);
    const QString notice = QString::fromUtf8(first.err);
    QVERIFY2(notice.contains(QStringLiteral("Backing up")), qPrintable(notice));
    QVERIFY2(notice.contains(
                 QStringLiteral("Updated to schema version %1").arg(Database::latestVersion())),
             qPrintable(notice));
    // The prompt and the answer, each through a prefix longer than any prefix index.
    QCOMPARE(first.lines.size(), 2);
    for (const QJsonObject &hit : first.lines)
        QCOMPARE(hit.value(QLatin1String("conversation")).toInteger(), 3);

    const QStringList backups =
        QDir(dir.path()).entryList({QStringLiteral("coro.sqlite.backup-v%1-*").arg(version)});
    QCOMPARE(backups.size(), 1);

    // Done once: the next run says nothing and finds by 4- and 5-character prefixes.
    for (const QString &prefix : {QStringLiteral("opti*"), QStringLiteral("optim*")}) {
        const CliResult again = runCli(search + QStringList{prefix}, {}, env);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.err, QByteArray());
        QCOMPARE(again.lines.size(), 2);
    }
    const CliResult word = runCli(search + QStringList{QStringLiteral("optimizer")}, {}, env);
    QCOMPARE(word.lines.size(), 1);
    QCOMPARE(word.lines.first().value(QLatin1String("model")).toString(),
             QStringLiteral("ollama/llama3.2:3b"));
}

QTEST_GUILESS_MAIN(TestCliMigration)
#include "tst_climigration.moc"
