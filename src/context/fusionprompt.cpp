#include "fusionprompt.h"

namespace coro {

namespace {
QString bounded(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text.trimmed();
    QString cut = text.left(max);
    if (cut.back().isHighSurrogate())
        cut.chop(1);
    return cut.trimmed() + QStringLiteral("\n[… cut]");
}
} // namespace

QString FusionPrompt::label(int index)
{
    return index >= 0 && index < kMaxAnswers ? QString(QChar(u'A' + index)) : QString();
}

QList<FusionPrompt::Answer> FusionPrompt::labelled(const QList<Answer> &answers)
{
    QList<Answer> kept;
    for (const Answer &answer : answers) {
        if (answer.text.trimmed().isEmpty())
            continue;
        if (kept.size() >= kMaxAnswers)
            break;
        Answer copy = answer;
        copy.label = label(int(kept.size()));
        kept.append(copy);
    }
    return kept;
}

QStringList FusionPrompt::labels(const QList<Answer> &answers)
{
    QStringList list;
    for (const Answer &answer : answers)
        list << answer.label;
    return list;
}

QString FusionPrompt::instructions()
{
    return QStringLiteral(
        "You combine several answers to the same question into one best answer. The answers "
        "are labelled [A], [B] and so on. Keep what is correct and useful from each; leave out "
        "what is wrong or repeated.\n"
        "Provenance: end every sentence, bullet point or table row with the labels of the "
        "answers it comes from, in square brackets, like [A] or [A][C]. Use capital letters in "
        "square brackets for nothing else.\n"
        "Contradictions: where the answers disagree, do not smooth it over and do not pick a "
        "side silently. End with a section headed \"## Contradictions\" listing each "
        "disagreement, saying what each labelled answer claims, like \"- [A] says 3 days; [B] "
        "says 5 days.\" If they agree everywhere, write \"None.\" under that heading.\n"
        "Write plain Markdown text: no HTML.");
}

QString FusionPrompt::message(const QString &question, const QList<Answer> &answers,
                              const QList<ChecklistPoint> &points)
{
    QString text = QStringLiteral("Question:\n") + bounded(question, kMaxQuestionChars);
    for (const Answer &answer : answers) {
        text += QStringLiteral("\n\nAnswer [%1]:\n").arg(answer.label) +
                bounded(answer.text, kMaxAnswerChars);
    }
    if (!points.isEmpty()) {
        text += QStringLiteral("\n\nCover only these points, in this order, and nothing else "
                               "(still tag each part and keep the Contradictions section):");
        int n = 0;
        for (const ChecklistPoint &point : points) {
            if (++n > kMaxPoints)
                break;
            text += QStringLiteral("\n%1. ").arg(n) + bounded(point.text, 600);
        }
    }
    return text;
}

QString FusionPrompt::checklistInstructions()
{
    return QStringLiteral(
        "List the distinct points made across the labelled answers, so that a reader can pick "
        "which ones to keep. Merge points that say the same thing; keep points on which the "
        "answers disagree and mark them disputed. At most 20 points, one sentence each. Reply "
        "with one JSON object and nothing else: {\"points\": [{\"text\": \"...\", \"sources\": "
        "[\"A\", \"C\"], \"disputed\": false}]}");
}

} // namespace coro
