#pragma once

#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <optional>

namespace coro {

/**
 * @brief The languages the workspace runs, and their names on the command line.
 */
enum class Language { Python, Shell, JavaScript };

/// "python", "sh", "js".
QString languageName(Language language);
/// The inverse of languageName(); nothing for an unknown name.
std::optional<Language> languageFromName(const QString &name);

/**
 * @brief What one run may use before it is stopped. Defaults suit a chat's code block.
 */
struct Limits
{
    int wallMs = 10'000;                    ///< Real time from start to the last process gone.
    int cpuSeconds = 10;                    ///< CPU time of each process.
    qint64 memoryBytes = 512LL << 20;       ///< Address space of each process (JS: its heap).
    int processes = 64;                     ///< Processes and threads alive at once.
    qint64 fileSizeBytes = 50LL * 1000'000; ///< Largest file the program may write.
    qint64 outputBytes = 1000'000;          ///< stdout and stderr together; then cut.
};

/**
 * @brief How one run ended: exit code or signal, the limit that stopped it, its files.
 *
 * A gadget, so that a QML panel can read it from CodeRunner::finished as it is.
 */
struct RunResult
{
    Q_GADGET
    Q_PROPERTY(int exitCode MEMBER exitCode)
    Q_PROPERTY(int signal MEMBER signal)
    Q_PROPERTY(Limit limit MEMBER limit)
    Q_PROPERTY(qint64 elapsedMs MEMBER elapsedMs)
    Q_PROPERTY(QStringList files MEMBER files)
    Q_PROPERTY(QString workDir MEMBER workDir)
    Q_PROPERTY(bool cancelled MEMBER cancelled)
    Q_PROPERTY(QString error MEMBER error)
    Q_PROPERTY(QString message MEMBER message)
public:
    enum class Limit { None, Time, Cpu, Memory, Processes, FileSize, Output };
    Q_ENUM(Limit)

    int exitCode = -1;         ///< The program's exit status; -1 when it did not exit by itself.
    int signal = 0;            ///< The signal that ended the program; 0 when none did.
    Limit limit = Limit::None; ///< The limit that ended the run, when one did.
    qint64 elapsedMs = 0;
    QStringList files;      ///< Regular files left in the work dir, relative paths, sorted.
    QString workDir;        ///< Where those files are, until CodeRunner::releaseWorkDir().
    bool cancelled = false; ///< CodeRunner::cancel() ended it.
    /// Set when the program never ran: no sandbox here, no interpreter... Says why and what to do.
    QString error;
    /// One sentence for the user when the run did not simply exit: which limit, which signal.
    QString message;

    bool refused() const { return !error.isEmpty(); }
    bool succeeded() const { return error.isEmpty() && exitCode == 0 && limit == Limit::None; }
};

/// "time", "cpu", "memory", "processes", "file_size", "output"; empty for None.
QString limitName(RunResult::Limit limit);

} // namespace coro

Q_DECLARE_METATYPE(coro::RunResult)
