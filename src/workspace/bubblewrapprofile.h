#pragma once

#include "sandboxprofile.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <memory>

namespace coro {

/**
 * @brief The Linux sandbox: bubblewrap namespaces around the program, rlimits inside them.
 *
 * The program sees /usr read-only (and the /bin, /lib... links into it), a few files of /etc,
 * a fresh /proc and /dev, its own /work, /tmp and /dev/shm (the only writable places, all in
 * the run's directory), and its code read-only in /code. It has its own network namespace with only
 * loopback, its own PID namespace (when the first process ends, the kernel kills the rest),
 * a new session, and dies with Coro. Nothing of the user's home or Coro's data is mounted.
 *
 * Limits: CPU, address space and file size are set in the forked child and inherited.
 * RLIMIT_NPROC counts every process of a real user id, and the kernel never applies it to root,
 * so it is set inside the sandbox's user namespace by util-linux's prlimit, where it counts the
 * sandbox's processes alone; and when Coro runs as root the program runs as nobody (setpriv).
 *
 * bwrap outside exits as soon as the program does; its process inside (PID 1 of the
 * namespace) is then killed (--die-with-parent), and the kernel kills everything else in the
 * namespace before that process's exit completes. whenAllGone() waits for that exit through a
 * pidfd, so that a finished run never leaves a process behind, not even for a moment.
 */
class BubblewrapProfile : public SandboxProfile
{
    Q_DECLARE_TR_FUNCTIONS(BubblewrapProfile)
public:
    /// @p bwrap: the bubblewrap executable; empty finds "bwrap" on PATH.
    explicit BubblewrapProfile(const QString &bwrap = {});
    ~BubblewrapProfile() override;

    QString unavailableReason() const override;
    QStringList interpreterDirectories() const override;
    int sandboxUid() const override;
    int sandboxGid() const override;
    QString workPathInside(const WorkDirectory &directory) const override;
    QString codePathInside(const WorkDirectory &directory) const override;
    bool prepare(QProcess &process, const SandboxLaunch &launch, QString *error) override;
    void started(QProcess &process) override;
    void killAll(QProcess &process) override;
    void whenAllGone(QObject *context, std::function<void()> then) override;
    void finish() override;
    std::pair<int, int> programEnd(int exitCode, QProcess::ExitStatus status) const override;
    QString probeProgram() const override;
    QString probeFailure(const QByteArray &stderrBytes) const override;

    /// The complete command line prepare() gives @p process (launcher first); @p infoFd is
    /// where bwrap reports the sandbox's first process.
    QStringList commandLine(const SandboxLaunch &launch, int infoFd = -1) const;

private:
    QStringList systemMounts() const;
    int sandboxInit();
    void closeAll();

    QString m_bwrap;
    QString m_setpriv;
    QString m_prlimit;
    bool m_asRoot;
    // The run in progress: bwrap's --info-fd pipe, and a pidfd of the PID namespace's first
    // process, whose exit the kernel completes only after every other process in it is gone.
    int m_infoRead = -1;
    int m_infoWrite = -1;
    std::unique_ptr<QSocketNotifier> m_infoNotifier;
    QByteArray m_info;
    int m_initFd = -1;
    bool m_killedInit = false;
};

} // namespace coro
