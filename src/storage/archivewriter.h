#pragma once

#include "conversationarchive.h"

#include <QSqlDatabase>

namespace coro {

/**
 * @brief Inserts whole conversations read from a file (our JSON, ChatGPT's export): every
 *        branch, answer and timestamp as the file has them, all in one transaction or not at all.
 */
class ArchiveWriter
{
public:
    explicit ArchiveWriter(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The new conversation ids, in file order; empty with @p error set when nothing was written.
    QList<qint64> insert(const QList<ConversationArchive> &archives, QString *error);

private:
    qint64 insertOne(const ConversationArchive &archive, QString *error);

    QSqlDatabase m_db;
};

} // namespace coro
