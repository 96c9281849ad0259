#include "turnfusion.h"

#include "answerlistmodel.h"
#include "appsettings.h"
#include "chat/chatsession.h"
#include "chat/fusionplanner.h"
#include "conversationmodel.h"
#include "modelpickermodel.h"

namespace coro {

namespace {
constexpr int kChecklistTimeoutMs = 90 * 1000;
}

TurnFusion::TurnFusion(ChatSession *session, ConversationModel *conversation, AppSettings *settings,
                       ModelPickerModel *picker, ApiKeyResolver *keys,
                       QNetworkAccessManager *network, Adopt adopt, QObject *parent)
    : QObject(parent), m_session(session), m_conversation(conversation), m_settings(settings),
      m_picker(picker), m_keys(keys), m_network(network), m_adopt(std::move(adopt)),
      m_checklist(new FusionChecklistModel(this))
{
    connect(m_conversation, &ConversationModel::conversationChanged, this,
            &TurnFusion::cancelChecklist);
}

TurnFusion::~TurnFusion() = default;

QStringList TurnFusion::models(int turnId) const
{
    QStringList result;
    const auto add = [&result](const QString &ref) {
        if (!result.contains(ref))
            result << ref;
    };
    const qint64 conversationId = m_conversation->conversationId();
    if (AnswerListModel *answers = m_adopt ? m_adopt(conversationId, turnId) : nullptr) {
        for (const QString &label : answers->labels())
            add(label);
    }
    for (const QString &ref : m_picker->selection())
        add(ref);
    for (const ProviderConfig &provider : m_session->catalog().providers()) {
        for (const ModelInfo &model : provider.models)
            add(provider.id + QLatin1Char('/') + model.id);
    }
    return result;
}

AnswerListModel *TurnFusion::inputs(qint64 turnId, QList<FusionPrompt::Answer> *answers)
{
    AnswerListModel *panes = m_adopt(m_conversation->conversationId(), turnId);
    if (!panes) {
        setError(tr("This message is no longer shown."));
        return nullptr;
    }
    if (panes->isRunning()) {
        setError(tr("Wait until every answer of this message has finished."));
        return nullptr;
    }
    *answers = panes->fusionInputs();
    if (answers->isEmpty()) {
        setError(tr("No answer finished: there is nothing to fuse."));
        return nullptr;
    }
    return panes;
}

bool TurnFusion::fuse(int turnId, const QString &model)
{
    return start(turnId, model, {});
}

bool TurnFusion::start(qint64 turnId, const QString &model, const QList<ChecklistPoint> &points)
{
    const auto ref = ModelRef::parse(model);
    if (!ref) {
        setError(tr("Choose the model that writes the fused answer."));
        return false;
    }
    QList<FusionPrompt::Answer> answers;
    AnswerListModel *panes = inputs(turnId, &answers);
    if (!panes)
        return false;
    ChatSession::FuseOptions options = FusionPlanner::options(
        *ref, m_conversation->conversationId(), turnId, m_conversation->userText(turnId), answers,
        points, m_picker->params());
    options.defaultGuide = m_settings->guide();
    const auto labels = FusionPlanner::labelModels(answers);
    const QPointer<AnswerListModel> target(panes);
    QString error;
    const bool accepted = m_session->fuse(
        options,
        [this, target, labels](const ChatSession::PlannedTurn &planned) {
            if (!planned.turn) {
                setError(planned.error);
                return;
            }
            if (target)
                target->attachFusion(planned.turn, planned.answerIds, labels);
        },
        &error);
    setError(accepted ? QString() : error);
    return accepted;
}

bool TurnFusion::extractPoints(int turnId, const QString &model)
{
    const auto ref = ModelRef::parse(model);
    if (!ref) {
        setError(tr("Choose the model that writes the fused answer."));
        return false;
    }
    QList<FusionPrompt::Answer> answers;
    if (!inputs(turnId, &answers))
        return false;
    setError({});
    cancelChecklist();
    m_checklistTurn = turnId;
    m_checklistModel = model;
    m_checklist->setExtracting();
    m_query = new ModelQuery(m_session->catalog(), m_keys, m_network, this);
    m_query->ask(FusionPlanner::checklistRequest(*ref, m_conversation->userText(turnId), answers,
                                                 kChecklistTimeoutMs),
                 [this, answers](const ModelQuery::Result &result) {
                     QString why;
                     if (const auto points = FusionPlanner::readChecklist(result, answers, &why))
                         m_checklist->setPoints(*points);
                     else
                         m_checklist->setFailed(tr("No checklist: %1.").arg(why));
                 });
    return true;
}

bool TurnFusion::fuseChosen()
{
    if (!m_checklistTurn) {
        setError(tr("List the points first."));
        return false;
    }
    const bool ready = m_checklist->state() == QLatin1String("ready");
    if (ready && m_checklist->chosenCount() == 0) {
        setError(tr("Keep at least one point."));
        return false;
    }
    // Without a readable checklist every point is fused.
    const bool started = start(m_checklistTurn, m_checklistModel,
                               ready ? m_checklist->chosen() : QList<ChecklistPoint>());
    if (started)
        cancelChecklist();
    return started;
}

void TurnFusion::cancelChecklist()
{
    if (m_query) {
        m_query->cancel();
        m_query->deleteLater();
    }
    m_checklistTurn = 0;
    m_checklist->clear();
}

void TurnFusion::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace coro
