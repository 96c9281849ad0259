#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <optional>

namespace coro::cli {

/** @brief Exit codes of coro-cli, part of its contract with scripts. */
enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitFailed = 2 };

/// "coro-cli COMMAND: MESSAGE" on stderr, as every command reports a problem.
void printCommandError(const QString &command, const QString &message);

/// Parses a command's arguments. Returns the exit code when the command is done before it
/// starts: a usage error (printed, ExitUsage) or --help (the help text printed, ExitOk);
/// nullopt when the command goes on.
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                const QString &command);

} // namespace coro::cli
