#include "blockparser.h"
#include "blockbuilder.h"
#include "openblockextender.h"

#include <QHash>

#include <cstring>

namespace coro {

namespace {

// A failed candidate costs a parse of the region: a refresh tries at most this many.
constexpr int kMaxCutTries = 3;

bool sameIgnoringLooseness(const MarkdownBlock &a, const MarkdownBlock &b)
{
    if (a.containers.size() != b.containers.size())
        return false;
    MarkdownBlock copy = b;
    for (int i = 0; i < copy.containers.size(); ++i)
        copy.containers[i].loose = a.containers.at(i).loose;
    return a == copy;
}

/// Start of the line that ends just before @p lineStart (which follows a newline).
qsizetype previousLineStart(const QByteArray &text, qsizetype lineStart)
{
    return lineStart >= 2 ? text.lastIndexOf('\n', lineStart - 2) + 1 : 0;
}

bool isBlankLine(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

template<typename Parse> bool oneFencedBlock(const Parse &parse)
{
    return parse.blocks.size() == 1 && parse.blocks.constFirst().kind == BlockKind::Code &&
           parse.blocks.constFirst().fenced && parse.blocks.constFirst().containers.isEmpty();
}

/// The list a line's marker would open or continue: ordered flag and mark, if it has one.
std::optional<std::pair<bool, char>> listMarker(QByteArrayView line)
{
    if (line.isEmpty())
        return std::nullopt;
    const auto followedBySpace = [&](qsizetype at) {
        return at >= line.size() || line.at(at) == ' ' || line.at(at) == '\t';
    };
    const char first = line.front();
    if (first == '-' || first == '+' || first == '*')
        return followedBySpace(1) ? std::optional(std::pair(false, first)) : std::nullopt;
    qsizetype digits = 0;
    while (digits < line.size() && digits < 10 && line.at(digits) >= '0' && line.at(digits) <= '9')
        ++digits;
    if (digits == 0 || digits > 9 || digits >= line.size())
        return std::nullopt;
    const char delimiter = line.at(digits);
    if ((delimiter == '.' || delimiter == ')') && followedBySpace(digits + 1))
        return std::pair(true, delimiter);
    return std::nullopt;
}

} // namespace

BlockParser::BlockParser() : BlockParser(Options{}) {}

BlockParser::BlockParser(Options options)
    : m_options(options), m_flags(BlockBuilder::flags(options.githubExtensions))
{}

void BlockParser::clear()
{
    *this = BlockParser(m_options);
}

void BlockParser::append(QStringView delta)
{
    if (m_finished || m_truncated || delta.isEmpty())
        return;
    // Most tokens are short ASCII: straight into the buffer, no intermediate strings.
    if (m_pendingHighSurrogate == 0 && !m_pendingCR && !m_text.isEmpty() &&
        m_text.size() + delta.size() <= kMaxBytes) {
        bool ascii = true;
        for (const QChar c : delta) {
            if (c.unicode() >= 0x80 || c == QLatin1Char('\r')) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            const qsizetype at = m_text.size();
            m_text.resize(at + delta.size());
            char *out = m_text.data() + at;
            for (const QChar c : delta)
                *out++ = static_cast<char>(c.unicode());
            m_openValid = false;
            return;
        }
    }
    QString text;
    if (m_pendingHighSurrogate != 0) {
        text += QChar(m_pendingHighSurrogate);
        m_pendingHighSurrogate = 0;
    }
    text += delta;
    if (m_text.isEmpty() && !m_pendingCR && text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (!text.isEmpty() && text.back().isHighSurrogate()) {
        m_pendingHighSurrogate = text.back().unicode();
        text.chop(1);
    }
    appendBytes(text.toUtf8());
}

void BlockParser::appendBytes(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    m_openValid = false;
    const qsizetype room = kMaxBytes - m_text.size() - (m_pendingCR ? 1 : 0);
    if (bytes.size() > room) {
        qsizetype keep = std::max<qsizetype>(room, 0);
        while (keep > 0 && (static_cast<unsigned char>(bytes.at(keep)) & 0xC0) == 0x80)
            --keep; // Never split a UTF-8 sequence.
        bytes = bytes.first(keep);
        m_truncated = true;
    }
    qsizetype i = 0;
    if (m_pendingCR && !bytes.isEmpty()) {
        m_pendingCR = false;
        m_text += '\n';
        if (bytes.front() == '\n')
            i = 1;
    }
    if (std::memchr(bytes.data() + i, '\r', static_cast<std::size_t>(bytes.size() - i)) ==
        nullptr) {
        m_text.append(bytes.data() + i, bytes.size() - i);
        return;
    }
    for (; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c != '\r') {
            m_text += c;
        } else if (i + 1 < bytes.size()) {
            m_text += '\n';
            if (bytes.at(i + 1) == '\n')
                ++i;
        } else {
            m_pendingCR = true; // Its LF may be the next delta's first byte.
        }
    }
}

BlockParser::Parse BlockParser::parseRange(qsizetype from, qsizetype to, int firstId,
                                           const std::optional<ListCarry> &carry) const
{
    BlockBuilder::Result built =
        BlockBuilder::build(QByteArrayView(m_text).sliced(from, to - from), firstId, m_flags);
    Parse parse{std::move(built.blocks), built.nextId};
    if (carry)
        continueList(parse, firstId, *carry);
    return parse;
}

void BlockParser::continueList(Parse &parse, int firstId, const ListCarry &carry)
{
    if (parse.blocks.isEmpty())
        return;
    const QList<BlockContainer> &path = parse.blocks.constFirst().containers;
    if (path.isEmpty() || path.constFirst().kind != BlockContainer::Kind::List ||
        path.constFirst().id != firstId || path.constFirst().ordered != carry.list.ordered ||
        path.constFirst().mark != carry.list.mark)
        return;
    // The region's first list is the carried one: its id, start and count of earlier items;
    // every later container id moves down by the one id the list no longer takes.
    const int localStart = path.constFirst().start;
    const bool loose = path.constFirst().loose || carry.list.loose;
    for (MarkdownBlock &block : parse.blocks) {
        for (BlockContainer &container : block.containers) {
            if (container.id > firstId)
                --container.id;
        }
        if (block.containers.isEmpty() || block.containers.constFirst().id != firstId)
            continue;
        BlockContainer &list = block.containers.first();
        list = carry.list;
        list.loose = loose;
        if (block.containers.size() > 1) {
            BlockContainer &item = block.containers[1];
            item.number = carry.list.start + carry.items + (item.number - localStart);
            if (block.kind == BlockKind::ListItem && block.containers.size() == 2)
                block.number = item.number;
        }
    }
    --parse.nextId;
}

std::optional<BlockParser::ListCarry> BlockParser::carryAcross(const Parse &before,
                                                               qsizetype line) const
{
    if (before.blocks.isEmpty())
        return std::nullopt;
    const QList<BlockContainer> &path = before.blocks.constLast().containers;
    if (path.size() < 2 || path.at(0).kind != BlockContainer::Kind::List ||
        path.at(1).kind != BlockContainer::Kind::Item)
        return std::nullopt;
    const qsizetype end = m_text.indexOf('\n', line);
    const auto marker =
        listMarker(QByteArrayView(m_text).sliced(line, (end < 0 ? m_text.size() : end) - line));
    if (!marker || marker->first != path.at(0).ordered || marker->second != path.at(0).mark)
        return std::nullopt;
    ListCarry carry{path.at(0), path.at(1).number - path.at(0).start + 1};
    // A blank line between two items makes the whole list loose; neither half sees it.
    const qsizetype previousStart = previousLineStart(m_text, line);
    if (isBlankLine(QByteArrayView(m_text).sliced(previousStart, line - 1 - previousStart)))
        carry.list.loose = true;
    return carry;
}

bool BlockParser::isCandidate(qsizetype line) const
{
    qsizetype end = m_text.indexOf('\n', line);
    if (end < 0)
        end = m_text.size();
    const QByteArrayView text = QByteArrayView(m_text).sliced(line, end - line);
    if (text.isEmpty() || text.front() == ' ' || text.front() == '\t')
        return false;
    const qsizetype previousStart = previousLineStart(m_text, line);
    if (isBlankLine(QByteArrayView(m_text).sliced(previousStart, line - 1 - previousStart)))
        return true;
    return listMarker(text).has_value() || text.front() == '#' || text.startsWith("```") ||
           text.startsWith("~~~");
}

bool BlockParser::tryCut(qsizetype line, const Parse &whole)
{
    // Only the part after the line is parsed again; the whole region's blocks before it are
    // the part before. The cut holds when the part after, parsed alone, gives exactly the
    // whole's last blocks: the line then closed every block before it. A line that went on with
    // one instead (a lazy paragraph line, a setext underline, a table's delimiter row) leaves
    // text from before it in a block of the whole that no block of the part alone equals, and
    // CommonMark decides block structure line by line, so nothing later reaches back past it.
    Parse after = parseRange(line, m_text.size(), 1, std::nullopt);
    if (after.blocks.isEmpty() || after.blocks.size() > whole.blocks.size())
        return false;
    Parse before{whole.blocks.first(whole.blocks.size() - after.blocks.size()), m_regionFirstId};
    for (const MarkdownBlock &block : std::as_const(before.blocks)) {
        for (const BlockContainer &container : block.containers)
            before.nextId = std::max(before.nextId, container.id + 1);
    }
    // The part after takes its ids from where the part before stops, as in the whole.
    for (MarkdownBlock &block : after.blocks) {
        for (BlockContainer &container : block.containers)
            container.id += before.nextId - 1;
    }
    after.nextId += before.nextId - 1;
    const std::optional<ListCarry> carry = carryAcross(before, line);
    if (carry)
        continueList(after, before.nextId, *carry);
    if (whole.nextId != after.nextId)
        return false;
    for (qsizetype i = 0; i < after.blocks.size(); ++i) {
        if (!sameIgnoringLooseness(whole.blocks.at(before.blocks.size() + i), after.blocks.at(i)))
            return false;
    }
    m_final += before.blocks;
    m_regionStart = line;
    m_regionFirstId = before.nextId;
    m_carry = carry;
    m_open = after.blocks;
    m_fenceOpen = oneFencedBlock(after) && OpenBlockExtender::fenceIsOpen(m_text, line);
    ++m_regions;
    return true;
}

bool BlockParser::refresh()
{
    if (m_finished || m_openValid)
        return false;
    m_openValid = true;
    // Most tokens only lengthen the last block's text: no parse needed for those.
    if (OpenBlockExtender::extend(m_open, m_text, m_regionStart, m_parsedEnd, m_fenceOpen,
                                  m_flags)) {
        m_parsedEnd = m_text.size();
        return true;
    }
    const Parse whole = parseRange(m_regionStart, m_text.size(), m_regionFirstId, m_carry);
    m_open = whole.blocks;
    m_parsedEnd = m_text.size();
    m_fenceOpen = oneFencedBlock(whole) && OpenBlockExtender::fenceIsOpen(m_text, m_regionStart);

    QList<qsizetype> candidates;
    qsizetype line = m_text.indexOf('\n', std::max(m_regionStart, m_checkedUpTo)) + 1;
    while (line > 0 && line < m_text.size()) {
        const qsizetype end = m_text.indexOf('\n', line);
        // The last line counts once it is settled: more characters could still make it a
        // rule, a setext underline or a table delimiter row, but not after a letter.
        if (end < 0 && !OpenBlockExtender::isSettled(QByteArrayView(m_text).sliced(line)))
            break;
        if (line > m_regionStart && isCandidate(line))
            candidates << line;
        if (end < 0)
            break;
        line = end + 1;
    }
    if (candidates.isEmpty())
        return true;
    m_checkedUpTo = candidates.constLast();
    // A region that is one fenced code block holds no boundary: its blank lines are code.
    const bool oneFence =
        whole.blocks.size() == 1 && whole.blocks.constFirst().kind == BlockKind::Code &&
        whole.blocks.constFirst().fenced && whole.blocks.constFirst().containers.isEmpty();
    if (oneFence)
        return true;
    int tries = 0;
    for (qsizetype i = candidates.size() - 1; i >= 0 && tries < kMaxCutTries; --i, ++tries) {
        if (tryCut(candidates.at(i), whole))
            break;
    }
    return true;
}

void BlockParser::finish()
{
    if (m_finished)
        return;
    if (m_pendingHighSurrogate != 0) {
        m_pendingHighSurrogate = 0;
        appendBytes(QString(QChar(0xFFFD)).toUtf8());
    }
    if (m_pendingCR) {
        m_pendingCR = false;
        appendBytes("\n");
    }
    const Parse rest = parseRange(m_regionStart, m_text.size(), m_regionFirstId, m_carry);
    m_final += rest.blocks;
    m_open.clear();
    m_finished = true;
    m_openValid = true;

    // Reference definitions resolve links anywhere in the answer; rare, so then the whole
    // text is parsed once more rather than carrying definitions across regions.
    // Every definition holds "]:" (label, colon); a false alarm only costs one parse.
    if (m_regions > 1 && m_text.contains("]:")) {
        m_final = parseRange(0, m_text.size(), 1, std::nullopt).blocks;
        return;
    }
    // A list is loose when any of its parts was seen to be.
    QHash<int, bool> loose;
    for (const MarkdownBlock &block : std::as_const(m_final)) {
        for (const BlockContainer &container : block.containers) {
            if (container.kind == BlockContainer::Kind::List)
                loose[container.id] = loose.value(container.id) || container.loose;
        }
    }
    for (MarkdownBlock &block : m_final) {
        for (BlockContainer &container : block.containers) {
            if (container.kind == BlockContainer::Kind::List)
                container.loose = loose.value(container.id);
        }
    }
}

QList<MarkdownBlock> BlockParser::parse(QStringView text)
{
    return parse(text, Options{});
}

QList<MarkdownBlock> BlockParser::parse(QStringView text, Options options)
{
    BlockParser parser(options);
    parser.append(text);
    parser.finish();
    return parser.finishedBlocks();
}

} // namespace coro
