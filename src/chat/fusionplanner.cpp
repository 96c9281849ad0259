#include "fusionplanner.h"

#include "context/fusionchecklist.h"

namespace coro {

QList<FusionPrompt::Answer>
FusionPlanner::fromTurn(const Turn &turn, const QList<qint64> &answerIds, QString *question)
{
    QList<FusionPrompt::Answer> answers;
    for (int i = 0; i < turn.size(); ++i) {
        const ModelRun *run = turn.run(i);
        if (question->isEmpty() && !run->config().messages.isEmpty())
            *question = run->config().messages.constLast().content; // Also when regenerated.
        if (run->state() == ModelRun::State::Done)
            answers.append({{}, run->text(), answerIds.value(i), run->config().ref.toString()});
    }
    return FusionPrompt::labelled(answers);
}

QList<std::pair<QString, QString>>
FusionPlanner::labelModels(const QList<FusionPrompt::Answer> &answers)
{
    QList<std::pair<QString, QString>> result;
    for (const FusionPrompt::Answer &answer : answers)
        result.append({answer.label, answer.model});
    return result;
}

ModelQuery::Request FusionPlanner::checklistRequest(const ModelRef &model, const QString &question,
                                                    const QList<FusionPrompt::Answer> &answers,
                                                    int timeoutMs)
{
    ModelQuery::Request request;
    request.model = model;
    request.system = FusionPrompt::checklistInstructions();
    request.prompt = FusionPrompt::message(question, answers);
    request.timeoutMs = timeoutMs;
    request.maxChars = FusionChecklist::kMaxReplyChars;
    request.maxTokens = 2000;
    return request;
}

std::optional<QList<ChecklistPoint>>
FusionPlanner::readChecklist(const ModelQuery::Result &result,
                             const QList<FusionPrompt::Answer> &answers, QString *why)
{
    const auto points = result.ok
                            ? FusionChecklist::parse(result.text, FusionPrompt::labels(answers))
                            : std::nullopt;
    if (!points)
        *why = result.ok ? ChatSession::tr("the checklist was not readable JSON") : result.error;
    return points;
}

ChatSession::FuseOptions FusionPlanner::options(const ModelRef &model, qint64 conversationId,
                                                qint64 turnId, const QString &question,
                                                const QList<FusionPrompt::Answer> &answers,
                                                const QList<ChecklistPoint> &points,
                                                const GenerationParams &params)
{
    ChatSession::FuseOptions fusion;
    fusion.model = model;
    fusion.conversationId = conversationId;
    fusion.turnId = turnId;
    for (const FusionPrompt::Answer &answer : answers) {
        if (answer.answerId > 0)
            fusion.sources.append({answer.label, answer.answerId});
    }
    fusion.system = FusionPrompt::instructions();
    fusion.prompt = FusionPrompt::message(question, answers, points);
    fusion.params = params;
    fusion.params.systemPrompt.clear(); // The user's system prompt was for the answers.
    return fusion;
}

} // namespace coro
