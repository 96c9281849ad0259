#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace coro {

/**
 * @brief One point of a guided fusion's checklist: something at least one answer says.
 */
struct ChecklistPoint
{
    int id = 0; ///< 1, 2, ... in the order the model listed them.
    QString text;
    QStringList sources;   ///< Labels of the answers that make the point.
    bool disputed = false; ///< The answers disagree on it.
};

/**
 * @brief What a fusing model is told: the question and every answer under a label ([A], [B],
 *        ...), to be tagged part by part with the labels it came from, with disagreements
 *        listed under "Contradictions" instead of smoothed over; and, for a guided fusion, the
 *        checklist request and the points the user kept.
 *
 * The instructions are for models and stay in English; every text is bounded.
 */
class FusionPrompt
{
public:
    static constexpr int kMaxAnswers = 26;
    static constexpr qsizetype kMaxAnswerChars = 24000;
    static constexpr qsizetype kMaxQuestionChars = 16000;
    static constexpr int kMaxPoints = 30;

    struct Answer
    {
        QString label; ///< "A", "B", ...
        QString text;
        qint64 answerId = 0; ///< The stored answer (0 when not saved).
        QString model;       ///< PROVIDER/MODEL, for people; the fusing model never sees it.
    };

    /// "A" for 0, "B" for 1, ... "Z" for 25.
    static QString label(int index);
    /// Labels the non-empty answers in order, at most kMaxAnswers.
    static QList<Answer> labelled(const QList<Answer> &answers);
    static QStringList labels(const QList<Answer> &answers);

    /// The system text of a fusion.
    static QString instructions();
    /// The message: the question, then each answer under its label; with @p points, only
    /// those points are to be covered.
    static QString message(const QString &question, const QList<Answer> &answers,
                           const QList<ChecklistPoint> &points = {});

    /// The system text asking for the checklist of distinct points, as strict JSON.
    static QString checklistInstructions();
};

} // namespace coro
