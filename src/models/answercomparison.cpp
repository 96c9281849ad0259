#include "answercomparison.h"

#include "answerlistmodel.h"
#include "diff/answerdiff.h"
#include "diff/worddiff.h"
#include "markdown/messageblockmodel.h"

namespace coro {

void AnswerComparison::setAnswers(AnswerListModel *answers)
{
    if (m_answers == answers)
        return;
    m_answers = answers;
    Q_EMIT answersChanged();
}

AnswerComparison::~AnswerComparison()
{
    applyMarks(false);
}

void AnswerComparison::setTint(bool tint)
{
    if (m_tint == tint)
        return;
    m_tint = tint;
    applyMarks(tint);
    Q_EMIT tintChanged();
}

void AnswerComparison::applyMarks(bool on)
{
    const AnswerListModel *answers = m_answers.data();
    if (!answers)
        return;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const QVariant blocks =
            answers->data(answers->index(m_rows.at(i)), AnswerListModel::BlocksRole);
        if (auto *model = qobject_cast<MessageBlockModel *>(blocks.value<QObject *>()))
            model->setMarks(on ? m_marks.value(i) : QList<TextMark>{});
    }
}

void AnswerComparison::refresh()
{
    applyMarks(false);
    m_rows.clear();
    m_marks.clear();
    m_texts.clear();
    m_labels.clear();
    m_agreed.clear();
    m_unique.clear();
    m_contradictions.clear();
    if (const AnswerListModel *answers = m_answers.data()) {
        for (int row = 0; row < answers->rowCount(); ++row) {
            const QModelIndex at = answers->index(row);
            if (answers->data(at, AnswerListModel::StateRole).toString() != QLatin1String("done"))
                continue;
            m_rows << row;
            m_texts << answers->data(at, AnswerListModel::TextRole).toString();
            m_labels << answers->data(at, AnswerListModel::LabelRole).toString();
        }
    }
    const QList<QList<DiffSentence>> compared = AnswerDiff::compare(m_texts, m_labels);
    m_marks.resize(compared.size());
    for (qsizetype i = 0; i < compared.size(); ++i) {
        QStringList only;
        for (const DiffSentence &sentence : compared.at(i)) {
            if (i == 0 && sentence.agreement == Agreement::All && compared.size() > 1)
                m_agreed << sentence.text;
            if (sentence.agreement == Agreement::Unique && compared.size() > 1) {
                only << sentence.text;
                m_marks[i].append({sentence.text, QStringLiteral("unique"),
                                   tr("Only in this answer: %1").arg(sentence.text)});
            }
            for (const int other : sentence.contradicts) {
                if (other <= i)
                    continue; // Each pair once.
                QString otherText;
                for (const DiffSentence &candidate : compared.at(other)) {
                    if (candidate.contradicts.contains(int(i))) {
                        otherText = candidate.text;
                        break;
                    }
                }
                m_marks[i].append({sentence.text, QStringLiteral("contradiction"),
                                   tr("Contradicts %1: %2").arg(m_labels.at(other), otherText)});
                m_marks[other].append(
                    {otherText, QStringLiteral("contradiction"),
                     tr("Contradicts %1: %2").arg(m_labels.at(i), sentence.text)});
                m_contradictions.append(
                    QVariantMap{{QStringLiteral("label"), m_labels.at(i)},
                                {QStringLiteral("text"), sentence.text},
                                {QStringLiteral("otherLabel"), m_labels.at(other)},
                                {QStringLiteral("otherText"), otherText}});
            }
        }
        m_unique.append(QVariantMap{{QStringLiteral("label"), m_labels.at(i)},
                                    {QStringLiteral("sentences"), only}});
    }
    if (m_tint)
        applyMarks(true);
    Q_EMIT resultsChanged();
}

QString AnswerComparison::wordDiff(int a, int b) const
{
    if (a < 0 || b < 0 || a >= m_texts.size() || b >= m_texts.size())
        return {};
    QString out;
    for (const WordDiffPiece &piece : WordDiff::diff(m_texts.at(a), m_texts.at(b))) {
        QString text = piece.text.toHtmlEscaped();
        text.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        switch (piece.op) {
        case WordDiffPiece::Op::Same:
            out += text;
            break;
        case WordDiffPiece::Op::Removed:
            out += QStringLiteral("<s>−[") + text + QStringLiteral("]</s>");
            break;
        case WordDiffPiece::Op::Added:
            out += QStringLiteral("<u><b>+[") + text + QStringLiteral("]</b></u>");
            break;
        }
    }
    return out;
}

} // namespace coro
