#pragma once

#include "storage/conversationarchive.h"

#include <QByteArray>

namespace coro {

/**
 * @brief Renders the current branch of a conversation as one self-contained, inert HTML5 page.
 *
 * Model output is untrusted: every piece of text is escaped and shown as plain text, the page
 * carries no script and loads nothing, and its Content-Security-Policy forbids both in case a
 * viewer ever finds a way around the escaping.
 */
class HtmlWriter
{
public:
    static QByteArray write(const ConversationArchive &archive);

    /// @p text safe as element content or a double-quoted attribute value.
    static QString escape(const QString &text);
};

} // namespace coro
