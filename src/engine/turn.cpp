#include "turn.h"

namespace coro {

Turn::Turn(QList<ModelRunConfig> configs, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
    m_runs.reserve(static_cast<size_t>(configs.size()));
    for (int i = 0; i < configs.size(); ++i)
        m_runs.push_back(makeRun(i, configs.at(i)));
}

ModelRun *Turn::makeRun(int index, const ModelRunConfig &config)
{
    auto *run = new ModelRun(config, m_network, this);
    connect(run, &ModelRun::finished, this, [this, index] { onRunFinished(index); });
    return run;
}

void Turn::start()
{
    // Every request is sent at once; QNetworkAccessManager multiplexes them on this thread.
    for (int i = 0; i < size(); ++i) {
        Q_EMIT runStarted(i, run(i));
        run(i)->start();
    }
}

void Turn::cancel(int index)
{
    run(index)->cancel();
}

void Turn::cancelAll()
{
    for (ModelRun *r : m_runs)
        r->cancel();
}

void Turn::retry(int index)
{
    ModelRun *old = run(index);
    ModelRun *fresh = makeRun(index, old->config());
    old->disconnect(this);
    old->cancel();
    old->deleteLater();
    m_runs[static_cast<size_t>(index)] = fresh;
    if (m_firstDone == index)
        m_firstDone = -1;
    m_finishedEmitted = false;
    Q_EMIT runStarted(index, fresh);
    fresh->start();
}

bool Turn::isFinished() const
{
    for (const ModelRun *r : m_runs) {
        if (!r->isFinished())
            return false;
    }
    return true;
}

void Turn::onRunFinished(int index)
{
    if (m_firstDone < 0 && run(index)->state() == ModelRun::State::Done)
        m_firstDone = index;
    Q_EMIT runFinished(index);
    if (!m_finishedEmitted && isFinished()) {
        m_finishedEmitted = true;
        Q_EMIT finished();
    }
}

} // namespace coro
