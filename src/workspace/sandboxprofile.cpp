#include "sandboxprofile.h"
#include "workdirectory.h"

#if defined(Q_OS_LINUX)
#include "bubblewrapprofile.h"
#elif defined(Q_OS_MACOS)
#include "seatbeltprofile.h"
#elif defined(Q_OS_WIN)
#include "jobobjectprofile.h"
#endif

#include <QCoreApplication>

namespace coro {

namespace {
struct SandboxText
{
    Q_DECLARE_TR_FUNCTIONS(SandboxProfile)
};

#if !defined(Q_OS_LINUX) && !defined(Q_OS_MACOS) && !defined(Q_OS_WIN)
// Refuses every run, saying why: a system with no sandbox of ours never runs code bare.
class NoSandboxProfile : public SandboxProfile
{
public:
    QString unavailableReason() const override
    {
        return SandboxText::tr("Coro has no sandbox for this system, so it does not run code.");
    }
    QStringList interpreterDirectories() const override { return {}; }
    bool prepare(QProcess &, const SandboxLaunch &, QString *error) override
    {
        *error = unavailableReason();
        return false;
    }
    void killAll(QProcess &process) override { process.kill(); }
};
#endif
} // namespace

SandboxProfile::~SandboxProfile() = default;

std::unique_ptr<SandboxProfile> SandboxProfile::forThisSystem()
{
#if defined(Q_OS_LINUX)
    return std::make_unique<BubblewrapProfile>();
#elif defined(Q_OS_MACOS)
    return std::make_unique<SeatbeltProfile>();
#elif defined(Q_OS_WIN)
    return std::make_unique<JobObjectProfile>();
#else
    return std::make_unique<NoSandboxProfile>();
#endif
}

QString SandboxProfile::workPathInside(const WorkDirectory &directory) const
{
    return directory.workPath();
}

QString SandboxProfile::codePathInside(const WorkDirectory &directory) const
{
    return directory.codePath();
}

void SandboxProfile::whenAllGone(QObject *, std::function<void()> then)
{
    then();
}

std::pair<int, int> SandboxProfile::programEnd(int exitCode, QProcess::ExitStatus status) const
{
    if (status == QProcess::CrashExit)
        return {-1, exitCode};
    return {exitCode, 0};
}

QString SandboxProfile::probeFailure(const QByteArray &stderrBytes) const
{
    return SandboxText::tr("The sandbox cannot start, so the code was not run: %1")
        .arg(QString::fromUtf8(stderrBytes.left(2000)).trimmed());
}

} // namespace coro
