#include "htmlrenderer.h"
#include "safehtml.h"

#include <QHash>

namespace coro {

namespace {

QString openTag(const BlockContainer &container)
{
    switch (container.kind) {
    case BlockContainer::Kind::Quote:
        return QStringLiteral("<blockquote>\n");
    case BlockContainer::Kind::List:
        if (!container.ordered)
            return QStringLiteral("<ul>\n");
        if (container.start == 1)
            return QStringLiteral("<ol>\n");
        return QStringLiteral("<ol start=\"%1\">\n").arg(container.start);
    case BlockContainer::Kind::Item:
        switch (container.task) {
        case TaskState::None:
            return QStringLiteral("<li>");
        case TaskState::Open:
            return QStringLiteral("<li><input type=\"checkbox\" disabled=\"\" /> ");
        case TaskState::Done:
            return QStringLiteral("<li><input type=\"checkbox\" disabled=\"\" checked=\"\" /> ");
        }
    }
    return QString();
}

QString closeTag(const BlockContainer &container)
{
    switch (container.kind) {
    case BlockContainer::Kind::Quote:
        return QStringLiteral("</blockquote>\n");
    case BlockContainer::Kind::List:
        return container.ordered ? QStringLiteral("</ol>\n") : QStringLiteral("</ul>\n");
    case BlockContainer::Kind::Item:
        return QStringLiteral("</li>\n");
    }
    return QString();
}

QString alignmentAttribute(CellAlignment alignment)
{
    const QString name = MarkdownBlock::alignmentName(alignment);
    return name.isEmpty() ? QString() : QStringLiteral(" align=\"%1\"").arg(name);
}

QString tableHtml(const MarkdownBlock &block)
{
    QString out = QStringLiteral("<table>\n");
    for (int r = 0; r < block.rows.size(); ++r) {
        const bool header = r == 0;
        if (r == 0)
            out += QLatin1String("<thead>\n");
        if (r == 1)
            out += QLatin1String("<tbody>\n");
        out += QLatin1String("<tr>\n");
        const QList<TableCell> &row = block.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const CellAlignment alignment =
                c < block.alignments.size() ? block.alignments.at(c) : CellAlignment::Default;
            const QLatin1String tag = header ? QLatin1String("th") : QLatin1String("td");
            out += QLatin1Char('<') + tag + alignmentAttribute(alignment) + QLatin1Char('>') +
                   row.at(c).html + QLatin1String("</") + tag + QLatin1String(">\n");
        }
        out += QLatin1String("</tr>\n");
        if (r == 0)
            out += QLatin1String("</thead>\n");
    }
    if (block.rows.size() > 1)
        out += QLatin1String("</tbody>\n");
    return out + QLatin1String("</table>\n");
}

QString codeHtmlOf(const MarkdownBlock &block, const HtmlRenderer::CodeHtml &codeHtml)
{
    QString out = QStringLiteral("<pre><code");
    if (!block.language.isEmpty())
        out += QLatin1String(" class=\"language-") + SafeHtml::escape(block.language) +
               QLatin1Char('"');
    out += QLatin1Char('>');
    out += codeHtml ? codeHtml(block) : SafeHtml::escape(block.code);
    return out + QLatin1String("</code></pre>\n");
}

} // namespace

QString HtmlRenderer::render(const QList<MarkdownBlock> &blocks, const CodeHtml &codeHtml)
{
    // Looseness is per list; blocks parsed before the whole list was seen may not know it.
    QHash<int, bool> loose;
    for (const MarkdownBlock &block : blocks) {
        for (const BlockContainer &container : block.containers) {
            if (container.kind == BlockContainer::Kind::List)
                loose[container.id] = loose.value(container.id) || container.loose;
        }
    }

    QString out;
    QList<BlockContainer> open;
    for (const MarkdownBlock &block : blocks) {
        const QList<BlockContainer> &path = block.containers;
        qsizetype common = 0;
        while (common < open.size() && common < path.size() &&
               open.at(common).id == path.at(common).id)
            ++common;
        while (open.size() > common)
            out += closeTag(open.takeLast());
        if (common < path.size() && !out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('\n'); // Tight item text before a nested block.
        for (qsizetype i = common; i < path.size(); ++i) {
            out += openTag(path.at(i));
            open.append(path.at(i));
        }

        // Paragraph text directly in an item of a tight list goes without <p>.
        const bool inItem = path.size() >= 2 && path.constLast().kind == BlockContainer::Kind::Item;
        const bool tight = inItem && !loose.value(path.at(path.size() - 2).id);
        switch (block.kind) {
        case BlockKind::ListItem:
            if (!block.leadParagraph && inItem)
                break;
            Q_FALLTHROUGH();
        case BlockKind::Paragraph:
        case BlockKind::Quote:
            if (block.emptyQuote) {
                break;
            } else if (tight) {
                out += block.html;
            } else {
                out += QLatin1String("<p>") + block.html + QLatin1String("</p>\n");
            }
            break;
        case BlockKind::Heading: {
            const QString tag = QStringLiteral("h%1").arg(qBound(1, block.level, 6));
            out += QLatin1Char('<') + tag + QLatin1Char('>') + block.html + QLatin1String("</") +
                   tag + QLatin1String(">\n");
            break;
        }
        case BlockKind::Code:
            out += codeHtmlOf(block, codeHtml);
            break;
        case BlockKind::Table:
            out += tableHtml(block);
            break;
        case BlockKind::Rule:
            out += QLatin1String("<hr />\n");
            break;
        }
    }
    while (!open.isEmpty())
        out += closeTag(open.takeLast());
    return out;
}

} // namespace coro
