#pragma once

#include "workspace/coderunner.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace coro::test {

/**
 * @brief What one CodeRunner run printed and how it ended, as a test reads it.
 */
struct SandboxRun
{
    RunResult result;
    QString out;
    QString err;
    QStringList stdoutChunks; ///< Each stdoutText() as it arrived.
    bool timedOut = false;    ///< The test's own patience ran out (a failure in itself).
};

/// Limits small enough for tests: every limit test ends in a second or two.
inline Limits testLimits()
{
    Limits limits;
    limits.wallMs = 5000;
    limits.cpuSeconds = 2;
    limits.memoryBytes = 256LL << 20;
    limits.processes = 32;
    limits.fileSizeBytes = 1000'000;
    limits.outputBytes = 200'000;
    return limits;
}

/// Starts @p code on @p runner and waits with the event loop running. @p onStdout sees each
/// chunk as it comes (to act mid-run).
template<typename OnStdout>
SandboxRun runOn(CodeRunner &runner, Language language, const QString &code,
                 const QByteArray &input, OnStdout onStdout)
{
    SandboxRun run;
    QObject context;
    QObject::connect(&runner, &CodeRunner::stdoutText, &context, [&](const QString &text) {
        run.out += text;
        run.stdoutChunks << text;
        onStdout(run.out);
    });
    QObject::connect(&runner, &CodeRunner::stderrText, &context,
                     [&](const QString &text) { run.err += text; });
    QSignalSpy finished(&runner, &CodeRunner::finished);
    runner.start(language, code, input);
    if (!finished.wait(30000)) {
        run.timedOut = true;
        runner.cancel();
        finished.wait(5000);
    }
    if (!finished.isEmpty())
        run.result = finished.first().first().value<RunResult>();
    return run;
}

inline SandboxRun runOn(CodeRunner &runner, Language language, const QString &code,
                        const QByteArray &input = {})
{
    return runOn(runner, language, code, input, [](const QString &) {});
}

inline SandboxRun runCode(Language language, const QString &code, const QByteArray &input = {},
                          const Limits &limits = testLimits())
{
    CodeRunner runner;
    runner.setLimits(limits);
    return runOn(runner, language, code, input);
}

inline SandboxRun runPython(const QString &code, const Limits &limits = testLimits())
{
    return runCode(Language::Python, code, {}, limits);
}

/// Why runs cannot happen on this machine (the reason to skip), or empty.
inline QString sandboxUnavailable()
{
    const SandboxRun run = runPython(QStringLiteral("pass"));
    return run.result.refused() ? run.result.error : QString();
}

/// A unique word to put in a process's command line and look for afterwards.
inline QString processMarker()
{
    return QStringLiteral("coro-marker-") + QUuid::createUuid().toString(QUuid::Id128);
}

/// How many processes on this machine have @p marker in their command line (all users').
inline int processesWith(const QString &marker)
{
    int count = 0;
    const QByteArray needle = marker.toUtf8();
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        if (!pid.front().isDigit())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle))
            ++count;
    }
    return count;
}

} // namespace coro::test

#define CORO_REQUIRE_SANDBOX()                                                                     \
    do {                                                                                           \
        const QString why = coro::test::sandboxUnavailable();                                      \
        if (!why.isEmpty())                                                                        \
            QSKIP(qPrintable(QStringLiteral("no sandbox here: ") + why));                          \
    } while (false)
