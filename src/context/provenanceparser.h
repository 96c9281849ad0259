#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace coro {

/**
 * @brief Follows a fused answer as it streams and tells which source answers each part came
 *        from: the text between provenance tags ([A], [A][C], [A, C]) is attributed to the
 *        labels that close it, and everything from the "Contradictions" heading on is marked
 *        as such. Text only: the segments hold the answer without its tags, nothing is
 *        rendered.
 *
 * Robust to what models and networks do: a tag split across deltas is held (at most
 * kMaxTagChars) until it closes; something in brackets that is not a tag of known labels —
 * web citations [1], task boxes [x], links [text](url), an unclosed "[A" — stays text;
 * unknown labels in a tag are dropped. Bounded at kMaxChars of input.
 */
class ProvenanceParser
{
public:
    static constexpr qsizetype kMaxTagChars = 32;
    static constexpr qsizetype kMaxChars = 4 * 1000 * 1000;

    struct Segment
    {
        QString text;               ///< Plain text of this part, tags removed.
        QStringList sources;        ///< Labels it came from; empty when the model did not say.
        bool contradiction = false; ///< Inside the Contradictions section.
    };

    /// @param labels the labels the answers were given ("A", "B", ...).
    explicit ProvenanceParser(const QStringList &labels);

    void feed(const QString &delta);
    /// The stream ended: held text (an unclosed tag) becomes text.
    void finish();

    /// Settled parts and, last, the part still open (no labels yet).
    QList<Segment> segments() const;
    /// The answer without its tags.
    QString plainText() const;
    /// The Contradictions section without its heading, trimmed, with its labels (there they
    /// name who claims what); empty when there is none.
    QString contradictions() const;
    bool hasContradictionsSection() const { return m_inContradictions; }
    /// Every label some part was attributed to, in label order.
    QStringList usedLabels() const;

    /// The whole of @p text at once.
    static QList<Segment> parse(const QString &text, const QStringList &labels);
    /// Whether @p line (one line, no newline) opens the Contradictions section.
    static bool isHeading(const QString &line);

private:
    void process(QChar c);
    void appendText(const QString &text);
    void resolveTag();
    void applyTag(const QStringList &labels);
    void endLine();
    void startContradictions();

    QSet<QString> m_labels;
    QList<Segment> m_segments;
    Segment m_open;
    QString m_tag; ///< A "[" and what followed, not yet closed.
    bool m_inTag = false;
    QStringList m_heldLabels; ///< A closed tag, held until the next character says it is no link.
    QString m_heldRaw;
    QString m_line;                  ///< Plain text of the current line so far.
    qsizetype m_lineStartInOpen = 0; ///< Where the line began in m_open.text; -1: before it.
    bool m_inContradictions = false;
    qsizetype m_consumed = 0;
};

} // namespace coro
