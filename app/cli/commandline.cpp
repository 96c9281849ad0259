#include "commandline.h"
#include "jsonlines.h"

namespace coro::cli {

void printCommandError(const QString &command, const QString &message)
{
    writeErr(QStringLiteral("coro-cli %1: %2\n").arg(command, message));
}

std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                const QString &command)
{
    if (!parser.parse(arguments)) {
        printCommandError(command, parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText());
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace coro::cli
