#include "openblockextender.h"
#include "blockbuilder.h"
#include "safehtml.h"

#include <cstring>

namespace coro {

namespace {

// Characters that mean nothing to md4c's inline parser in the middle of a settled line, given
// the checks below: no escape, entity, autolink, raw HTML or closing parenthesis.
bool isPlainByte(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    static const char plain[] = " ,.?!;%$+=/'\"-[](|#";
    return std::memchr(plain, c, sizeof plain - 1) != nullptr;
}

bool isDelimiter(char c)
{
    return c == '*' || c == '_' || c == '~';
}

qsizetype lineStart(QByteArrayView text, qsizetype from, qsizetype limit)
{
    while (from > limit && text.at(from - 1) != '\n')
        --from;
    return from;
}

qsizetype wordStart(QByteArrayView text, qsizetype from, qsizetype limit)
{
    while (from > limit && text.at(from - 1) != ' ' && text.at(from - 1) != '\n')
        --from;
    return from;
}

/// Whether the line's content, after quote and list markers, starts with '['.
bool startsWithBracket(QByteArrayView line)
{
    qsizetype i = 0;
    const auto skipSpaces = [&] {
        while (i < line.size() && (line.at(i) == ' ' || line.at(i) == '\t'))
            ++i;
    };
    for (;;) {
        skipSpaces();
        if (i < line.size() &&
            (line.at(i) == '>' || line.at(i) == '-' || line.at(i) == '+' || line.at(i) == '*')) {
            ++i;
            continue;
        }
        qsizetype digits = i;
        while (digits < line.size() && line.at(digits) >= '0' && line.at(digits) <= '9')
            ++digits;
        if (digits > i && digits < line.size() &&
            (line.at(digits) == '.' || line.at(digits) == ')')) {
            i = digits + 1;
            continue;
        }
        return i < line.size() && line.at(i) == '[';
    }
}

/**
 * The checks every inline case shares; returns the new text, or a null string. The new text
 * must leave all that came before as it was:
 * - no delimiter run in it may close anything: each is preceded by a space (then it is not
 *   right-flanking), and a run at the end of the old text keeps its flanking (it is preceded
 *   by a space, or the new text starts with one, which counts like the end of the text);
 * - no backtick (code spans pair by length alone), no ')' while an inline link may be open
 *   ("](" in the region), no reference definition anywhere in the region ("]:");
 * - the word it joins cannot become an autolink (':', '@', '&', "www.");
 * - the line is settled, so it cannot turn into a rule, underline or list item.
 */
QString plainContinuation(QByteArrayView text, qsizetype regionStart, qsizetype parsedEnd)
{
    const QByteArrayView region = text.sliced(regionStart);
    if (region.contains("]:"))
        return QString();
    const bool linkMayClose = region.contains("](");
    const QByteArrayView added = text.sliced(parsedEnd);
    for (qsizetype i = 0; i < added.size(); ++i) {
        const char c = added.at(i);
        if (static_cast<unsigned char>(c) >= 0x80)
            continue;
        if (isDelimiter(c)) {
            qsizetype runStart = i;
            while (runStart > 0 && added.at(runStart - 1) == c)
                --runStart;
            if (runStart == 0 || added.at(runStart - 1) != ' ')
                return QString();
            continue;
        }
        if (!isPlainByte(c) || (c == ')' && linkMayClose))
            return QString();
    }
    const char last = text.at(parsedEnd - 1);
    if (last == ' ' || last == '\n' || last == '\t')
        return QString();
    if (isDelimiter(last)) {
        qsizetype runStart = parsedEnd - 1;
        while (runStart > regionStart && text.at(runStart - 1) == last)
            --runStart;
        const bool precededBySpace = runStart == regionStart || text.at(runStart - 1) == ' ' ||
                                     text.at(runStart - 1) == '\n';
        if (!precededBySpace && added.front() != ' ')
            return QString();
    } else if (last != '`' && static_cast<unsigned char>(last) < 0x80 && !isPlainByte(last)) {
        return QString();
    }
    const qsizetype line = lineStart(text, parsedEnd, regionStart);
    const QByteArrayView lineText = text.sliced(line, parsedEnd - line);
    if (!OpenBlockExtender::isSettled(lineText))
        return QString();
    if (added.contains(']') && startsWithBracket(lineText))
        return QString(); // "- [x" + "]" is a task box.
    const qsizetype word = wordStart(text, parsedEnd, line);
    QByteArray joined(text.data() + word, parsedEnd - word);
    if (joined.contains(':') || joined.contains('@') || joined.contains('&'))
        return QString();
    joined.append(added.data(), added.size());
    if (joined.toLower().contains("www."))
        return QString();
    const QString addedText = QString::fromUtf8(added);
    for (const QChar c : addedText) {
        if ((c.isSpace() && c != QLatin1Char(' ')) || c == QChar(0xFFFD))
            return QString(); // Unicode spaces and broken UTF-8: leave them to md4c.
    }
    if (addedText.endsWith(QLatin1Char(' ')))
        return QString(); // Trailing spaces of a paragraph or cell are dropped; md4c knows.
    return addedText;
}

} // namespace

bool OpenBlockExtender::isSettled(QByteArrayView line)
{
    static const char structural[] = " \t-*_=+|:#>`~0123456789.)";
    for (const char c : line) {
        if (std::memchr(structural, c, sizeof structural - 1) == nullptr)
            return true;
    }
    return false;
}

bool OpenBlockExtender::fenceIsOpen(QByteArrayView text, qsizetype regionStart)
{
    if (regionStart >= text.size())
        return false;
    const char fence = text.at(regionStart);
    qsizetype length = 0;
    while (regionStart + length < text.size() && text.at(regionStart + length) == fence)
        ++length;
    if ((fence != '`' && fence != '~') || length < 3)
        return false;
    qsizetype at = text.indexOf('\n', regionStart);
    while (at >= 0 && at + 1 < text.size()) {
        const qsizetype start = at + 1;
        at = text.indexOf('\n', start);
        const QByteArrayView line = text.sliced(start, (at < 0 ? text.size() : at) - start);
        qsizetype i = 0;
        while (i < line.size() && i < 3 && line.at(i) == ' ')
            ++i;
        qsizetype run = 0;
        while (i + run < line.size() && line.at(i + run) == fence)
            ++run;
        if (run < length)
            continue;
        bool onlySpace = true;
        for (qsizetype j = i + run; j < line.size(); ++j)
            onlySpace = onlySpace && (line.at(j) == ' ' || line.at(j) == '\t');
        if (onlySpace)
            return false;
    }
    return true;
}

bool OpenBlockExtender::extend(QList<MarkdownBlock> &open, QByteArrayView text,
                               qsizetype regionStart, qsizetype parsedEnd, bool fenceOpen,
                               unsigned flags)
{
    if (open.isEmpty() || parsedEnd <= regionStart || parsedEnd >= text.size())
        return false;
    MarkdownBlock &last = open.last();
    switch (last.kind) {
    case BlockKind::Code:
        return fenceOpen && open.size() == 1 && extendCode(last, text, regionStart, parsedEnd);
    case BlockKind::Table:
        return extendTable(open, text, regionStart, parsedEnd, flags);
    case BlockKind::Paragraph:
    case BlockKind::Heading:
        return extendInline(last, text, regionStart, parsedEnd);
    case BlockKind::Quote:
        return !last.emptyQuote && extendInline(last, text, regionStart, parsedEnd);
    case BlockKind::ListItem:
        return last.leadParagraph && extendInline(last, text, regionStart, parsedEnd);
    case BlockKind::Rule:
        return false;
    }
    return false;
}

bool OpenBlockExtender::extendInline(MarkdownBlock &last, QByteArrayView text,
                                     qsizetype regionStart, qsizetype parsedEnd)
{
    const QString added = plainContinuation(text, regionStart, parsedEnd);
    if (added.isNull() || (last.kind == BlockKind::Heading && added.contains(QLatin1Char('#'))))
        return false; // "# Title #": a closing sequence is no text.
    last.html += SafeHtml::escape(added);
    last.plain += added;
    return true;
}

bool OpenBlockExtender::extendTable(QList<MarkdownBlock> &open, QByteArrayView text,
                                    qsizetype regionStart, qsizetype parsedEnd, unsigned flags)
{
    // Rows depend only on the header and delimiter rows: the changed rows are parsed again
    // under those two lines instead of the whole table.
    if (open.size() != 1 || open.constFirst().rows.size() < 2 ||
        !open.constFirst().containers.isEmpty() || text.sliced(regionStart).contains("]:"))
        return false;
    MarkdownBlock &table = open.first();
    const qsizetype headerEnd = text.indexOf('\n', regionStart);
    const qsizetype delimiterEnd = headerEnd < 0 ? -1 : text.indexOf('\n', headerEnd + 1);
    if (delimiterEnd < 0 || delimiterEnd >= parsedEnd)
        return false;
    for (const char c : text.sliced(headerEnd + 1, delimiterEnd - headerEnd - 1)) {
        if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t')
            return false;
    }
    const qsizetype changed = lineStart(text, parsedEnd, delimiterEnd + 1);
    const qsizetype row = text.sliced(delimiterEnd + 1, changed - delimiterEnd - 1).count('\n');
    if (row > table.rows.size() - 1)
        return false;
    // Each changed line must be a row: one that starts with a pipe cannot start another block.
    qsizetype rows = 0;
    for (qsizetype at = changed; at < text.size();) {
        qsizetype end = text.indexOf('\n', at);
        end = end < 0 ? text.size() : end;
        const QByteArrayView line = text.sliced(at, end - at);
        qsizetype indent = 0;
        while (indent < line.size() && indent < 3 && line.at(indent) == ' ')
            ++indent;
        if (indent >= line.size() || line.at(indent) != '|' || line.contains('\0'))
            return false;
        ++rows;
        at = end + 1;
    }
    QByteArray mini(text.data() + regionStart, delimiterEnd + 1 - regionStart);
    mini.append(text.data() + changed, text.size() - changed);
    const BlockBuilder::Result parsed = BlockBuilder::build(mini, 1, flags);
    if (!parsed.ok || parsed.blocks.size() != 1 ||
        parsed.blocks.constFirst().kind != BlockKind::Table ||
        parsed.blocks.constFirst().rows.size() != 1 + rows ||
        parsed.blocks.constFirst().alignments != table.alignments)
        return false;
    table.rows = table.rows.mid(0, 1 + row) + parsed.blocks.constFirst().rows.mid(1);
    QStringList lines;
    for (const QList<TableCell> &cells : std::as_const(table.rows)) {
        QStringList plain;
        for (const TableCell &cell : cells)
            plain << cell.plain;
        lines << plain.join(QLatin1Char('\t'));
    }
    table.plain = lines.join(QLatin1Char('\n'));
    return true;
}

bool OpenBlockExtender::extendCode(MarkdownBlock &code, QByteArrayView text, qsizetype regionStart,
                                   qsizetype parsedEnd)
{
    if (!code.fenced || !code.containers.isEmpty())
        return false;
    const char fence = text.at(regionStart);
    if (fence != '`' && fence != '~')
        return false;
    const qsizetype fenceLineEnd = text.indexOf('\n', regionStart);
    if (fenceLineEnd < 0 || fenceLineEnd >= parsedEnd)
        return false; // The info string may still grow.
    // Every line that gets new text: none may close the fence or need md4c's rewriting.
    for (qsizetype at = lineStart(text, parsedEnd, regionStart); at < text.size();) {
        qsizetype end = text.indexOf('\n', at);
        end = end < 0 ? text.size() : end;
        const QByteArrayView line = text.sliced(at, end - at);
        qsizetype indent = 0;
        while (indent < line.size() && indent < 3 && line.at(indent) == ' ')
            ++indent;
        if ((indent < line.size() && line.at(indent) == fence) || line.contains('\t') ||
            line.contains('\0'))
            return false;
        at = end + 1;
    }
    QString updated = code.code;
    if (text.at(parsedEnd - 1) != '\n' && updated.endsWith(QLatin1Char('\n')))
        updated.chop(1); // md4c had ended the partial last line.
    updated += QString::fromUtf8(text.sliced(parsedEnd));
    if (!updated.endsWith(QLatin1Char('\n')))
        updated += QLatin1Char('\n');
    code.code = updated;
    code.plain = updated;
    return true;
}

} // namespace coro
