// MessageBlockModel, continued: code rows coloured by the highlighter (a finished block once,
// a streaming one a few times a second), the light and dark palettes, and the answer as HTML.
#include "codehighlighter.h"
#include "htmlrenderer.h"
#include "messageblockmodel.h"

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
        requestHighlight(row);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(count() - 1), {TextRole});
    Q_EMIT darkThemeChanged();
}

void MessageBlockModel::setHighlighter(CodeHighlighter *highlighter)
{
    m_highlighter = highlighter;
    for (const Row &row : std::as_const(m_rows))
        requestHighlight(row);
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
    for (const Row &row : std::as_const(m_rows)) {
        if (m_codeToColour.contains(row.key))
            requestHighlight(row);
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
