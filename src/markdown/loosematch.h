#pragma once

#include <QStringView>

namespace coro {

/// Where a sentence was found in a text: its start and length in that text.
struct LooseMatch
{
    qsizetype start = -1;
    qsizetype length = 0;
    bool found() const { return start >= 0; }
};

/**
 * @brief Finds @p needle in @p haystack as a reader would: every run of white space (spaces,
 * line breaks, Qt's line and paragraph separators) matches any other run, and white space at
 * either end of the needle is ignored. Used to find a Quick Diff sentence (plain text from the
 * Markdown) again in a block as a text view lays it out.
 */
LooseMatch findLoosely(QStringView haystack, QStringView needle, qsizetype from = 0);

} // namespace coro
