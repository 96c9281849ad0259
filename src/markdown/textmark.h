#pragma once

#include "markdownblock.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace coro {

/// A Quick Diff mark on a sentence of an answer (AnswerComparison in src/models sets them).
struct TextMark
{
    QString text; ///< The sentence, as plain text.
    QString kind; ///< "unique" (only this answer says it) or "contradiction".
    QString note; ///< The mark in words, for screen readers and tooltips.
};

/// The marks whose sentence @p block's text holds, as [{text, kind, note}] for QML; a code
/// block or a table holds none.
QVariantList marksIn(const MarkdownBlock &block, const QList<TextMark> &marks);

} // namespace coro
