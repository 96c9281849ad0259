#include "askfusion.h"
#include "chat/fusionplanner.h"
#include "clienvironment.h"
#include "context/fusionchecklist.h"
#include "context/modelquery.h"
#include "context/provenanceparser.h"
#include "jsonlines.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

namespace coro::cli {

namespace {
struct AskFusionText
{
    Q_DECLARE_TR_FUNCTIONS(AskFusion)
};

void fusionError(const AskFusion::Options &options, const QString &message)
{
    if (options.mode == AskPrinter::Mode::Json) {
        writeJsonLine({{QStringLiteral("type"), QStringLiteral("error")},
                       {QStringLiteral("model"), options.model.toString()},
                       {QStringLiteral("fusion"), true},
                       {QStringLiteral("code"), QStringLiteral("invalid_request")},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("text"), QString()}});
    } else {
        writeErr(QStringLiteral("coro-cli ask: %1\n").arg(message));
    }
}

// Guided fusion: the fusing model lists the distinct points; the chosen ones are returned.
QList<ChecklistPoint> checklist(CliEnvironment &env, const QString &question,
                                const QList<FusionPrompt::Answer> &answers,
                                const AskFusion::Options &options, int timeoutMs)
{
    QEventLoop loop;
    ModelQuery query(env.catalog(), env.keys(), env.network());
    ModelQuery::Result result;
    query.ask(FusionPlanner::checklistRequest(options.model, question, answers, timeoutMs),
              [&](const ModelQuery::Result &r) {
                  result = r;
                  loop.quit();
              });
    loop.exec();
    QString why;
    const auto points = FusionPlanner::readChecklist(result, answers, &why);
    QJsonObject line{{QStringLiteral("type"), QStringLiteral("checklist")},
                     {QStringLiteral("model"), options.model.toString()},
                     {QStringLiteral("fusion"), true}};
    if (!points) {
        line.insert(QStringLiteral("error"),
                    AskFusionText::tr("%1; every point is fused.").arg(why));
        if (options.mode == AskPrinter::Mode::Json)
            writeJsonLine(line);
        else
            writeErr(QStringLiteral("coro-cli ask: %1\n")
                         .arg(line.value(QLatin1String("error")).toString()));
        return {};
    }
    QJsonArray list;
    QString human = AskFusionText::tr("Points found:") + QLatin1Char('\n');
    for (const ChecklistPoint &point : *points) {
        const QList<int> &kept = options.points;
        list.append(
            QJsonObject{{QStringLiteral("id"), point.id},
                        {QStringLiteral("text"), point.text},
                        {QStringLiteral("sources"), QJsonArray::fromStringList(point.sources)},
                        {QStringLiteral("disputed"), point.disputed},
                        {QStringLiteral("chosen"), kept.isEmpty() || kept.contains(point.id)}});
        human += QStringLiteral("  %1%2. %3 [%4]\n")
                     .arg(kept.isEmpty() || kept.contains(point.id) ? QLatin1Char('*')
                                                                    : QLatin1Char(' '))
                     .arg(point.id)
                     .arg(point.text, point.sources.join(QLatin1Char(',')));
    }
    line.insert(QStringLiteral("points"), list);
    if (options.mode == AskPrinter::Mode::Json)
        writeJsonLine(line);
    else
        writeErr(human);
    return FusionChecklist::select(*points, options.points);
}
} // namespace

QList<QCommandLineOption> AskFusion::options()
{
    return {
        {QStringLiteral("fuse"),
         AskFusionText::tr("Once the answers are done, have this model write the best of them, "
                           "each part tagged with the answers it came from."),
         QStringLiteral("PROVIDER/MODEL")},
        {QStringLiteral("fuse-points"),
         AskFusionText::tr("With --fuse: list the distinct points first, then fuse only these "
                           "(comma-separated numbers, or all)."),
         QStringLiteral("all|N,N...")},
    };
}

bool AskFusion::fromParser(const QCommandLineParser &parser, std::optional<Options> *options,
                           QString *error)
{
    if (!parser.isSet(QStringLiteral("fuse"))) {
        if (parser.isSet(QStringLiteral("fuse-points"))) {
            *error = AskFusionText::tr("--fuse-points needs --fuse");
            return false;
        }
        return true;
    }
    const auto model = ModelRef::parse(parser.value(QStringLiteral("fuse")));
    if (!model) {
        *error = AskFusionText::tr("\"%1\" is not PROVIDER/MODEL")
                     .arg(parser.value(QStringLiteral("fuse")));
        return false;
    }
    Options fusion;
    fusion.model = *model;
    if (parser.isSet(QStringLiteral("fuse-points"))) {
        fusion.guided = true;
        const QString points = parser.value(QStringLiteral("fuse-points")).trimmed();
        if (points != QLatin1String("all")) {
            for (const QString &item : points.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const int id = item.trimmed().toInt(&ok);
                if (!ok || id < 1 || id > FusionPrompt::kMaxPoints) {
                    *error = AskFusionText::tr("--fuse-points expects all or numbers from 1 to "
                                               "%1, got \"%2\"")
                                 .arg(FusionPrompt::kMaxPoints)
                                 .arg(item);
                    return false;
                }
                fusion.points.append(id);
            }
            if (fusion.points.isEmpty()) {
                *error = AskFusionText::tr("--fuse-points expects all or numbers");
                return false;
            }
        }
    }
    *options = fusion;
    return true;
}

bool AskFusion::run(CliEnvironment &env, ChatSession &session,
                    const ChatSession::PlannedTurn &planned, const ChatSession::AskOptions &asked,
                    const Options &options, const std::function<void(Turn *)> &started)
{
    QString question;
    const QList<FusionPrompt::Answer> answers =
        FusionPlanner::fromTurn(*planned.turn, planned.answerIds, &question);
    if (answers.isEmpty()) {
        fusionError(options, AskFusionText::tr("No answer finished: there is nothing to fuse."));
        return false;
    }
    QList<ChecklistPoint> points;
    if (options.guided)
        points = checklist(env, question, answers, options, asked.timeouts.firstTokenMs);

    ChatSession::FuseOptions fusion =
        FusionPlanner::options(options.model, planned.conversationId, planned.turnId, question,
                               answers, points, asked.params);
    QJsonObject labels;
    for (const auto &[label, model] : FusionPlanner::labelModels(answers))
        labels.insert(label, model);
    fusion.timeouts = asked.timeouts;
    fusion.retry = asked.retry;
    fusion.maxAnswerChars = asked.maxAnswerChars;

    QEventLoop loop;
    std::unique_ptr<AskPrinter> printer;
    ProvenanceParser provenance(FusionPrompt::labels(answers));
    ChatSession::PlannedTurn fused;
    QString error;
    const bool accepted = session.fuse(
        fusion,
        [&](const ChatSession::PlannedTurn &p) {
            fused = p;
            if (!p.turn) {
                loop.quit();
                return;
            }
            started(p.turn);
            printer = std::make_unique<AskPrinter>(p.turn, options.mode);
            printer->setExtraFields({{QStringLiteral("fusion"), true}});
            printer->setDoneFields([&](const ModelRun *) {
                provenance.finish();
                QJsonArray parts;
                for (const auto &segment : provenance.segments()) {
                    if (segment.text.trimmed().isEmpty())
                        continue;
                    parts.append(QJsonObject{
                        {QStringLiteral("text"), segment.text},
                        {QStringLiteral("sources"), QJsonArray::fromStringList(segment.sources)},
                        {QStringLiteral("contradiction"), segment.contradiction}});
                }
                return QJsonObject{{QStringLiteral("labels"), labels},
                                   {QStringLiteral("provenance"), parts},
                                   {QStringLiteral("sources_used"),
                                    QJsonArray::fromStringList(provenance.usedLabels())},
                                   {QStringLiteral("contradictions"), provenance.contradictions()}};
            });
            QObject::connect(p.turn, &Turn::runStarted, &loop, [&](int, ModelRun *run) {
                QObject::connect(run, &ModelRun::textAppended, &loop,
                                 [&](const QString &delta) { provenance.feed(delta); });
            });
            if (options.mode == AskPrinter::Mode::Human) {
                QString header =
                    QLatin1Char('\n') +
                    AskFusionText::tr("Fused by %1 from:").arg(options.model.toString());
                for (auto it = labels.begin(); it != labels.end(); ++it)
                    header += QStringLiteral(" [%1] %2").arg(it.key(), it.value().toString());
                writeOut(header + QLatin1Char('\n'));
            }
            QObject::connect(p.turn, &Turn::finished, &loop, &QEventLoop::quit);
        },
        &error);
    if (!accepted) {
        fusionError(options, error);
        return false;
    }
    loop.exec();
    if (!fused.turn) {
        fusionError(options, fused.error);
        return false;
    }
    const ModelRun *run = fused.turn->run(0);
    if (options.mode == AskPrinter::Mode::Human && run->state() != ModelRun::State::Done) {
        writeErr(QStringLiteral("coro-cli ask: %1: %2\n")
                     .arg(options.model.toString(), run->error().message));
    }
    return run->state() == ModelRun::State::Done;
}

} // namespace coro::cli
