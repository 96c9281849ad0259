#include "askcommand.h"
#include "clienvironment.h"
#include "historycommand.h"
#include "jsonlines.h"
#include "modelscommand.h"
#include "sseparsecommand.h"

#include "apptranslations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace coro::cli;

namespace {
const char kUsage[] =
    "Usage: coro-cli [--data-dir DIR] COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  ask [-m PROVIDER/MODEL]... [--json] PROMPT   ask every model at once, streamed and saved\n"
    "  models [PROVIDER] [--json]                   list models from the providers' endpoints\n"
    "  history list|search Q|show ID [--json]       browse and search saved conversations\n"
    "  history export ID --format md|html|json      export one conversation\n"
    "  history import FILE                          import Coro JSON or ChatGPT's "
    "conversations.json\n"
    "  history rename|delete|restore|pin|unpin|archive|unarchive ID ...   manage them\n"
    "  sse-parse [--chunk N]                        parse an event stream from stdin\n"
    "\n"
    "The data directory (providers.json, coro.sqlite) is --data-dir, else $CORO_DATA_DIR,\n"
    "else the platform's application-data folder. 'coro-cli COMMAND --help' for details.\n";
}

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
            writeErr(QString::fromLatin1(kUsage));
            return ExitUsage;
        }
    }
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h")) {
        writeErr(QString::fromLatin1(kUsage));
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

    const auto env = CliEnvironment::open(dataDir);
    if (!env)
        return ExitUsage;
    if (command == QLatin1String("ask"))
        return runAsk(*env, args);
    if (command == QLatin1String("models"))
        return runModels(*env, args);
    if (command == QLatin1String("history"))
        return runHistory(*env, args);
    writeErr(QStringLiteral("coro-cli: unknown command \"%1\"\n\n").arg(command) +
             QString::fromLatin1(kUsage));
    return ExitUsage;
}
