#include "sseparsecommand.h"
#include "clienvironment.h"
#include "jsonlines.h"
#include "net/sseparser.h"

#include <QCommandLineParser>
#include <QFile>

namespace coro::cli {

int runSseParse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Parse a text/event-stream from stdin and print each event as JSON."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("chunk"),
                      QStringLiteral("Feed the parser N bytes at a time (default: as read)."),
                      QStringLiteral("N")});
    if (!parser.parse(arguments)) {
        writeErr(QStringLiteral("coro-cli sse-parse: %1\n").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText());
        return ExitOk;
    }
    qsizetype chunk = 0;
    if (parser.isSet(QStringLiteral("chunk"))) {
        bool ok = false;
        chunk = parser.value(QStringLiteral("chunk")).toLongLong(&ok);
        if (!ok || chunk <= 0) {
            writeErr(QStringLiteral("coro-cli sse-parse: --chunk expects a positive number\n"));
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
        writeErr(QStringLiteral("coro-cli sse-parse: cannot read stdin\n"));
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
                writeErr(QStringLiteral("coro-cli sse-parse: %1\n").arg(sse.errorString()));
                return ExitFailed;
            }
        }
    }
    sse.finish();
    return ExitOk;
}

} // namespace coro::cli
