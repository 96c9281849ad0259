#include "answerdiff.h"

#include <QCoreApplication>

namespace coro {

namespace {

// A named context, so that lupdate files these messages where the run-time lookup finds them.
struct AnswerDiffText
{
    Q_DECLARE_TR_FUNCTIONS(AnswerDiff)
};

qsizetype common(const QList<int> &a, const QList<int> &b)
{
    qsizetype shared = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    return shared;
}

QString names(const QList<int> &answers, const QStringList &labels)
{
    QStringList listed;
    for (const int answer : answers)
        listed << labels.value(answer, AnswerDiffText::tr("answer %1").arg(answer + 1));
    return listed.join(QLatin1String(", "));
}

QString description(const DiffSentence &sentence, int answerCount, const QStringList &labels)
{
    QString text;
    switch (sentence.agreement) {
    case Agreement::All:
        text = AnswerDiffText::tr("Said by all %n answers.", nullptr, answerCount);
        break;
    case Agreement::Some:
        text = AnswerDiffText::tr("Also said by %1.").arg(names(sentence.sharedWith, labels));
        break;
    case Agreement::Unique:
        text = AnswerDiffText::tr("Only this answer says this.");
        break;
    }
    if (!sentence.contradicts.isEmpty())
        text += QLatin1Char(' ') +
                AnswerDiffText::tr("Contradicts %1.").arg(names(sentence.contradicts, labels));
    return text;
}

} // namespace

double AnswerDiff::similarity(const QList<int> &a, const QList<int> &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 0.0;
    const qsizetype shared = common(a, b);
    return static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
}

bool AnswerDiff::aligned(const Sentence &a, const Sentence &b)
{
    const bool aCode = a.kind == SentenceKind::Code;
    if (aCode != (b.kind == SentenceKind::Code) || a.words.isEmpty() || b.words.isEmpty())
        return false;
    if (a.words.size() < 2 || b.words.size() < 2)
        return a.words == b.words;
    const qsizetype shared = common(a.words, b.words);
    const double jaccard =
        static_cast<double>(shared) / static_cast<double>(a.words.size() + b.words.size() - shared);
    return shared >= 2 && jaccard >= (aCode ? kCodeThreshold : kProseThreshold);
}

bool AnswerDiff::contradicts(const Sentence &a, const Sentence &b)
{
    if (a.kind == SentenceKind::Code)
        return false;
    const bool numbers = !a.numbers.isEmpty() && !b.numbers.isEmpty() && a.numbers != b.numbers;
    const bool polarity = a.polarity != 0 && b.polarity != 0 && a.polarity != b.polarity;
    return numbers || a.negated != b.negated || polarity;
}

QList<QList<DiffSentence>> AnswerDiff::compare(const QStringList &answers,
                                               const QStringList &labels)
{
    SentenceSplitter::Vocabulary vocabulary;
    QList<QList<Sentence>> split;
    for (const QString &answer : answers)
        split << SentenceSplitter::split(answer, vocabulary);

    const int count = static_cast<int>(answers.size());
    QList<QList<DiffSentence>> result;
    for (int i = 0; i < count; ++i) {
        QList<DiffSentence> sentences;
        for (const Sentence &sentence : std::as_const(split.at(i))) {
            DiffSentence out;
            out.text = sentence.text;
            out.kind = sentence.kind;
            out.block = sentence.block;
            for (int j = 0; j < count; ++j) {
                if (j == i)
                    continue;
                // The best aligned sentence of answer j speaks for it.
                const Sentence *best = nullptr;
                double bestScore = -1.0;
                for (const Sentence &other : std::as_const(split.at(j))) {
                    if (!aligned(sentence, other))
                        continue;
                    const double score = similarity(sentence.words, other.words);
                    if (score > bestScore) {
                        bestScore = score;
                        best = &other;
                    }
                }
                if (best == nullptr)
                    continue;
                if (contradicts(sentence, *best))
                    out.contradicts << j;
                else
                    out.sharedWith << j;
            }
            if (count > 1 && out.sharedWith.size() == count - 1)
                out.agreement = Agreement::All;
            else if (!out.sharedWith.isEmpty())
                out.agreement = Agreement::Some;
            out.description = description(out, count, labels);
            sentences << out;
        }
        result << sentences;
    }
    return result;
}

QString AnswerDiff::agreementName(Agreement agreement)
{
    switch (agreement) {
    case Agreement::All:
        return QStringLiteral("all");
    case Agreement::Some:
        return QStringLiteral("some");
    case Agreement::Unique:
        return QStringLiteral("unique");
    }
    return QStringLiteral("unique");
}

} // namespace coro
