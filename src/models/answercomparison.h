#pragma once

#include "answerlistmodel.h"
#include "markdown/textmark.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQmlIntegration>

namespace coro {

/**
 * @brief Quick Diff of one turn's answers for the compare view: what every model says, what
 *        only one says, where two contradict each other, and a word diff of any two.
 *
 * Worked out on demand (refresh()) from the finished answers, never per token. Every mark is
 * also a sentence a screen reader can read ("Only in openai/gpt-4o-mini", "Contradicts …").
 */
class AnswerComparison : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(coro::AnswerListModel *answers READ answers WRITE setAnswers NOTIFY answersChanged)
    /// Sentences every answer says (as the first answer words them).
    Q_PROPERTY(QStringList agreed READ agreed NOTIFY resultsChanged)
    /// Per answer: {label, sentences: [text...]} for what only that answer says.
    Q_PROPERTY(QVariantList unique READ unique NOTIFY resultsChanged)
    /// {label, text, otherLabel, otherText}: aligned sentences that differ in a number, a
    /// negation or a yes/no.
    Q_PROPERTY(QVariantList contradictions READ contradictions NOTIFY resultsChanged)
    /// "provider/model" of each compared answer, in pane order.
    Q_PROPERTY(QStringList labels READ labels NOTIFY resultsChanged)
    /// Marks the panes too: what only one answer says and where two contradict each other,
    /// tinted and underlined in the answers' text (MessageBlockModel::setMarks).
    Q_PROPERTY(bool tint READ tint WRITE setTint NOTIFY tintChanged)

public:
    using QObject::QObject;
    ~AnswerComparison() override;

    AnswerListModel *answers() const { return m_answers; }
    void setAnswers(AnswerListModel *answers);
    QStringList agreed() const { return m_agreed; }
    QVariantList unique() const { return m_unique; }
    QVariantList contradictions() const { return m_contradictions; }
    QStringList labels() const { return m_labels; }
    bool tint() const { return m_tint; }
    void setTint(bool tint);

    /// Compares the answers that finished (done) as they are now.
    Q_INVOKABLE void refresh();
    /// Answers @p a and @p b word by word, as StyledText: removed words struck out and marked
    /// "−[…]", added ones underlined and marked "+[…]", so no colour is needed to tell them.
    Q_INVOKABLE QString wordDiff(int a, int b) const;

Q_SIGNALS:
    void answersChanged();
    void resultsChanged();
    void tintChanged();

private:
    /// Puts this comparison's marks on the compared answers' blocks, or takes them away.
    void applyMarks(bool on);

    QPointer<AnswerListModel> m_answers;
    QStringList m_texts;
    QStringList m_labels;
    QStringList m_agreed;
    QVariantList m_unique;
    QVariantList m_contradictions;
    QList<int> m_rows;              ///< The compared answers' rows in the model.
    QList<QList<TextMark>> m_marks; ///< Per compared answer.
    bool m_tint = false;
};

} // namespace coro
