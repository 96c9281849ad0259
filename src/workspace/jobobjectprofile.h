#pragma once

#include "sandboxprofile.h"

#include <QCoreApplication>

#include <memory>

namespace coro {

/**
 * @brief The Windows sandbox: an AppContainer without capabilities, inside a job object.
 * Not tested.
 *
 * Written against the documented Win32 API, never run (no Windows here): see
 * docs/workspace.md. The AppContainer gives no network (no internetClient capability) and
 * no access to the user's files; the run's work, tmp and code directories are granted to its
 * SID. The job object limits per-process CPU time and memory and the number of processes,
 * keeps the program off the desktop and clipboard, and kills every process of the run when
 * the run ends or is cancelled. The process starts inside both (PROC_THREAD_ATTRIBUTE_JOB_LIST,
 * Windows 10), so it cannot escape in between. Windows has no file-size limit: not enforced.
 */
class JobObjectProfile : public SandboxProfile
{
    Q_DECLARE_TR_FUNCTIONS(JobObjectProfile)
public:
    JobObjectProfile();
    ~JobObjectProfile() override;

    QString unavailableReason() const override;
    QStringList interpreterDirectories() const override;
    bool prepare(QProcess &process, const SandboxLaunch &launch, QString *error) override;
    void killAll(QProcess &process) override;
    void finish() override;
    std::pair<int, int> programEnd(int exitCode, QProcess::ExitStatus status) const override;

private:
    struct Run; ///< The Win32 handles of the run in progress, kept out of this header.
    std::unique_ptr<Run> m_run;
};

} // namespace coro
