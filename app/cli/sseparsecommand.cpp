#include "sseparsecommand.h"
#include "clienvironment.h"
#include "jsonlines.h"
#include "net/sseparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace coro::cli {

namespace {
// A named context, so that lupdate files these messages where the run-time lookup finds them.
struct SseParseText
{
    Q_DECLARE_TR_FUNCTIONS(SseParseCommand)
};

// Prints a problem on stderr, after the command name.
void printError(const QString &message)
{
    printCommandError(QStringLiteral("sse-parse"), message);
}
} // namespace

int runSseParse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SseParseText::tr("Parse a text/event-stream from stdin and print each event as JSON."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("chunk"),
                      SseParseText::tr("Feed the parser N bytes at a time (default: as read)."),
                      QStringLiteral("N")});
    if (const auto done = parseCommand(parser, arguments, QStringLiteral("sse-parse")))
        return *done;
    qsizetype chunk = 0;
    if (parser.isSet(QStringLiteral("chunk"))) {
        bool ok = false;
        chunk = parser.value(QStringLiteral("chunk")).toLongLong(&ok);
        if (!ok || chunk <= 0) {
            printError(SseParseText::tr("--chunk expects a positive number"));
            return ExitUsage;
        }
    }

    SseParser sse;
    sse.setEventHandler([](const SseEvent &event) {
        writeJsonLine({{QStringLiteral("type"), event.type},
                       {QStringLiteral("data"), event.text()},
                       {QStringLiteral("id"), event.lastEventId}});
    });
    sse.setRetryHandler([](qint64 ms) { writeJsonLine({{QStringLiteral("retry"), ms}}); });

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        printError(SseParseText::tr("cannot read stdin"));
        return ExitFailed;
    }
    constexpr qint64 kReadSize = 64 * 1024;
    for (;;) {
        const QByteArray bytes = in.read(kReadSize);
        if (bytes.isEmpty())
            break;
        const qsizetype step = chunk > 0 ? chunk : bytes.size();
        for (qsizetype pos = 0; pos < bytes.size(); pos += step) {
            if (!sse.feed(QByteArrayView(bytes).sliced(pos, std::min(step, bytes.size() - pos)))) {
                printError(sse.errorString());
                return ExitFailed;
            }
        }
    }
    sse.finish();
    return ExitOk;
}

} // namespace coro::cli
