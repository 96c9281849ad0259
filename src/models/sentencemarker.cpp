#include "sentencemarker.h"

#include "markdown/loosematch.h"

#include <QTextDocument>

namespace coro {

SentenceMarker::SentenceMarker(QObject *parent) : QSyntaxHighlighter(parent) {}

void SentenceMarker::setQuickDocument(QQuickTextDocument *document)
{
    if (m_quickDocument == document)
        return;
    m_quickDocument = document;
    setDocument(document ? document->textDocument() : nullptr);
    Q_EMIT documentChanged();
}

void SentenceMarker::setMarks(const QVariantList &marks)
{
    if (m_marks == marks)
        return;
    m_marks = marks;
    rehighlight();
    Q_EMIT marksChanged();
}

void SentenceMarker::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    rehighlight();
    Q_EMIT darkChanged();
}

QTextCharFormat SentenceMarker::formatFor(const QString &kind, bool dark)
{
    // Blue and orange: a pair told apart with every common colour-vision deficiency.
    QTextCharFormat format;
    if (kind == QLatin1String("contradiction")) {
        format.setBackground(dark ? QColor(0x5c, 0x3b, 0x0e) : QColor(0xff, 0xe0, 0xb2));
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x4a, 0x00));
    } else {
        format.setBackground(dark ? QColor(0x1c, 0x3a, 0x5e) : QColor(0xdc, 0xea, 0xfb));
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        format.setUnderlineColor(dark ? QColor(0x90, 0xc2, 0xff) : QColor(0x1a, 0x5f, 0xb4));
    }
    return format;
}

void SentenceMarker::highlightBlock(const QString &text)
{
    // Contradictions last: a sentence that contradicts another is also said by only this
    // answer, and the stronger mark wins.
    for (const QLatin1String kind : {QLatin1String("unique"), QLatin1String("contradiction")}) {
        const QTextCharFormat format = formatFor(kind, m_dark);
        for (const QVariant &entry : std::as_const(m_marks)) {
            const QVariantMap mark = entry.toMap();
            if (mark.value(QStringLiteral("kind")).toString() != kind)
                continue;
            const QString sentence = mark.value(QStringLiteral("text")).toString();
            for (LooseMatch match = findLoosely(text, sentence); match.found();
                 match = findLoosely(text, sentence, match.start + match.length))
                setFormat(int(match.start), int(match.length), format);
        }
    }
}

} // namespace coro
