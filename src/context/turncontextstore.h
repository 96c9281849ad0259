#pragma once

#include "webcontext.h"

#include <QSqlDatabase>
#include <optional>

namespace coro {

/**
 * @brief What the history file keeps about a turn's context (schema 6): the web sources a turn
 *        was given and when they were fetched (turn_web_sources), and which answers a fused
 *        answer was made from (answers.fusion, fusion_sources).
 *
 * Synchronous SQL on the caller's connection, for the storage thread; it joins the caller's
 * transaction when there is one (a turn and its sources land together).
 */
class TurnContextStore
{
public:
    /// One answer a fused answer was made from, under the label the fusing model saw.
    struct FusionSource
    {
        QString label; ///< "A", "B", ...
        qint64 answerId = 0;

        bool operator==(const FusionSource &o) const
        {
            return label == o.label && answerId == o.answerId;
        }
    };

    explicit TurnContextStore(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Records (or replaces) the web sources of @p turnId. Without sources nothing is written.
    bool recordWeb(qint64 turnId, const WebContext &web);
    /// The sources @p turnId was given; nullopt when it had none.
    std::optional<WebContext> web(qint64 turnId);

    /// Marks @p answerId as a fusion of @p sources.
    bool markFusion(qint64 answerId, const QList<FusionSource> &sources);
    /// The sources of a fused answer, by label; empty for an ordinary answer.
    QList<FusionSource> fusionSources(qint64 answerId);

    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    QString m_lastError;
};

} // namespace coro
