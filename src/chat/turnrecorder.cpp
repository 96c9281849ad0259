#include "turnrecorder.h"
#include "storage/storageservice.h"

namespace coro {

namespace {
QString statusOf(ModelRun::State state)
{
    switch (state) {
    case ModelRun::State::Done:
        return QStringLiteral("done");
    case ModelRun::State::Error:
        return QStringLiteral("error");
    case ModelRun::State::Cancelled:
        return QStringLiteral("cancelled");
    default:
        return QStringLiteral("streaming");
    }
}
} // namespace

TurnRecorder::TurnRecorder(Turn *turn, StorageService *storage, QList<qint64> answerIds)
    : QObject(turn), m_turn(turn), m_storage(storage), m_answerIds(std::move(answerIds))
{
    m_timer.setInterval(kCheckpointIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TurnRecorder::checkpointDirty);
    connect(turn, &Turn::runStarted, this, &TurnRecorder::watch);
    connect(turn, &Turn::finished, &m_timer, &QTimer::stop);
}

void TurnRecorder::watch(int index, ModelRun *run)
{
    if (m_watched.contains(index))
        m_storage->restartAnswer(m_answerIds.at(index));
    m_watched.insert(index);
    if (index >= int(m_dirty.size()))
        m_dirty.resize(std::size_t(index) + 1, 0);
    const auto markDirty = [this, index] {
        if (m_dirty[index])
            return; // Called per delta: nothing to do until the next checkpoint.
        m_dirty[index] = 1;
        if (!m_timer.isActive())
            m_timer.start();
    };
    connect(run, &ModelRun::textAppended, this, markDirty);
    connect(run, &ModelRun::reasoningAppended, this, markDirty);
    connect(run, &ModelRun::stateChanged, this, [this, index, run] {
        if (!run->isFinished())
            checkpoint(index);
    });
    connect(run, &ModelRun::finished, this, [this, index] { finish(index); });
}

void TurnRecorder::checkpointDirty()
{
    for (int index = 0; index < int(m_dirty.size()); ++index) {
        if (std::exchange(m_dirty[index], char(0)))
            checkpoint(index);
    }
    m_timer.stop(); // Started again by the next change.
}

void TurnRecorder::checkpoint(int index)
{
    const ModelRun *run = m_turn->run(index);
    m_storage->checkpointAnswer(m_answerIds.at(index), run->text(), run->reasoning());
}

void TurnRecorder::finish(int index)
{
    if (index < int(m_dirty.size()))
        m_dirty[index] = 0;
    const ModelRun *run = m_turn->run(index);
    const ProviderError &error = run->error();
    m_storage->finishAnswer(m_answerIds.at(index), statusOf(run->state()), run->text(),
                            run->reasoning(), errorCodeName(error.code), error.message,
                            run->usage().input, run->usage().output, run->timeToFirstTokenMs(),
                            run->elapsedMs());
}

} // namespace coro
