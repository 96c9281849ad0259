#include "runcommand.h"
#include "clienvironment.h"
#include "jsonlines.h"
#include "workspace/coderunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QSocketNotifier>

#include <cmath>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace coro::cli {

namespace {
// A named context, so that lupdate files these messages where the run-time lookup finds them.
struct RunText
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
};

void printError(const QString &message)
{
    printCommandError(QStringLiteral("run"), message);
}

#ifdef Q_OS_UNIX
// Past this much unread input, coro-cli stops reading its own stdin until the program catches
// up: a program that never reads must not make coro-cli hold all of a large pipe in memory.
constexpr qint64 kInputBacklog = 1 << 20;

int g_interruptPipe[2] = {-1, -1};
void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_interruptPipe[1], &byte, 1);
}

// Feeds coro-cli's own stdin to the program as it arrives, until end of file.
class InputForwarder
{
public:
    explicit InputForwarder(CodeRunner &runner)
        : m_runner(runner), m_notifier(STDIN_FILENO, QSocketNotifier::Read)
    {
        QObject::connect(&m_notifier, &QSocketNotifier::activated, &m_notifier,
                         [this] { readSome(); });
        QObject::connect(&runner, &CodeRunner::inputWritten, &m_notifier, [this] {
            if (!m_ended && m_runner.pendingInputBytes() < kInputBacklog)
                m_notifier.setEnabled(true);
        });
    }

private:
    void readSome()
    {
        char buffer[64 * 1024];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        if (got <= 0) {
            m_ended = true;
            m_notifier.setEnabled(false);
            m_runner.closeInput();
            return;
        }
        m_runner.writeInput(QByteArray(buffer, got));
        if (m_runner.pendingInputBytes() >= kInputBacklog)
            m_notifier.setEnabled(false);
    }

    CodeRunner &m_runner;
    QSocketNotifier m_notifier;
    bool m_ended = false;
};
#endif

QJsonValue nullUnless(bool present, int value)
{
    return present ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject exitLine(const RunResult &result)
{
    const QString limit = limitName(result.limit);
    return {{QStringLiteral("type"), QStringLiteral("exit")},
            {QStringLiteral("exit_code"), nullUnless(result.exitCode >= 0, result.exitCode)},
            {QStringLiteral("signal"), nullUnless(result.signal > 0, result.signal)},
            {QStringLiteral("limit"), limit.isEmpty() ? QJsonValue(QJsonValue::Null) : limit},
            {QStringLiteral("elapsed_ms"), result.elapsedMs},
            {QStringLiteral("files"), QJsonArray::fromStringList(result.files)}};
}

} // namespace

int runCode(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RunText::tr("Run a program in the workspace sandbox: no network, no access to your "
                    "files, limited time, memory, processes, file size and output."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("lang"), RunText::tr("python, sh or js."), QStringLiteral("language")},
        {QStringLiteral("timeout"), RunText::tr("Seconds of real and of CPU time (default 10)."),
         QStringLiteral("S")},
        {QStringLiteral("memory"), RunText::tr("Memory limit in MB (default 512)."),
         QStringLiteral("MB")},
        {QStringLiteral("json"), RunText::tr("Print one JSON object per line.")},
    });
    parser.addPositionalArgument(QStringLiteral("file"),
                                 RunText::tr("The program; - reads it from stdin. Otherwise stdin "
                                             "goes to the program."));
    if (const auto done = parseCommand(parser, arguments, QStringLiteral("run")))
        return *done;
    const auto language = languageFromName(parser.value(QStringLiteral("lang")));
    if (!language) {
        printError(RunText::tr("--lang expects python, sh or js"));
        return ExitUsage;
    }
    if (parser.positionalArguments().size() != 1) {
        printError(RunText::tr("name one program file, or - to read it from stdin"));
        return ExitUsage;
    }
    Limits limits;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 86400) {
            printError(RunText::tr("--timeout expects seconds, more than 0"));
            return ExitUsage;
        }
        limits.wallMs = static_cast<int>(seconds * 1000);
        limits.cpuSeconds = static_cast<int>(std::ceil(seconds));
    }
    if (parser.isSet(QStringLiteral("memory"))) {
        bool ok = false;
        const qint64 megabytes = parser.value(QStringLiteral("memory")).toLongLong(&ok);
        if (!ok || megabytes < 16 || megabytes > (1 << 20)) {
            printError(RunText::tr("--memory expects megabytes, at least 16"));
            return ExitUsage;
        }
        limits.memoryBytes = megabytes << 20;
    }

    const QString file = parser.positionalArguments().constFirst();
    const bool codeFromStdin = file == QLatin1String("-");
    QFile source;
    const bool opened = codeFromStdin
                            ? source.open(stdin, QIODevice::ReadOnly)
                            : (source.setFileName(file), source.open(QIODevice::ReadOnly));
    if (!opened) {
        printError(RunText::tr("cannot read %1: %2").arg(file, source.errorString()));
        return ExitUsage;
    }
    const QString code = QString::fromUtf8(source.readAll());

    const bool json = parser.isSet(QStringLiteral("json"));
    CodeRunner runner;
    runner.setLimits(limits);
    QEventLoop loop;
    RunResult result;
    QObject::connect(&runner, &CodeRunner::stdoutText, &loop, [json](const QString &text) {
        if (json)
            writeJsonLine({{QStringLiteral("type"), QStringLiteral("stdout")},
                           {QStringLiteral("text"), text}});
        else
            writeOut(text);
    });
    QObject::connect(&runner, &CodeRunner::stderrText, &loop, [json](const QString &text) {
        if (json)
            writeJsonLine({{QStringLiteral("type"), QStringLiteral("stderr")},
                           {QStringLiteral("text"), text}});
        else
            writeErr(text);
    });
    QObject::connect(&runner, &CodeRunner::finished, &loop, [&](const RunResult &r) {
        result = r;
        loop.quit();
    });

#ifdef Q_OS_UNIX
    // Ctrl+C and SIGTERM end the program and everything it started, then report as usual.
    std::unique_ptr<QSocketNotifier> interrupt;
    if (::pipe(g_interruptPipe) == 0) {
        interrupt = std::make_unique<QSocketNotifier>(g_interruptPipe[0], QSocketNotifier::Read);
        QObject::connect(interrupt.get(), &QSocketNotifier::activated, &loop,
                         [&runner] { runner.cancel(); });
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
    }
    std::unique_ptr<InputForwarder> input;
    if (codeFromStdin) {
        runner.start(*language, code);
    } else {
        runner.startWithOpenInput(*language, code);
        input = std::make_unique<InputForwarder>(runner);
    }
#else
    // Untested systems: the program gets no stdin (a console cannot be watched like a pipe).
    runner.start(*language, code);
#endif
    loop.exec();

    if (result.refused()) {
        printError(result.error);
        return ExitUsage;
    }
    if (json)
        writeJsonLine(exitLine(result));
    else if (!result.message.isEmpty())
        printError(result.message);
    return result.exitCode == 0 ? ExitOk : ExitFailed;
}

} // namespace coro::cli
