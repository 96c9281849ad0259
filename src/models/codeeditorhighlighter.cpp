#include "codeeditorhighlighter.h"

#include "markdown/codehighlighter.h"

#include <QTextDocument>

namespace coro {

namespace {
QString unescape(QStringView text)
{
    QString out = text.toString();
    out.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}
} // namespace

CodeEditorHighlighter::CodeEditorHighlighter(QObject *parent)
    : QSyntaxHighlighter(parent), m_highlighter(CodeHighlighter::create())
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &CodeEditorHighlighter::request);
}

CodeEditorHighlighter::~CodeEditorHighlighter()
{
    // ~QSyntaxHighlighter clears our formats, which the document reports as a change: that must
    // not reach schedule() on a timer already destroyed.
    if (document())
        document()->disconnect(this);
}

QList<CodeEditorHighlighter::Line> CodeEditorHighlighter::linesFromRichText(const QString &html)
{
    static const QLatin1String colorOpen("<span style=\"color:");
    static const QLatin1String plainOpen("<span>");
    static const QLatin1String close("</span>");
    QList<Line> lines(1);
    QList<QColor> colors; // The open spans, innermost last; a plain span inherits its colour.
    qsizetype at = 0;
    const auto addText = [&](QStringView escaped) {
        const QString text = unescape(escaped);
        const QColor color = colors.isEmpty() ? QColor() : colors.constLast();
        for (const QStringView part : QStringView(text).split(QLatin1Char('\n'))) {
            Line &line = lines.last();
            if (color.isValid() && !part.isEmpty())
                line.spans.append({int(line.text.size()), int(part.size()), color});
            line.text += part;
            lines.append(Line{});
        }
        lines.removeLast(); // split() gives one part more than there are newlines.
    };
    while (at < html.size()) {
        const qsizetype tag = html.indexOf(QLatin1Char('<'), at);
        const qsizetype textEnd = tag < 0 ? html.size() : tag;
        if (textEnd > at)
            addText(QStringView(html).sliced(at, textEnd - at));
        if (tag < 0)
            break;
        const QStringView rest = QStringView(html).sliced(tag);
        if (rest.startsWith(colorOpen)) {
            const qsizetype end = rest.indexOf(QLatin1String("\">"));
            if (end < 0)
                break;
            colors.append(QColor(rest.sliced(colorOpen.size(), end - colorOpen.size())));
            at = tag + end + 2;
        } else if (rest.startsWith(plainOpen)) {
            colors.append(colors.isEmpty() ? QColor() : colors.constLast());
            at = tag + plainOpen.size();
        } else if (rest.startsWith(close)) {
            if (!colors.isEmpty())
                colors.removeLast();
            at = tag + close.size();
        } else {
            // Not ours: skip the tag (the highlighter escapes every '<' of the code).
            const qsizetype end = rest.indexOf(QLatin1Char('>'));
            at = end < 0 ? html.size() : tag + end + 1;
        }
    }
    return lines;
}

void CodeEditorHighlighter::setQuickDocument(QQuickTextDocument *document)
{
    if (m_quickDocument == document)
        return;
    m_quickDocument = document;
    setTextDocument(document ? document->textDocument() : nullptr);
    Q_EMIT documentChanged();
}

void CodeEditorHighlighter::setTextDocument(QTextDocument *text)
{
    if (document())
        document()->disconnect(this);
    setDocument(text);
    if (text) {
        // Typing changes the text; our own colours only change formats (request() skips those).
        connect(text, &QTextDocument::contentsChanged, this, &CodeEditorHighlighter::schedule);
    }
    m_requested.clear();
    m_lines.clear();
    schedule();
}

void CodeEditorHighlighter::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    m_requested.clear();
    m_lines.clear();
    rehighlight();
    schedule();
    Q_EMIT languageChanged();
}

void CodeEditorHighlighter::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    m_requested.clear();
    schedule();
    Q_EMIT darkChanged();
}

void CodeEditorHighlighter::schedule()
{
    if (document())
        m_delay.start();
}

void CodeEditorHighlighter::request()
{
    if (!document())
        return;
    const QString code = document()->toPlainText();
    if (code == m_requested)
        return;
    m_requested = code;
    if (code.size() > kMaxChars || !m_highlighter->supports(m_language)) {
        if (!m_lines.isEmpty()) {
            m_lines.clear();
            rehighlight();
        }
        return;
    }
    m_highlighter->highlight(
        code, m_language, m_dark ? CodeThemeVariant::Dark : CodeThemeVariant::Light, this,
        [this, code](const QString &html) {
            if (code != m_requested)
                return; // Typed on meanwhile: a newer request is on its way.
            m_lines = linesFromRichText(html);
            rehighlight();
            Q_EMIT highlighted();
        },
        reinterpret_cast<quintptr>(this));
}

void CodeEditorHighlighter::highlightBlock(const QString &text)
{
    const int number = currentBlock().blockNumber();
    if (number < 0 || number >= m_lines.size())
        return;
    const Line &line = m_lines.at(number);
    if (line.text != text)
        return; // Edited since it was coloured: plain until the next colours arrive.
    for (const Span &span : line.spans)
        setFormat(span.start, span.length, span.color);
}

} // namespace coro
