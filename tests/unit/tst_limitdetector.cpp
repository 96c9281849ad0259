#include "workspace/limitdetector.h"

#include <QTest>

using coro::LimitDetector;
using coro::Limits;
using coro::RunResult;
using Limit = coro::RunResult::Limit;

Q_DECLARE_METATYPE(LimitDetector::Evidence)

namespace {
LimitDetector::Evidence exited(int code, const QByteArray &stderrTail = {})
{
    LimitDetector::Evidence evidence;
    evidence.exitCode = code;
    evidence.elapsedMs = 300;
    evidence.stderrTail = stderrTail;
    return evidence;
}

LimitDetector::Evidence killed(int signal, qint64 elapsedMs, const QByteArray &stderrTail = {})
{
    LimitDetector::Evidence evidence;
    evidence.signal = signal;
    evidence.elapsedMs = elapsedMs;
    evidence.stderrTail = stderrTail;
    return evidence;
}
} // namespace

class TestLimitDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detect_data();
    void detect();
    void describeNamesTheLimitAndItsValue();
};

void TestLimitDetector::detect_data()
{
    QTest::addColumn<LimitDetector::Evidence>("evidence");
    QTest::addColumn<Limit>("expected");

    LimitDetector::Evidence timer = killed(9, 10'000);
    timer.stoppedForTime = true;
    QTest::newRow("our wall-clock timer") << timer << Limit::Time;
    LimitDetector::Evidence cap = killed(9, 200);
    cap.stoppedForOutput = true;
    QTest::newRow("our output cap") << cap << Limit::Output;
    LimitDetector::Evidence cancel = killed(9, 20'000);
    cancel.cancelled = true;
    QTest::newRow("cancelled, even late") << cancel << Limit::None;

    QTest::newRow("SIGXCPU") << killed(24, 1100) << Limit::Cpu;
    QTest::newRow("SIGKILL at the hard CPU limit") << killed(9, 2100) << Limit::Cpu;
    QTest::newRow("SIGKILL long before any CPU limit") << killed(9, 50) << Limit::None;
    QTest::newRow("SIGXFSZ") << killed(25, 100) << Limit::FileSize;
    QTest::newRow("Python EFBIG") << exited(1, "OSError: [Errno 27] File too large\n")
                                  << Limit::FileSize;

    QTest::newRow("Python MemoryError")
        << exited(1, "Traceback (most recent call last):\n  ...\nMemoryError\n") << Limit::Memory;
    QTest::newRow("V8 heap") << killed(6, 900,
                                       "FATAL ERROR: Reached heap limit Allocation failed - "
                                       "JavaScript heap out of memory\n 1: 0xb7 node::Abort()\n")
                             << Limit::Memory;
    QTest::newRow("C library ENOMEM")
        << exited(2, "sort: Cannot allocate memory\n") << Limit::Memory;
    QTest::newRow("segfault without a word") << killed(11, 40) << Limit::None;

    QTest::newRow("Python fork EAGAIN")
        << exited(1, "BlockingIOError: [Errno 11] Resource temporarily unavailable\n")
        << Limit::Processes;
    QTest::newRow("dash cannot fork") << exited(2, "sh: 1: Cannot fork\n") << Limit::Processes;
    QTest::newRow("Node spawn EAGAIN")
        << exited(3, "Error: spawn sleep EAGAIN\n") << Limit::Processes;

    // A program that survived its limits and exited 0 was not stopped by them.
    QTest::newRow("fork failures, then exit 0") << exited(0, "sh: 1: Cannot fork\n") << Limit::None;
    QTest::newRow("plain failure") << exited(1, "ValueError: bad input\n") << Limit::None;
    // The last message decides: a MemoryError that was handled, then a fork that failed.
    QTest::newRow("last message wins")
        << exited(1, "MemoryError (handled)\nBlockingIOError: [Errno 11] Resource temporarily "
                     "unavailable\n")
        << Limit::Processes;
}

void TestLimitDetector::detect()
{
    QFETCH(LimitDetector::Evidence, evidence);
    QFETCH(Limit, expected);
    Limits limits;
    limits.cpuSeconds = 1;
    QCOMPARE(LimitDetector::detect(evidence, limits, 2), expected);
}

void TestLimitDetector::describeNamesTheLimitAndItsValue()
{
    Limits limits;
    limits.memoryBytes = 64LL << 20;
    limits.wallMs = 1500;
    RunResult result;
    result.limit = Limit::Memory;
    QCOMPARE(LimitDetector::describe(result, limits),
             QStringLiteral("Ran out of memory: the limit is 64 MB."));
    result.limit = Limit::Time;
    QCOMPARE(LimitDetector::describe(result, limits),
             QStringLiteral("Stopped after 1.5 s, the time limit."));
    result.limit = Limit::Processes;
    QCOMPARE(LimitDetector::describe(result, limits),
             QStringLiteral("Could not start more processes: the limit is 64."));
    result.limit = Limit::None;
    result.signal = 11;
    QCOMPARE(LimitDetector::describe(result, limits), QStringLiteral("Killed by signal 11."));
    result.signal = 0;
    result.exitCode = 1;
    QCOMPARE(LimitDetector::describe(result, limits), QString());
}

QTEST_MAIN(TestLimitDetector)
#include "tst_limitdetector.moc"
