#include "answerlistmodel.h"

#include "engine/turn.h"
#include "markdown/messageblockmodel.h"
#include "provenancemodel.h"
#include "storage/storageservice.h"

#include <QDateTime>

namespace coro {

namespace {
constexpr int kFrameMs = 16;
constexpr int kTextIntervalMs = 500;
// A pane shows its time to a tenth of a second.
constexpr int kClockMs = 100;

} // namespace

QString AnswerListModel::labelOf(const QString &provider, const QString &model)
{
    return provider + QLatin1Char('/') + model;
}

AnswerListModel::AnswerListModel(StorageService *storage, CodeHighlighter *highlighter,
                                 QObject *parent)
    : QAbstractListModel(parent), m_storage(storage), m_highlighter(highlighter)
{
    m_frame.setInterval(kFrameMs);
    m_frame.setSingleShot(true);
    connect(&m_frame, &QTimer::timeout, this, &AnswerListModel::flush);
    m_textFrame.setInterval(kTextIntervalMs);
    m_textFrame.setSingleShot(true);
    connect(&m_textFrame, &QTimer::timeout, this, &AnswerListModel::flushText);
    m_clock.setInterval(kClockMs);
    connect(&m_clock, &QTimer::timeout, this, &AnswerListModel::tickClocks);
    // Rows come and go (a reset, a new model, a fusion): the total follows.
    connect(this, &AnswerListModel::countChanged, this, &AnswerListModel::totalCostChanged);
}

AnswerListModel::~AnswerListModel() = default;

std::shared_ptr<MessageBlockModel> AnswerListModel::makeBlocks(const QString &text, bool finished)
{
    // Views may still hold the old blocks for an event-loop turn when a pane starts over.
    std::shared_ptr<MessageBlockModel> blocks(new MessageBlockModel,
                                              [](MessageBlockModel *old) { old->deleteLater(); });
    blocks->setHighlighter(m_highlighter);
    // Of twelve streaming panes a window shows three or four; the rest wait unparsed.
    blocks->setLaidOutOnlyWhenShown(true);
    if (!text.isEmpty())
        blocks->setText(text);
    if (finished)
        blocks->finish();
    return blocks;
}

void AnswerListModel::setStoredAnswers(const QList<StoredAnswer> &answers)
{
    beginResetModel();
    m_panes.clear();
    QHash<int, int> rowOfSlot;
    for (const StoredAnswer &answer : answers) {
        const auto it = rowOfSlot.constFind(answer.slot);
        if (it == rowOfSlot.cend()) {
            rowOfSlot.insert(answer.slot, int(m_panes.size()));
            Pane pane;
            pane.stored = answer;
            m_panes.append(std::move(pane));
            continue;
        }
        // A regeneration: the chosen answer wins, else the latest one (answers come oldest
        // first within a slot).
        Pane &pane = m_panes[*it];
        if (!pane.stored.chosen || answer.chosen)
            pane.stored = answer;
    }
    for (Pane &pane : m_panes) {
        const bool finished = pane.stored.status != QLatin1String("streaming");
        pane.fusion = pane.stored.parameters.value(QLatin1String("fusion")).toBool();
        pane.blocks =
            makeBlocks(pane.fusion ? bodyOfFusion(pane.stored.text) : pane.stored.text, finished);
        if (pane.fusion)
            pane.provenance = makeProvenance({}, pane.stored.text, finished);
    }
    std::sort(m_panes.begin(), m_panes.end(),
              [](const Pane &a, const Pane &b) { return a.stored.slot < b.stored.slot; });
    m_firstDone = -1;
    qint64 firstEnd = 0;
    for (int row = 0; row < m_panes.size(); ++row) {
        const StoredAnswer &answer = m_panes.at(row).stored;
        const qint64 end = answer.createdAt + std::max<qint64>(0, answer.latencyMs);
        if (answer.status == QLatin1String("done") && !m_panes.at(row).fusion &&
            (m_firstDone < 0 || end < firstEnd)) {
            m_firstDone = row;
            firstEnd = end;
        }
    }
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT firstDoneChanged();
    loadFusionSources(answers);
}

void AnswerListModel::attach(Turn *turn, const QList<qint64> &answerIds)
{
    m_turns.append(turn);
    QSet<int> taken;
    for (int i = 0; i < turn->size(); ++i) {
        const ModelRunConfig &config = turn->run(i)->config();
        // The model's own pane (asked again), unless another run of this turn took it (the
        // same model twice).
        int row = -1;
        for (int r = 0; r < m_panes.size(); ++r) {
            if (!m_panes.at(r).fusion && m_panes.at(r).stored.provider == config.ref.provider &&
                m_panes.at(r).stored.model == config.ref.model && !taken.contains(r)) {
                row = r;
                break;
            }
        }
        if (row < 0) {
            row = int(m_panes.size());
            beginInsertRows({}, row, row);
            Pane pane;
            pane.stored.slot = row;
            pane.stored.provider = config.ref.provider;
            pane.stored.model = config.ref.model;
            pane.blocks = makeBlocks({}, false);
            m_panes.append(pane);
            endInsertRows();
            Q_EMIT countChanged();
        }
        taken.insert(row);
        m_panes[row].turn = turn;
        m_panes[row].runIndex = i;
        m_panes[row].stored.id = answerIds.value(i);
        m_panes[row].stored.chosen = false;
        watch(turn, i, turn->run(i));
    }
    // A model now asked twice tells its panes apart by their parameters.
    if (!m_panes.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_panes.size()) - 1), {ParametersTextRole});
    follow(turn);
}

void AnswerListModel::setFirstDone(int row)
{
    if (m_firstDone == row)
        return;
    const int old = m_firstDone;
    m_firstDone = row;
    for (const int changed : {old, row}) {
        if (changed >= 0)
            Q_EMIT dataChanged(index(changed), index(changed), {FirstRole});
    }
    Q_EMIT firstDoneChanged();
}

int AnswerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_panes.size());
}

QVariant AnswerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pane &pane = m_panes.at(index.row());
    const StoredAnswer &stored = pane.stored;
    const ModelRun *run = pane.run.data();
    const auto orUnknown = [](int value) { return value >= 0 ? value : -1; };
    switch (role) {
    case AnswerIdRole:
        return stored.id;
    case ProviderRole:
        return stored.provider;
    case ModelRole:
        return stored.model;
    case LabelRole:
        return labelOf(stored.provider, stored.model);
    case StateRole:
        return run ? ModelRun::stateName(run->state()) : stored.status;
    case TextRole:
        return run ? run->text() : stored.text;
    case ReasoningRole:
        return run ? run->reasoning() : stored.reasoning;
    case ErrorCodeRole:
        return run ? errorCodeName(run->error().code) : stored.errorCode;
    case ErrorTitleRole:
        return errorTitle(run ? errorCodeName(run->error().code) : stored.errorCode);
    case ErrorMessageRole:
        return run ? run->error().message : stored.errorMessage;
    case RequestIdRole:
        return run ? run->error().requestId : QString();
    case TtftMsRole:
        return run ? run->timeToFirstTokenMs() : stored.ttftMs;
    case TokensPerSecondRole: {
        if (run)
            return run->tokensPerSecond();
        const qint64 streaming = stored.latencyMs - stored.ttftMs;
        return stored.tokensOut > 0 && stored.ttftMs >= 0 && streaming > 0
                   ? stored.tokensOut * 1000.0 / double(streaming)
                   : 0.0;
    }
    case TokensInRole:
        return orUnknown(run ? run->usage().input : stored.tokensIn);
    case TokensOutRole:
        return orUnknown(run ? run->usage().output : stored.tokensOut);
    case ElapsedMsRole:
        return run ? run->elapsedMs() : stored.latencyMs;
    case RetryInMsRole:
        return pane.retryAt < 0
                   ? qint64(-1)
                   : std::max<qint64>(0, pane.retryAt - QDateTime::currentMSecsSinceEpoch());
    case FirstRole:
        return index.row() == m_firstDone;
    case ChosenRole:
        return stored.chosen;
    case LiveRole:
        return run != nullptr;
    case BlocksRole:
        return QVariant::fromValue(static_cast<QObject *>(pane.blocks.get()));
    case CostRole:
        return costOf(pane).value_or(-1.0);
    case CostTextRole:
        return formatUsd(costOf(pane).value_or(-1.0));
    case CostSpokenRole:
        return describeUsd(costOf(pane).value_or(-1.0));
    case FusionRole:
        return pane.fusion;
    case ProvenanceRole:
        return QVariant::fromValue(static_cast<QObject *>(pane.provenance.get()));
    case ParametersTextRole:
        return parametersText(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> AnswerListModel::roleNames() const
{
    return {
        {AnswerIdRole, "answerId"},
        {ProviderRole, "provider"},
        {ModelRole, "model"},
        {LabelRole, "label"},
        {StateRole, "state"},
        {TextRole, "text"},
        {ReasoningRole, "reasoning"},
        {ErrorCodeRole, "errorCode"},
        {ErrorTitleRole, "errorTitle"},
        {ErrorMessageRole, "errorMessage"},
        {RequestIdRole, "requestId"},
        {TtftMsRole, "ttftMs"},
        {TokensPerSecondRole, "tokensPerSecond"},
        {TokensInRole, "tokensIn"},
        {TokensOutRole, "tokensOut"},
        {ElapsedMsRole, "elapsedMs"},
        {RetryInMsRole, "retryInMs"},
        {FirstRole, "first"},
        {ChosenRole, "chosen"},
        {LiveRole, "live"},
        {BlocksRole, "blocks"},
        {CostRole, "cost"},
        {CostTextRole, "costText"},
        {CostSpokenRole, "costSpoken"},
        {FusionRole, "fusion"},
        {ProvenanceRole, "provenance"},
        {ParametersTextRole, "parametersText"},
    };
}

} // namespace coro
