#include "historycommand.h"
#include "clienvironment.h"
#include "historyexchange.h"
#include "jsonlines.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace coro::cli {

namespace {
// A named context, so that lupdate files these messages where the run-time lookup finds them.
struct HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
};

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

int list(StorageService &storage, const QCommandLineParser &parser, bool json)
{
    const int limit = parser.value(QStringLiteral("limit")).toInt();
    const int offset = parser.value(QStringLiteral("offset")).toInt();
    const bool archived = parser.isSet(QStringLiteral("archived"));
    const auto conversations = storage.runBlocking([=](ConversationStore &store) {
        return store.listConversations(offset, limit > 0 ? limit : 50, archived);
    });
    for (const ConversationSummary &c : conversations) {
        if (json) {
            writeJsonLine({{QStringLiteral("id"), c.id},
                           {QStringLiteral("title"), c.title},
                           {QStringLiteral("updated"), isoTime(c.updatedAt)},
                           {QStringLiteral("created"), isoTime(c.createdAt)},
                           {QStringLiteral("pinned"), c.pinned},
                           {QStringLiteral("archived"), c.archived}});
        } else {
            writeOut(QStringLiteral("%1  %2  %3%4\n")
                         .arg(c.id, 6)
                         .arg(localTime(c.updatedAt), c.pinned ? QStringLiteral("📌 ") : QString(),
                              c.title));
        }
    }
    return ExitOk;
}

int search(StorageService &storage, const QString &query, const QCommandLineParser &parser,
           bool json)
{
    const int limit = parser.value(QStringLiteral("limit")).toInt();
    const auto hits = storage.runBlocking(
        [=](ConversationStore &store) { return store.search(query, limit > 0 ? limit : 20); });
    for (const SearchHit &hit : hits) {
        const QString model =
            hit.answerId ? hit.provider + QLatin1Char('/') + hit.model : QString();
        if (json) {
            writeJsonLine(
                {{QStringLiteral("conversation"), hit.conversationId},
                 {QStringLiteral("turn"), hit.turnId},
                 {QStringLiteral("answer"), hit.answerId ? QJsonValue(hit.answerId) : QJsonValue()},
                 {QStringLiteral("model"), hit.answerId ? QJsonValue(model) : QJsonValue()},
                 {QStringLiteral("title"), hit.conversationTitle},
                 {QStringLiteral("snippet"), hit.snippet}});
        } else {
            writeOut(QStringLiteral("%1/%2  %3  %4\n    %5\n")
                         .arg(hit.conversationId)
                         .arg(hit.turnId)
                         .arg(hit.conversationTitle,
                              hit.answerId ? model : HistoryText::tr("(you)"),
                              hit.snippet.simplified()));
        }
    }
    if (hits.isEmpty() && !json)
        writeErr(HistoryText::tr("No match for \"%1\".").arg(query) + QLatin1Char('\n'));
    return ExitOk;
}

int changed(bool ok, qint64 id)
{
    if (ok)
        return ExitOk;
    writeErr(QStringLiteral("coro-cli history: %1\n")
                 .arg(HistoryText::tr("there is no conversation %1").arg(id)));
    return ExitUsage;
}

int show(StorageService &storage, qint64 id, bool json)
{
    const auto conversation =
        storage.runBlocking([=](ConversationStore &store) { return store.conversation(id); });
    if (!conversation) {
        writeErr(QStringLiteral("coro-cli history show: %1\n")
                     .arg(HistoryText::tr("there is no conversation %1").arg(id)));
        return ExitUsage;
    }
    const ConversationSummary &s = conversation->summary;
    if (json) {
        writeJsonLine({{QStringLiteral("type"), QStringLiteral("conversation")},
                       {QStringLiteral("id"), s.id},
                       {QStringLiteral("title"), s.title},
                       {QStringLiteral("created"), isoTime(s.createdAt)},
                       {QStringLiteral("updated"), isoTime(s.updatedAt)}});
    } else {
        writeOut(QStringLiteral("# %1\n").arg(s.title));
    }
    for (const StoredTurn &turn : conversation->turns) {
        QJsonArray answers;
        QJsonArray versions; // Every version of this message: more than one means branches.
        for (const qint64 version : turn.versionIds)
            versions.append(version);
        if (!json)
            writeOut(QStringLiteral("\n## %1\n\n%2\n").arg(HistoryText::tr("You"), turn.userText));
        for (const StoredAnswer &a : turn.answers) {
            const QString model = a.provider + QLatin1Char('/') + a.model;
            if (json) {
                answers.append(
                    QJsonObject{{QStringLiteral("id"), a.id},
                                {QStringLiteral("model"), model},
                                {QStringLiteral("status"), a.status},
                                {QStringLiteral("text"), a.text},
                                {QStringLiteral("reasoning"), a.reasoning},
                                {QStringLiteral("error_code"),
                                 a.errorCode.isEmpty() ? QJsonValue() : QJsonValue(a.errorCode)},
                                {QStringLiteral("error_message"), a.errorMessage},
                                {QStringLiteral("chosen"), a.chosen}});
                continue;
            }
            QString status;
            if (a.status != QLatin1String("done"))
                status = QStringLiteral(" (%1%2)").arg(
                    a.status,
                    a.errorCode.isEmpty() ? QString() : QStringLiteral(": ") + a.errorCode);
            writeOut(QStringLiteral("\n### %1%2\n\n%3\n").arg(model, status, a.text));
        }
        if (json) {
            writeJsonLine({{QStringLiteral("type"), QStringLiteral("turn")},
                           {QStringLiteral("id"), turn.id},
                           {QStringLiteral("prompt"), turn.userText},
                           {QStringLiteral("parent"),
                            turn.parentTurnId ? QJsonValue(turn.parentTurnId) : QJsonValue()},
                           {QStringLiteral("versions"), versions},
                           {QStringLiteral("created"), isoTime(turn.createdAt)},
                           {QStringLiteral("answers"), answers}});
        }
    }
    return ExitOk;
}
} // namespace

int runHistory(CliEnvironment &env, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(HistoryText::tr(
        "Browse, search, export and import the saved conversations (no network needed)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("json"), HistoryText::tr("list, search, show: one JSON object per line.")},
        {QStringLiteral("limit"), HistoryText::tr("list, search: at most N results."),
         QStringLiteral("N")},
        {QStringLiteral("offset"), HistoryText::tr("list: skip the first N."), QStringLiteral("N")},
        {QStringLiteral("archived"), HistoryText::tr("list: the archived conversations.")},
        {QStringLiteral("format"), HistoryText::tr("export: md, html or json."),
         QStringLiteral("F")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         HistoryText::tr("export: write to FILE instead of stdout."),
         QStringLiteral("FILE")},
        {QStringLiteral("max-size"),
         HistoryText::tr("import: the largest file read, in MB (default %1).")
             .arg(kDefaultImportLimitMb),
         QStringLiteral("MB")},
    });
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QStringLiteral("list | search Q | show ID | export ID | import FILE | rename ID TITLE | "
                       "delete ID | restore ID | pin ID | unpin ID | archive ID | unarchive ID"));
    if (const auto done = parseCommand(parser, arguments, QStringLiteral("history")))
        return *done;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    const auto printError = [&](const QString &message) {
        printCommandError(QStringLiteral("history ") + action, message);
    };
    // True when the action has its one argument; else prints @p problem (what was expected).
    const auto needsArgument = [&](const QString &problem) {
        if (args.size() == 2)
            return true;
        printError(problem);
        return false;
    };
    const auto idArgument = [&](qint64 *id) {
        bool ok = false;
        *id = args.value(1).toLongLong(&ok);
        if (ok && *id > 0)
            return true;
        printError(HistoryText::tr("\"%1\" is not a conversation id").arg(args.value(1)));
        return false;
    };

    static const QStringList kActions{
        QStringLiteral("list"),   QStringLiteral("search"),  QStringLiteral("show"),
        QStringLiteral("export"), QStringLiteral("import"),  QStringLiteral("rename"),
        QStringLiteral("delete"), QStringLiteral("restore"), QStringLiteral("pin"),
        QStringLiteral("unpin"),  QStringLiteral("archive"), QStringLiteral("unarchive")};
    if (!kActions.contains(action)) {
        writeErr(QStringLiteral("coro-cli history: %1\n")
                     .arg(HistoryText::tr("expected one of %1")
                              .arg(kActions.join(QStringLiteral(", ")))));
        return ExitUsage;
    }
    StorageService *storage = env.storage();
    if (!storage)
        return ExitFailed;
    qint64 id = 0;
    if (action == QLatin1String("list"))
        return list(*storage, parser, json);
    if (action == QLatin1String("search"))
        return needsArgument(HistoryText::tr("expected a query"))
                   ? search(*storage, args.at(1), parser, json)
                   : ExitUsage;
    if (action == QLatin1String("show"))
        return needsArgument(HistoryText::tr("expected a conversation id")) && idArgument(&id)
                   ? show(*storage, id, json)
                   : ExitUsage;
    if (action == QLatin1String("rename")) {
        if (args.size() != 3 || !idArgument(&id) || args.at(2).trimmed().isEmpty()) {
            printError(HistoryText::tr("expected ID TITLE"));
            return ExitUsage;
        }
        const QString title = args.at(2).trimmed();
        return changed(storage->runBlocking([=](ConversationStore &store) {
            return store.rename(id, title, QStringLiteral("user"));
        }),
                       id);
    }
    if (action != QLatin1String("export") && action != QLatin1String("import")) {
        if (!needsArgument(HistoryText::tr("expected a conversation id")) || !idArgument(&id))
            return ExitUsage;
        const bool ok = storage->runBlocking([=](ConversationStore &store) {
            if (action == QLatin1String("delete"))
                return store.softDelete(id);
            if (action == QLatin1String("restore"))
                return store.undoDelete(id);
            if (action == QLatin1String("pin") || action == QLatin1String("unpin"))
                return store.setPinned(id, action == QLatin1String("pin"));
            return store.setArchived(id, action == QLatin1String("archive"));
        });
        if (ok && action == QLatin1String("delete")) {
            writeErr(HistoryText::tr("Deleted conversation %1. Undo within %n days: coro-cli "
                                     "history restore %1",
                                     nullptr, CliEnvironment::kDeletedKeptDays)
                         .arg(id) +
                     QLatin1Char('\n'));
        }
        return changed(ok, id);
    }
    if (action == QLatin1String("export")) {
        if (!needsArgument(HistoryText::tr("expected a conversation id")) || !idArgument(&id))
            return ExitUsage;
        return exportConversation(*storage, id, parser.value(QStringLiteral("format")),
                                  parser.value(QStringLiteral("output")));
    }
    qint64 limitMb = kDefaultImportLimitMb;
    if (parser.isSet(QStringLiteral("max-size"))) {
        bool ok = false;
        limitMb = parser.value(QStringLiteral("max-size")).toLongLong(&ok);
        if (!ok || limitMb <= 0) {
            printError(HistoryText::tr("--max-size expects a number of megabytes"));
            return ExitUsage;
        }
    }
    return needsArgument(HistoryText::tr("expected a file"))
               ? importConversations(*storage, args.at(1), limitMb * 1024 * 1024)
               : ExitUsage;
}

} // namespace coro::cli
