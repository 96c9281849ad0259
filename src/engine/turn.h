#pragma once

#include "modelrun.h"

#include <QObject>
#include <vector>

class QNetworkAccessManager;

namespace coro {

/**
 * @brief One prompt fanned out to N models at once; each ModelRun succeeds or fails alone.
 *
 * Runs are kept in the order they were given, so panes and results are stable across runs.
 */
class Turn : public QObject
{
    Q_OBJECT
public:
    Turn(QList<ModelRunConfig> configs, QNetworkAccessManager *network, QObject *parent = nullptr);

    void start();
    void cancel(int index);
    void cancelAll();
    /// Starts model @p index again from scratch (a new run replaces the old one).
    void retry(int index);

    int size() const { return static_cast<int>(m_runs.size()); }
    ModelRun *run(int index) const { return m_runs.at(static_cast<size_t>(index)); }
    bool isFinished() const;
    /// Index of the first run that reached Done, or -1.
    int firstDone() const { return m_firstDone; }

Q_SIGNALS:
    void runStarted(int index, coro::ModelRun *run);
    void runFinished(int index);
    /// Every run has reached Done, Error or Cancelled.
    void finished();

private:
    ModelRun *makeRun(int index, const ModelRunConfig &config);
    void onRunFinished(int index);

    QNetworkAccessManager *m_network;
    std::vector<ModelRun *> m_runs;
    int m_firstDone = -1;
    bool m_finishedEmitted = false;
};

} // namespace coro
