#pragma once

#include "engine/turn.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <vector>

namespace coro {

class StorageService;

/**
 * @brief Writes a running turn's answers to the history file while they stream: a checkpoint
 *        of every changed answer at least every 500 ms and at every state change, and the
 *        final row when a model ends. A crash loses at most the last checkpoint interval.
 *
 * A retried model (Turn::retry) streams into the same row again: the failed answer it replaces
 * is cleared back to "streaming" first, so the new text is checkpointed like the first.
 */
class TurnRecorder : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCheckpointIntervalMs = 250; ///< Half the 500 ms promise: room for I/O.

    /// @param answerIds one stored answer row per run of @p turn, in run order.
    TurnRecorder(Turn *turn, StorageService *storage, QList<qint64> answerIds);

private:
    void watch(int index, ModelRun *run);
    void checkpointDirty();
    void checkpoint(int index);
    void finish(int index);

    Turn *m_turn;
    StorageService *m_storage;
    QList<qint64> m_answerIds;
    std::vector<char> m_dirty; ///< Per run: text changed since its last checkpoint.
    QSet<int> m_watched;       ///< Runs started at least once: a second start is a retry.
    QTimer m_timer;
};

} // namespace coro
