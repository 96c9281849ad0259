#pragma once

#include "sentencesplitter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace coro {

/// How many of the other answers say a sentence.
enum class Agreement : quint8 { All, Some, Unique };

/// One sentence of one answer, placed against the other answers.
struct DiffSentence
{
    QString text;
    SentenceKind kind = SentenceKind::Prose;
    int block = 0; ///< Its Markdown block in the answer (for highlighting it).
    Agreement agreement = Agreement::Unique;
    QList<int> sharedWith;  ///< Answers that say the same (indexes, ascending).
    QList<int> contradicts; ///< Answers that say it with another number, negation or yes/no.
    QString description;    ///< For screen readers, e.g. "Also in B.md. Contradicts C.md."
};

/**
 * @brief Quick Diff of N answers to one question: which sentences all, some or only one of
 * them say, and where aligned sentences contradict each other.
 *
 * Sentences come from SentenceSplitter. Two sentences align when their content words overlap
 * enough: Jaccard similarity |A∩B| / |A∪B| of at least kProseThreshold (code blocks, compared
 * whole: kCodeThreshold), with at least two content words in common, or identical content
 * words when a sentence has fewer. Code aligns only with code. For each other answer, a
 * sentence's best aligned sentence there decides: if the two differ in their numbers, in
 * negation or in a leading yes/no, that answer *contradicts* it; otherwise it *shares* it.
 * A sentence shared with every other answer is said by all; with some, by some; else unique.
 */
class AnswerDiff
{
public:
    static constexpr double kProseThreshold = 0.5;
    static constexpr double kCodeThreshold = 0.6;

    /// @p labels name the answers in descriptions (file or model names).
    static QList<QList<DiffSentence>> compare(const QStringList &answers,
                                              const QStringList &labels);

    /// Jaccard similarity of two sorted, unique id lists.
    static double similarity(const QList<int> &a, const QList<int> &b);
    /// Whether @p a and @p b align (see the class comment).
    static bool aligned(const Sentence &a, const Sentence &b);
    /// Whether two aligned sentences disagree on a number, a negation or yes/no.
    static bool contradicts(const Sentence &a, const Sentence &b);

    static QString agreementName(Agreement agreement);
};

} // namespace coro
