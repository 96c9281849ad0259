#include "sandboxrun.h"
#include "workspace/bubblewrapprofile.h"
#include "workspace/workdirectory.h"

#include <QFile>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace coro;
using namespace coro::test;

namespace {
// Python that tries @p action on each path of @p paths and prints "PATH: ok" or the error name.
QString tryEach(const QStringList &paths, const QString &action)
{
    QStringList quoted;
    for (const QString &path : paths)
        quoted << QLatin1Char('"') + path + QLatin1Char('"');
    return QStringLiteral("import os\n"
                          "for path in [%1]:\n"
                          "    try:\n"
                          "        %2\n"
                          "        print(path + ': ok')\n"
                          "    except OSError as e:\n"
                          "        print(path + ': ' + type(e).__name__)\n")
        .arg(quoted.join(QLatin1String(", ")), action);
}

// A bwrap stand-in that fails the way bwrap does where user namespaces are forbidden.
QString fakeBwrap(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("bwrap"));
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly))
        return {};
    script.write("#!/bin/sh\n"
                 "echo 'bwrap: No permissions to create a new namespace, likely because the "
                 "kernel does not allow non-privileged user namespaces.' >&2\n"
                 "exit 1\n");
    script.close();
    // As root the launcher runs as nobody, who must be able to reach and run it.
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadOther | QFile::ExeOther);
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                          QFile::ReadOther | QFile::ExeOther);
    return path;
}
} // namespace

class TestSandboxProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void commandLineConfinesTheProgram();
    void networkReachesNothingOnTheHost();
    void onlyLoopbackInterfaceExists();
    void homeIsInvisible();
    void dataDirectoryIsInvisible();
    void writesOutsideTheWorkDirFail();
    void environmentDoesNotLeak();
    void programIsNotRootAndSeesOnlyItsProcesses();
    void missingBubblewrapIsRefused();
    void forbiddenNamespacesAreRefused();
};

void TestSandboxProfile::initTestCase()
{
    CORO_REQUIRE_SANDBOX();
}

void TestSandboxProfile::commandLineConfinesTheProgram()
{
    BubblewrapProfile profile;
    QString error;
    const auto dir = WorkDirectory::create(QDir::tempPath(), -1, -1, &error);
    QVERIFY2(dir, qPrintable(error));
    SandboxLaunch launch{QStringLiteral("/usr/bin/python3"),
                         {QStringLiteral("/code/main.py")},
                         {},
                         testLimits(),
                         testLimits().memoryBytes,
                         dir.get()};
    const QStringList line = profile.commandLine(launch);
    WorkDirectory::removeTree(dir->basePath());

    for (const char *flag :
         {"--unshare-all", "--unshare-user", "--die-with-parent", "--new-session"})
        QVERIFY2(line.contains(QLatin1String(flag)), flag);
    QCOMPARE(line.mid(line.indexOf(QLatin1String("--chdir")), 2),
             (QStringList{QStringLiteral("--chdir"), QStringLiteral("/work")}));
    QVERIFY(line.join(QLatin1Char(' '))
                .endsWith(QStringLiteral("--nproc=%1:%1 -- /usr/bin/python3 /code/main.py")
                              .arg(testLimits().processes)));
    // Nothing that holds the user's home is bound in.
    const QString home = QDir::homePath() + QLatin1Char('/');
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        if (line[i].contains(QLatin1String("bind")))
            QVERIFY2(!home.startsWith(line[i + 1] + QLatin1Char('/')), qPrintable(line[i + 1]));
    }
    if (::geteuid() == 0) {
        QVERIFY(line.first().endsWith(QLatin1String("setpriv")));
        QVERIFY(line.contains(QStringLiteral("--reuid=65534")));
    } else {
        QVERIFY(line.first().endsWith(QLatin1String("bwrap")));
    }
}

void TestSandboxProfile::networkReachesNothingOnTheHost()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::AnyIPv4));
    QStringList targets{QStringLiteral("127.0.0.1")};
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            targets << address.toString(); // This machine's own address: still not reachable.
    }
    QString code =
        QStringLiteral("import socket\nfor host in %1:\n"
                       "    s = socket.socket()\n    s.settimeout(2)\n"
                       "    try:\n        s.connect((host, %2))\n"
                       "        print(host, 'connected')\n"
                       "    except OSError as e:\n        print(host, 'failed')\n")
            .arg(QStringLiteral("['") + targets.join(QLatin1String("', '")) + QStringLiteral("']"),
                 QString::number(server.serverPort()));
    const SandboxRun run = runPython(code);
    QCOMPARE(run.result.exitCode, 0);
    for (const QString &host : targets)
        QVERIFY2(run.out.contains(host + QLatin1String(" failed")), qPrintable(run.out));
    QTest::qWait(50);
    QVERIFY(!server.hasPendingConnections());
}

void TestSandboxProfile::onlyLoopbackInterfaceExists()
{
    const SandboxRun run =
        runPython(QStringLiteral("import os\n"
                                 "lines = open('/proc/net/dev').read().splitlines()[2:]\n"
                                 "print(','.join(sorted(l.split(':')[0].strip() for l in lines)))\n"
                                 "print(os.path.exists('/sys/class/net'))\n"));
    QCOMPARE(run.out, QStringLiteral("lo\nFalse\n"));
}

void TestSandboxProfile::homeIsInvisible()
{
    const QString home = QDir::homePath();
    QFile secret(home + QStringLiteral("/.coro-sandbox-test-") + processMarker());
    if (!secret.open(QIODevice::WriteOnly))
        QSKIP(qPrintable(QStringLiteral("cannot write a file in HOME (%1)").arg(home)));
    secret.write("secret");
    secret.close();
    const SandboxRun run =
        runPython(tryEach({secret.fileName()}, QStringLiteral("open(path).read()")) +
                  tryEach({home}, QStringLiteral("os.listdir(path)")));
    secret.remove();
    QCOMPARE(run.out, secret.fileName() + QStringLiteral(": FileNotFoundError\n") + home +
                          QStringLiteral(": FileNotFoundError\n"));
}

void TestSandboxProfile::dataDirectoryIsInvisible()
{
    // Where --data-dir or $CORO_DATA_DIR may point: here the host's temporary directory.
    QTemporaryDir dataDir;
    QFile database(dataDir.filePath(QStringLiteral("coro.sqlite")));
    QVERIFY(database.open(QIODevice::WriteOnly));
    database.write("SQLite format 3");
    database.close();
    const SandboxRun run =
        runPython(tryEach({database.fileName(), dataDir.path()}, QStringLiteral("open(path)")));
    QCOMPARE(run.out, database.fileName() + QStringLiteral(": FileNotFoundError\n") +
                          dataDir.path() + QStringLiteral(": FileNotFoundError\n"));
}

void TestSandboxProfile::writesOutsideTheWorkDirFail()
{
    const QString hostTemp = QDir::tempPath() + QStringLiteral("/") + processMarker();
    const QStringList denied{
        QStringLiteral("/usr/coro-escape"),  QStringLiteral("/etc/coro-escape"),
        QStringLiteral("/coro-escape"),      QStringLiteral("/code/coro-escape"),
        QStringLiteral("/proc/coro-escape"), QStringLiteral("/dev/coro-escape")};
    const SandboxRun run = runPython(tryEach(denied, QStringLiteral("open(path, 'w').write('x')")) +
                                     tryEach({hostTemp, QStringLiteral("/work/mine")},
                                             QStringLiteral("open(path, 'w').write('x')")));
    for (const QString &path : denied) {
        QVERIFY2(!run.out.contains(path + QLatin1String(": ok")), qPrintable(run.out));
        QVERIFY2(run.out.contains(path + QLatin1String(": ")), qPrintable(run.out));
    }
    // /tmp inside is the run's own: the write succeeds there and never reaches the host's.
    QVERIFY2(run.out.contains(hostTemp + QLatin1String(": ok")), qPrintable(run.out));
    QVERIFY(!QFile::exists(hostTemp));
    QVERIFY2(run.out.contains(QLatin1String("/work/mine: ok")), qPrintable(run.out));
}

void TestSandboxProfile::environmentDoesNotLeak()
{
    qputenv("CORO_TEST_SECRET", "sk-do-not-leak");
    const SandboxRun run = runPython(
        QStringLiteral("import os\nprint(any('sk-do-not-leak' in v for v in os.environ.values()))\n"
                       "print(os.environ['HOME'], os.environ['LANG'])\n"));
    qunsetenv("CORO_TEST_SECRET");
    QCOMPARE(run.out, QStringLiteral("False\n/work C.UTF-8\n"));
}

void TestSandboxProfile::programIsNotRootAndSeesOnlyItsProcesses()
{
    const SandboxRun run = runPython(
        QStringLiteral("import os\nprint(os.getuid() != 0 and os.geteuid() != 0)\n"
                       "try:\n    os.setuid(0)\n    print('became root')\nexcept OSError:\n"
                       "    print('refused')\n"
                       "print(len([p for p in os.listdir('/proc') if p.isdigit()]))\n"));
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("True"));
    QCOMPARE(lines.value(1), QStringLiteral("refused"));
    // bwrap's init, the interpreter: the host's processes are not there.
    QVERIFY2(lines.value(2).toInt() > 0 && lines.value(2).toInt() <= 3, qPrintable(run.out));
}

void TestSandboxProfile::missingBubblewrapIsRefused()
{
    auto profile = std::make_unique<BubblewrapProfile>(QStringLiteral("/nonexistent/bwrap"));
    QVERIFY(profile->unavailableReason().contains(QLatin1String("install the bubblewrap")));
    CodeRunner runner(std::move(profile));
    const SandboxRun run =
        runOn(runner, Language::Python, QStringLiteral("print('ran unsandboxed')"));
    QVERIFY(run.result.refused());
    QVERIFY2(run.result.error.contains(QLatin1String("bubblewrap")), qPrintable(run.result.error));
    QCOMPARE(run.out, QString());
    QVERIFY(run.result.workDir.isEmpty());
}

void TestSandboxProfile::forbiddenNamespacesAreRefused()
{
    QTemporaryDir bin;
    const QString bwrap = fakeBwrap(bin);
    QVERIFY(!bwrap.isEmpty());
    CodeRunner runner(std::make_unique<BubblewrapProfile>(bwrap));
    const SandboxRun run =
        runOn(runner, Language::Python, QStringLiteral("print('ran unsandboxed')"));
    QVERIFY(run.result.refused());
    QVERIFY2(run.result.error.contains(QLatin1String("forbids the user namespaces")),
             qPrintable(run.result.error));
    QVERIFY2(run.result.error.contains(QLatin1String("No permissions to create a new namespace")),
             qPrintable(run.result.error));
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QString()); // bwrap's words come once, inside the explanation.
}

QTEST_MAIN(TestSandboxProfile)
#include "tst_sandboxprofile.moc"
