#include "sandboxrun.h"
#include "workspace/coderunner.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QStandardPaths>
#include <QTest>

using namespace coro;
using namespace coro::test;

namespace {
constexpr int kSigKill = 9;
constexpr int kSigXcpu = 24;
constexpr int kSigXfsz = 25;

// A 4×3 red PNG from the standard library alone, as a plotting snippet would leave one.
const char *const kWritePng = R"(import struct, zlib
w, h = 4, 3
rows = b"".join(b"\x00" + bytes([255, 0, 0] * w) for _ in range(h))
def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
open("plot.png", "wb").write(png)
print("saved")
)";

// Leaves a process whose command line holds @p marker and says "ready"; then waits for a line
// on stdin (or @p seconds) and says whether that process is still there.
QString spawnThenWait(const QString &marker, const QString &wait)
{
    return QStringLiteral(R"(import os, subprocess, sys, time
child = subprocess.Popen(["%1", "1000"], executable="/bin/sleep")
while b"%1" not in open(f"/proc/{child.pid}/cmdline", "rb").read():
    pass  # The kernel shows the new command line a moment after exec() returns.
print("ready", flush=True)
%2
alive = [p for p in os.listdir("/proc") if p.isdigit()
         and b"%1" in open(f"/proc/{p}/cmdline", "rb").read()]
print("alive inside" if alive else "gone inside")
)")
        .arg(marker, wait);
}
} // namespace

class TestCodeRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pythonReadsStdinAndPrintsUnicode();
    void stdoutAndStderrArriveSeparately();
    void characterSplitAcrossWritesIsIntact();
    void nonZeroExitCodeIsReported();
    void shellRunsWithStdin();
    void javascriptRuns();
    void imageFileIsReportedUntilReleased();
    void linksAreNotReportedAsFiles();
    void hostileTreeIsRemoved();
    void startDoesNotBlock();
    void languageByNameForQml();
    void wallClockStopsLoopAndSleep_data();
    void wallClockStopsLoopAndSleep();
    void cpuLimitStopsBurner();
    void cpuLimitStopsBurnerThatCatchesSigxcpu();
    void memoryLimitStopsPython();
    void memoryLimitStopsJavascript();
    void processLimitContainsForkBomb();
    void fileSizeLimitStopsPython();
    void fileSizeLimitStopsShell();
    void outputIsCutAtTheCap();
    void backgroundProcessEndsWithTheRun();
    void cancelEndsTheWholeTree();

private:
    bool m_hasNode = false;
};

void TestCodeRunner::initTestCase()
{
    CORO_REQUIRE_SANDBOX();
    m_hasNode =
        !QStandardPaths::findExecutable(
             QStringLiteral("node"), {QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/bin")})
             .isEmpty();
}

void TestCodeRunner::pythonReadsStdinAndPrintsUnicode()
{
    const SandboxRun run =
        runCode(Language::Python,
                QStringLiteral("import sys\n"
                               "name = sys.stdin.read().strip()\n"
                               "print(f'Grüße, {name.upper()} 🙂 数据')\n"),
                QByteArrayLiteral("zoë"));
    QVERIFY2(!run.result.refused(), qPrintable(run.result.error));
    QCOMPARE(run.out, QStringLiteral("Grüße, ZOË 🙂 数据\n"));
    QCOMPARE(run.err, QString());
    QCOMPARE(run.result.exitCode, 0);
    QCOMPARE(run.result.signal, 0);
    QCOMPARE(run.result.limit, RunResult::Limit::None);
    QVERIFY(run.result.succeeded());
    QVERIFY(run.result.message.isEmpty());
    QVERIFY(run.result.elapsedMs > 0);
}

void TestCodeRunner::stdoutAndStderrArriveSeparately()
{
    const SandboxRun run = runPython(
        QStringLiteral("import sys\nprint('to out')\nprint('to err', file=sys.stderr)\n"));
    QCOMPARE(run.out, QStringLiteral("to out\n"));
    QCOMPARE(run.err, QStringLiteral("to err\n"));
}

void TestCodeRunner::characterSplitAcrossWritesIsIntact()
{
    // "é" is C3 A9: the two bytes reach Coro in two reads, 200 ms apart.
    const SandboxRun run = runPython(QStringLiteral("import sys, time\n"
                                                    "sys.stdout.buffer.write(b'caf\\xc3')\n"
                                                    "sys.stdout.flush()\n"
                                                    "time.sleep(0.2)\n"
                                                    "sys.stdout.buffer.write(b'\\xa9!\\n')\n"));
    QCOMPARE(run.out, QStringLiteral("café!\n"));
    QVERIFY2(run.stdoutChunks.size() >= 2, "the test needs the bytes to arrive in two reads");
    for (const QString &chunk : run.stdoutChunks)
        QVERIFY2(!chunk.contains(QChar::ReplacementCharacter), qPrintable(chunk));
}

void TestCodeRunner::nonZeroExitCodeIsReported()
{
    const SandboxRun run = runPython(QStringLiteral("import sys\nprint('failing')\nsys.exit(3)\n"));
    QCOMPARE(run.result.exitCode, 3);
    QCOMPARE(run.result.signal, 0);
    QCOMPARE(run.result.limit, RunResult::Limit::None);
    QVERIFY(!run.result.succeeded());
    QCOMPARE(run.out, QStringLiteral("failing\n"));
}

void TestCodeRunner::shellRunsWithStdin()
{
    const SandboxRun run = runCode(Language::Shell,
                                   QStringLiteral("read line\necho \"got: $line\" | tr a-z A-Z\n"
                                                  "echo warn >&2\nexit 4\n"),
                                   QByteArrayLiteral("hello\n"));
    QCOMPARE(run.out, QStringLiteral("GOT: HELLO\n"));
    QCOMPARE(run.err, QStringLiteral("warn\n"));
    QCOMPARE(run.result.exitCode, 4);
}

void TestCodeRunner::javascriptRuns()
{
    if (!m_hasNode)
        QSKIP("node is not installed in /usr/bin or /usr/local/bin");
    const SandboxRun run = runCode(
        Language::JavaScript,
        QStringLiteral("let input = '';\n"
                       "process.stdin.on('data', d => input += d);\n"
                       "process.stdin.on('end', () => {\n"
                       "  console.log(`${input.trim()} → ${[1, 2, 3].map(x => x * 2)} ✓`);\n"
                       "  console.error('note');\n"
                       "  process.exitCode = 5;\n"
                       "});\n"),
        QByteArrayLiteral("doubled"));
    QCOMPARE(run.out, QStringLiteral("doubled → 2,4,6 ✓\n"));
    QCOMPARE(run.err, QStringLiteral("note\n"));
    QCOMPARE(run.result.exitCode, 5);
}

void TestCodeRunner::imageFileIsReportedUntilReleased()
{
    CodeRunner runner;
    runner.setLimits(testLimits());
    const SandboxRun run = runOn(runner, Language::Python, QString::fromUtf8(kWritePng));
    QCOMPARE(run.out, QStringLiteral("saved\n"));
    QCOMPARE(run.result.files, QStringList{QStringLiteral("plot.png")});
    const QString path = run.result.workDir + QStringLiteral("/plot.png");
    const QImage image(path);
    QCOMPARE(image.size(), QSize(4, 3));
    QCOMPARE(image.pixelColor(2, 1), QColor(Qt::red));

    runner.releaseWorkDir();
    QTRY_VERIFY(!QFileInfo::exists(run.result.workDir));
}

void TestCodeRunner::linksAreNotReportedAsFiles()
{
    // A link to a host file would make Coro read that file when it "shows the result".
    const SandboxRun run =
        runPython(QStringLiteral("import os\nos.symlink('/etc/shadow', 'secret.png')\n"
                                 "os.makedirs('out/deep')\nopen('out/deep/data.csv', 'w')\n"
                                 "os.mkfifo('pipe')\n"));
    QCOMPARE(run.result.exitCode, 0);
    QCOMPARE(run.result.files, QStringList{QStringLiteral("out/deep/data.csv")});
}

void TestCodeRunner::hostileTreeIsRemoved()
{
    // Deeper than PATH_MAX allows to name, with directories nobody may enter or change.
    CodeRunner runner;
    runner.setLimits(testLimits());
    const SandboxRun run =
        runOn(runner, Language::Python,
              QStringLiteral("import os\nos.makedirs('locked/inner')\n"
                             "open('locked/inner/f', 'w')\nos.chmod('locked/inner', 0)\n"
                             "os.chmod('locked', 0o500)\n"
                             "for i in range(600):\n"
                             "    os.mkdir('d' * 200)\n    os.chdir('d' * 200)\n"
                             "open('bottom', 'w').write('x')\n"));
    QCOMPARE(run.result.exitCode, 0);
    QVERIFY(QFileInfo::exists(run.result.workDir));
    runner.releaseWorkDir();
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(run.result.workDir), 10000);
    QVERIFY(!QFileInfo::exists(QFileInfo(run.result.workDir).path()));
}

void TestCodeRunner::startDoesNotBlock()
{
    CodeRunner runner;
    runner.setLimits(testLimits());
    QSignalSpy finished(&runner, &CodeRunner::finished);
    QElapsedTimer timer;
    timer.start();
    runner.start(Language::Python, QStringLiteral("import time\ntime.sleep(1)\n"));
    QVERIFY2(timer.elapsed() < 500, "start() waited for the program");
    QVERIFY(runner.isRunning());
    QVERIFY(finished.isEmpty());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<RunResult>().exitCode, 0);
    QVERIFY(!runner.isRunning());
}

void TestCodeRunner::languageByNameForQml()
{
    CodeRunner runner;
    runner.setLimits(testLimits());
    QSignalSpy running(&runner, &CodeRunner::runningChanged);
    QSignalSpy finished(&runner, &CodeRunner::finished);
    QString out;
    connect(&runner, &CodeRunner::stdoutText, this, [&](const QString &text) { out += text; });
    QVERIFY(QMetaObject::invokeMethod(&runner, "start", Q_ARG(QString, QStringLiteral("sh")),
                                      Q_ARG(QString, QStringLiteral("read x; echo \"[$x]\"")),
                                      Q_ARG(QString, QStringLiteral("ü"))));
    QVERIFY(runner.property("running").toBool());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<RunResult>().exitCode, 0);
    QCOMPARE(out, QStringLiteral("[ü]\n"));
    QCOMPARE(running.size(), 2); // Started, then idle again.
    QVERIFY(!runner.property("running").toBool());

    runner.start(QStringLiteral("ruby"), QStringLiteral("puts 1"));
    QVERIFY(finished.wait(10000));
    const auto refused = finished.last().first().value<RunResult>();
    QVERIFY(refused.refused());
    QVERIFY2(refused.error.contains(QLatin1String("python, sh or js")), qPrintable(refused.error));
}

void TestCodeRunner::wallClockStopsLoopAndSleep_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("busy loop") << QStringLiteral("while True:\n    pass\n");
    QTest::newRow("sleep") << QStringLiteral("import time\ntime.sleep(100)\n");
}

void TestCodeRunner::wallClockStopsLoopAndSleep()
{
    QFETCH(QString, code);
    Limits limits = testLimits();
    limits.wallMs = 1000;
    limits.cpuSeconds = 10;
    const SandboxRun run = runPython(code, limits);
    QCOMPARE(run.result.limit, RunResult::Limit::Time);
    QCOMPARE(run.result.exitCode, -1);
    QCOMPARE(run.result.signal, kSigKill);
    QVERIFY2(run.result.elapsedMs >= 1000 && run.result.elapsedMs < 3000,
             qPrintable(QString::number(run.result.elapsedMs)));
    QVERIFY(run.result.message.contains(QLatin1String("time limit")));
}

void TestCodeRunner::cpuLimitStopsBurner()
{
    Limits limits = testLimits();
    limits.cpuSeconds = 1;
    const SandboxRun run = runPython(QStringLiteral("while True:\n    pass\n"), limits);
    QCOMPARE(run.result.limit, RunResult::Limit::Cpu);
    QCOMPARE(run.result.signal, kSigXcpu);
    QVERIFY(run.result.elapsedMs >= 900);
    QVERIFY(run.result.elapsedMs < limits.wallMs);
}

void TestCodeRunner::cpuLimitStopsBurnerThatCatchesSigxcpu()
{
    Limits limits = testLimits();
    limits.cpuSeconds = 1;
    const SandboxRun run =
        runPython(QStringLiteral("import signal\n"
                                 "signal.signal(signal.SIGXCPU, lambda *a: print('ignored'))\n"
                                 "while True:\n    pass\n"),
                  limits);
    QCOMPARE(run.out, QStringLiteral("ignored\n"));
    QCOMPARE(run.result.limit, RunResult::Limit::Cpu);
    QCOMPARE(run.result.signal, kSigKill); // The hard limit, a second later.
    QVERIFY(run.result.elapsedMs < limits.wallMs);
}

void TestCodeRunner::memoryLimitStopsPython()
{
    const SandboxRun run =
        runPython(QStringLiteral("block = bytearray(512 * 1024 * 1024)\nprint('allocated')\n"));
    QCOMPARE(run.result.limit, RunResult::Limit::Memory);
    QCOMPARE(run.result.exitCode, 1);
    QVERIFY(run.err.contains(QLatin1String("MemoryError")));
    QCOMPARE(run.out, QString());
    QVERIFY(run.result.message.contains(QLatin1String("memory")));
}

void TestCodeRunner::memoryLimitStopsJavascript()
{
    if (!m_hasNode)
        QSKIP("node is not installed in /usr/bin or /usr/local/bin");
    Limits limits = testLimits();
    limits.memoryBytes = 128LL << 20;
    const SandboxRun run = runCode(
        Language::JavaScript,
        QStringLiteral("const keep = [];\nwhile (true) keep.push(new Array(1e6).fill(1.5));\n"), {},
        limits);
    QCOMPARE(run.result.limit, RunResult::Limit::Memory);
    QVERIFY(run.result.exitCode != 0);
    QVERIFY(run.result.elapsedMs < limits.wallMs);
}

void TestCodeRunner::processLimitContainsForkBomb()
{
    Limits limits = testLimits();
    limits.processes = 16;
    const QString marker = processMarker();
    const SandboxRun run =
        runPython(QStringLiteral("import os\n"
                                 "while True:\n"
                                 "    if os.fork() == 0:\n"
                                 "        os.execv('/bin/sleep', ['%1', '30'])\n")
                      .arg(marker),
                  limits);
    QCOMPARE(run.result.limit, RunResult::Limit::Processes);
    QCOMPARE(run.result.exitCode, 1);
    QVERIFY(run.err.contains(QLatin1String("Resource temporarily unavailable")));
    QVERIFY(run.result.elapsedMs < limits.wallMs);
    QCOMPARE(processesWith(marker), 0);
}

void TestCodeRunner::fileSizeLimitStopsPython()
{
    CodeRunner runner; // Kept, with its work dir, until the file has been measured.
    runner.setLimits(testLimits());
    const SandboxRun run = runOn(runner, Language::Python,
                                 QStringLiteral("with open('big.bin', 'wb') as f:\n"
                                                "    for _ in range(100):\n"
                                                "        f.write(b'x' * 65536)\n"));
    QCOMPARE(run.result.limit, RunResult::Limit::FileSize);
    QCOMPARE(run.result.exitCode, 1);
    QVERIFY(run.err.contains(QLatin1String("File too large")));
    QCOMPARE(run.result.files, QStringList{QStringLiteral("big.bin")});
    QCOMPARE(QFileInfo(run.result.workDir + QStringLiteral("/big.bin")).size(),
             testLimits().fileSizeBytes);
}

void TestCodeRunner::fileSizeLimitStopsShell()
{
    const SandboxRun run =
        runCode(Language::Shell, QStringLiteral("exec head -c 5000000 /dev/zero > big.bin\n"));
    QCOMPARE(run.result.limit, RunResult::Limit::FileSize);
    QCOMPARE(run.result.signal, kSigXfsz);
    QCOMPARE(run.result.exitCode, -1);
}

void TestCodeRunner::outputIsCutAtTheCap()
{
    const SandboxRun run = runPython(QStringLiteral("while True:\n    print('x' * 99)\n"));
    QCOMPARE(run.result.limit, RunResult::Limit::Output);
    QCOMPARE(run.out.toUtf8().size(), testLimits().outputBytes);
    QVERIFY(run.out.startsWith(QString(99, QLatin1Char('x')) + QLatin1Char('\n')));
    QVERIFY(run.result.message.contains(QLatin1String("Output cut")));
    QVERIFY(run.result.elapsedMs < testLimits().wallMs);
}

void TestCodeRunner::backgroundProcessEndsWithTheRun()
{
    const QString marker = processMarker();
    int seenFromHost = -1;
    CodeRunner runner;
    runner.setLimits(testLimits());
    QSignalSpy finished(&runner, &CodeRunner::finished);
    QString out;
    connect(&runner, &CodeRunner::stdoutText, this, [&](const QString &text) {
        out += text;
        if (seenFromHost < 0 && out.startsWith(QLatin1String("ready\n"))) {
            seenFromHost = processesWith(marker);
            runner.writeInput("go\n"); // Now the program may end.
        }
    });
    runner.startWithOpenInput(Language::Python,
                              spawnThenWait(marker, QStringLiteral("sys.stdin.readline()")));
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<RunResult>();
    QCOMPARE(out, QStringLiteral("ready\nalive inside\n"));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(seenFromHost, 1);          // It did run, and this check can see it...
    QCOMPARE(processesWith(marker), 0); // ...and it is gone once the run has ended.
}

void TestCodeRunner::cancelEndsTheWholeTree()
{
    const QString marker = processMarker();
    int seenFromHost = 0;
    CodeRunner runner;
    runner.setLimits(testLimits());
    QElapsedTimer sinceCancel;
    const SandboxRun run =
        runOn(runner, Language::Python, spawnThenWait(marker, QStringLiteral("time.sleep(100)")),
              {}, [&](const QString &out) {
                  if (!sinceCancel.isValid() && out.startsWith(QLatin1String("ready\n"))) {
                      seenFromHost = processesWith(marker);
                      sinceCancel.start();
                      runner.cancel();
                  }
              });
    QVERIFY(sinceCancel.isValid());
    QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
    QVERIFY(run.result.cancelled);
    QCOMPARE(run.result.limit, RunResult::Limit::None);
    QCOMPARE(run.result.signal, kSigKill);
    QCOMPARE(seenFromHost, 1);
    QCOMPARE(processesWith(marker), 0);
}

QTEST_MAIN(TestCodeRunner)
#include "tst_coderunner.moc"
