// AnswerListModel, continued: following live runs (their text, figures and ends), and the
// per-frame coalescing of what the panes show.
#include "answerlistmodel.h"

#include "engine/modelrun.h"
#include "engine/turn.h"
#include "markdown/messageblockmodel.h"
#include "provenancemodel.h"

#include <QDateTime>

namespace coro {

namespace {
// Every role but the whole text: what a frame updates, those of them that changed.
const QList<int> kFrameRoles{
    AnswerListModel::StateRole,           AnswerListModel::ErrorCodeRole,
    AnswerListModel::ErrorTitleRole,      AnswerListModel::ErrorMessageRole,
    AnswerListModel::RequestIdRole,       AnswerListModel::TtftMsRole,
    AnswerListModel::TokensPerSecondRole, AnswerListModel::TokensInRole,
    AnswerListModel::TokensOutRole,       AnswerListModel::ElapsedMsRole,
    AnswerListModel::RetryInMsRole,       AnswerListModel::AnswerIdRole,
    AnswerListModel::BlocksRole,          AnswerListModel::LiveRole,
    AnswerListModel::ProvenanceRole,      AnswerListModel::CostRole,
    AnswerListModel::CostTextRole,        AnswerListModel::CostSpokenRole};
} // namespace

void AnswerListModel::follow(Turn *turn)
{
    connect(turn, &Turn::runStarted, this,
            [this, turn](int index, ModelRun *run) { watch(turn, index, run); });
    connect(turn, &Turn::finished, this, [this] {
        flush();
        Q_EMIT runningChanged();
    });
    connect(turn, &QObject::destroyed, this, &AnswerListModel::runningChanged);
    Q_EMIT runningChanged();
}

void AnswerListModel::watch(const Turn *turn, int runIndex, ModelRun *run)
{
    const int row = rowOfRun(turn, runIndex);
    if (row < 0)
        return;
    Pane &pane = m_panes[row];
    pane.run = run;
    pane.retryAt = -1;
    // A run (first, asked again or retried) streams into fresh blocks, fed delta by delta.
    pane.blocks = makeBlocks(pane.fusion ? bodyOfFusion(run->text()) : run->text(), false);
    MessageBlockModel *blocks = pane.blocks.get();
    connect(run, &ModelRun::finished, blocks, &MessageBlockModel::finish);
    if (pane.fusion)
        feedFusedBlocks(run, blocks);
    else
        connect(run, &ModelRun::textAppended, blocks, &MessageBlockModel::appendText);
    if (pane.provenance) { // A fusion: its parts are followed afresh too.
        pane.provenance = makeProvenance(pane.provenance->labels(), run->text(), false);
        ProvenanceModel *provenance = pane.provenance.get();
        connect(run, &ModelRun::textAppended, provenance, &ProvenanceModel::feed);
        connect(run, &ModelRun::finished, provenance, &ProvenanceModel::finish);
    }
    if (m_firstDone == row)
        setFirstDone(-1);
    // New text reaches the view through the pane's blocks; the whole text as a role only
    // twice a second (for copying and screen readers), the figures once per frame.
    // Marked once per frame, not per delta: a fast stream sends hundreds of deltas a frame.
    pane.marked = std::make_shared<bool>(false);
    const auto textDirty = [this, turn, runIndex, marked = pane.marked] {
        if (*marked)
            return;
        *marked = true;
        const int r = rowOfRun(turn, runIndex);
        if (r >= 0)
            m_textDirty.insert(r);
        if (!m_textFrame.isActive())
            m_textFrame.start();
        markDirty(r);
    };
    const auto dirty = [this, turn, runIndex] { markDirty(rowOfRun(turn, runIndex)); };
    connect(run, &ModelRun::textAppended, this, textDirty);
    connect(run, &ModelRun::reasoningAppended, this, textDirty);
    connect(run, &ModelRun::usageChanged, this, dirty);
    connect(run, &ModelRun::stateChanged, this, [this, turn, runIndex] {
        const int r = rowOfRun(turn, runIndex);
        if (r >= 0)
            m_panes[r].retryAt = -1;
        markDirty(r);
    });
    connect(run, &ModelRun::retryScheduled, this,
            [this, turn, runIndex](int, int delayMs, ErrorCode) {
                const int r = rowOfRun(turn, runIndex);
                if (r < 0)
                    return;
                m_panes[r].retryAt = QDateTime::currentMSecsSinceEpoch() + delayMs;
                markDirty(r);
            });
    connect(run, &ModelRun::finished, this, [this, turn, runIndex, run] {
        const int r = rowOfRun(turn, runIndex);
        if (r < 0)
            return;
        if (run->state() == ModelRun::State::Done && m_firstDone < 0 && !m_panes.at(r).fusion)
            setFirstDone(r);
        markDirty(r);
        m_textDirty.insert(r);
        flush(); // The end of an answer is shown at once, not a frame later.
        flushText();
    });
    markDirty(row);
    if (!m_clock.isActive())
        m_clock.start();
}

void AnswerListModel::tickClocks()
{
    // A run that waits (for a connection, a loading model, a silent thought) sends no news,
    // yet its pane's time goes on; a frame then sends only the figures that changed.
    bool live = false;
    for (int row = 0; row < m_panes.size(); ++row) {
        const ModelRun *run = m_panes.at(row).run;
        if (run && !run->isFinished()) {
            live = true;
            markDirty(row);
        }
    }
    if (!live)
        m_clock.stop();
}

int AnswerListModel::rowOfRun(const Turn *turn, int runIndex) const
{
    for (int row = 0; row < m_panes.size(); ++row) {
        if (m_panes.at(row).turn == turn && m_panes.at(row).runIndex == runIndex)
            return row;
    }
    return -1;
}

void AnswerListModel::markDirty(int row)
{
    if (row < 0)
        return;
    m_dirty.insert(row);
    if (!m_frame.isActive())
        m_frame.start();
}

void AnswerListModel::unmarkPanes()
{
    for (const Pane &pane : std::as_const(m_panes)) {
        if (pane.marked)
            *pane.marked = false;
    }
}

void AnswerListModel::flushText()
{
    unmarkPanes();
    const QSet<int> dirty = std::exchange(m_textDirty, {});
    for (const int row : dirty) {
        const QModelIndex at = index(row);
        Q_EMIT dataChanged(at, at, {TextRole, ReasoningRole});
    }
}

void AnswerListModel::flush()
{
    unmarkPanes();
    const QSet<int> dirty = std::exchange(m_dirty, {});
    for (const int row : dirty) {
        // A streaming pane's frame changes a few figures (tokens, speed, elapsed time); naming
        // all eighteen roles made the view evaluate every binding on them, each frame.
        const QModelIndex at = index(row);
        QVariantList &sent = m_panes[row].sentFigures;
        const bool first = sent.size() != kFrameRoles.size();
        if (first)
            sent.resize(kFrameRoles.size());
        QList<int> changed;
        for (qsizetype i = 0; i < kFrameRoles.size(); ++i) {
            QVariant value = data(at, kFrameRoles.at(i));
            if (first || value != sent.at(i)) {
                changed << kFrameRoles.at(i);
                sent[i] = std::move(value);
            }
        }
        if (!changed.isEmpty())
            Q_EMIT dataChanged(at, at, changed);
    }
    if (!dirty.isEmpty())
        Q_EMIT totalCostChanged();
}

} // namespace coro
