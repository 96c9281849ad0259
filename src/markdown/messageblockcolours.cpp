// MessageBlockModel, continued: code rows coloured by the highlighter (a finished block once,
// a streaming one a few times a second), the light and dark palettes, and the answer as HTML.
#include "codehighlighter.h"
#include "htmlrenderer.h"
#include "messageblockmodel.h"

#include <utility>

namespace coro {

void MessageBlockModel::setDarkTheme(bool dark)
{
    const CodeThemeVariant theme = dark ? CodeThemeVariant::Dark : CodeThemeVariant::Light;
    if (theme == m_theme)
        return;
    m_theme = theme;
    // Colours were for the other palette: show plain code until the new ones arrive.
    for (Row &row : m_rows) {
        if (row.block.kind != BlockKind::Code)
            continue;
        row.highlighted.clear();
        row.highlightedCode.clear();
        row.colourWanted = m_highlighter != nullptr;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(count() - 1), {TextRole});
    Q_EMIT darkThemeChanged();
}

void MessageBlockModel::setHighlighter(CodeHighlighter *highlighter)
{
    m_highlighter = highlighter;
    for (Row &row : m_rows)
        row.colourWanted = highlighter && row.block.kind == BlockKind::Code;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(count() - 1), {TextRole, Qt::DisplayRole});
}

void MessageBlockModel::askForColours(quintptr key) const
{
    // Asked for after this call, not in it: a view is reading the model, and a highlighter may
    // answer at once.
    if (m_coloursAsked.isEmpty()) {
        QMetaObject::invokeMethod(const_cast<MessageBlockModel *>(this),
                                  &MessageBlockModel::requestAskedColours, Qt::QueuedConnection);
    }
    m_coloursAsked.insert(key);
}

void MessageBlockModel::requestAskedColours()
{
    const QSet<quintptr> asked = std::exchange(m_coloursAsked, {});
    for (Row &row : m_rows) {
        if (row.colourWanted && asked.contains(row.key)) {
            row.colourWanted = false;
            requestHighlight(row);
        }
    }
}

QString MessageBlockModel::html() const
{
    QHash<QString, QString> coloured;
    for (const Row &row : m_rows) {
        if (row.block.kind == BlockKind::Code)
            coloured.insert(row.block.code, codeHtml(row));
    }
    return HtmlRenderer::render(blocks(), [&coloured](const MarkdownBlock &block) {
        return coloured.value(block.code, CodeHighlighter::plainHtml(block.code));
    });
}

void MessageBlockModel::requestHighlight(const Row &row)
{
    CodeHighlighter *highlighter = m_highlighter.data();
    if (highlighter == nullptr || row.block.kind != BlockKind::Code || row.block.code.isEmpty() ||
        !highlighter->supports(row.block.language))
        return;
    const quintptr key = row.key;
    const QString code = row.block.code;
    highlighter->highlight(
        code, row.block.language, m_theme, this,
        [this, key, code](const QString &html) { applyHighlight(key, code, html); }, key);
}

void MessageBlockModel::highlightStreamingCode()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (!m_highlighter || !m_codeToColour.contains(row.key))
            continue;
        row.colourWanted = true; // Asked for if a view reads the row again.
        const QModelIndex at = index(static_cast<int>(i));
        Q_EMIT dataChanged(at, at, {TextRole, Qt::DisplayRole});
    }
    m_codeToColour.clear();
}

void MessageBlockModel::applyHighlight(quintptr key, const QString &code, const QString &html)
{
    // Code blocks are few and near the end: a search from the back is short.
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        Row &row = m_rows[i];
        if (row.key != key)
            continue;
        // Colours for an earlier state of a growing block still cover its beginning.
        if (!row.block.code.startsWith(code))
            return;
        row.highlighted = html;
        row.highlightedCode = code;
        const QModelIndex changed = index(static_cast<int>(i));
        Q_EMIT dataChanged(changed, changed, {TextRole, Qt::DisplayRole});
        return;
    }
}

QString MessageBlockModel::codeHtml(const Row &row) const
{
    const QString &code = row.block.code;
    if (row.highlightedCode.isEmpty() || !code.startsWith(row.highlightedCode))
        return CodeHighlighter::plainHtml(code);
    return row.highlighted +
           CodeHighlighter::plainHtml(QStringView(code).sliced(row.highlightedCode.size()));
}

} // namespace coro
