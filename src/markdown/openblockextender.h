#pragma once

#include "markdownblock.h"

#include <QByteArrayView>
#include <QList>

namespace coro {

/**
 * @brief Updates the open tail of an answer without parsing when the new text can only extend
 * the last block's text: most tokens of a stream.
 *
 * Two cases, each only when a parse would provably give the same block:
 * - *inline text*: the last block is a paragraph, heading, quote or list item and the new text, on
 * a settled line, can close nothing and start nothing that reaches back: see plainContinuation() in
 * the .cpp for the exact rules (no line break, escape, entity, autolink or code-span backtick;
 * delimiter runs only after a space; no reference definition in the region). It is plain text:
 * escaped and appended.
 * - *table rows*: the region is one table; the rows being written (lines starting with a pipe)
 *   are parsed again under the header and delimiter rows alone, since a row depends on nothing
 *   else.
 * - *fenced code*: the region is one top-level fenced block opened at column 0, its fence line
 *   complete, and no new line could close it (none starts with the fence character after up
 *   to three spaces) or holds a tab or NUL (md4c rewrites those). Code lines are literal.
 * Anything else returns false and the caller parses.
 */
class OpenBlockExtender
{
public:
    /// @p text is the whole answer; the region starts at @p regionStart, @p open holds its
    /// blocks as of @p parsedEnd, and text.size() > parsedEnd.
    /// @p fenceOpen: the region is a fenced code block whose closing fence has not come.
    static bool extend(QList<MarkdownBlock> &open, QByteArrayView text, qsizetype regionStart,
                       qsizetype parsedEnd, bool fenceOpen, unsigned flags);
    /// Whether the fence opened by the line at @p regionStart is still open at the end of
    /// @p text (no later line is a closing fence for it).
    static bool fenceIsOpen(QByteArrayView text, qsizetype regionStart);
    /// Whether a partial line holds a character that no rule, underline, delimiter row or list
    /// marker has: then more characters cannot change which block the line starts.
    static bool isSettled(QByteArrayView line);

private:
    static bool extendInline(MarkdownBlock &last, QByteArrayView text, qsizetype regionStart,
                             qsizetype parsedEnd);
    static bool extendTable(QList<MarkdownBlock> &open, QByteArrayView text, qsizetype regionStart,
                            qsizetype parsedEnd, unsigned flags);
    static bool extendCode(MarkdownBlock &code, QByteArrayView text, qsizetype regionStart,
                           qsizetype parsedEnd);
};

} // namespace coro
