#include "messageblockmodel.h"
#include "textmark.h"

#include <atomic>
#include <utility>

namespace coro {

namespace {

constexpr int kFrameMs = 16;
constexpr int kHighlightMs = 250;
constexpr qint64 kSlowestRefreshMs = 250; ///< Four refreshes a second for a huge open block.

quintptr nextRowKey()
{
    static std::atomic<quintptr> next{1};
    return next++;
}

QString richCell(const TableCell &cell)
{
    MarkdownBlock inline_;
    inline_.html = cell.html;
    return inline_.richText();
}

QString tableRichText(const MarkdownBlock &block)
{
    QString out = QStringLiteral("<table>");
    for (int r = 0; r < block.rows.size(); ++r) {
        out += QLatin1String("<tr>");
        const QList<TableCell> &row = block.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const QString align = c < block.alignments.size()
                                      ? MarkdownBlock::alignmentName(block.alignments.at(c))
                                      : QString();
            const QLatin1String tag = r == 0 ? QLatin1String("th") : QLatin1String("td");
            out += QLatin1Char('<') + tag +
                   (align.isEmpty() ? QString() : QStringLiteral(" align=\"%1\"").arg(align)) +
                   QLatin1Char('>') + richCell(row.at(c)) + QLatin1String("</") + tag +
                   QLatin1Char('>');
        }
        out += QLatin1String("</tr>");
    }
    return out + QLatin1String("</table>");
}

} // namespace

MessageBlockModel::MessageBlockModel(QObject *parent)
    : QAbstractListModel(parent), m_textThrottle(kFrameMs), m_baseInterval(kFrameMs),
      m_highlightThrottle(kHighlightMs)
{
    connect(&m_textThrottle, &RefreshThrottle::fired, this, &MessageBlockModel::flush);
    connect(&m_highlightThrottle, &RefreshThrottle::fired, this,
            &MessageBlockModel::highlightStreamingCode);
}

MessageBlockModel::~MessageBlockModel() = default;

int MessageBlockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> MessageBlockModel::roleNames() const
{
    return {{KindRole, "kind"},           {TextRole, "text"},
            {PlainTextRole, "plainText"}, {LevelRole, "level"},
            {ListDepthRole, "listDepth"}, {QuoteDepthRole, "quoteDepth"},
            {OrderedRole, "ordered"},     {NumberRole, "number"},
            {TaskStateRole, "taskState"}, {LanguageRole, "language"},
            {CodeRole, "code"},           {ColumnAlignmentsRole, "columnAlignments"},
            {RowsRole, "rows"},           {PlainRowsRole, "plainRows"},
            {OpenRole, "open"},           {MarksRole, "marks"}};
}

QVariant MessageBlockModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const MarkdownBlock &block = row.block;
    switch (role) {
    case KindRole:
        return MarkdownBlock::kindName(block.kind);
    case Qt::DisplayRole:
    case TextRole:
        if (block.kind != BlockKind::Code)
            return row.richText;
        if (row.colourWanted)
            askForColours(row.key); // Only code a view shows is coloured.
        return QString(QLatin1String("<pre>") + codeHtml(row) + QLatin1String("</pre>"));
    case PlainTextRole:
        return block.plain;
    case MarksRole:
        return marksIn(block, m_marks);
    case LevelRole:
        return block.level;
    case ListDepthRole:
        return block.listDepth;
    case QuoteDepthRole:
        return block.quoteDepth;
    case OrderedRole:
        return block.ordered;
    case NumberRole:
        return block.number;
    case TaskStateRole:
        return MarkdownBlock::taskName(block.task);
    case LanguageRole:
        return block.language;
    case CodeRole:
        return block.code;
    case ColumnAlignmentsRole: {
        QStringList alignments;
        for (const CellAlignment alignment : block.alignments)
            alignments << MarkdownBlock::alignmentName(alignment);
        return alignments;
    }
    case RowsRole:
    case PlainRowsRole: {
        QVariantList rows;
        for (const QList<TableCell> &cells : block.rows) {
            QStringList texts;
            for (const TableCell &cell : cells)
                texts << (role == RowsRole ? richCell(cell) : cell.plain);
            rows.append(texts);
        }
        return rows;
    }
    case OpenRole:
        return row.open;
    }
    return {};
}

void MessageBlockModel::setClock(const RefreshThrottle::Clock &clock)
{
    m_textThrottle.setClock(clock);
    m_highlightThrottle.setClock(clock);
}

QList<MarkdownBlock> MessageBlockModel::blocks() const
{
    QList<MarkdownBlock> blocks;
    blocks.reserve(m_rows.size());
    for (const Row &row : m_rows)
        blocks.append(row.block);
    return blocks;
}

void MessageBlockModel::appendText(const QString &delta)
{
    if (delta.isEmpty() || m_parser.isFinished() || m_finishWhenShown)
        return;
    m_parser.append(delta);
    setStreaming(true);
    if (!isShown())
        return; // Laid out when a view comes (addView).
    if (m_textThrottle.interval() <= 0)
        flush();
    else
        m_textThrottle.request();
}

void MessageBlockModel::addView(QObject *view)
{
    if (!view || m_views.contains(view))
        return;
    m_views.insert(view);
    connect(view, &QObject::destroyed, this, [this, view] { m_views.remove(view); });
    if (std::exchange(m_finishWhenShown, false))
        finish();
    else if (m_streaming)
        flush(); // What came while no view showed it.
}

bool MessageBlockModel::isShown() const
{
    return !m_onlyWhenShown || !m_views.isEmpty();
}

void MessageBlockModel::finish()
{
    if (!isShown() && !m_parser.isFinished()) {
        // Parsed, laid out and coloured when a view comes: most answers of a long
        // conversation, and most panes of a wide turn, are never scrolled to.
        m_finishWhenShown = true;
        m_textThrottle.cancel();
        setStreaming(false);
        return;
    }
    m_parser.finish();
    flush();
    m_highlightThrottle.flush();
    setStreaming(false);
}

void MessageBlockModel::setText(const QString &text)
{
    clear();
    m_parser.append(text);
    finish();
}

void MessageBlockModel::setMarks(const QList<TextMark> &marks)
{
    if (m_marks.isEmpty() && marks.isEmpty())
        return;
    m_marks = marks;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {MarksRole});
}

void MessageBlockModel::clear()
{
    const bool hadRows = !m_rows.isEmpty();
    beginResetModel();
    m_textThrottle.cancel();
    m_highlightThrottle.cancel();
    m_parser.clear();
    m_finishWhenShown = false;
    m_coloursAsked.clear();
    m_rows.clear();
    m_finalRows = 0;
    m_codeToColour.clear();
    endResetModel();
    setStreaming(false);
    if (hadRows)
        Q_EMIT countChanged();
}

void MessageBlockModel::setRow(Row &row, const MarkdownBlock &block, bool open)
{
    const bool codeChanged = block.kind == BlockKind::Code &&
                             (row.block.code != block.code || row.block.language != block.language);
    row.block = block;
    row.open = open;
    if (row.key == 0)
        row.key = nextRowKey();
    if (block.kind == BlockKind::Table)
        row.richText = tableRichText(block);
    else if (block.kind == BlockKind::Rule)
        row.richText = QStringLiteral("<hr>");
    else if (block.kind != BlockKind::Code)
        row.richText = block.richText();
    if (block.kind != BlockKind::Code)
        return;
    if (!open) {
        m_codeToColour.remove(row.key);
        if (!m_highlighter.isNull() && (codeChanged || row.highlightedCode != block.code))
            row.colourWanted = true; // Asked for when a view reads the row.
    } else if (codeChanged) {
        m_codeToColour.insert(row.key);
        m_highlightThrottle.request();
    }
}

void MessageBlockModel::flush()
{
    m_textThrottle.cancel();
    m_parser.refresh();
    const QList<MarkdownBlock> &finals = m_parser.finishedBlocks();
    const QList<MarkdownBlock> &opens = m_parser.openBlocks();
    const qsizetype target = finals.size() + opens.size();
    const auto blockAt = [&](qsizetype i) -> const MarkdownBlock & {
        return i < finals.size() ? finals.at(i) : opens.at(i - finals.size());
    };

    // Rows that were final stay as they are; when the answer ends, references and looseness
    // may still settle, so then every row is compared once. Content changes only in the open
    // rows, in practice the last one; a row that becomes final (same content) only hears so
    // through OpenRole.
    const qsizetype from = m_parser.isFinished() ? 0 : m_finalRows;
    qsizetype firstChanged = -1;
    qsizetype lastChanged = -1;
    qsizetype firstSettled = -1;
    qsizetype lastSettled = -1;
    const qsizetype kept = std::min<qsizetype>(m_rows.size(), target);
    for (qsizetype i = from; i < kept; ++i) {
        const bool open = i >= finals.size();
        Row &row = m_rows[i];
        if (row.block != blockAt(i)) {
            setRow(row, blockAt(i), open);
            firstChanged = firstChanged < 0 ? i : firstChanged;
            lastChanged = i;
        } else if (row.open != open) {
            setRow(row, blockAt(i), open);
            firstSettled = firstSettled < 0 ? i : firstSettled;
            lastSettled = i;
            if (row.colourWanted) { // Code gets its final colours once a view reads it again.
                const QModelIndex at = index(static_cast<int>(i));
                Q_EMIT dataChanged(at, at, {TextRole, Qt::DisplayRole});
            }
        }
    }
    if (target < m_rows.size()) {
        beginRemoveRows({}, static_cast<int>(target), count() - 1);
        for (qsizetype i = target; i < m_rows.size(); ++i)
            m_codeToColour.remove(m_rows.at(i).key);
        m_rows.resize(target);
        endRemoveRows();
    }
    if (firstSettled >= 0) {
        Q_EMIT dataChanged(index(static_cast<int>(firstSettled)),
                           index(static_cast<int>(lastSettled)), {OpenRole});
    }
    if (firstChanged >= 0) {
        Q_EMIT dataChanged(index(static_cast<int>(firstChanged)),
                           index(static_cast<int>(lastChanged)));
    }
    if (target > m_rows.size()) {
        beginInsertRows({}, count(), static_cast<int>(target) - 1);
        for (qsizetype i = m_rows.size(); i < target; ++i) {
            m_rows.append(Row());
            setRow(m_rows.last(), blockAt(i), i >= finals.size());
        }
        endInsertRows();
    }
    if (kept != target)
        Q_EMIT countChanged();
    m_finalRows = finals.size();

    // A refresh costs what the open blocks hold: past 4 KB, refresh less often (a 64 KB
    // paragraph four times a second), so a long answer's cost per second stays bounded.
    qsizetype openChars = 0;
    for (const MarkdownBlock &block : opens)
        openChars += block.plain.size();
    if (m_baseInterval > 0) {
        const qint64 spaced =
            std::clamp<qint64>(openChars / 256, m_baseInterval, kSlowestRefreshMs);
        m_textThrottle.setInterval(static_cast<int>(spaced));
    }
}

void MessageBlockModel::setStreaming(bool streaming)
{
    if (streaming == m_streaming)
        return;
    m_streaming = streaming;
    Q_EMIT streamingChanged();
}

} // namespace coro
