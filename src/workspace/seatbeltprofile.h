#pragma once

#include "sandboxprofile.h"

#include <QCoreApplication>

namespace coro {

/**
 * @brief The macOS sandbox: sandbox-exec with a deny-by-default Seatbelt profile. Not tested.
 *
 * Written against Apple's documented profile language, never run (no Mac here): see
 * docs/workspace.md. The program may read the system (/usr, /System, /Library, the
 * interpreters' prefixes) and read and write only the run's work and tmp directories; it has
 * no network at all. CPU, address space and file size are limited by setrlimit in the child as
 * on Linux. Missing, compared with Linux: a process limit (RLIMIT_NPROC counts all of the
 * user's processes there) and a PID namespace (a process that leaves the run's session
 * survives cancel()).
 */
class SeatbeltProfile : public SandboxProfile
{
    Q_DECLARE_TR_FUNCTIONS(SeatbeltProfile)
public:
    SeatbeltProfile();

    QString unavailableReason() const override;
    QStringList interpreterDirectories() const override;
    bool prepare(QProcess &process, const SandboxLaunch &launch, QString *error) override;
    void killAll(QProcess &process) override;

    /// The Seatbelt profile (SBPL) for a run in @p directory.
    static QString profileText(const WorkDirectory &directory);

private:
    QString m_sandboxExec;
};

} // namespace coro
