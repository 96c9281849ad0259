#pragma once

#include "storage/conversationarchive.h"

#include <QByteArray>

namespace coro {

/**
 * @brief What an import produced: every conversation of the file, or an error and nothing.
 */
struct ImportResult
{
    QList<ConversationArchive> conversations;
    QString error;   ///< Names what is wrong and where; empty on success.
    int skipped = 0; ///< Conversations left out because they hold nothing to import.

    bool ok() const { return error.isEmpty(); }
};

/**
 * @brief Turns a conversation file (Coro's JSON or ChatGPT's conversations.json) into archives,
 *        all or nothing.
 */
class ConversationImporter
{
public:
    /// Coro's "coro.conversation" JSON, version 1: exactly what ConversationExporter::toJson wrote.
    static ImportResult fromCoroJson(const QByteArray &bytes);
    /// ChatGPT's data export (conversations.json): an array of conversations, each a tree of
    /// messages. A single conversation object is accepted too.
    static ImportResult fromChatGpt(const QByteArray &bytes);
    /// Either of the above, chosen by the content.
    static ImportResult detectAndImport(const QByteArray &bytes);
};

} // namespace coro
