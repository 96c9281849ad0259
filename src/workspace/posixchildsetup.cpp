#include "posixchildsetup.h"

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/syscall.h>
#endif

namespace coro {

namespace {

void limit(int resource, qint64 soft, qint64 hard)
{
    rlimit value{};
    value.rlim_cur = static_cast<rlim_t>(soft);
    value.rlim_max = static_cast<rlim_t>(hard);
    ::setrlimit(resource, &value);
}

// Every descriptor above stderr is closed when the launcher executes: whatever Coro has open
// (its database, sockets) stays out of the sandbox. QProcess's own start-up pipe is already
// close-on-exec, so it keeps working.
void keepDescriptorsOut()
{
#if defined(Q_OS_LINUX) && defined(SYS_close_range)
    constexpr unsigned kCloseRangeCloexec = 1U << 2; // CLOSE_RANGE_CLOEXEC, Linux 5.11
    if (::syscall(SYS_close_range, 3U, ~0U, kCloseRangeCloexec) == 0)
        return;
#endif
    const long max = ::sysconf(_SC_OPEN_MAX);
    for (int fd = 3; fd < (max > 0 && max < 65536 ? max : 65536); ++fd)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
}

} // namespace

PosixChildSetup::PosixChildSetup(const Limits &limits, qint64 addressSpace, int inheritFd)
    : m_cpuSeconds(limits.cpuSeconds), m_addressSpace(addressSpace),
      m_fileSize(limits.fileSizeBytes), m_inheritFd(inheritFd)
{}

std::function<void()> PosixChildSetup::modifier() const
{
    return
        [cpu = m_cpuSeconds, as = m_addressSpace, fileSize = m_fileSize, inheritFd = m_inheritFd] {
            ::setsid();
#ifdef Q_OS_LINUX
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
            keepDescriptorsOut();
            if (inheritFd >= 0)
                ::fcntl(inheritFd, F_SETFD, 0);
            // SIGXCPU at the soft limit; SIGKILL a second later for a program that catches it.
            limit(RLIMIT_CPU, cpu, cpu + 1);
            limit(RLIMIT_AS, as, as);
            limit(RLIMIT_FSIZE, fileSize, fileSize);
            limit(RLIMIT_CORE, 0, 0);
        };
}

void PosixChildSetup::killGroup(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return; // Its id may already belong to someone else.
    const auto pid = static_cast<pid_t>(process.processId());
    if (pid > 0)
        ::kill(-pid, SIGKILL);
    process.kill();
}

} // namespace coro
