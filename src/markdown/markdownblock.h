#pragma once

#include <QList>
#include <QString>

namespace coro {

/// What a block is; a paragraph inside a block quote is a Quote block.
enum class BlockKind : quint8 { Paragraph, Heading, ListItem, Quote, Code, Table, Rule };

/// A list item's GitHub task box.
enum class TaskState : quint8 { None, Open, Done };

/// A table column's alignment from its delimiter row (`:--`, `:-:`, `--:`).
enum class CellAlignment : quint8 { Default, Left, Center, Right };

/**
 * @brief One enclosing container of a block: a block quote, a list or a list item.
 *
 * Blocks are flat; the container path lets a renderer rebuild the nesting. Ids are unique in
 * one document and shared by every block inside the same container.
 */
struct BlockContainer
{
    enum class Kind : quint8 { Quote, List, Item };

    Kind kind = Kind::Quote;
    int id = 0;
    bool ordered = false;             ///< List: numbered.
    char mark = 0;                    ///< List: '-', '*', '+' or the number's delimiter '.' / ')'.
    int start = 1;                    ///< List: number of the first item.
    bool loose = false;               ///< List: items are separated by blank lines (<p> in HTML).
    int number = 0;                   ///< Item: its number (ordered lists).
    TaskState task = TaskState::None; ///< Item.

    bool operator==(const BlockContainer &other) const;
    bool operator!=(const BlockContainer &other) const { return !(*this == other); }
};

/// One table cell: inline HTML and the same text without markup.
struct TableCell
{
    QString html;
    QString plain;

    bool operator==(const TableCell &other) const
    {
        return html == other.html && plain == other.plain;
    }
};

/**
 * @brief One block of a Markdown answer, ready to show: kind, safe inline HTML, plain text and
 * the attributes of its kind.
 *
 * `html` is inline content in the standard tags (em, strong, del, code, a, br) with every text
 * escaped and only http, https and mailto links; richText() maps it onto the subset QML's
 * Text.RichText shows (b, i, s, code, a).
 */
struct MarkdownBlock
{
    BlockKind kind = BlockKind::Paragraph;
    QString html;  ///< Inline content (paragraph, heading, list item, quote).
    QString plain; ///< The same text without markup (code: the code, table: cells by tabs).
    int level = 0; ///< Heading level 1-6.
    int listDepth = 0;
    int quoteDepth = 0;
    bool ordered = false; ///< List item.
    int number = 0;       ///< List item: its number when ordered.
    TaskState task = TaskState::None;
    bool leadParagraph = false;       ///< List item: html is the item's first paragraph.
    bool emptyQuote = false;          ///< Quote: stands for a block quote with nothing inside.
    QString info;                     ///< Code: the fence's info string.
    QString language;                 ///< Code: the info string's first word, lower case.
    QString code;                     ///< Code: the text, each line ending in LF.
    bool fenced = false;              ///< Code: fenced (else indented).
    QList<CellAlignment> alignments;  ///< Table: one per column.
    QList<QList<TableCell>> rows;     ///< Table: the header row first.
    QList<BlockContainer> containers; ///< Outermost first.

    bool operator==(const MarkdownBlock &other) const;
    bool operator!=(const MarkdownBlock &other) const { return !(*this == other); }

    /// html mapped onto the tags QML's Text.RichText shows (b, i, s, code, a, br).
    QString richText() const;

    /// The stable name used in JSON and QML: paragraph, heading, list_item, quote, code, table,
    /// rule.
    static QString kindName(BlockKind kind);
    static QString taskName(TaskState task);
    static QString alignmentName(CellAlignment alignment);
};

} // namespace coro
