#pragma once

#include "storetypes.h"

#include <QSqlDatabase>

namespace coro {

/**
 * @brief The workspace's runs of code, kept per conversation (table runs, schema 5).
 *
 * Program output is hostile: each text is cut to kMaxOutputBytes of UTF-8 before it is written,
 * whatever the caller passes.
 */
class RunHistory
{
public:
    /// The runner's default output cap (stdout and stderr together), applied to each text.
    static constexpr qsizetype kMaxOutputBytes = 1000'000;
    /// Runs listed per conversation at most.
    static constexpr int kMaxListed = 200;

    explicit RunHistory(QSqlDatabase db);

    /// Stores @p run (its id and createdAt are ignored) at @p createdAt; the new id, or 0.
    qint64 add(const StoredRun &run, qint64 createdAt, QString *error = nullptr) const;
    /// The runs of @p conversationId, newest first, at most @p limit.
    QList<StoredRun> list(qint64 conversationId, int limit, QString *error = nullptr) const;

    /// @p text cut at a character boundary so that its UTF-8 fits @p maxBytes.
    static QString capped(const QString &text, qsizetype maxBytes = kMaxOutputBytes);

private:
    QSqlDatabase m_db;
};

} // namespace coro
