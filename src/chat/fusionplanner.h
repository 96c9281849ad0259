#pragma once

#include "chatsession.h"
#include "context/fusionprompt.h"
#include "context/modelquery.h"

#include <optional>

namespace coro {

/**
 * @brief Plans a fused answer the same way in every front end: which answers of a turn are
 *        fused and under which labels, the checklist request of a guided fusion and how its
 *        reply is read, and the ChatSession::FuseOptions that ask the fusing model.
 */
class FusionPlanner
{
public:
    /// The question a live turn answered, and its finished answers labelled A, B, ...
    /// (ordinary answers only, in run order). @p answerIds: the stored id of each run.
    static QList<FusionPrompt::Answer> fromTurn(const Turn &turn, const QList<qint64> &answerIds,
                                                QString *question);
    /// "A" -> "provider/model" for people (the fusing model never sees the names).
    static QList<std::pair<QString, QString>> labelModels(const QList<FusionPrompt::Answer> &a);

    /// Guided fusion: what the fusing model is asked for the checklist of distinct points.
    static ModelQuery::Request checklistRequest(const ModelRef &model, const QString &question,
                                                const QList<FusionPrompt::Answer> &answers,
                                                int timeoutMs);
    /// The checklist in @p result; nullopt, with @p why for people, when there is none (then
    /// every point is fused).
    static std::optional<QList<ChecklistPoint>>
    readChecklist(const ModelQuery::Result &result, const QList<FusionPrompt::Answer> &answers,
                  QString *why);

    /// The fusion of @p answers (labelled) by @p model, covering only @p points when given.
    /// @p params: the turn's parameters; its system prompt was for the answers and is dropped.
    static ChatSession::FuseOptions options(const ModelRef &model, qint64 conversationId,
                                            qint64 turnId, const QString &question,
                                            const QList<FusionPrompt::Answer> &answers,
                                            const QList<ChecklistPoint> &points,
                                            const GenerationParams &params);
};

} // namespace coro
