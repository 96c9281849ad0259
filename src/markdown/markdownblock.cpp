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
    if (!html.contains(QLatin1Char('<')))
        return html;
    static const std::pair<QLatin1String, QLatin1String> tags[] = {
        {QLatin1String("<em>"), QLatin1String("<i>")},
        {QLatin1String("</em>"), QLatin1String("</i>")},
        {QLatin1String("<strong>"), QLatin1String("<b>")},
        {QLatin1String("</strong>"), QLatin1String("</b>")},
        {QLatin1String("<del>"), QLatin1String("<s>")},
        {QLatin1String("</del>"), QLatin1String("</s>")},
        {QLatin1String("<br />"), QLatin1String("<br>")},
    };
    QString text;
    text.reserve(html.size());
    qsizetype at = 0;
    for (qsizetype tag = html.indexOf(QLatin1Char('<')); tag >= 0;
         tag = html.indexOf(QLatin1Char('<'), tag + 1)) {
        const QStringView rest = QStringView(html).sliced(tag);
        for (const auto &[from, to] : tags) {
            if (rest.startsWith(from)) {
                text += QStringView(html).sliced(at, tag - at);
                text += to;
                at = tag + from.size();
                break;
            }
        }
    }
    text += QStringView(html).sliced(at);
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
