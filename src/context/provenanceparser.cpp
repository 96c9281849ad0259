#include "provenanceparser.h"

#include <QRegularExpression>

namespace coro {

ProvenanceParser::ProvenanceParser(const QStringList &labels)
    : m_labels(labels.cbegin(), labels.cend())
{}

QList<ProvenanceParser::Segment> ProvenanceParser::parse(const QString &text,
                                                         const QStringList &labels)
{
    ProvenanceParser parser(labels);
    parser.feed(text);
    parser.finish();
    return parser.segments();
}

void ProvenanceParser::feed(const QString &delta)
{
    for (const QChar c : delta) {
        if (m_consumed >= kMaxChars)
            return;
        ++m_consumed;
        process(c);
    }
}

void ProvenanceParser::process(QChar c)
{
    if (!m_heldLabels.isEmpty()) {
        // "[A](https://…)" is a Markdown link whose text happens to be a label.
        if (c == QLatin1Char('('))
            appendText(m_heldRaw);
        else
            applyTag(m_heldLabels);
        m_heldLabels.clear();
        m_heldRaw.clear();
    }
    if (m_inTag) {
        if (c == QLatin1Char(']')) {
            m_tag += c;
            resolveTag();
            return;
        }
        if (c == QLatin1Char('[')) { // "[[A]": the first bracket is text.
            appendText(m_tag);
            m_tag = c;
            return;
        }
        if (c != QLatin1Char('\n') && m_tag.size() < kMaxTagChars) {
            m_tag += c;
            return;
        }
        appendText(std::exchange(m_tag, QString()));
        m_inTag = false;
    }
    if (c == QLatin1Char('[')) {
        m_inTag = true;
        m_tag = c;
        return;
    }
    appendText(QString(c));
}

void ProvenanceParser::resolveTag()
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;/&+]+|\\band\\b"));
    const QString raw = std::exchange(m_tag, QString());
    m_inTag = false;
    const QStringList tokens = raw.mid(1, raw.size() - 2).split(separators, Qt::SkipEmptyParts);
    QStringList known;
    bool tagShaped = !tokens.isEmpty();
    for (const QString &token : tokens) {
        if (token.size() != 1 || token.at(0) < QLatin1Char('A') || token.at(0) > QLatin1Char('Z')) {
            tagShaped = false;
            break;
        }
        if (m_labels.contains(token) && !known.contains(token))
            known << token;
    }
    if (!tagShaped || known.isEmpty()) {
        appendText(raw);
        return;
    }
    m_heldLabels = known;
    m_heldRaw = raw;
}

void ProvenanceParser::applyTag(const QStringList &labels)
{
    // "[A][C]" or "[A] [C]": one part from two answers.
    if (m_open.text.trimmed().isEmpty() && !m_segments.isEmpty() &&
        !m_segments.constLast().sources.isEmpty() &&
        m_segments.constLast().contradiction == m_open.contradiction) {
        Segment &last = m_segments.last();
        last.text += m_open.text;
        for (const QString &label : labels) {
            if (!last.sources.contains(label))
                last.sources << label;
        }
        m_open.text.clear();
    } else {
        m_open.sources = labels;
        m_segments.append(m_open);
        m_open = Segment{{}, {}, m_inContradictions};
    }
    m_lineStartInOpen = m_line.isEmpty() ? 0 : -1;
}

void ProvenanceParser::appendText(const QString &text)
{
    for (const QChar c : text) {
        m_open.text += c;
        if (c == QLatin1Char('\n'))
            endLine();
        else
            m_line += c;
    }
}

bool ProvenanceParser::isHeading(const QString &line)
{
    static const QRegularExpression heading(
        QStringLiteral("^\\s*(#{1,6}\\s*(\\*\\*|__)?\\s*contradictions?\\b.*|(\\*\\*|__)\\s*"
                       "contradictions?\\s*:?\\s*(\\*\\*|__).*|contradictions?\\s*:.*|"
                       "contradictions?\\s*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return line.size() < 200 && heading.match(line).hasMatch();
}

void ProvenanceParser::endLine()
{
    if (!m_inContradictions && isHeading(m_line))
        startContradictions();
    m_line.clear();
    m_lineStartInOpen = m_open.text.size();
}

void ProvenanceParser::startContradictions()
{
    m_inContradictions = true;
    if (m_lineStartInOpen > 0) {
        // The heading line opens the section: the text before it stays where it was.
        Segment before{m_open.text.left(m_lineStartInOpen), {}, false};
        m_open.text.remove(0, m_lineStartInOpen);
        m_segments.append(before);
    }
    m_open.contradiction = true;
}

void ProvenanceParser::finish()
{
    if (m_inTag) {
        m_inTag = false;
        appendText(std::exchange(m_tag, QString()));
    }
    if (!m_heldLabels.isEmpty()) {
        applyTag(m_heldLabels);
        m_heldLabels.clear();
        m_heldRaw.clear();
    }
    if (!m_inContradictions && isHeading(m_line))
        startContradictions();
}

QList<ProvenanceParser::Segment> ProvenanceParser::segments() const
{
    QList<Segment> all = m_segments;
    if (!m_open.text.isEmpty())
        all.append(m_open);
    return all;
}

QString ProvenanceParser::plainText() const
{
    QString text;
    for (const Segment &segment : segments())
        text += segment.text;
    return text;
}

QString ProvenanceParser::contradictions() const
{
    // Here the labels are the subjects ("[A] says 3; [B] says 5"): they are put back.
    QString text;
    for (const Segment &segment : segments()) {
        if (!segment.contradiction)
            continue;
        text += segment.text;
        for (const QString &label : segment.sources)
            text += QLatin1Char('[') + label + QLatin1Char(']');
    }
    // Without its heading line.
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    const QString firstLine = newline < 0 ? text : text.left(newline);
    static const QRegularExpression headingWord(QStringLiteral("^\\W*contradictions?\\W*$"),
                                                QRegularExpression::CaseInsensitiveOption);
    if (headingWord.match(firstLine.trimmed()).hasMatch())
        text = newline < 0 ? QString() : text.mid(newline + 1);
    return text.trimmed();
}

QStringList ProvenanceParser::usedLabels() const
{
    QStringList used;
    for (const Segment &segment : segments()) {
        for (const QString &label : segment.sources) {
            if (!used.contains(label))
                used << label;
        }
    }
    std::sort(used.begin(), used.end());
    return used;
}

} // namespace coro
