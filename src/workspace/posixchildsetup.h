#pragma once

#include "runtypes.h"

#include <QProcess>

#include <functional>

namespace coro {

/**
 * @brief What the forked child does before it executes the sandbox launcher, on Unix systems.
 *
 * Puts the launcher in a new session (so one kill() reaches its whole group), asks for SIGKILL
 * when Coro dies, keeps Coro's file descriptors out of the sandbox, and sets the per-process
 * resource limits the sandboxed program inherits. Only async-signal-safe calls: it runs
 * between fork() and exec() in a process that may have had other threads.
 */
class PosixChildSetup
{
public:
    /// @p inheritFd, when not -1, stays open in the launcher (a pipe it reports on).
    PosixChildSetup(const Limits &limits, qint64 addressSpace, int inheritFd = -1);

    /// The function for QProcess::setChildProcessModifier().
    std::function<void()> modifier() const;

    /// SIGKILL to the launcher's process group, which the modifier made its own.
    static void killGroup(QProcess &process);

private:
    qint64 m_cpuSeconds;
    qint64 m_addressSpace;
    qint64 m_fileSize;
    int m_inheritFd;
};

} // namespace coro
