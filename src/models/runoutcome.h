#pragma once

#include <QCoreApplication>
#include <QString>

namespace coro {

/**
 * @brief How a run ended, in the few words the workspace shows: "exited with 0",
 * "killed: time limit (10 s)", "cancelled".
 *
 * Works from stored runs as well as live ones, so it needs no workspace types: the limit is
 * its name (limitName()), and the figures are given when known (0: left out).
 */
class RunOutcome
{
    Q_DECLARE_TR_FUNCTIONS(RunOutcome)
public:
    int exitCode = -1; ///< -1 when the program did not exit by itself.
    int signal = 0;
    QString limit; ///< "time", "cpu", "memory", "processes", "file_size", "output" or empty.
    bool cancelled = false;
    int timeoutSeconds = 0; ///< The time limit in force, for the words; 0 when unknown.
    qint64 memoryMb = 0;    ///< The memory limit in force; 0 when unknown.

    QString words() const;
    /// Whether the program ran and exited 0, with no limit reached.
    bool succeeded() const { return exitCode == 0 && limit.isEmpty() && !cancelled; }

    /// "0.42 s", "3.1 s", "1 min 12 s".
    static QString elapsedWords(qint64 elapsedMs);
    /// "SIGKILL" for 9...; empty for a signal without a common name.
    static QString signalName(int signal);
};

} // namespace coro
