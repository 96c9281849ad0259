#include "coderunner.h"
#include "limitdetector.h"
#include "sandboxprofile.h"
#include "workdirectory.h"
#include "workspacelogging.h"

#include <QDir>
#include <QThread>
#include <QThreadPool>

namespace coro {

namespace {
constexpr int kSigKill = 9;

// Runs' directories are deleted on a thread of their own: a program can leave a tree that takes
// a while, and Qt's global pool also serves Qt's own background work. One thread: removals
// queue rather than compete for the disk. Pending removals finish when the process exits.
class CleanupPool : public QThreadPool
{
public:
    CleanupPool()
    {
        setMaxThreadCount(1);
        setObjectName(QStringLiteral("Workspace cleanup"));
    }
};

QThreadPool &cleanupPool()
{
    static CleanupPool pool;
    return pool;
}

void removeInBackground(std::unique_ptr<WorkDirectory> directory)
{
    if (!directory)
        return;
    cleanupPool().start([base = directory->basePath()] {
        if (!WorkDirectory::removeTree(base))
            qCWarning(lcWorkspace) << "could not remove all of" << base;
    });
}
} // namespace

CodeRunner::CodeRunner(QObject *parent) : CodeRunner(SandboxProfile::forThisSystem(), parent) {}

CodeRunner::CodeRunner(std::unique_ptr<SandboxProfile> profile, QObject *parent)
    : QObject(parent), m_profile(std::move(profile))
{
    m_wallTimer.setSingleShot(true);
    m_wallTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wallTimer, &QTimer::timeout, this, [this] { stop(&m_stoppedForTime); });
    m_killAgainTimer.setSingleShot(true);
    m_killAgainTimer.setInterval(1000);
    connect(&m_killAgainTimer, &QTimer::timeout, this, [this] {
        if (m_process)
            m_profile->killAll(*m_process);
    });
}

CodeRunner::~CodeRunner()
{
    m_phase = Phase::Idle;
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // Killed now; reaped and its directory removed once it is gone, without waiting here.
        m_profile->killAll(*m_process);
        m_profile->killAll(*m_process);
        QProcess *process = m_process.release();
        process->disconnect(this);
        process->setParent(nullptr);
        auto directory = std::make_shared<std::unique_ptr<WorkDirectory>>(std::move(m_directory));
        connect(process, &QProcess::finished, process, [process, directory] {
            removeInBackground(std::move(*directory));
            process->deleteLater();
        });
    }
    removeInBackground(std::move(m_directory));
}

void CodeRunner::start(Language language, const QString &code, const QByteArray &input)
{
    begin(language, code, input, false);
}

void CodeRunner::start(const QString &language, const QString &code, const QString &input)
{
    if (const auto known = languageFromName(language)) {
        start(*known, code, input.toUtf8());
    } else if (!isRunning()) {
        m_phase = Phase::Probing;
        Q_EMIT runningChanged();
        const QString error = tr("Unknown language \"%1\": python, sh or js.").arg(language);
        QMetaObject::invokeMethod(
            this, [this, error] { refuse(error); }, Qt::QueuedConnection);
    }
}

void CodeRunner::startWithOpenInput(Language language, const QString &code)
{
    begin(language, code, {}, true);
}

void CodeRunner::begin(Language language, const QString &code, const QByteArray &input,
                       bool keepOpen)
{
    if (isRunning()) {
        qCWarning(lcWorkspace) << "start() while a run is in progress: ignored";
        return;
    }
    releaseWorkDir();
    m_phase = Phase::Probing;
    Q_EMIT runningChanged();
    m_input = input;
    m_inputOpen = keepOpen;
    m_outputBytes = 0;
    m_stderrTail.clear();
    m_stdoutDecoder.resetState();
    m_stderrDecoder.resetState();
    m_stoppedForTime = m_stoppedForOutput = m_cancelled = false;
    m_elapsed.start();

    QString error = m_profile->unavailableReason();
    if (error.isEmpty())
        m_runtime = LanguageRuntime::find(language, m_profile->interpreterDirectories(), &error);
    if (error.isEmpty()) {
        m_directory = WorkDirectory::create(QDir::tempPath(), m_profile->sandboxUid(),
                                            m_profile->sandboxGid(), &error);
    }
    if (m_directory && !m_directory->writeFile(QLatin1String("code/") + m_runtime->scriptName(),
                                               code.toUtf8(), &error)) {
        m_directory.reset();
    }
    if (error.isEmpty()) {
        const bool started = m_profileVerified || m_profile->probeProgram().isEmpty()
                                 ? launch(&error)
                                 : startProbe(&error);
        if (started)
            return;
    }
    // Reported from the event loop, like every other end: start() never emits finished().
    QMetaObject::invokeMethod(
        this, [this, error] { refuse(error); }, Qt::QueuedConnection);
}

bool CodeRunner::startProbe(QString *error)
{
    SandboxLaunch probe{m_profile->probeProgram(), {}, {}, m_limits, m_limits.memoryBytes,
                        m_directory.get()};
    m_process = std::make_unique<QProcess>();
    if (!m_profile->prepare(*m_process, probe, error))
        return false;
    connect(m_process.get(), &QProcess::finished, this, &CodeRunner::onProbeFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            refuse(m_profile->probeFailure(m_process->errorString().toUtf8()));
    });
    m_process->start(QIODevice::ReadOnly);
    m_profile->started(*m_process);
    return true;
}

void CodeRunner::onProbeFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killAgainTimer.stop();
    const QByteArray said = m_process->readAllStandardError();
    const bool works = status == QProcess::NormalExit && exitCode == 0;
    disposeProcess();
    m_profile->whenAllGone(this, [this, said, works, exitCode] {
        m_profile->finish();
        if (m_cancelled) {
            RunResult result;
            result.cancelled = true;
            result.message = LimitDetector::describe(result, m_limits);
            complete(result);
        } else if (!works) {
            qCWarning(lcWorkspace) << "sandbox trial failed:" << exitCode << said;
            refuse(m_profile->probeFailure(said));
        } else {
            m_profileVerified = true;
            QString error;
            if (!launch(&error))
                refuse(error);
        }
    });
}

bool CodeRunner::launch(QString *error)
{
    m_phase = Phase::Running;
    const QString script =
        m_profile->codePathInside(*m_directory) + QLatin1Char('/') + m_runtime->scriptName();
    SandboxLaunch run{m_runtime->program(),
                      m_runtime->arguments(script, m_limits),
                      m_runtime->environment(),
                      m_limits,
                      m_runtime->addressSpace(m_limits),
                      m_directory.get()};
    m_process = std::make_unique<QProcess>();
    if (!m_profile->prepare(*m_process, run, error))
        return false;
    QProcess *process = m_process.get();
    connect(process, &QProcess::readyReadStandardOutput, this,
            [this] { read(QProcess::StandardOutput); });
    connect(process, &QProcess::readyReadStandardError, this,
            [this] { read(QProcess::StandardError); });
    connect(process, &QProcess::bytesWritten, this, &CodeRunner::inputWritten);
    connect(process, &QProcess::finished, this, &CodeRunner::onFinished);
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            refuse(tr("The sandbox could not be started: %1").arg(m_process->errorString()));
    });
    m_elapsed.start();
    m_wallTimer.start(m_limits.wallMs);
    process->start();
    m_profile->started(*process);
    if (!m_input.isEmpty())
        process->write(m_input);
    m_input.clear();
    if (!m_inputOpen)
        process->closeWriteChannel();
    qCDebug(lcWorkspace) << "started" << languageName(m_runtime->language()) << "in"
                         << m_directory->basePath();
    return true;
}

void CodeRunner::writeInput(const QByteArray &bytes)
{
    if (m_phase == Phase::Running && m_process)
        m_process->write(bytes);
    else if (m_phase == Phase::Probing)
        m_input += bytes;
}

void CodeRunner::closeInput()
{
    m_inputOpen = false;
    if (m_phase == Phase::Running && m_process)
        m_process->closeWriteChannel();
}

qint64 CodeRunner::pendingInputBytes() const
{
    if (m_phase == Phase::Running && m_process)
        return m_process->bytesToWrite();
    return m_input.size();
}

void CodeRunner::read(QProcess::ProcessChannel channel)
{
    if (!m_process)
        return;
    m_process->setReadChannel(channel);
    deliver(channel, m_process->readAll());
}

void CodeRunner::deliver(QProcess::ProcessChannel channel, QByteArray bytes)
{
    if (m_stoppedForOutput || bytes.isEmpty())
        return;
    const qint64 room = m_limits.outputBytes - m_outputBytes;
    const bool overflow = bytes.size() > room;
    if (overflow)
        bytes.truncate(room);
    m_outputBytes += bytes.size();
    if (channel == QProcess::StandardError) {
        m_stderrTail += bytes;
        if (m_stderrTail.size() > LimitDetector::kTailBytes)
            m_stderrTail.remove(0, m_stderrTail.size() - LimitDetector::kTailBytes);
    }
    QStringDecoder &decoder =
        channel == QProcess::StandardOutput ? m_stdoutDecoder : m_stderrDecoder;
    const QString text = decoder.decode(bytes);
    if (!text.isEmpty()) {
        if (channel == QProcess::StandardOutput)
            Q_EMIT stdoutText(text);
        else
            Q_EMIT stderrText(text);
    }
    if (overflow)
        stop(&m_stoppedForOutput);
}

void CodeRunner::stop(bool *reason)
{
    if (m_phase == Phase::Idle)
        return;
    *reason = true;
    if (m_process) {
        m_profile->killAll(*m_process);
        m_killAgainTimer.start();
    }
}

void CodeRunner::cancel()
{
    stop(&m_cancelled);
}

void CodeRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_wallTimer.stop();
    m_killAgainTimer.stop();
    read(QProcess::StandardOutput);
    read(QProcess::StandardError);
    const auto [programExit, signal] = m_profile->programEnd(exitCode, status);
    disposeProcess();

    RunResult result;
    result.exitCode = programExit;
    result.signal = signal;
    result.elapsedMs = m_elapsed.elapsed();
    result.cancelled = m_cancelled;
    LimitDetector::Evidence evidence;
    evidence.stoppedForTime = m_stoppedForTime;
    evidence.stoppedForOutput = m_stoppedForOutput;
    evidence.cancelled = m_cancelled;
    evidence.exitCode = programExit;
    evidence.signal = signal;
    evidence.elapsedMs = result.elapsedMs;
    evidence.stderrTail = m_stderrTail;
    result.limit = LimitDetector::detect(evidence, m_limits, QThread::idealThreadCount());
    // Killed by us: the launcher died of SIGKILL; that is the program's fate as well.
    if ((m_stoppedForTime || m_stoppedForOutput || m_cancelled) && result.exitCode < 0)
        result.signal = kSigKill;
    result.message = LimitDetector::describe(result, m_limits);
    // The files are listed once nothing can write them any more.
    m_profile->whenAllGone(this, [this, result]() mutable {
        m_profile->finish();
        result.files = m_directory->files();
        result.workDir = m_directory->workPath();
        complete(result);
    });
}

void CodeRunner::refuse(const QString &error)
{
    if (m_phase == Phase::Idle)
        return;
    m_wallTimer.stop();
    m_killAgainTimer.stop();
    disposeProcess();
    m_profile->finish();
    removeInBackground(std::move(m_directory));
    RunResult result;
    result.error = error;
    result.elapsedMs = m_elapsed.elapsed();
    complete(result);
}

void CodeRunner::complete(RunResult result)
{
    m_phase = Phase::Idle;
    Q_EMIT runningChanged();
    Q_EMIT finished(result);
}

void CodeRunner::disposeProcess()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    // Called from the process's own signals: it is deleted once they have returned.
    m_process.release()->deleteLater();
}

void CodeRunner::releaseWorkDir()
{
    if (!isRunning())
        removeInBackground(std::move(m_directory));
}

} // namespace coro
