#pragma once

#include "storage/conversationarchive.h"

#include <QByteArray>

namespace coro {

/**
 * @brief Writes a conversation as Markdown or HTML (its current branch, for reading) or as
 *        Coro's lossless JSON (every branch and field, for import). UTF-8, never a key.
 */
class ConversationExporter
{
public:
    /// Title, dates, then each turn of the current branch: the user's message and every model's
    /// answer under a "provider/model" heading, with reasoning folded in <details>.
    static QByteArray toMarkdown(const ConversationArchive &archive);
    /// One self-contained HTML5 page of the current branch: inline CSS (light and dark), no
    /// script, nothing remote, every text escaped.
    static QByteArray toHtml(const ConversationArchive &archive);
    /// {"format":"coro.conversation","version":1,"conversation":{...}}: everything
    /// ConversationImporter::fromCoroJson needs to rebuild @p archive exactly.
    static QByteArray toJson(const ConversationArchive &archive);
};

} // namespace coro
