#pragma once

#include "languageruntime.h"
#include "runtypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QStringDecoder>
#include <QTimer>

#include <memory>

namespace coro {

class SandboxProfile;
class WorkDirectory;

/**
 * @brief Runs one program at a time in the sandbox and streams what it prints.
 *
 * stdout and stderr arrive separately, decoded as UTF-8 as they come (a character split
 * between two reads is held back, never mangled); together they are capped, and the run is
 * stopped at the cap. A wall-clock timer stops a program that takes too long; cancel() ends it
 * at once. Every process the program started ends with it, for whatever reason it ends.
 * finished() says how: exit code or signal, the limit that stopped it, the time taken and the
 * files it left, which stay readable until releaseWorkDir() or the next start().
 *
 * Never blocks: everything happens on the owning thread's event loop, and the work dir is
 * deleted on a pool thread. The first run tries the sandbox once with a trivial program, so
 * that a system without one refuses clearly instead of failing mysteriously.
 */
class CodeRunner : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
public:
    /// Uses this system's sandbox profile.
    explicit CodeRunner(QObject *parent = nullptr);
    explicit CodeRunner(std::unique_ptr<SandboxProfile> profile, QObject *parent = nullptr);
    ~CodeRunner() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }
    bool isRunning() const { return m_phase != Phase::Idle; }

    /// Runs @p code with @p input as its whole stdin. Refusals arrive through finished() too.
    void start(Language language, const QString &code, const QByteArray &input = {});
    /// The same for QML: @p language is "python", "sh" or "js" (another is refused, through
    /// finished() like every refusal).
    Q_INVOKABLE void start(const QString &language, const QString &code, const QString &input = {});
    /// Runs @p code with stdin open: feed it with writeInput(), end it with closeInput().
    void startWithOpenInput(Language language, const QString &code);
    void writeInput(const QByteArray &bytes);
    void closeInput();
    /// Input accepted but not yet taken by the program: callers stop feeding when it grows.
    qint64 pendingInputBytes() const;

    /// Ends the run and every process in it now; finished() follows with cancelled set.
    Q_INVOKABLE void cancel();
    /// Deletes the last run's directory (in the background). The next start() does it too.
    Q_INVOKABLE void releaseWorkDir();

Q_SIGNALS:
    void stdoutText(const QString &text);
    void stderrText(const QString &text);
    /// Some input reached the program (see pendingInputBytes()).
    void inputWritten();
    void finished(const coro::RunResult &result);
    void runningChanged();

private:
    enum class Phase { Idle, Probing, Running };

    void begin(Language language, const QString &code, const QByteArray &input, bool keepOpen);
    bool startProbe(QString *error);
    void onProbeFinished(int exitCode, QProcess::ExitStatus status);
    bool launch(QString *error);
    void read(QProcess::ProcessChannel channel);
    void deliver(QProcess::ProcessChannel channel, QByteArray bytes);
    void stop(bool *reason);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void refuse(const QString &error);
    void complete(RunResult result);
    void disposeProcess();

    std::unique_ptr<SandboxProfile> m_profile;
    Limits m_limits;
    Phase m_phase = Phase::Idle;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<WorkDirectory> m_directory;
    std::optional<LanguageRuntime> m_runtime;
    QByteArray m_input;
    bool m_inputOpen = false;
    QTimer m_wallTimer;
    QTimer m_killAgainTimer; ///< In case the first, orderly kill did not end it.
    QElapsedTimer m_elapsed;
    QStringDecoder m_stdoutDecoder{QStringDecoder::Utf8};
    QStringDecoder m_stderrDecoder{QStringDecoder::Utf8};
    qint64 m_outputBytes = 0;
    QByteArray m_stderrTail;
    bool m_stoppedForTime = false;
    bool m_stoppedForOutput = false;
    bool m_cancelled = false;
    bool m_profileVerified = false; ///< The trial run passed; not repeated.
};

} // namespace coro
