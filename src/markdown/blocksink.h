#pragma once

#include "inlinewriter.h"
#include "markdownblock.h"

#include <md4c.h>

#include <QList>

namespace coro {

/**
 * @brief The state of one md4c run: the open containers, the leaf block being filled and the
 * blocks finished so far.
 */
class BlockSink
{
public:
    /// Container ids start at @p firstId; output is bounded relative to @p inputSize.
    BlockSink(int firstId, qsizetype inputSize);

    int enterBlock(MD_BLOCKTYPE type, void *detail);
    int leaveBlock(MD_BLOCKTYPE type, void *detail);
    int enterSpan(MD_SPANTYPE type, void *detail);
    int leaveSpan(MD_SPANTYPE type, void *detail);
    int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size);

    QList<MarkdownBlock> takeBlocks() { return std::move(m_blocks); }
    int nextId() const { return m_nextId; }

private:
    struct Frame
    {
        BlockContainer container;
        int items = 0;              ///< List: items seen.
        bool leadPending = false;   ///< Item: its ListItem block is not out yet.
        bool recorded = true;       ///< Within kMaxDepth, so part of the container path.
        qsizetype blocksBefore = 0; ///< Blocks out when the container opened.
    };

    void pushContainer(BlockContainer container);
    void popContainer();
    /// A block starts inside an item whose first content is not a paragraph: the item's own
    /// (empty) ListItem block goes first.
    void emitPendingItem();
    void closeImplicitParagraph();
    void startLeaf(BlockKind kind);
    void finishLeaf();
    MarkdownBlock blockInContext(BlockKind kind) const;
    bool withinBudget(qsizetype added);

    QList<Frame> m_frames;
    QList<MarkdownBlock> m_blocks;
    int m_nextId;
    qsizetype m_output = 0;
    qsizetype m_outputLimit;

    bool m_inLeaf = false;
    bool m_implicitParagraph = false; ///< Text of a tight list item: md4c sends no MD_BLOCK_P.
    MarkdownBlock m_leaf;
    InlineWriter m_inline;
    QList<TableCell> m_row;
    bool m_headerRow = false;
};

} // namespace coro
