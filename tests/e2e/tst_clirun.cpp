#include "../unit/processmarker.h"
#include "clirunner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace coro::test;

namespace {
const char *const kEcho = R"(import sys
name = sys.stdin.readline().strip()
print(f"Grüße, {name} 🙂")
print("to stderr", file=sys.stderr)
)";
} // namespace

class TestCliRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void outputPassesThroughAndStdinReachesTheProgram();
    void jsonLinesEndWithTheExit();
    void codeFromStdin();
    void timeoutStopsTheProgram();
    void memoryOptionLimitsTheProgram();
    void badUsageExitsOne_data();
    void badUsageExitsOne();
    void noSandboxExitsOneAndRunsNothing();
    void interruptEndsTheWholeTree_data();
    void interruptEndsTheWholeTree();

private:
    QString program(const QString &name, const QByteArray &code);

    QTemporaryDir m_dir;
};

QString TestCliRun::program(const QString &name, const QByteArray &code)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(code);
    return file.fileName();
}

void TestCliRun::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const CliResult probe = runCli({QStringLiteral("run"), QStringLiteral("--lang"),
                                    QStringLiteral("sh"), QStringLiteral("-")},
                                   "exit 0\n");
    if (probe.exitCode == 1)
        QSKIP(qPrintable(QStringLiteral("no sandbox here: ") + QString::fromUtf8(probe.err)));
    QCOMPARE(probe.exitCode, 0);
}

void TestCliRun::outputPassesThroughAndStdinReachesTheProgram()
{
    const QString file = program(QStringLiteral("echo.py"), kEcho);
    const CliResult r = runCli(
        {QStringLiteral("run"), QStringLiteral("--lang"), QStringLiteral("python"), file}, "zoë\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("Grüße, zoë 🙂\n"));
    QCOMPARE(QString::fromUtf8(r.err), QStringLiteral("to stderr\n"));
}

void TestCliRun::jsonLinesEndWithTheExit()
{
    const QString file = program(QStringLiteral("exit3.py"),
                                 QByteArray(kEcho) + "open('result.csv', 'w').write('a,b')\n"
                                                     "raise SystemExit(3)\n");
    const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("--lang"),
                                QStringLiteral("python"), QStringLiteral("--json"), file},
                               "zoë\n");
    QCOMPARE(r.exitCode, 2);
    // Text lines as the program's writes arrived, then one exit line, last.
    QMap<QString, QString> text;
    for (const QJsonObject &line : r.lines.mid(0, r.lines.size() - 1)) {
        QCOMPARE(line.keys(), (QStringList{QStringLiteral("text"), QStringLiteral("type")}));
        text[line.value(QLatin1String("type")).toString()] +=
            line.value(QLatin1String("text")).toString();
    }
    QCOMPARE(text.value(QStringLiteral("stdout")), QStringLiteral("Grüße, zoë 🙂\n"));
    QCOMPARE(text.value(QStringLiteral("stderr")), QStringLiteral("to stderr\n"));
    QCOMPARE(text.size(), 2);
    const QJsonObject exit = r.lines.constLast();
    QCOMPARE(exit.value(QLatin1String("type")).toString(), QStringLiteral("exit"));
    QCOMPARE(exit.value(QLatin1String("exit_code")).toInt(), 3);
    QVERIFY(exit.value(QLatin1String("signal")).isNull());
    QVERIFY(exit.value(QLatin1String("limit")).isNull());
    QVERIFY(exit.value(QLatin1String("elapsed_ms")).toInteger(-1) > 0);
    QCOMPARE(exit.value(QLatin1String("files")).toArray(),
             QJsonArray{QStringLiteral("result.csv")});
    QCOMPARE(exit.keys().size(), 6);
}

void TestCliRun::codeFromStdin()
{
    const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("--lang"),
                                QStringLiteral("sh"), QStringLiteral("-")},
                               "echo \"$((6 * 7))\"\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("42\n"));
}

void TestCliRun::timeoutStopsTheProgram()
{
    QElapsedTimer timer;
    timer.start();
    const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("--lang"),
                                QStringLiteral("python"), QStringLiteral("--timeout"),
                                QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("-")},
                               "import time\ntime.sleep(60)\n");
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(r.exitCode, 2);
    const QJsonObject exit = r.lines.value(0);
    QCOMPARE(exit.value(QLatin1String("limit")).toString(), QStringLiteral("time"));
    QCOMPARE(exit.value(QLatin1String("signal")).toInt(), 9);
    QVERIFY(exit.value(QLatin1String("exit_code")).isNull());
    QVERIFY(exit.value(QLatin1String("elapsed_ms")).toInt() >= 1000);
}

void TestCliRun::memoryOptionLimitsTheProgram()
{
    const QByteArray allocate = "block = bytearray(200 * 1024 * 1024)\nprint('allocated')\n";
    const QStringList run{QStringLiteral("run"), QStringLiteral("--lang"), QStringLiteral("python"),
                          QStringLiteral("-")};
    QCOMPARE(runCli(run, allocate).out, QByteArray("allocated\n")); // Fits the default 512 MB.

    const CliResult r =
        runCli(QStringList(run) << QStringLiteral("--memory") << QStringLiteral("64"), allocate);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY(r.err.contains("MemoryError"));
    QVERIFY2(r.err.contains("coro-cli run: Ran out of memory: the limit is 64 MB."),
             r.err.constData());
}

void TestCliRun::badUsageExitsOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString file = program(QStringLiteral("ok.py"), "print('ran')\n");
    QTest::newRow("no language") << QStringList{file};
    QTest::newRow("unknown language")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("ruby"), file};
    QTest::newRow("no file") << QStringList{QStringLiteral("--lang"), QStringLiteral("python")};
    QTest::newRow("two files") << QStringList{QStringLiteral("--lang"), QStringLiteral("python"),
                                              file, file};
    QTest::newRow("missing file") << QStringList{QStringLiteral("--lang"), QStringLiteral("python"),
                                                 m_dir.filePath(QStringLiteral("absent.py"))};
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("--lang"), QStringLiteral("python"),
                                                QStringLiteral("--timeout"), QStringLiteral("0"),
                                                file};
    QTest::newRow("bad memory") << QStringList{QStringLiteral("--lang"), QStringLiteral("python"),
                                               QStringLiteral("--memory"), QStringLiteral("lots"),
                                               file};
}

void TestCliRun::badUsageExitsOne()
{
    QFETCH(QStringList, arguments);
    const CliResult r = runCli(QStringList{QStringLiteral("run")} + arguments);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QByteArray());
    QVERIFY(r.err.startsWith("coro-cli run: "));
}

void TestCliRun::noSandboxExitsOneAndRunsNothing()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), m_dir.path()); // No bwrap to be found.
    // Run bare, this would leave a file in the host's temporary directory.
    const QString trace = QDir::tempPath() + QLatin1Char('/') + processMarker();
    const QString file =
        program(QStringLiteral("marker.py"),
                QStringLiteral("open('%1', 'w')\nprint('ran')\n").arg(trace).toUtf8());
    const CliResult r = runCli(
        {QStringLiteral("run"), QStringLiteral("--lang"), QStringLiteral("python"), file}, {}, env);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.contains("install the bubblewrap package"), r.err.constData());
    QVERIFY(!QFile::exists(trace));
}

void TestCliRun::interruptEndsTheWholeTree_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGINT (Ctrl+C)") << SIGINT;
    QTest::newRow("SIGTERM") << SIGTERM;
}

void TestCliRun::interruptEndsTheWholeTree()
{
    QFETCH(int, signal);
    const QString marker = processMarker();
    // A program that leaves a child behind, and another in a session of its own.
    const QString code =
        QStringLiteral("import os, subprocess, time\n"
                       "kids = [subprocess.Popen(['%1', '1000'], executable='/bin/sleep'),\n"
                       "        subprocess.Popen(['%1', '1001'], executable='/bin/sleep',\n"
                       "                         start_new_session=True)]\n"
                       "for kid in kids:\n"
                       "    while b'%1' not in open(f'/proc/{kid.pid}/cmdline', 'rb').read():\n"
                       "        pass\n"
                       "print('ready', flush=True)\n"
                       "time.sleep(100)\n")
            .arg(marker);
    QProcess cli;
    cli.start(QStringLiteral(CORO_CLI_PATH),
              {QStringLiteral("run"), QStringLiteral("--lang"), QStringLiteral("python"),
               program(QStringLiteral("tree.py"), code.toUtf8())});
    QVERIFY(cli.waitForStarted());
    QByteArray out;
    for (int i = 0; i < 100 && !out.contains("ready"); ++i) {
        cli.waitForReadyRead(100);
        out += cli.readAllStandardOutput();
    }
    QVERIFY2(out.contains("ready"), QByteArray(out + cli.readAllStandardError()).constData());
    QCOMPARE(processesWith(marker), 2);

    QElapsedTimer timer;
    timer.start();
    ::kill(static_cast<pid_t>(cli.processId()), signal);
    QVERIFY(cli.waitForFinished(5000));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 2);
    QCOMPARE(processesWith(marker), 0);
}

QTEST_MAIN(TestCliRun)
#include "tst_clirun.moc"
