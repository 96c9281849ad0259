#include "clirunner.h"
#include "fakeproviderserver.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace coro;
using namespace coro::test;

/**
 * coro-cli as an unlucky user or an attacker meets it: a history file another process keeps
 * locked, model text full of terminal escapes, Ctrl+C at the wrong moment, an oversized
 * import, several processes creating the same new file at once.
 */
class TestCliHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesThatFailAreSaidAndExitTwo();
    void terminalEscapesNeverReachTheTerminal();
    void ctrlCWhileTheTurnIsPlannedStops();
    void oversizedImportIsRefused();
    void processesCreatingOneNewFileAllSucceed();
    void dataIsPrivateToTheUser();

private:
    QString newDataDir();
    QProcess *startCli(const QString &dataDir, const QStringList &arguments);

    FakeProviderServer m_server;
    QList<std::shared_ptr<QTemporaryDir>> m_dirs;
};

void TestCliHostile::initTestCase()
{
    QVERIFY(m_server.listen());
}

QString TestCliHostile::newDataDir()
{
    auto dir = std::make_shared<QTemporaryDir>();
    m_dirs << dir;
    QFile file(dir->filePath(QStringLiteral("providers.json")));
    if (file.open(QIODevice::WriteOnly))
        file.write(m_server.providersJson());
    return dir->path();
}

QProcess *TestCliHostile::startCli(const QString &dataDir, const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->start(QStringLiteral(CORO_CLI_PATH),
                   QStringList{QStringLiteral("--data-dir"), dataDir} + arguments);
    return process;
}

void TestCliHostile::writesThatFailAreSaidAndExitTwo()
{
    const QString dataDir = newDataDir();
    QProcess *cli =
        startCli(dataDir, {QStringLiteral("ask"), QStringLiteral("--json"), QStringLiteral("-m"),
                           QStringLiteral("fake-openai/slow:300"), QStringLiteral("q")});
    QSignalSpy readable(cli, &QProcess::readyReadStandardOutput);
    QVERIFY(readable.wait(10000)); // The turn is recorded and streaming.

    // Another process holds the write lock for longer than coro-cli waits for it (5 s).
    Database blocker(dataDir + QStringLiteral("/coro.sqlite"));
    QVERIFY(blocker.open());
    QSqlQuery lock(blocker.connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QTest::qWait(6500);
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));

    QSignalSpy finished(cli, &QProcess::finished);
    QVERIFY(cli->state() == QProcess::NotRunning || finished.wait(30000));
    const QByteArray err = cli->readAllStandardError();
    const QByteArray out = cli->readAllStandardOutput();
    QCOMPARE(cli->exitCode(), 2);
    QVERIFY2(err.contains("could not be saved") && err.contains("locked"), err.constData());
    const QJsonObject turn = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    QCOMPARE(turn.value(QLatin1String("type")).toString(), QStringLiteral("turn"));
    QCOMPARE(turn.value(QLatin1String("saved")).toBool(true), false);
    QVERIFY(out.contains(R"("type":"done")")); // The model itself finished fine.
}

void TestCliHostile::terminalEscapesNeverReachTheTerminal()
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("util-linux's script(1) is needed to give coro-cli a terminal.");
    const QString dataDir = newDataDir();
    // Sets the window title, writes the clipboard (OSC 52), clears the screen, a C1 CSI.
    const QString hostile = QStringLiteral("T\x1b]0;pwned\x07 C\x1b]52;c;ZXZpbA==\x07 "
                                           "X\x1b[2J\x1b[H Y\u009b31m Z\r\n");
    QFile promptFile(dataDir + QStringLiteral("/prompt.txt"));
    QVERIFY(promptFile.open(QIODevice::WriteOnly));
    promptFile.write(hostile.toUtf8());
    promptFile.close();
    for (const QString &mode : {QStringLiteral("human"), QStringLiteral("json")}) {
        const QString command =
            QStringLiteral("'%1' --data-dir '%2' ask %3 -m fake-openai/tiny \"$(cat '%4')\"")
                .arg(QStringLiteral(CORO_CLI_PATH), dataDir,
                     mode == QLatin1String("json") ? QStringLiteral("--json") : QString(),
                     promptFile.fileName());
        QProcess terminal;
        terminal.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
        QSignalSpy finished(&terminal, &QProcess::finished);
        QVERIFY(finished.wait(30000));
        const QByteArray screen = terminal.readAllStandardOutput();
        QVERIFY2(screen.contains("pwned"), screen.constData()); // The words stay readable...
        QVERIFY2(!screen.contains('\x1b'), qPrintable(mode));   // ...the escapes do not.
        QVERIFY2(!screen.contains('\x07'), qPrintable(mode));
        QVERIFY2(!screen.contains("\xc2\x9b"), qPrintable(mode));
        if (mode == QLatin1String("json")) // Escaped, not lost, for scripts.
            QVERIFY2(screen.contains("\\u001b]52;c;ZXZpbA=="), screen.constData());
    }
}

void TestCliHostile::ctrlCWhileTheTurnIsPlannedStops()
{
    m_server.clear();
    const QString dataDir = newDataDir();
    {
        QProcess init;
        init.start(QStringLiteral(CORO_CLI_PATH),
                   {QStringLiteral("--data-dir"), dataDir, QStringLiteral("history"),
                    QStringLiteral("list")});
        QVERIFY(init.waitForFinished(20000));
    }
    // The history is locked by another process: the turn cannot be recorded yet.
    Database blocker(dataDir + QStringLiteral("/coro.sqlite"));
    QVERIFY(blocker.open());
    QSqlQuery lock(blocker.connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    const QStringList ask{QStringLiteral("ask"), QStringLiteral("-m"),
                          QStringLiteral("fake-openai/tiny"), QStringLiteral("q")};

    // Once: it stops as soon as what it is waiting for gives up (each write waits 5 s for the
    // lock), and says so.
    QProcess *once = startCli(dataDir, ask);
    QVERIFY(once->waitForStarted());
    QTest::qWait(700);
    ::kill(pid_t(once->processId()), SIGINT);
    QSignalSpy onceFinished(once, &QProcess::finished);
    QVERIFY(onceFinished.wait(20000));
    QCOMPARE(once->exitCode(), 2);
    QVERIFY2(once->readAllStandardError().contains("interrupted"), "no word of the interrupt");

    // Twice: it ends at once.
    QProcess *twice = startCli(dataDir, ask);
    QVERIFY(twice->waitForStarted());
    QTest::qWait(700);
    QElapsedTimer clock;
    clock.start();
    ::kill(pid_t(twice->processId()), SIGINT);
    QTest::qWait(100);
    ::kill(pid_t(twice->processId()), SIGINT);
    QSignalSpy twiceFinished(twice, &QProcess::finished);
    QVERIFY(twice->state() == QProcess::NotRunning || twiceFinished.wait(10000));
    QCOMPARE(twice->exitCode(), 130);
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(m_server.requests().isEmpty());
}

void TestCliHostile::oversizedImportIsRefused()
{
    const QString dataDir = newDataDir();
    QFile big(dataDir + QStringLiteral("/big.json"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write("[" + QByteArray(2 * 1024 * 1024, ' ') + "]");
    big.close();
    const CliResult r = runCli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("history"),
                                QStringLiteral("import"), big.fileName(),
                                QStringLiteral("--max-size"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("larger than 1 MB") && r.err.contains("--max-size"), r.err.constData());
    const CliResult allowed = runCli(
        {QStringLiteral("--data-dir"), dataDir, QStringLiteral("history"), QStringLiteral("import"),
         big.fileName(), QStringLiteral("--max-size"), QStringLiteral("3")});
    QCOMPARE(allowed.exitCode, 0); // An empty export: nothing to import, but read.
}

void TestCliHostile::processesCreatingOneNewFileAllSucceed()
{
    const QString dataDir = newDataDir();
    QList<QProcess *> processes;
    for (int i = 0; i < 4; ++i)
        processes << startCli(dataDir, {QStringLiteral("history"), QStringLiteral("list")});
    for (QProcess *process : processes) {
        QVERIFY(process->waitForFinished(30000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
}

void TestCliHostile::dataIsPrivateToTheUser()
{
    QTemporaryDir parent;
    const QString dataDir = parent.filePath(QStringLiteral("fresh"));
    const CliResult r = runCli(
        {QStringLiteral("--data-dir"), dataDir, QStringLiteral("history"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(dataDir) & others, QFileDevice::Permissions());
    const QString database = dataDir + QStringLiteral("/coro.sqlite");
    QCOMPARE(QFile::permissions(database) & others, QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(database) & owner, owner);
}

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_clihostile.moc"
