#pragma once

#include "markdownblock.h"

#include <QByteArray>
#include <QList>
#include <QStringView>

#include <optional>

namespace coro {

/**
 * @brief Markdown to blocks, incrementally: a streamed answer is appended delta by delta and
 * only its unfinished tail is ever parsed again.
 *
 * The text is split at *cuts*: line starts where a new top-level block or a new item of a
 * top-level list begins. Everything before the last cut is final; refresh() parses only the
 * *open region* after it. A candidate cut (a line at column 0 after a blank line, or starting
 * with a list marker, '#' or a fence; complete, or far enough that it can only start a block) is
 * accepted only when the part after it, parsed alone, gives exactly the last blocks of parsing the
 * region whole (the whole's blocks before them are the part before, not parsed again). Once a
 * line starts a new block, no later line can change what came before it (CommonMark decides
 * block structure line by line), except for two global effects that finish() settles: a list's
 * looseness (tight or loose is per list, so items before a cut may not know it yet) and link
 * reference definitions, which resolve references anywhere in the answer (with any definition
 * present, finish() re-parses the whole text once). CRLF and CR become LF; a CR or a UTF-16 high
 * surrogate at the end of a delta waits for the next one.
 *
 * Streaming a text in any chunking, with refresh() between any chunks, then finish(), gives
 * exactly the blocks of parse(text).
 */
class BlockParser
{
public:
    /// Answers beyond this are cut off (and truncated() says so): the memory and the md4c work
    /// stay bounded whatever a model sends.
    static constexpr qsizetype kMaxBytes = 4 * 1024 * 1024;

    struct Options
    {
        bool githubExtensions = true; ///< Tables, strikethrough, task lists, autolinks.
    };

    BlockParser();
    explicit BlockParser(Options options);

    /// Adds streamed text. Cheap: nothing is parsed until refresh() or finish().
    void append(QStringView delta);
    /// Brings the blocks up to date: finds new cuts and parses the open region again.
    /// Returns whether anything was parsed.
    bool refresh();
    /// The answer is complete: every block becomes final.
    void finish();
    /// Forgets everything (a retried answer starts again).
    void clear();

    /// Blocks that can no longer change (until finish(), which may still fix looseness and
    /// references as described above).
    const QList<MarkdownBlock> &finishedBlocks() const { return m_final; }
    /// The blocks of the open region as of the last refresh().
    const QList<MarkdownBlock> &openBlocks() const { return m_open; }
    QList<MarkdownBlock> blocks() const { return m_final + m_open; }

    bool isFinished() const { return m_finished; }
    bool truncated() const { return m_truncated; }
    /// Bytes of the answer so far (UTF-8, LF line ends).
    qsizetype size() const { return m_text.size(); }
    /// Whether text arrived since the last refresh().
    bool isStale() const { return !m_openValid; }

    /// The blocks of a complete text.
    static QList<MarkdownBlock> parse(QStringView text);
    static QList<MarkdownBlock> parse(QStringView text, Options options);

private:
    /// A top-level list that goes on across a cut: later items continue its id and numbering.
    struct ListCarry
    {
        BlockContainer list;
        int items = 0;
    };
    struct Parse
    {
        QList<MarkdownBlock> blocks;
        int nextId = 1;
    };

    void appendBytes(QByteArrayView bytes);
    Parse parseRange(qsizetype from, qsizetype to, int firstId,
                     const std::optional<ListCarry> &carry) const;
    static void continueList(Parse &parse, int firstId, const ListCarry &carry);
    bool tryCut(qsizetype line, const Parse &whole);
    std::optional<ListCarry> carryAcross(const Parse &before, qsizetype line) const;
    bool isCandidate(qsizetype line) const;

    Options m_options;
    unsigned m_flags = 0;
    QByteArray m_text;
    QList<MarkdownBlock> m_final;
    QList<MarkdownBlock> m_open;
    qsizetype m_regionStart = 0;
    qsizetype m_parsedEnd = 0; ///< Text size when m_open was last brought up to date.
    bool m_fenceOpen = false;  ///< The region is one fenced code block, still open.
    int m_regionFirstId = 1;
    std::optional<ListCarry> m_carry;
    qsizetype m_checkedUpTo = 0; ///< Candidate lines before this were tried or skipped.
    int m_regions = 1;
    bool m_openValid = true;
    bool m_finished = false;
    bool m_truncated = false;
    bool m_pendingCR = false;
    char16_t m_pendingHighSurrogate = 0;
};

} // namespace coro
