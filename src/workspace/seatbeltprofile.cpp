#include "seatbeltprofile.h"
#include "posixchildsetup.h"
#include "workdirectory.h"

#include <QFileInfo>
#include <QProcessEnvironment>

namespace coro {

namespace {

const QString kSandboxExec = QStringLiteral("/usr/bin/sandbox-exec");

// An SBPL string literal. Seatbelt matches real paths: /tmp and /var are links to /private.
QString quoted(const QString &path)
{
    const QString real = QFileInfo(path).canonicalFilePath();
    QString text = real.isEmpty() ? path : real;
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

SeatbeltProfile::SeatbeltProfile()
    : m_sandboxExec(QFileInfo(kSandboxExec).isExecutable() ? kSandboxExec : QString())
{}

QString SeatbeltProfile::unavailableReason() const
{
    if (m_sandboxExec.isEmpty())
        return tr("Code runs only inside the macOS sandbox, and sandbox-exec is missing.");
    return {};
}

QStringList SeatbeltProfile::interpreterDirectories() const
{
    return {QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/bin"),
            QStringLiteral("/opt/homebrew/bin")};
}

QString SeatbeltProfile::profileText(const WorkDirectory &directory)
{
    QStringList lines{
        QStringLiteral("(version 1)"),
        QStringLiteral("(deny default)"),
        QStringLiteral("(allow process-fork)"),
        QStringLiteral("(allow process-exec)"),
        QStringLiteral("(allow signal (target same-sandbox))"),
        QStringLiteral("(allow sysctl-read)"),
        QStringLiteral("(allow ipc-posix-shm)"),
        // Resolving any path stats its parents; the contents stay closed.
        QStringLiteral("(allow file-read-metadata)"),
        QStringLiteral("(allow file-read* (subpath \"/usr\") (subpath \"/bin\") "
                       "(subpath \"/System\") (subpath \"/Library\") (subpath \"/opt/homebrew\") "
                       "(subpath \"/private/etc\") (subpath \"/private/var/db/dyld\") "
                       "(literal \"/dev/null\") (literal \"/dev/zero\") "
                       "(literal \"/dev/random\") (literal \"/dev/urandom\"))"),
        QStringLiteral("(allow file-write-data (literal \"/dev/null\"))"),
        QStringLiteral("(allow file-read* (subpath %1))").arg(quoted(directory.codePath())),
        QStringLiteral("(allow file-read* file-write* (subpath %1) (subpath %2))")
            .arg(quoted(directory.workPath()), quoted(directory.tmpPath())),
    };
    // No network rule: deny default covers every socket, the loopback too, which on macOS is
    // the host's own.
    return lines.join(QLatin1Char('\n'));
}

bool SeatbeltProfile::prepare(QProcess &process, const SandboxLaunch &launch, QString *error)
{
    if (m_sandboxExec.isEmpty()) {
        *error = unavailableReason();
        return false;
    }
    const WorkDirectory &dir = *launch.directory;
    process.setProgram(m_sandboxExec);
    process.setArguments(QStringList{QStringLiteral("-p"), profileText(dir), launch.program} +
                         launch.arguments);
    process.setWorkingDirectory(dir.workPath());
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"),
               interpreterDirectories().join(QLatin1Char(':')) + QStringLiteral(":/bin"));
    env.insert(QStringLiteral("HOME"), dir.workPath());
    env.insert(QStringLiteral("TMPDIR"), dir.tmpPath());
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    for (const auto &[name, value] : launch.environment)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.setChildProcessModifier(PosixChildSetup(launch.limits, launch.addressSpace).modifier());
    return true;
}

void SeatbeltProfile::killAll(QProcess &process)
{
    PosixChildSetup::killGroup(process);
}

} // namespace coro
