#include "askcommand.h"
#include "askfusion.h"
#include "askprinter.h"
#include "asksearch.h"
#include "asktitle.h"
#include "chat/chatsession.h"
#include "clienvironment.h"
#include "jsonlines.h"
#include "storage/storageservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QSocketNotifier>
#include <csignal>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace coro::cli {

namespace {
// A named context, so that lupdate files these messages where the run-time lookup finds them.
struct AskText
{
    Q_DECLARE_TR_FUNCTIONS(AskCommand)
};

// Prints a problem on stderr, after the command name.
void printError(const QString &message)
{
    printCommandError(QStringLiteral("ask"), message);
}

#ifdef Q_OS_UNIX
int g_interruptPipe[2] = {-1, -1};
volatile std::sig_atomic_t g_interrupts = 0;
// The first Ctrl+C (or SIGTERM) asks the event loop to stop cleanly; a second one ends the
// process at once, whatever it is waiting for.
void onInterrupt(int)
{
    if (++g_interrupts > 1)
        ::_exit(130);
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_interruptPipe[1], &byte, 1);
}
#endif

// Parses a number option; on failure prints why and returns false.
template<typename T>
bool numberOption(const QCommandLineParser &parser, const QString &name, T *value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const QString text = parser.value(name);
    if constexpr (std::is_same_v<T, int>)
        *value = text.toInt(&ok);
    else
        *value = text.toDouble(&ok);
    if (!ok)
        printError(AskText::tr("--%1 expects a number, got \"%2\"").arg(name, text));
    return ok;
}
} // namespace

int runAsk(CliEnvironment &env, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AskText::tr("Ask every named model the same question."));
    parser.addHelpOption();
    parser.addOptions({
        {{QStringLiteral("m"), QStringLiteral("model")},
         AskText::tr("A model as PROVIDER/MODEL; repeat for several."),
         QStringLiteral("model")},
        {QStringLiteral("temperature"), AskText::tr("0 to 2 (default 0.7)."), QStringLiteral("T")},
        {QStringLiteral("max-tokens"), AskText::tr("1 to 32000 (default 2000)."),
         QStringLiteral("N")},
        {QStringLiteral("top-p"), AskText::tr("0 to 1 (default: not sent)."), QStringLiteral("P")},
        {QStringLiteral("system"), AskText::tr("A system prompt for every model."),
         QStringLiteral("text")},
        {QStringLiteral("guide"),
         AskText::tr("The conversation's guide: standing instructions kept for its later turns "
                     "(\"\" removes it)."),
         QStringLiteral("text")},
        {QStringLiteral("conversation"), AskText::tr("Continue conversation ID."),
         QStringLiteral("ID")},
        {QStringLiteral("edit"),
         AskText::tr("With --conversation: ask PROMPT as a new version of message TURN (a "
                     "branch; the old version is kept)."),
         QStringLiteral("TURN")},
        {QStringLiteral("regenerate"),
         AskText::tr("With --conversation: answer message TURN again with the -m models."),
         QStringLiteral("TURN")},
        {QStringLiteral("ephemeral"), AskText::tr("Do not save this turn.")},
        {QStringLiteral("connect-timeout"),
         AskText::tr("Seconds allowed to connect to a provider (15)."), QStringLiteral("S")},
        {QStringLiteral("first-token-timeout"),
         AskText::tr("Seconds to wait for the first token once the request is sent (90)."),
         QStringLiteral("S")},
        {QStringLiteral("idle-timeout"),
         AskText::tr("Seconds of silence allowed while streaming (60)."), QStringLiteral("S")},
        {QStringLiteral("max-answer-chars"),
         AskText::tr("Stop an answer longer than N characters (1000000)."), QStringLiteral("N")},
        {QStringLiteral("json"), AskText::tr("Print one JSON object per line.")},
    });
    parser.addOptions(AskSearch::options());
    parser.addOptions(AskFusion::options());
    parser.addOption(AskTitle::option());
    parser.addPositionalArgument(QStringLiteral("prompt"), AskText::tr("The question."));
    if (const auto done = parseCommand(parser, arguments, QStringLiteral("ask")))
        return *done;

    ChatSession::AskOptions options;
    for (const QString &name : parser.values(QStringLiteral("model"))) {
        const auto ref = ModelRef::parse(name);
        if (!ref) {
            printError(AskText::tr("\"%1\" is not PROVIDER/MODEL").arg(name));
            return ExitUsage;
        }
        options.models.append(*ref);
    }
    options.prompt = parser.positionalArguments().join(QLatin1Char(' '));
    options.params.systemPrompt = parser.value(QStringLiteral("system"));
    if (parser.isSet(QStringLiteral("guide")))
        options.guide = parser.value(QStringLiteral("guide"));
    int maxTokens = options.params.maxTokens;
    double maxAnswerChars = double(options.maxAnswerChars);
    double topP = -1;
    double connect = options.timeouts.connectMs / 1000.0;
    double firstToken = options.timeouts.firstTokenMs / 1000.0;
    double idle = options.timeouts.idleMs / 1000.0;
    if (!numberOption(parser, QStringLiteral("temperature"), &options.params.temperature) ||
        !numberOption(parser, QStringLiteral("max-tokens"), &maxTokens) ||
        !numberOption(parser, QStringLiteral("top-p"), &topP) ||
        !numberOption(parser, QStringLiteral("connect-timeout"), &connect) ||
        !numberOption(parser, QStringLiteral("first-token-timeout"), &firstToken) ||
        !numberOption(parser, QStringLiteral("idle-timeout"), &idle) ||
        !numberOption(parser, QStringLiteral("max-answer-chars"), &maxAnswerChars)) {
        return ExitUsage;
    }
    if (maxAnswerChars < 1 || maxAnswerChars > 100e6) {
        printError(AskText::tr("--max-answer-chars must be between 1 and 100000000"));
        return ExitUsage;
    }
    options.maxAnswerChars = qsizetype(maxAnswerChars);
    options.params.maxTokens = maxTokens;
    if (parser.isSet(QStringLiteral("top-p")))
        options.params.topP = topP;
    for (const double seconds : {connect, firstToken, idle}) {
        if (!(seconds > 0 && seconds <= 86400)) { // also refuses NaN
            printError(AskText::tr("timeouts must be between 0 and 86400 seconds"));
            return ExitUsage;
        }
    }
    options.timeouts = {int(connect * 1000), int(firstToken * 1000), int(idle * 1000)};
    options.ephemeral = parser.isSet(QStringLiteral("ephemeral"));
    if (parser.isSet(QStringLiteral("conversation"))) {
        bool ok = false;
        options.conversationId = parser.value(QStringLiteral("conversation")).toLongLong(&ok);
        if (!ok || options.conversationId <= 0) {
            printError(AskText::tr("--conversation expects a conversation id"));
            return ExitUsage;
        }
    }

    for (const auto &[name, target] :
         {std::pair{QStringLiteral("edit"), &options.editTurnId},
          std::pair{QStringLiteral("regenerate"), &options.regenerateTurnId}}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        *target = parser.value(name).toLongLong(&ok);
        if (!ok || *target <= 0) {
            printError(AskText::tr("--%1 expects a message (turn) id").arg(name));
            return ExitUsage;
        }
    }
    if (options.editTurnId && options.regenerateTurnId) {
        printError(AskText::tr("use --edit or --regenerate, not both"));
        return ExitUsage;
    }

    QString contextError;
    const auto search = AskSearch::fromParser(parser, &contextError);
    std::optional<AskFusion::Options> fuse;
    std::optional<ModelRef> titleModel;
    if (!search || !AskFusion::fromParser(parser, &fuse, &contextError) ||
        !AskTitle::fromParser(parser, &titleModel, &contextError)) {
        printError(contextError);
        return ExitUsage;
    }

    // An ephemeral turn never opens the history file at all.
    StorageService *storage = options.ephemeral ? nullptr : env.storage();
    if (!options.ephemeral && !storage)
        return ExitFailed;
    // Only a new question is searched (a regenerated one is answered as it was asked), and
    // only one the session will accept.
    const bool askable =
        std::all_of(options.models.cbegin(), options.models.cend(), [&env](const ModelRef &ref) {
            return env.catalog().find(ref.provider) != nullptr;
        });
    if (askable && !options.regenerateTurnId && !options.models.isEmpty() &&
        !options.prompt.trimmed().isEmpty())
        options.web = AskSearch::run(env, storage, options.prompt, *search);
    ChatSession session(env.catalog(), env.keys(), env.network(), storage);
    // Every write that did not land is said at once, and the turn does not count as saved.
    QStringList saveFailures;
    if (storage) {
        QObject::connect(storage, &StorageService::writeFailed, &session,
                         [&saveFailures](const QString &message) {
                             if (saveFailures.contains(message))
                                 return;
                             saveFailures << message;
                             printError(message);
                         });
    }
    const auto mode =
        parser.isSet(QStringLiteral("json")) ? AskPrinter::Mode::Json : AskPrinter::Mode::Human;
    std::unique_ptr<AskPrinter> printer;
    ChatSession::PlannedTurn planned;
    QEventLoop loop;
    QString error;
    const bool accepted = session.ask(
        options,
        [&](const ChatSession::PlannedTurn &p) {
            planned = p;
            if (!p.turn) {
                loop.quit();
                return;
            }
            printer = std::make_unique<AskPrinter>(p.turn, mode);
            printer->setPrices(env.catalog());
            QObject::connect(p.turn, &Turn::finished, &loop, &QEventLoop::quit);
        },
        &error);
    if (!accepted) {
        printError(error);
        return ExitUsage;
    }
    bool interrupted = false;
    bool stopRequested = false; // Ctrl+C once the turn ran: nothing more is started after it.
    QPointer<Turn> fusing;      // The fused answer's turn, once it runs.
#ifdef Q_OS_UNIX
    // Ctrl+C cancels every model; what arrived so far is still printed and saved. Before the
    // turn has started (history, keychain) it simply stops.
    std::unique_ptr<QSocketNotifier> interrupt;
    if (::pipe(g_interruptPipe) == 0) {
        interrupt = std::make_unique<QSocketNotifier>(g_interruptPipe[0], QSocketNotifier::Read);
        QObject::connect(interrupt.get(), &QSocketNotifier::activated, &loop, [&] {
            if (fusing) {
                stopRequested = true;
                fusing->cancelAll();
                return;
            }
            if (planned.turn) {
                stopRequested = true;
                planned.turn->cancelAll();
                return;
            }
            interrupted = true;
            loop.quit();
        });
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
    }
#endif
    loop.exec();
    if (interrupted && !planned.turn) {
        printError(AskText::tr("interrupted before any model was asked"));
        return ExitFailed;
    }
    if (!planned.turn) {
        printError(planned.error);
        return options.conversationId ? ExitUsage : ExitFailed; // Usually: no such conversation.
    }
    bool fusionDone = true;
    if (fuse && !stopRequested) {
        AskFusion::Options fusion = *fuse;
        fusion.mode = mode;
        fusionDone = AskFusion::run(env, session, planned, options, fusion,
                                    [&fusing](Turn *turn) { fusing = turn; });
    }
    // A new conversation's first turn: a cheap model may name it.
    if (titleModel && storage && !options.conversationId && planned.conversationId &&
        !stopRequested)
        AskTitle::run(env, storage, planned, *titleModel, mode);
    if (storage) {
        storage->flush(); // Every answer is on disk (or said not to be) before the summary.
        QCoreApplication::sendPostedEvents(storage, QEvent::MetaCall);
    }
    printer->printSummary(planned.conversationId, saveFailures.isEmpty());
    if (!saveFailures.isEmpty() || !fusionDone)
        return ExitFailed;
    for (int i = 0; i < planned.turn->size(); ++i) {
        if (planned.turn->run(i)->state() != ModelRun::State::Done)
            return ExitFailed;
    }
    return ExitOk;
}

} // namespace coro::cli
