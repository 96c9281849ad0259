#pragma once

#include "processmarker.h"
#include "workspace/coderunner.h"

#include <QSignalSpy>
#include <QTest>

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

} // namespace coro::test

#define CORO_REQUIRE_SANDBOX()                                                                     \
    do {                                                                                           \
        const QString why = coro::test::sandboxUnavailable();                                      \
        if (!why.isEmpty())                                                                        \
            QSKIP(qPrintable(QStringLiteral("no sandbox here: ") + why));                          \
    } while (false)
