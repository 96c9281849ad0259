#pragma once

#include "storage/conversationarchive.h"

#include <QByteArray>

namespace coro {

/**
 * @brief Renders the current branch of a conversation as Markdown for reading or pasting.
 *
 * Message and answer text is written as Markdown, with raw HTML made inert (inertHtml()): a
 * model's text must not close the reasoning's <details> block or carry live HTML into whatever
 * renders the file. The title and the facts lines, which are plain text, are escaped.
 */
class MarkdownWriter
{
public:
    static QByteArray write(const ConversationArchive &archive);

    /// @p text with Markdown's inline punctuation escaped and newlines folded to spaces.
    static QString escapeInline(const QString &text);
    /// @p text with a closing ``` added when it leaves a code fence open (an interrupted answer
    /// does), so the headings after it are not swallowed into the code block.
    static QString closeOpenFence(const QString &text);
    /// @p markdown with every "<" outside code escaped as "\<", so that no raw HTML (and no
    /// "</details>") survives; code spans and fenced code, where "<" is already literal, are
    /// left alone.
    static QString inertHtml(const QString &markdown);
};

} // namespace coro
