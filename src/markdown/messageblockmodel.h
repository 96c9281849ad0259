#pragma once

#include "blockparser.h"
#include "codetheme.h"
#include "refreshthrottle.h"
#include "textmark.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>

namespace coro {

class CodeHighlighter;

/**
 * @brief One answer as a list of blocks for QML: rows are appended as blocks finish and only
 * the open last row changes while the answer streams.
 *
 * Deltas go to a BlockParser at once; the rows follow at most once per update interval (a
 * frame, by default), so a view re-reads the open row per frame rather than per token. Code
 * rows are coloured by a CodeHighlighter when one is set: a finished block once, a block that
 * is still streaming at most a few times per second, each only once a view reads it (code that
 * is never scrolled to is never coloured); until colours arrive, code shows escaped.
 */
class MessageBlockModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool streaming READ isStreaming NOTIFY streamingChanged)
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, /**< Block kind: "paragraph", "heading", "list_item",
                                        "quote", "code", "table" or "rule". */
        TextRole,             /**< Rich text for Text.RichText: inline b/i/s/code/a; code as a
                                 coloured <pre>; a table as an HTML table. */
        PlainTextRole,        /**< The text without markup (copying, screen readers). */
        LevelRole,            /**< Heading level 1-6; 0 for other blocks. */
        ListDepthRole,        /**< How many lists the block is inside (indentation). */
        QuoteDepthRole,       /**< How many block quotes the block is inside. */
        OrderedRole,          /**< List item: numbered rather than bulleted. */
        NumberRole,           /**< List item: its number in a numbered list. */
        TaskStateRole,        /**< List item task box: "none", "open" or "done". */
        LanguageRole,         /**< Code: the fence's language, lower case ("" if none). */
        CodeRole,             /**< Code: the raw text, each line ending in LF. */
        ColumnAlignmentsRole, /**< Table: per column "left", "center", "right" or "". */
        RowsRole,             /**< Table: rows of rich-text cells, the header row first. */
        PlainRowsRole,        /**< Table: the same cells as plain text. */
        OpenRole,             /**< The block may still change: the answer is streaming. */
        MarksRole,            /**< Quick Diff marks whose sentence is in this block's text:
                                   [{text, kind, note}]; empty when none or for code/tables. */
    };
    Q_ENUM(Role)

    explicit MessageBlockModel(QObject *parent = nullptr);
    ~MessageBlockModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_rows.size()); }
    bool isStreaming() const { return m_streaming; }
    bool darkTheme() const { return m_theme == CodeThemeVariant::Dark; }
    void setDarkTheme(bool dark);

    /// Not owned; may be shared by many models. nullptr: code stays uncoloured.
    void setHighlighter(CodeHighlighter *highlighter);
    /// How often streamed text reaches the rows (ms); 0 shows every delta at once. While an
    /// open block grows past a few KB, its refreshes are spaced further apart (up to 4 a
    /// second), as each re-parses and re-lays out the whole open block.
    void setUpdateInterval(int ms)
    {
        m_baseInterval = ms;
        m_textThrottle.setInterval(ms);
    }
    /// How often a streaming code block is coloured again (ms).
    void setHighlightInterval(int ms) { m_highlightThrottle.setInterval(ms); }
    /// For tests and benchmarks that play a stream faster or slower than real time.
    void setClock(const RefreshThrottle::Clock &clock);

    /// Lays the answer out only while a view shows the rows (addView): an answer out of sight
    /// costs the parser's append per delta, nothing per frame and nothing when it ends, and
    /// is brought up to date when a view comes. Until then its rows stay as they were (none,
    /// for an answer never shown). Off by default.
    void setLaidOutOnlyWhenShown(bool onlyWhenShown) { m_onlyWhenShown = onlyWhenShown; }
    /// @p view shows the rows until it is destroyed; the rows are brought up to date now.
    Q_INVOKABLE void addView(QObject *view);

    /// Marks sentences of the answer (Quick Diff); an empty list takes them away.
    void setMarks(const QList<TextMark> &marks);

    /// The blocks as the rows show them.
    QList<MarkdownBlock> blocks() const;
    /// The answer as an HTML fragment (copy as HTML), code coloured as shown.
    Q_INVOKABLE QString html() const;

public Q_SLOTS:
    void appendText(const QString &delta);
    /// The answer is complete.
    void finish();
    /// A whole answer at once (from the history).
    void setText(const QString &text);
    void clear();
    /// Brings the rows up to date with the text received so far.
    void flush();

Q_SIGNALS:
    void countChanged();
    void streamingChanged();
    void darkThemeChanged();

private:
    struct Row
    {
        MarkdownBlock block;
        bool open = false;
        quintptr key = 0;    ///< Identifies the row in highlight requests.
        QString richText;    ///< TextRole, except for code.
        QString highlighted; ///< Coloured HTML of highlightedCode.
        QString highlightedCode;
        /// Its colours are stale: asked for when a view next reads the row (askForColours).
        bool colourWanted = false;
    };

    void setRow(Row &row, const MarkdownBlock &block, bool open);
    void requestHighlight(const Row &row);
    void highlightStreamingCode();
    void askForColours(quintptr key) const;
    void requestAskedColours();
    void applyHighlight(quintptr key, const QString &code, const QString &html);
    QString codeHtml(const Row &row) const;
    void setStreaming(bool streaming);
    bool isShown() const;

    BlockParser m_parser;
    QList<Row> m_rows;
    qsizetype m_finalRows = 0; ///< Rows whose blocks were final at the last flush.
    bool m_streaming = false;
    CodeThemeVariant m_theme = CodeThemeVariant::Light;
    QPointer<CodeHighlighter> m_highlighter;
    RefreshThrottle m_textThrottle;
    int m_baseInterval;
    RefreshThrottle m_highlightThrottle;
    QSet<quintptr> m_codeToColour; ///< Streaming code rows changed since they were coloured.
    mutable QSet<quintptr> m_coloursAsked; ///< Rows a view read while their colours were stale.
    QList<TextMark> m_marks;
    bool m_onlyWhenShown = false;
    bool m_finishWhenShown = false; ///< The answer ended while no view showed it.
    QSet<const QObject *> m_views;  ///< Views showing the rows (addView), until destroyed.
};

} // namespace coro
