#pragma once

#include "runtypes.h"

#include <QByteArray>
#include <QCoreApplication>

namespace coro {

/**
 * @brief Decides which limit ended a run, from how it ended and what it said last on stderr.
 *
 * The kernel reports most limits only indirectly: RLIMIT_CPU as SIGXCPU (then SIGKILL a second
 * later if that is caught), RLIMIT_FSIZE as SIGXFSZ or, where the signal is ignored (Python),
 * as EFBIG; RLIMIT_AS and RLIMIT_NPROC only as failing calls (ENOMEM, EAGAIN) that the program
 * reports in its own words. So signals are read first, then the program's last error message,
 * and the latter only when the program failed: a program that exits 0 was not stopped.
 */
class LimitDetector
{
    Q_DECLARE_TR_FUNCTIONS(LimitDetector)
public:
    struct Evidence
    {
        bool stoppedForTime = false;   ///< The runner's wall-clock timer killed it.
        bool stoppedForOutput = false; ///< The runner killed it after the output cap.
        bool cancelled = false;
        int exitCode = -1; ///< -1 when killed by a signal.
        int signal = 0;
        qint64 elapsedMs = 0;
        QByteArray stderrTail; ///< The last few KB the program wrote to stderr.
    };

    /// @p cores bounds how fast CPU time can accrue, to tell RLIMIT_CPU's SIGKILL from others.
    static RunResult::Limit detect(const Evidence &evidence, const Limits &limits, int cores);

    /// One sentence for the user: what stopped the run, or which signal killed it; else empty.
    static QString describe(const RunResult &result, const Limits &limits);

    /// How many bytes of the end of stderr detect() needs.
    static constexpr qsizetype kTailBytes = 4096;
};

} // namespace coro
