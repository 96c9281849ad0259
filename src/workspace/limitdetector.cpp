#include "limitdetector.h"

#include <algorithm>
#include <array>
#include <csignal>

namespace coro {

namespace {

// Linux numbers; the other systems this builds on agree for these two.
constexpr int kSigKill = 9;
#ifdef SIGXCPU
constexpr int kSigXcpu = SIGXCPU;
constexpr int kSigXfsz = SIGXFSZ;
#else
constexpr int kSigXcpu = 24;
constexpr int kSigXfsz = 25;
#endif

struct Marker
{
    const char *text; ///< Lower case; matched against the lower-cased tail.
    RunResult::Limit limit;
};

// What each limit looks like in the messages of Python, Node.js, dash and the C library.
constexpr std::array kMarkers{
    Marker{"memoryerror", RunResult::Limit::Memory},            // Python
    Marker{"cannot allocate memory", RunResult::Limit::Memory}, // strerror(ENOMEM)
    Marker{"out of memory", RunResult::Limit::Memory},          // V8, many C programs
    Marker{"fatal process oom", RunResult::Limit::Memory},      // V8 reserving its cage
    Marker{"allocation failed", RunResult::Limit::Memory},      // Node ArrayBuffer
    Marker{"memory exhausted", RunResult::Limit::Memory},       // gnulib xalloc_die
    Marker{"bad_alloc", RunResult::Limit::Memory},              // C++
    Marker{"enomem", RunResult::Limit::Memory},
    Marker{"file too large", RunResult::Limit::FileSize},           // strerror(EFBIG)
    Marker{"file size limit exceeded", RunResult::Limit::FileSize}, // shells on SIGXFSZ
    Marker{"efbig", RunResult::Limit::FileSize},
    Marker{"cannot fork", RunResult::Limit::Processes},                      // dash
    Marker{"resource temporarily unavailable", RunResult::Limit::Processes}, // fork: EAGAIN
    Marker{"eagain", RunResult::Limit::Processes},                           // Node spawn
    Marker{"can't start new thread", RunResult::Limit::Processes},           // Python threads
    Marker{"uv_thread_create", RunResult::Limit::Processes},                 // libuv
};

RunResult::Limit lastMarker(const QByteArray &tail)
{
    const QByteArray lower = tail.toLower();
    RunResult::Limit found = RunResult::Limit::None;
    qsizetype foundAt = -1;
    for (const Marker &marker : kMarkers) {
        const qsizetype at = lower.lastIndexOf(marker.text);
        if (at > foundAt) {
            foundAt = at;
            found = marker.limit;
        }
    }
    return found;
}

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / 1e6, 'g', 3);
}

} // namespace

RunResult::Limit LimitDetector::detect(const Evidence &evidence, const Limits &limits, int cores)
{
    if (evidence.stoppedForTime)
        return RunResult::Limit::Time;
    if (evidence.stoppedForOutput)
        return RunResult::Limit::Output;
    if (evidence.cancelled)
        return RunResult::Limit::None;
    if (evidence.signal == kSigXcpu)
        return RunResult::Limit::Cpu;
    if (evidence.signal == kSigXfsz)
        return RunResult::Limit::FileSize;
    // A program that catches SIGXCPU is killed at the hard limit, a second later. CPU time
    // accrues at most `cores` times as fast as real time, so an earlier SIGKILL came from
    // elsewhere (the program itself, the OOM killer).
    if (evidence.signal == kSigKill &&
        evidence.elapsedMs * std::max(cores, 1) >= 1000LL * limits.cpuSeconds) {
        return RunResult::Limit::Cpu;
    }
    if (evidence.exitCode == 0)
        return RunResult::Limit::None;
    return lastMarker(evidence.stderrTail);
}

QString LimitDetector::describe(const RunResult &result, const Limits &limits)
{
    switch (result.limit) {
    case RunResult::Limit::Time:
        return tr("Stopped after %1 s, the time limit.")
            .arg(QString::number(limits.wallMs / 1000.0, 'g', 3));
    case RunResult::Limit::Cpu:
        return tr("Stopped after %n s of CPU time, the limit.", nullptr, limits.cpuSeconds);
    case RunResult::Limit::Memory:
        // Memory is counted in MiB, as --memory takes it; files and output in 10^6 bytes.
        return tr("Ran out of memory: the limit is %1 MB.").arg(limits.memoryBytes >> 20);
    case RunResult::Limit::Processes:
        return tr("Could not start more processes: the limit is %n.", nullptr, limits.processes);
    case RunResult::Limit::FileSize:
        return tr("A file reached the size limit of %1 MB.").arg(megabytes(limits.fileSizeBytes));
    case RunResult::Limit::Output:
        return tr("Output cut after %1 MB, the limit; the program was stopped.")
            .arg(megabytes(limits.outputBytes));
    case RunResult::Limit::None:
        break;
    }
    if (result.cancelled)
        return tr("Cancelled.");
    if (result.signal != 0)
        return tr("Killed by signal %1.").arg(result.signal);
    return {};
}

} // namespace coro
