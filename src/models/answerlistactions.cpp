#include "answerlistmodel.h"
#include "engine/turn.h"
#include "storage/storageservice.h"

#include <algorithm>

// AnswerListModel, continued: what a pane's buttons do.

namespace coro {

bool AnswerListModel::isRunning() const
{
    return std::any_of(m_turns.cbegin(), m_turns.cend(),
                       [](const QPointer<Turn> &turn) { return turn && !turn->isFinished(); });
}

void AnswerListModel::cancel(int row)
{
    if (row < 0 || row >= m_panes.size())
        return;
    const Pane &pane = m_panes.at(row);
    if (pane.turn && pane.run && !pane.run->isFinished())
        pane.turn->cancel(pane.runIndex);
}

void AnswerListModel::cancelAll()
{
    for (const QPointer<Turn> &turn : std::as_const(m_turns)) {
        if (turn)
            turn->cancelAll();
    }
}

void AnswerListModel::retry(int row)
{
    if (row < 0 || row >= m_panes.size())
        return;
    const Pane &pane = m_panes.at(row);
    if (pane.turn && pane.run) {
        pane.turn->retry(pane.runIndex);
        Q_EMIT runningChanged();
        return;
    }
    if (pane.fusion)
        return; // A fusion is made again with "Fuse answers", from the turn.
    Q_EMIT regenerateRequested(pane.stored.provider, pane.stored.model);
}

void AnswerListModel::choose(int row)
{
    if (row < 0 || row >= m_panes.size() || m_panes.at(row).stored.id == 0)
        return;
    for (int r = 0; r < m_panes.size(); ++r) {
        const bool chosen = r == row;
        if (m_panes.at(r).stored.chosen != chosen) {
            m_panes[r].stored.chosen = chosen;
            Q_EMIT dataChanged(index(r), index(r), {ChosenRole});
        }
    }
    if (m_storage)
        m_storage->setChosen(m_panes.at(row).stored.id);
}

QStringList AnswerListModel::labels() const
{
    QStringList result;
    for (const Pane &pane : m_panes) {
        if (!pane.fusion)
            result << labelOf(pane.stored.provider, pane.stored.model);
    }
    return result;
}

} // namespace coro
