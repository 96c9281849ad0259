#include "askcommand.h"
#include "clienvironment.h"
#include "diffcommand.h"
#include "historycommand.h"
#include "jsonlines.h"
#include "modelscommand.h"
#include "rendercommand.h"
#include "sseparsecommand.h"
#include "transcribecommand.h"
#ifdef CORO_WORKSPACE
#include "runcommand.h"
#endif

#include "apptranslations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace coro::cli;

namespace {
// A named context, so that lupdate files these messages where the run-time lookup finds them.
struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(CoroCli)
};

// Command syntax stays as typed; only the descriptions are translated.
QString usage()
{
    const std::pair<QString, QString> commands[] = {
        {QStringLiteral("ask [-m PROVIDER/MODEL]... [--json] PROMPT"),
         MainText::tr("ask every model at once, streamed and saved")},
        {QStringLiteral("models [PROVIDER] [--json]"),
         MainText::tr("list models from the providers' endpoints")},
        {QStringLiteral("history list|search Q|show ID [--json]"),
         MainText::tr("browse and search saved conversations")},
        {QStringLiteral("history export ID --format md|html|json"),
         MainText::tr("export one conversation")},
        {QStringLiteral("history import FILE"),
         MainText::tr("import Coro JSON or ChatGPT's conversations.json")},
        {QStringLiteral("history rename|delete|restore|pin|unpin|archive|unarchive ID ..."),
         //: Describes the commands that manage saved conversations, listed before it.
         MainText::tr("manage them")},
        {QStringLiteral("transcribe [-m PROVIDER/MODEL] FILE"),
         MainText::tr("speech to text through /audio/transcriptions")},
        {QStringLiteral("sse-parse [--chunk N]"), MainText::tr("parse an event stream from stdin")},
#ifdef CORO_WORKSPACE
        {QStringLiteral("run --lang python|sh|js [--json] FILE|-"),
         MainText::tr("run code in the sandbox (no network, no files)")},
#endif
        {QStringLiteral("render [--html] < FILE.md"),
         MainText::tr("Markdown from stdin as JSON blocks or safe HTML")},
        {QStringLiteral("diff [--json] A.md B.md [C.md...]"),
         MainText::tr("compare answers: word diff, or sentences said by all/some/one")},
    };
    //: %1 is the command line syntax, which stays in English.
    QString text = MainText::tr("Usage: %1")
                       .arg(QStringLiteral("coro-cli [--data-dir DIR] COMMAND [options]")) +
                   QLatin1String("\n\n") + MainText::tr("Commands:") + QLatin1Char('\n');
    for (const auto &[syntax, description] : commands) {
        const QString column = QLatin1String("  ") + syntax + QLatin1String("   ");
        text += column.leftJustified(47) + description + QLatin1Char('\n');
    }
    return text + QLatin1Char('\n') +
           MainText::tr("The data directory (providers.json, coro.sqlite) is --data-dir, else "
                        "$CORO_DATA_DIR,\nelse the platform's application-data folder. "
                        "'coro-cli COMMAND --help' for details.") +
           QLatin1Char('\n');
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    coro::installTranslations(app);
    QCoreApplication::setOrganizationName(QStringLiteral("Coro"));
    QCoreApplication::setApplicationName(QStringLiteral("Coro"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORO_VERSION));

    // Scripts read stderr too: only warnings by default (QT_LOGGING_RULES turns the rest on),
    // and the one-time update of an older history file, which can take minutes.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(
            QStringLiteral("coro.*.info=false\ncoro.storage.migration.info=true"));
    }

    QStringList args = QCoreApplication::arguments();
    const QString program = args.takeFirst();
    QString dataDir;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--data-dir"))) {
        const QString option = args.takeFirst();
        if (option.startsWith(QLatin1String("--data-dir="))) {
            dataDir = option.mid(11);
        } else if (option == QLatin1String("--data-dir") && !args.isEmpty()) {
            dataDir = args.takeFirst();
        } else {
            writeErr(usage());
            return ExitUsage;
        }
    }
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h")) {
        writeErr(usage());
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        writeOut(QStringLiteral("coro-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }

    const QString command = args.takeFirst();
    args.prepend(program + QLatin1Char(' ') + command); // QCommandLineParser skips argv[0].
    if (command == QLatin1String("sse-parse"))
        return runSseParse(args);
#ifdef CORO_WORKSPACE
    if (command == QLatin1String("run"))
        return runCode(args);
#endif
    if (command == QLatin1String("render"))
        return runRender(args);
    if (command == QLatin1String("diff"))
        return runDiff(args);

    const auto env = CliEnvironment::open(dataDir);
    if (!env)
        return ExitUsage;
    if (command == QLatin1String("ask"))
        return runAsk(*env, args);
    if (command == QLatin1String("models"))
        return runModels(*env, args);
    if (command == QLatin1String("history"))
        return runHistory(*env, args);
    if (command == QLatin1String("transcribe"))
        return runTranscribe(*env, args);
    writeErr(QStringLiteral("coro-cli: %1\n\n")
                 .arg(MainText::tr("unknown command \"%1\"").arg(command)) +
             usage());
    return ExitUsage;
}
