#include "context/fusionchecklist.h"

#include <QElapsedTimer>
#include <QTest>

using namespace coro;

namespace {
const QStringList kLabels{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}
} // namespace

/**
 * FusionPrompt and FusionChecklist: what the fusing model is given (labels, every answer,
 * bounded, only the chosen points in a guided fusion) and the checklist of points read back
 * from whatever the model replies.
 */
class TestFusionChecklist : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersAreLabelledInOrderSkippingEmptyOnes();
    void messageHoldsTheQuestionAndEveryAnswerUnderItsLabel();
    void guidedMessageListsOnlyTheChosenPoints();
    void checklistRepliesAreReadDefensively_data();
    void checklistRepliesAreReadDefensively();
    void pointsAreBounded();
    void selectKeepsTheChecklistOrder();
};

void TestFusionChecklist::answersAreLabelledInOrderSkippingEmptyOnes()
{
    QList<FusionPrompt::Answer> answers;
    for (int i = 0; i < 40; ++i)
        answers.append({{},
                        i == 1 ? QStringLiteral("  ") : QStringLiteral("answer %1").arg(i),
                        i,
                        QStringLiteral("p/m%1").arg(i)});
    const auto labelled = FusionPrompt::labelled(answers);
    QCOMPARE(labelled.size(), FusionPrompt::kMaxAnswers);
    QCOMPARE(labelled.at(0).label, QStringLiteral("A"));
    QCOMPARE(labelled.at(1).label, QStringLiteral("B"));
    QCOMPARE(labelled.at(1).answerId, 2); // The empty answer got no label.
    QCOMPARE(labelled.constLast().label, QStringLiteral("Z"));
}

void TestFusionChecklist::messageHoldsTheQuestionAndEveryAnswerUnderItsLabel()
{
    const auto answers = FusionPrompt::labelled(
        {{{}, QStringLiteral("Three days."), 11, QStringLiteral("openai/x")},
         {{}, QString(100000, QLatin1Char('w')), 12, QStringLiteral("gemini/y")}});
    const QString message = FusionPrompt::message(QStringLiteral("How long?"), answers);
    QVERIFY(message.startsWith(QLatin1String("Question:\nHow long?\n\nAnswer [A]:\nThree days.")));
    QVERIFY(message.contains(QLatin1String("\n\nAnswer [B]:\nwww")));
    QVERIFY(message.size() < FusionPrompt::kMaxAnswerChars + 200); // B was cut, and says so.
    QVERIFY(message.contains(QStringLiteral("[… cut]")));
    QVERIFY(!message.contains(QLatin1String("openai/x"))); // Models are not named.
    const QString instructions = FusionPrompt::instructions();
    QVERIFY(instructions.contains(QLatin1String("[A][C]")));
    QVERIFY(instructions.contains(QLatin1String("## Contradictions")));
}

void TestFusionChecklist::guidedMessageListsOnlyTheChosenPoints()
{
    const auto answers = FusionPrompt::labelled(
        {{{}, QStringLiteral("x"), 1, {}}, {{}, QStringLiteral("y"), 2, {}}});
    const QList<ChecklistPoint> points{{1, QStringLiteral("Point one"), {}, false},
                                       {3, QStringLiteral("Point three"), {}, true}};
    const QString message = FusionPrompt::message(QStringLiteral("Q"), answers, points);
    QVERIFY(message.contains(QLatin1String("Cover only these points")));
    QVERIFY(message.contains(QLatin1String("1. Point one\n2. Point three")));
}

void TestFusionChecklist::checklistRepliesAreReadDefensively_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("sources"); ///< Of the first point.
    QTest::addRow("strict")
        << R"({"points":[{"text":"Paris is the capital","sources":["A","B"]},{"text":"Two","sources":["C"],"disputed":true}]})"
        << strings({"Paris is the capital", "Two"}) << strings({"A", "B"});
    QTest::addRow("fenced with chatter")
        << "Here you go:\n```json\n{\"points\": [{\"text\": \"One\", \"sources\": "
           "[\"[A]\"]}]}\n```\nAnything else?"
        << strings({"One"}) << strings({"A"});
    QTest::addRow("bare list of strings")
        << R"(["One", "Two", "One"])" << strings({"One", "Two"}) << strings({});
    QTest::addRow("unknown labels") << R"({"points":[{"text":"One","sources":["A","Q","a"]}]})"
                                    << strings({"One"}) << strings({"A"});
    QTest::addRow("sources as string")
        << R"({"points":[{"point":"One","sources":"B"}]})" << strings({"One"}) << strings({"B"});
    QTest::addRow("braces after json")
        << R"({"points":[{"text":"One"}]} and {not json})" << strings({"One"}) << strings({});
    QTest::addRow("multi-line text")
        << R"({"points":[{"text":"One\n  two"}]})" << strings({"One two"}) << strings({});
}

void TestFusionChecklist::checklistRepliesAreReadDefensively()
{
    QFETCH(QString, reply);
    QFETCH(QStringList, texts);
    QFETCH(QStringList, sources);
    const auto points = FusionChecklist::parse(reply, kLabels);
    QVERIFY(points);
    QStringList got;
    for (const ChecklistPoint &point : *points)
        got << point.text;
    QCOMPARE(got, texts);
    QCOMPARE(points->first().sources, sources);
    QCOMPARE(points->first().id, 1);
    QCOMPARE(points->constLast().id, int(points->size()));
}

void TestFusionChecklist::pointsAreBounded()
{
    QString many = QStringLiteral("[");
    for (int i = 0; i < 100; ++i)
        many += QStringLiteral("\"point %1 %2\",").arg(i).arg(QString(400, QLatin1Char('x')));
    many += QStringLiteral("\"last\"]");
    const auto points = FusionChecklist::parse(many, kLabels);
    QVERIFY(points);
    QCOMPARE(points->size(), FusionPrompt::kMaxPoints);
    QVERIFY(points->first().text.size() <= FusionChecklist::kMaxPointChars + 1);
    // Cut short: the whole points before the cut are kept.
    const auto cut = FusionChecklist::parse(
        QStringLiteral(R"({"points":[{"text":"One","sources":["A"]},{"text":"Two"},{"text":"Thr)"),
        kLabels);
    QVERIFY(cut);
    QCOMPARE(cut->size(), 2);
    QCOMPARE(cut->first().sources, QStringList{QStringLiteral("A")});
    // Nothing readable at all.
    for (const QString &reply : {QString(), QStringLiteral("No JSON here."),
                                 QStringLiteral("{\"points\": []}"), QStringLiteral("{{{{[[[[")}) {
        QVERIFY2(!FusionChecklist::parse(reply, kLabels), qPrintable(reply));
    }
    // Brackets everywhere: still quick.
    QElapsedTimer clock;
    clock.start();
    FusionChecklist::parse(
        QStringLiteral("{[").repeated(30000) + QStringLiteral("}]").repeated(30000), kLabels);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

void TestFusionChecklist::selectKeepsTheChecklistOrder()
{
    const auto points = *FusionChecklist::parse(QStringLiteral(R"(["a","b","c","d"])"), kLabels);
    QStringList chosen;
    for (const ChecklistPoint &point : FusionChecklist::select(points, {4, 2, 9}))
        chosen << point.text;
    QCOMPARE(chosen, QStringList({QStringLiteral("b"), QStringLiteral("d")}));
    QCOMPARE(FusionChecklist::select(points, {}).size(), 4);
}

QTEST_GUILESS_MAIN(TestFusionChecklist)
#include "tst_fusionchecklist.moc"
