#pragma once

#include "markdownblock.h"

#include <QList>
#include <QString>

#include <functional>

namespace coro {

/**
 * @brief Turns blocks back into one HTML fragment (CommonMark's HTML shapes): the output of
 * `coro-cli render --html`, and what conversation export and copy-as-HTML use for answers.
 *
 * It only arranges what the blocks already hold, so SafeHtml's rules carry over: escaped text,
 * http/https/mailto links only, no images, no raw HTML. Nesting is rebuilt from each block's
 * container path; a list is loose (items in <p>) when any of its blocks says so.
 */
class HtmlRenderer
{
public:
    /// Optional: HTML for a code block's contents (e.g. highlighted spans). It must be safe
    /// (escaped) HTML; by default the code is escaped as it is.
    using CodeHtml = std::function<QString(const MarkdownBlock &)>;

    static QString render(const QList<MarkdownBlock> &blocks, const CodeHtml &codeHtml = {});
};

} // namespace coro
