#include "inlinewriter.h"
#include "safehtml.h"

#include <md4c.h>

namespace coro {

namespace {

const char *openTag(int spanType)
{
    switch (spanType) {
    case MD_SPAN_EM:
        return "<em>";
    case MD_SPAN_STRONG:
        return "<strong>";
    case MD_SPAN_CODE:
        return "<code>";
    case MD_SPAN_DEL:
        return "<del>";
    default:
        return nullptr; // LaTeX, wiki links, underline: not enabled, shown as their text.
    }
}

const char *closeTag(int spanType)
{
    switch (spanType) {
    case MD_SPAN_EM:
        return "</em>";
    case MD_SPAN_STRONG:
        return "</strong>";
    case MD_SPAN_CODE:
        return "</code>";
    case MD_SPAN_DEL:
        return "</del>";
    default:
        return nullptr;
    }
}

} // namespace

void InlineWriter::clear()
{
    m_html.clear();
    m_plain.clear();
    m_links.clear();
    m_liveLinks = 0;
    m_imageDepth = 0;
    m_imageSource.clear();
    m_altText.clear();
}

void InlineWriter::append(const QString &plainText)
{
    if (m_imageDepth > 0) {
        m_altText += plainText;
        return;
    }
    SafeHtml::appendEscaped(m_html, plainText);
    m_plain += plainText;
}

void InlineWriter::appendUtf8(QByteArrayView bytes)
{
    if (m_imageDepth > 0) {
        m_altText += QString::fromUtf8(bytes);
        return;
    }
    // The hot path of every parse: no string per run of text.
    const qsizetype from = m_plain.size();
    m_plain.resize(from + m_utf8.requiredSpace(bytes.size()));
    const QChar *end = m_utf8.appendToBuffer(m_plain.data() + from, bytes);
    m_plain.truncate(end - m_plain.constData());
    SafeHtml::appendEscaped(m_html, QStringView(m_plain).sliced(from));
}

void InlineWriter::openSpan(int spanType)
{
    if (m_imageDepth > 0)
        return; // Alt text is plain.
    if (const char *tag = openTag(spanType))
        m_html += QLatin1String(tag);
}

void InlineWriter::closeSpan(int spanType)
{
    if (m_imageDepth > 0)
        return;
    if (const char *tag = closeTag(spanType))
        m_html += QLatin1String(tag);
}

void InlineWriter::openLink(const QString &href, const QString &title)
{
    const QString safeHref = SafeHtml::href(href);
    const bool live = m_imageDepth == 0 && m_liveLinks == 0 && !safeHref.isEmpty();
    m_links.append(live);
    if (!live)
        return;
    ++m_liveLinks;
    m_html += QLatin1String("<a href=\"") + safeHref + QLatin1Char('"');
    if (!title.isEmpty())
        m_html += QLatin1String(" title=\"") + SafeHtml::escape(title) + QLatin1Char('"');
    m_html += QLatin1Char('>');
}

void InlineWriter::closeLink()
{
    if (m_links.isEmpty())
        return;
    if (m_links.takeLast()) {
        --m_liveLinks;
        m_html += QLatin1String("</a>");
    }
}

void InlineWriter::openImage(const QString &source)
{
    if (m_imageDepth++ == 0) {
        m_imageSource = source;
        m_altText.clear();
    }
}

void InlineWriter::closeImage()
{
    if (m_imageDepth == 0 || --m_imageDepth > 0)
        return;
    // Never an <img>: a view would fetch it. The alt text, as a link the reader may follow.
    const QString href = m_liveLinks == 0 ? SafeHtml::href(m_imageSource) : QString();
    const QString label = m_altText.isEmpty() ? m_imageSource : m_altText;
    if (href.isEmpty()) {
        m_html += SafeHtml::escape(label);
    } else {
        m_html += QLatin1String("<a href=\"") + href + QLatin1String("\">") +
                  SafeHtml::escape(label) + QLatin1String("</a>");
    }
    m_plain += label;
}

void InlineWriter::text(int textType, QByteArrayView bytes)
{
    switch (textType) {
    case MD_TEXT_NULLCHAR:
        append(QString(QChar(0xFFFD)));
        break;
    case MD_TEXT_BR:
        if (m_imageDepth > 0) {
            m_altText += QLatin1Char(' ');
        } else {
            m_html += QLatin1String("<br />\n");
            m_plain += QLatin1Char('\n');
        }
        break;
    case MD_TEXT_SOFTBR:
        if (m_imageDepth > 0) {
            m_altText += QLatin1Char(' ');
        } else {
            m_html += QLatin1Char('\n');
            m_plain += QLatin1Char(' ');
        }
        break;
    case MD_TEXT_ENTITY:
        append(SafeHtml::decodeEntity(bytes));
        break;
    default: // NORMAL, CODE, and HTML/LaTeX, which are never markup here.
        appendUtf8(bytes);
    }
}

} // namespace coro
