#include "markdownblock.h"

namespace coro {

bool BlockContainer::operator==(const BlockContainer &other) const
{
    return kind == other.kind && id == other.id && ordered == other.ordered && mark == other.mark &&
           start == other.start && loose == other.loose && number == other.number &&
           task == other.task;
}

bool MarkdownBlock::operator==(const MarkdownBlock &other) const
{
    return kind == other.kind && html == other.html && plain == other.plain &&
           level == other.level && listDepth == other.listDepth && quoteDepth == other.quoteDepth &&
           ordered == other.ordered && number == other.number && task == other.task &&
           leadParagraph == other.leadParagraph && emptyQuote == other.emptyQuote &&
           info == other.info && language == other.language && code == other.code &&
           fenced == other.fenced && alignments == other.alignments && rows == other.rows &&
           containers == other.containers;
}

QString MarkdownBlock::richText() const
{
    // Only our own tags can match: text is escaped, so a literal "<em>" is "&lt;em&gt;".
    QString text = html;
    text.replace(QLatin1String("<em>"), QLatin1String("<i>"))
        .replace(QLatin1String("</em>"), QLatin1String("</i>"))
        .replace(QLatin1String("<strong>"), QLatin1String("<b>"))
        .replace(QLatin1String("</strong>"), QLatin1String("</b>"))
        .replace(QLatin1String("<del>"), QLatin1String("<s>"))
        .replace(QLatin1String("</del>"), QLatin1String("</s>"))
        .replace(QLatin1String("<br />"), QLatin1String("<br>"));
    return text;
}

QString MarkdownBlock::kindName(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Paragraph:
        return QStringLiteral("paragraph");
    case BlockKind::Heading:
        return QStringLiteral("heading");
    case BlockKind::ListItem:
        return QStringLiteral("list_item");
    case BlockKind::Quote:
        return QStringLiteral("quote");
    case BlockKind::Code:
        return QStringLiteral("code");
    case BlockKind::Table:
        return QStringLiteral("table");
    case BlockKind::Rule:
        return QStringLiteral("rule");
    }
    return QStringLiteral("paragraph");
}

QString MarkdownBlock::taskName(TaskState task)
{
    switch (task) {
    case TaskState::None:
        return QStringLiteral("none");
    case TaskState::Open:
        return QStringLiteral("open");
    case TaskState::Done:
        return QStringLiteral("done");
    }
    return QStringLiteral("none");
}

QString MarkdownBlock::alignmentName(CellAlignment alignment)
{
    switch (alignment) {
    case CellAlignment::Default:
        return QString();
    case CellAlignment::Left:
        return QStringLiteral("left");
    case CellAlignment::Center:
        return QStringLiteral("center");
    case CellAlignment::Right:
        return QStringLiteral("right");
    }
    return QString();
}

} // namespace coro
