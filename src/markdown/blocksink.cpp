#include "blocksink.h"
#include "blockbuilder.h"
#include "safehtml.h"

namespace coro {

namespace {

// Output beyond this many characters per input byte is a hostile document (md4c 0.4.8 can be
// made to repeat reference-link text quadratically); the parse stops and falls back to text.
constexpr qsizetype kMaxOutputPerByte = 24;
constexpr qsizetype kMaxOutputSlack = 1 << 20;

QString attributeText(const MD_ATTRIBUTE &attribute)
{
    QString text;
    if (attribute.text == nullptr)
        return text;
    for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
        const MD_OFFSET begin = attribute.substr_offsets[i];
        const MD_OFFSET end = attribute.substr_offsets[i + 1];
        const QByteArrayView piece(attribute.text + begin, static_cast<qsizetype>(end - begin));
        switch (attribute.substr_types[i]) {
        case MD_TEXT_ENTITY:
            text += SafeHtml::decodeEntity(piece);
            break;
        case MD_TEXT_NULLCHAR:
            text += QChar(0xFFFD);
            break;
        default:
            text += QString::fromUtf8(piece);
        }
    }
    return text;
}

} // namespace

BlockSink::BlockSink(int firstId, qsizetype inputSize)
    : m_nextId(firstId), m_outputLimit(inputSize * kMaxOutputPerByte + kMaxOutputSlack)
{}

void BlockSink::pushContainer(BlockContainer container)
{
    Frame frame;
    frame.recorded = m_frames.size() < BlockBuilder::kMaxDepth;
    container.id = m_nextId++;
    frame.container = container;
    frame.leadPending = container.kind == BlockContainer::Kind::Item;
    frame.blocksBefore = m_blocks.size();
    m_frames.append(frame);
}

void BlockSink::popContainer()
{
    if (!m_frames.isEmpty())
        m_frames.removeLast();
}

MarkdownBlock BlockSink::blockInContext(BlockKind kind) const
{
    MarkdownBlock block;
    block.kind = kind;
    for (const Frame &frame : m_frames) {
        if (!frame.recorded)
            break;
        block.containers.append(frame.container);
        if (frame.container.kind == BlockContainer::Kind::List)
            ++block.listDepth;
        else if (frame.container.kind == BlockContainer::Kind::Quote)
            ++block.quoteDepth;
    }
    return block;
}

void BlockSink::emitPendingItem()
{
    if (m_frames.isEmpty() || !m_frames.last().leadPending)
        return;
    m_frames.last().leadPending = false;
    MarkdownBlock item = blockInContext(BlockKind::ListItem);
    const BlockContainer &itemContainer = m_frames.last().container;
    item.number = itemContainer.number;
    item.task = itemContainer.task;
    if (m_frames.size() >= 2)
        item.ordered = m_frames.at(m_frames.size() - 2).container.ordered;
    m_blocks.append(item);
}

void BlockSink::startLeaf(BlockKind kind)
{
    const bool leadOfItem =
        kind == BlockKind::Paragraph && !m_frames.isEmpty() && m_frames.last().leadPending;
    if (!leadOfItem)
        emitPendingItem();
    BlockKind actual = kind;
    if (leadOfItem)
        actual = BlockKind::ListItem;
    m_leaf = blockInContext(actual);
    if (kind == BlockKind::Paragraph && !leadOfItem && m_leaf.quoteDepth > 0)
        m_leaf.kind = BlockKind::Quote;
    if (leadOfItem) {
        Frame &item = m_frames.last();
        item.leadPending = false;
        m_leaf.leadParagraph = true;
        m_leaf.number = item.container.number;
        m_leaf.task = item.container.task;
        if (m_frames.size() >= 2)
            m_leaf.ordered = m_frames.at(m_frames.size() - 2).container.ordered;
    }
    m_inLeaf = true;
    m_inline.clear();
}

void BlockSink::finishLeaf()
{
    if (!m_inLeaf)
        return;
    m_inLeaf = false;
    m_implicitParagraph = false;
    if (m_leaf.kind != BlockKind::Code && m_leaf.kind != BlockKind::Table &&
        m_leaf.kind != BlockKind::Rule) {
        m_leaf.html = m_inline.html();
        m_leaf.plain = m_inline.plain();
    }
    m_blocks.append(std::move(m_leaf));
    m_leaf = MarkdownBlock();
}

void BlockSink::closeImplicitParagraph()
{
    if (m_implicitParagraph)
        finishLeaf();
}

bool BlockSink::withinBudget(qsizetype added)
{
    m_output += added;
    return m_output <= m_outputLimit;
}

int BlockSink::enterBlock(MD_BLOCKTYPE type, void *detail)
{
    closeImplicitParagraph();
    switch (type) {
    case MD_BLOCK_DOC:
        break;
    case MD_BLOCK_QUOTE: {
        emitPendingItem();
        BlockContainer quote;
        quote.kind = BlockContainer::Kind::Quote;
        pushContainer(quote);
        break;
    }
    case MD_BLOCK_UL:
    case MD_BLOCK_OL: {
        emitPendingItem();
        BlockContainer list;
        list.kind = BlockContainer::Kind::List;
        list.ordered = type == MD_BLOCK_OL;
        if (list.ordered) {
            const auto *ol = static_cast<const MD_BLOCK_OL_DETAIL *>(detail);
            list.mark = ol->mark_delimiter;
            list.start = static_cast<int>(std::min(ol->start, 999999999u));
            list.loose = ol->is_tight == 0;
        } else {
            const auto *ul = static_cast<const MD_BLOCK_UL_DETAIL *>(detail);
            list.mark = ul->mark;
            list.loose = ul->is_tight == 0;
        }
        pushContainer(list);
        break;
    }
    case MD_BLOCK_LI: {
        const auto *li = static_cast<const MD_BLOCK_LI_DETAIL *>(detail);
        BlockContainer item;
        item.kind = BlockContainer::Kind::Item;
        if (!m_frames.isEmpty()) {
            Frame &list = m_frames.last();
            item.number = list.container.start + list.items++;
        }
        if (li->is_task)
            item.task = li->task_mark == ' ' ? TaskState::Open : TaskState::Done;
        pushContainer(item);
        break;
    }
    case MD_BLOCK_HR:
        startLeaf(BlockKind::Rule);
        break;
    case MD_BLOCK_H: {
        startLeaf(BlockKind::Heading);
        m_leaf.level = static_cast<int>(static_cast<const MD_BLOCK_H_DETAIL *>(detail)->level);
        break;
    }
    case MD_BLOCK_CODE:
    case MD_BLOCK_HTML: { // Never sent with MD_FLAG_NOHTML; shown as code if it ever is.
        startLeaf(BlockKind::Code);
        if (type == MD_BLOCK_CODE) {
            const auto *code = static_cast<const MD_BLOCK_CODE_DETAIL *>(detail);
            m_leaf.fenced = code->fence_char != 0;
            m_leaf.info = attributeText(code->info);
            m_leaf.language = attributeText(code->lang).toLower();
        }
        break;
    }
    case MD_BLOCK_P:
        startLeaf(BlockKind::Paragraph);
        break;
    case MD_BLOCK_TABLE:
        startLeaf(BlockKind::Table);
        break;
    case MD_BLOCK_THEAD:
        m_headerRow = true;
        break;
    case MD_BLOCK_TBODY:
        m_headerRow = false;
        break;
    case MD_BLOCK_TR:
        m_row.clear();
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: {
        if (m_headerRow) {
            const auto *cell = static_cast<const MD_BLOCK_TD_DETAIL *>(detail);
            static constexpr CellAlignment kAlign[] = {CellAlignment::Default, CellAlignment::Left,
                                                       CellAlignment::Center, CellAlignment::Right};
            const int index = static_cast<int>(cell->align);
            m_leaf.alignments.append(index >= 0 && index < 4 ? kAlign[index]
                                                             : CellAlignment::Default);
        }
        m_inline.clear();
        break;
    }
    }
    return 0;
}

int BlockSink::leaveBlock(MD_BLOCKTYPE type, void *)
{
    switch (type) {
    case MD_BLOCK_DOC:
        closeImplicitParagraph();
        break;
    case MD_BLOCK_QUOTE:
        closeImplicitParagraph();
        // An empty quote (">" alone) still shows: one empty Quote block inside it.
        if (!m_frames.isEmpty() && m_frames.last().blocksBefore == m_blocks.size()) {
            m_blocks.append(blockInContext(BlockKind::Quote));
            m_blocks.last().emptyQuote = true;
        }
        popContainer();
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        closeImplicitParagraph();
        popContainer();
        break;
    case MD_BLOCK_LI:
        closeImplicitParagraph();
        emitPendingItem();
        popContainer();
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        m_row.append({m_inline.html(), m_inline.plain()});
        break;
    case MD_BLOCK_TR:
        m_leaf.rows.append(m_row);
        m_row.clear();
        break;
    case MD_BLOCK_TABLE: {
        QStringList lines;
        for (const QList<TableCell> &row : std::as_const(m_leaf.rows)) {
            QStringList cells;
            for (const TableCell &cell : row)
                cells << cell.plain;
            lines << cells.join(QLatin1Char('\t'));
        }
        m_leaf.plain = lines.join(QLatin1Char('\n'));
        finishLeaf();
        break;
    }
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY:
        break;
    case MD_BLOCK_CODE:
    case MD_BLOCK_HTML:
        m_leaf.plain = m_leaf.code;
        finishLeaf();
        break;
    default:
        finishLeaf();
    }
    return withinBudget(0) ? 0 : -1;
}

int BlockSink::enterSpan(MD_SPANTYPE type, void *detail)
{
    if (!m_inLeaf) {
        startLeaf(BlockKind::Paragraph);
        m_implicitParagraph = true;
    }
    switch (type) {
    case MD_SPAN_A: {
        const auto *a = static_cast<const MD_SPAN_A_DETAIL *>(detail);
        m_inline.openLink(attributeText(a->href), attributeText(a->title));
        break;
    }
    case MD_SPAN_IMG: {
        const auto *img = static_cast<const MD_SPAN_IMG_DETAIL *>(detail);
        m_inline.openImage(attributeText(img->src));
        break;
    }
    default:
        m_inline.openSpan(type);
    }
    return 0;
}

int BlockSink::leaveSpan(MD_SPANTYPE type, void *)
{
    switch (type) {
    case MD_SPAN_A:
        m_inline.closeLink();
        break;
    case MD_SPAN_IMG:
        m_inline.closeImage();
        break;
    default:
        m_inline.closeSpan(type);
    }
    return 0;
}

int BlockSink::text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
{
    if (!withinBudget(static_cast<qsizetype>(size)))
        return -1;
    const QByteArrayView bytes(text, static_cast<qsizetype>(size));
    if (m_inLeaf && m_leaf.kind == BlockKind::Code) {
        m_leaf.code += type == MD_TEXT_NULLCHAR ? QString(QChar(0xFFFD)) : QString::fromUtf8(bytes);
        return 0;
    }
    if (!m_inLeaf) {
        startLeaf(BlockKind::Paragraph);
        m_implicitParagraph = true;
    }
    m_inline.text(static_cast<int>(type), bytes);
    return 0;
}

} // namespace coro
