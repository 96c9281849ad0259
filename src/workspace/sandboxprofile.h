#pragma once

#include "runtypes.h"

#include <QProcess>
#include <QStringList>

#include <functional>
#include <memory>

namespace coro {

class WorkDirectory;

/**
 * @brief One program to start in the sandbox, as its profile needs to know it.
 */
struct SandboxLaunch
{
    QString program; ///< Absolute path, valid inside the sandbox.
    QStringList arguments;
    QList<std::pair<QString, QString>> environment; ///< On top of the profile's clean one.
    Limits limits;
    qint64 addressSpace = 0; ///< Per process, from LanguageRuntime::addressSpace().
    const WorkDirectory *directory = nullptr;
};

/**
 * @brief How this operating system confines a run: what the program sees, what it may use,
 * and how all of its processes are ended at once.
 *
 * One implementation per system, chosen at build time by forThisSystem(): bubblewrap on Linux
 * (the tested one), sandbox-exec on macOS and job objects on Windows (written, not tested
 * here). Each run uses the profile from one thread; a profile may keep state for the run in
 * progress between prepare() and finish().
 */
class SandboxProfile
{
public:
    virtual ~SandboxProfile();

    /// The profile of the system Coro was built for.
    static std::unique_ptr<SandboxProfile> forThisSystem();

    /// Empty when runs may be tried here; otherwise why not and what to install or change.
    /// Cheap: looks for the tools, starts nothing.
    virtual QString unavailableReason() const = 0;
    /// Directories whose interpreters the sandboxed program can see.
    virtual QStringList interpreterDirectories() const = 0;
    /// The owner the work dir must have so that the program may write it (-1: Coro's user).
    virtual int sandboxUid() const { return -1; }
    virtual int sandboxGid() const { return -1; }
    /// Where the program finds the work dir and its code file (Linux: "/work", "/code").
    virtual QString workPathInside(const WorkDirectory &directory) const;
    virtual QString codePathInside(const WorkDirectory &directory) const;

    /// Sets the program, arguments, environment and child set-up of @p process.
    virtual bool prepare(QProcess &process, const SandboxLaunch &launch, QString *error) = 0;
    /// @p process has just been started (forked).
    virtual void started(QProcess &process) { Q_UNUSED(process) }
    /// Ends every process of the run at once; safe to call more than once.
    virtual void killAll(QProcess &process) = 0;
    /// The launcher has exited: calls @p then (in @p context's thread) once every process of
    /// the run is gone, which may be a moment later. At once by default.
    virtual void whenAllGone(QObject *context, std::function<void()> then);
    /// The run is over: release what prepare() took.
    virtual void finish() {}
    /// The program's own exit code (-1 if none) and signal (0 if none), from the launcher's.
    virtual std::pair<int, int> programEnd(int exitCode, QProcess::ExitStatus status) const;

    /// A program that exits 0 when the sandbox works here, run once before the first run
    /// through the same prepare(); empty when there is nothing to try.
    virtual QString probeProgram() const { return {}; }
    /// What a failed trial says to the user: why nothing ran, and how to fix it.
    virtual QString probeFailure(const QByteArray &stderrBytes) const;
};

} // namespace coro
