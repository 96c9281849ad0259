#include "bubblewrapprofile.h"
#include "posixchildsetup.h"
#include "workdirectory.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <QSocketNotifier>
#include <QTimer>

#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace coro {

namespace {

constexpr int kNobody = 65534;
const QString kWorkInside = QStringLiteral("/work");
const QString kCodeInside = QStringLiteral("/code");
const QStringList kSystemDirs{QStringLiteral("/usr/bin"), QStringLiteral("/bin"),
                              QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")};

// pidfds (Linux 5.3) name a process for good: no signal or wait can reach a recycled pid.
int pidfdOpen(pid_t pid)
{
#ifdef SYS_pidfd_open
    return static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
#else
    Q_UNUSED(pid)
    errno = ENOSYS;
    return -1;
#endif
}

bool pidfdKill(int pidfd)
{
#ifdef SYS_pidfd_send_signal
    return ::syscall(SYS_pidfd_send_signal, pidfd, SIGKILL, nullptr, 0) == 0;
#else
    Q_UNUSED(pidfd)
    return false;
#endif
}

// bwrap's --info-fd JSON: {"child-pid": 1234, ...}.
pid_t childPid(const QByteArray &info)
{
    const qsizetype key = info.indexOf("\"child-pid\"");
    if (key < 0)
        return -1;
    qsizetype at = info.indexOf(':', key);
    if (at < 0)
        return -1;
    ++at;
    while (at < info.size() && info.at(at) == ' ')
        ++at;
    qsizetype end = at;
    while (end < info.size() && std::isdigit(static_cast<unsigned char>(info.at(end))))
        ++end;
    bool ok = false;
    const int pid = info.mid(at, end - at).toInt(&ok);
    return ok && pid > 0 ? static_cast<pid_t>(pid) : -1;
}

QString executable(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
}

} // namespace

BubblewrapProfile::BubblewrapProfile(const QString &bwrap)
    : m_bwrap(bwrap.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("bwrap"))
                              : executable(bwrap)),
      m_setpriv(QStandardPaths::findExecutable(QStringLiteral("setpriv"), kSystemDirs)),
      // prlimit runs inside the sandbox, which sees /usr (and /bin through it) only.
      m_prlimit(QStandardPaths::findExecutable(
          QStringLiteral("prlimit"), {QStringLiteral("/usr/bin"), QStringLiteral("/bin")})),
      m_asRoot(::geteuid() == 0)
{}

BubblewrapProfile::~BubblewrapProfile()
{
    closeAll();
}

QString BubblewrapProfile::unavailableReason() const
{
    if (m_bwrap.isEmpty()) {
        return tr("Code runs only inside a bubblewrap sandbox, and bubblewrap (bwrap) is not "
                  "installed: install the bubblewrap package.");
    }
    if (m_prlimit.isEmpty()) {
        return tr("The sandbox limits the number of processes with prlimit, which is missing: "
                  "install util-linux.");
    }
    if (m_asRoot && m_setpriv.isEmpty()) {
        return tr("Coro runs as root, so code must run as an unprivileged user through setpriv, "
                  "which is missing: install util-linux.");
    }
    return {};
}

QStringList BubblewrapProfile::interpreterDirectories() const
{
    return {QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/bin")};
}

int BubblewrapProfile::sandboxUid() const
{
    return m_asRoot ? kNobody : -1;
}

int BubblewrapProfile::sandboxGid() const
{
    return m_asRoot ? kNobody : -1;
}

QString BubblewrapProfile::workPathInside(const WorkDirectory &) const
{
    return kWorkInside;
}

QString BubblewrapProfile::codePathInside(const WorkDirectory &) const
{
    return kCodeInside;
}

QStringList BubblewrapProfile::systemMounts() const
{
    QStringList mounts{QStringLiteral("--ro-bind"), QStringLiteral("/usr"), QStringLiteral("/usr")};
    // Merged-/usr systems link these into /usr; older ones have real directories.
    for (const char *top : {"/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"}) {
        const QString path = QString::fromLatin1(top);
        const QFileInfo info(path);
        if (info.isSymLink())
            mounts << QStringLiteral("--symlink") << info.symLinkTarget() << path;
        else if (info.isDir())
            mounts << QStringLiteral("--ro-bind") << path << path;
    }
    // What interpreters read from /etc: the alternatives links (awk, editors...), the loader's
    // cache, the time zone. Nothing that names the host's users or secrets.
    for (const char *file : {"/etc/alternatives", "/etc/ld.so.cache", "/etc/localtime"}) {
        const QString path = QString::fromLatin1(file);
        mounts << QStringLiteral("--ro-bind-try") << path << path;
    }
    return mounts;
}

QStringList BubblewrapProfile::commandLine(const SandboxLaunch &launch, int infoFd) const
{
    const WorkDirectory &dir = *launch.directory;
    QStringList line;
    if (m_asRoot) {
        // The kernel exempts uid 0 from RLIMIT_NPROC; nobody is not exempt. Changing the uid
        // clears the parent-death signal, so setpriv sets it again.
        line << m_setpriv << QStringLiteral("--reuid=%1").arg(kNobody)
             << QStringLiteral("--regid=%1").arg(kNobody) << QStringLiteral("--clear-groups")
             << QStringLiteral("--inh-caps=-all") << QStringLiteral("--bounding-set=-all")
             << QStringLiteral("--pdeathsig") << QStringLiteral("SIGKILL");
    }
    line << m_bwrap << QStringLiteral("--unshare-all") << QStringLiteral("--unshare-user")
         << QStringLiteral("--die-with-parent") << QStringLiteral("--new-session")
         << QStringLiteral("--cap-drop") << QStringLiteral("ALL") << QStringLiteral("--hostname")
         << QStringLiteral("coro-sandbox");
    if (infoFd >= 0)
        line << QStringLiteral("--info-fd") << QString::number(infoFd);
    line << systemMounts();
    line << QStringLiteral("--proc") << QStringLiteral("/proc") << QStringLiteral("--dev")
         << QStringLiteral("/dev");
    for (const char *name : {"passwd", "group"}) {
        const QString file = QString::fromLatin1(name);
        line << QStringLiteral("--ro-bind") << dir.etcPath() + QLatin1Char('/') + file
             << QLatin1String("/etc/") + file;
    }
    line << QStringLiteral("--bind") << dir.workPath() << kWorkInside << QStringLiteral("--bind")
         << dir.tmpPath() << QStringLiteral("/tmp") << QStringLiteral("--bind") << dir.shmPath()
         << QStringLiteral("/dev/shm") << QStringLiteral("--ro-bind") << dir.codePath()
         << kCodeInside;
    // bwrap builds the new root and /dev in memory, writable: the program gets them read-only,
    // so that the binds above are the only places it can write (and none of them is RAM).
    line << QStringLiteral("--remount-ro") << QStringLiteral("/dev")
         << QStringLiteral("--remount-ro") << QStringLiteral("/") << QStringLiteral("--chdir")
         << kWorkInside;
    // Inside the new user namespace RLIMIT_NPROC counts this sandbox's processes only.
    line << QStringLiteral("--") << m_prlimit
         << QStringLiteral("--nproc=%1:%1").arg(launch.limits.processes) << QStringLiteral("--")
         << launch.program << launch.arguments;
    return line;
}

bool BubblewrapProfile::prepare(QProcess &process, const SandboxLaunch &launch, QString *error)
{
    closeAll();
    int info[2];
    if (::pipe2(info, O_CLOEXEC) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    m_infoRead = info[0];
    m_infoWrite = info[1];
    ::fcntl(m_infoRead, F_SETFL, O_NONBLOCK);
    const WorkDirectory &dir = *launch.directory;
    const int uid = m_asRoot ? kNobody : static_cast<int>(::getuid());
    const int gid = m_asRoot ? kNobody : static_cast<int>(::getgid());
    const QByteArray passwd = QStringLiteral("sandbox:x:%1:%2:Coro sandbox:%3:/bin/sh\n")
                                  .arg(uid)
                                  .arg(gid)
                                  .arg(kWorkInside)
                                  .toUtf8();
    const QByteArray group = QStringLiteral("sandbox:x:%1:\n").arg(gid).toUtf8();
    if (!dir.writeFile(QStringLiteral("etc/passwd"), passwd, error) ||
        !dir.writeFile(QStringLiteral("etc/group"), group, error)) {
        return false;
    }

    QStringList line = commandLine(launch, m_infoWrite);
    process.setProgram(line.takeFirst());
    process.setArguments(line);
    process.setWorkingDirectory(dir.basePath());
    // A clean environment: none of Coro's variables (API keys among them) reach the program.
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    env.insert(QStringLiteral("HOME"), kWorkInside);
    env.insert(QStringLiteral("TMPDIR"), QStringLiteral("/tmp"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("USER"), QStringLiteral("sandbox"));
    env.insert(QStringLiteral("LOGNAME"), QStringLiteral("sandbox"));
    for (const auto &[name, value] : launch.environment)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.setChildProcessModifier(
        PosixChildSetup(launch.limits, launch.addressSpace, m_infoWrite).modifier());
    return true;
}

void BubblewrapProfile::started(QProcess &)
{
    // The launcher has its copy; ours would keep the pipe open after bwrap is gone.
    if (m_infoWrite >= 0)
        ::close(m_infoWrite);
    m_infoWrite = -1;
    // Take hold of the namespace's first process as soon as bwrap names it, while it surely
    // is the process named: later, its number could in theory belong to another.
    m_infoNotifier = std::make_unique<QSocketNotifier>(m_infoRead, QSocketNotifier::Read);
    QObject::connect(m_infoNotifier.get(), &QSocketNotifier::activated, m_infoNotifier.get(),
                     [this] {
                         if (sandboxInit() >= 0 || m_info.size() >= 4096)
                             m_infoNotifier->setEnabled(false);
                     });
}

int BubblewrapProfile::sandboxInit()
{
    if (m_initFd >= 0 || m_infoRead < 0)
        return m_initFd;
    char buffer[512];
    ssize_t got = 0;
    while (m_info.size() < 4096 && (got = ::read(m_infoRead, buffer, sizeof buffer)) > 0)
        m_info.append(buffer, got);
    if (got == 0 && m_infoNotifier)
        m_infoNotifier->setEnabled(false); // End of file: bwrap has said all it will.
    const pid_t init = childPid(m_info);
    if (init > 0)
        m_initFd = pidfdOpen(init); // Fails (ESRCH) once it is gone and reaped: nothing to wait.
    return m_initFd;
}

void BubblewrapProfile::whenAllGone(QObject *context, std::function<void()> then)
{
    const int initFd = sandboxInit();
    pollfd ready{initFd, POLLIN, 0};
    if (initFd < 0 || ::poll(&ready, 1, 0) != 0) {
        then();
        return;
    }
    // Usually a millisecond or two. Should the kernel take longer, the run still ends.
    auto *notifier = new QSocketNotifier(initFd, QSocketNotifier::Read, context);
    auto *patience = new QTimer(notifier);
    auto done = [notifier, then = std::move(then)] {
        notifier->setEnabled(false);
        notifier->deleteLater();
        then();
    };
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, done);
    patience->setSingleShot(true);
    QObject::connect(patience, &QTimer::timeout, notifier, done);
    patience->start(5000);
}

void BubblewrapProfile::finish()
{
    closeAll();
}

void BubblewrapProfile::closeAll()
{
    m_infoNotifier.reset();
    for (int *fd : {&m_infoRead, &m_infoWrite, &m_initFd}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
    m_info.clear();
    m_killedInit = false;
}

void BubblewrapProfile::killAll(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    // Killing the namespace's first process makes the kernel kill every other one in it, and
    // bwrap outside exits only once they are all gone: so finished() means nothing is left.
    if (!m_killedInit) {
        m_killedInit = true;
        const int init = sandboxInit();
        if (init >= 0 && pidfdKill(init))
            return;
    }
    // Not started that far, or called again: the launcher's group. bwrap's process inside
    // dies with it (--die-with-parent), and the namespace with that one.
    PosixChildSetup::killGroup(process);
}

std::pair<int, int> BubblewrapProfile::programEnd(int exitCode, QProcess::ExitStatus status) const
{
    if (status == QProcess::CrashExit)
        return {-1, exitCode}; // The launcher itself was killed: by us.
    // bwrap reports a program killed by signal N as exit status 128 + N, as shells do.
    constexpr int kMaxSignal = 64;
    if (exitCode > 128 && exitCode <= 128 + kMaxSignal)
        return {-1, exitCode - 128};
    return {exitCode, 0};
}

QString BubblewrapProfile::probeProgram() const
{
    return executable(QStringLiteral("/usr/bin/true")).isEmpty() ? QStringLiteral("/bin/true")
                                                                 : QStringLiteral("/usr/bin/true");
}

QString BubblewrapProfile::probeFailure(const QByteArray &stderrBytes) const
{
    const QString said = QString::fromUtf8(stderrBytes.left(2000)).trimmed();
    const QString lower = said.toLower();
    if (lower.contains(QLatin1String("namespace")) || lower.contains(QLatin1String("uid map")) ||
        lower.contains(QLatin1String("operation not permitted"))) {
        return tr("The sandbox cannot start, so the code was not run: this system or container "
                  "forbids the user namespaces bubblewrap needs (%1). Allow unprivileged user "
                  "namespaces (sysctl kernel.unprivileged_userns_clone=1; in a container, a "
                  "seccomp profile that permits them), or run Coro outside the container.")
            .arg(said);
    }
    return tr("The sandbox cannot start, so the code was not run. bubblewrap said: %1")
        .arg(said.isEmpty() ? tr("nothing") : said);
}

} // namespace coro
