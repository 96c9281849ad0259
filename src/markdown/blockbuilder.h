#pragma once

#include "markdownblock.h"

#include <QByteArrayView>
#include <QList>

namespace coro {

/**
 * @brief Runs md4c once over a piece of Markdown and turns its callbacks into flat blocks with
 * safe inline HTML.
 *
 * Raw HTML is text (MD_FLAG_NOHTML), links follow SafeHtml's rules, an image becomes its alt
 * text (a link to the picture when that is http/https), and containers nested deeper than
 * kMaxDepth are not recorded, so hostile nesting cannot make the container paths quadratic.
 */
class BlockBuilder
{
public:
    static constexpr int kMaxDepth = 32;

    struct Result
    {
        QList<MarkdownBlock> blocks;
        int nextId = 1; ///< The next unused container id.
        bool ok = true; ///< false when md4c gave up or the output grew out of bounds.
    };

    /// md4c's dialect flags: CommonMark plus, unless @p githubExtensions is false, GitHub's
    /// tables, strikethrough, task lists and autolinks; raw HTML always off.
    static unsigned flags(bool githubExtensions = true);

    /// Parses @p text (UTF-8, LF line ends); container ids start at @p firstId.
    static Result build(QByteArrayView text, int firstId, unsigned flags);
};

} // namespace coro
