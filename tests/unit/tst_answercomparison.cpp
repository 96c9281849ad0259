#include "markdown/loosematch.h"
#include "markdown/messageblockmodel.h"
#include "models/answercomparison.h"
#include "models/answerlistmodel.h"
#include "models/sentencemarker.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace coro;

namespace {
StoredAnswer answer(int slot, const QString &model, const QString &text)
{
    StoredAnswer stored;
    stored.id = slot + 1;
    stored.turnId = 1;
    stored.slot = slot;
    stored.provider = QStringLiteral("fake");
    stored.model = model;
    stored.text = text;
    stored.status = QStringLiteral("done");
    return stored;
}

/// A pane's blocks, as its view shows them.
MessageBlockModel *blocksOf(const AnswerListModel &answers, int row)
{
    auto *blocks = qobject_cast<MessageBlockModel *>(
        answers.data(answers.index(row), AnswerListModel::BlocksRole).value<QObject *>());
    if (blocks)
        blocks->addView(qApp);
    return blocks;
}

/// Every mark of every block of @p row: "kind: text".
QStringList marksOf(const AnswerListModel &answers, int row)
{
    QStringList out;
    const MessageBlockModel *blocks = blocksOf(answers, row);
    for (int i = 0; blocks && i < blocks->rowCount(); ++i) {
        for (const QVariant &mark :
             blocks->data(blocks->index(i), MessageBlockModel::MarksRole).toList())
            out << mark.toMap().value(QStringLiteral("kind")).toString() + QStringLiteral(": ") +
                       mark.toMap().value(QStringLiteral("text")).toString();
    }
    return out;
}
} // namespace

/**
 * Quick Diff in the panes: while a turn's Differences are shown, each answer's text marks what
 * only it says and where it contradicts another answer; closing them takes the marks away.
 */
class TestAnswerComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void looseMatchIgnoresHowWhiteSpaceIsLaidOut();
    void tintMarksThePanesOnlyWhileOn();
    void markerTintsInPlaceKeepingTheText();
};

void TestAnswerComparison::looseMatchIgnoresHowWhiteSpaceIsLaidOut()
{
    const QString laidOut = QStringLiteral("Water boils at\u2028100  degrees.\nIce is cold.");
    const LooseMatch match = findLoosely(laidOut, QStringLiteral(" Water boils at 100 degrees. "));
    QCOMPARE(match.start, 0);
    QCOMPARE(laidOut.mid(match.start, match.length),
             QStringLiteral("Water boils at\u2028100  degrees."));
    QCOMPARE(findLoosely(laidOut, QStringLiteral("Ice is cold.")).start,
             laidOut.indexOf(QStringLiteral("Ice")));
    QVERIFY(!findLoosely(laidOut, QStringLiteral("Ice is hot.")).found());
    QVERIFY(!findLoosely(laidOut, QStringLiteral("   ")).found());
    QVERIFY(!findLoosely(QStringLiteral("Ice"), QStringLiteral("Ice is")).found());
}

void TestAnswerComparison::tintMarksThePanesOnlyWhileOn()
{
    AnswerListModel answers(nullptr, nullptr);
    answers.setStoredAnswers(
        {answer(0, QStringLiteral("a"),
                QStringLiteral("The build takes 5 minutes.\n\nCaching is enabled by default.")),
         answer(1, QStringLiteral("b"),
                QStringLiteral("The build takes 12 minutes.\n\n- Bananas are yellow."))});
    QCOMPARE(answers.rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QTRY_VERIFY(blocksOf(answers, row) && blocksOf(answers, row)->rowCount() == 2);

    AnswerComparison comparison;
    comparison.setAnswers(&answers);
    comparison.refresh();
    QVERIFY(marksOf(answers, 0).isEmpty()); // The panel alone marks nothing.

    comparison.setTint(true);
    const QStringList first = marksOf(answers, 0);
    QVERIFY2(first.contains(QStringLiteral("contradiction: The build takes 5 minutes.")),
             qPrintable(first.join(u'|')));
    QVERIFY(first.contains(QStringLiteral("unique: Caching is enabled by default.")));
    const QStringList second = marksOf(answers, 1);
    QVERIFY2(second.contains(QStringLiteral("contradiction: The build takes 12 minutes.")),
             qPrintable(second.join(u'|')));
    QVERIFY(second.contains(QStringLiteral("unique: Bananas are yellow."))); // A list item.
    // Said in words for screen readers, naming the other answer.
    const QVariantList marks =
        blocksOf(answers, 0)
            ->data(blocksOf(answers, 0)->index(0), MessageBlockModel::MarksRole)
            .toList();
    QStringList notes;
    for (const QVariant &mark : marks)
        notes << mark.toMap().value(QStringLiteral("note")).toString();
    QVERIFY2(notes.contains(QStringLiteral("Contradicts fake/b: The build takes 12 minutes.")),
             qPrintable(notes.join(u'|')));

    comparison.setTint(false);
    QVERIFY(marksOf(answers, 0).isEmpty());
    QVERIFY(marksOf(answers, 1).isEmpty());

    // Gone with the comparison too (the panel's turn scrolled away).
    {
        AnswerComparison shortLived;
        shortLived.setAnswers(&answers);
        shortLived.setTint(true);
        shortLived.refresh();
        QVERIFY(!marksOf(answers, 1).isEmpty());
    }
    QVERIFY(marksOf(answers, 1).isEmpty());
}

void TestAnswerComparison::markerTintsInPlaceKeepingTheText()
{
    QTextDocument document;
    document.setHtml(QStringLiteral("Water boils at <b>100</b> degrees. Ice is cold."));
    const QString before = document.toPlainText();
    SentenceMarker marker;
    marker.setDocument(&document);
    marker.setMarks(
        {QVariantMap{{QStringLiteral("text"), QStringLiteral("Ice is cold.")},
                     {QStringLiteral("kind"), QStringLiteral("unique")}},
         QVariantMap{{QStringLiteral("text"), QStringLiteral("Water boils at 100 degrees.")},
                     {QStringLiteral("kind"), QStringLiteral("contradiction")}}});
    QCOMPARE(document.toPlainText(), before); // Formats over the text, never edits.
    const QList<QTextLayout::FormatRange> ranges = document.firstBlock().layout()->formats();
    QCOMPARE(ranges.size(), 2);
    const auto at = [&](int start) {
        for (const QTextLayout::FormatRange &range : ranges) {
            if (range.start == start)
                return range;
        }
        return QTextLayout::FormatRange{};
    };
    QCOMPARE(at(0).length, 27);
    QCOMPARE(at(0).format.underlineStyle(), QTextCharFormat::WaveUnderline);
    QCOMPARE(at(28).length, 12);
    QCOMPARE(at(28).format.underlineStyle(), QTextCharFormat::DotLine);
    // Told apart by more than colour, and by colour in both themes.
    QVERIFY(SentenceMarker::formatFor(QStringLiteral("unique"), true).background() !=
            SentenceMarker::formatFor(QStringLiteral("contradiction"), true).background());
    // The bold number keeps its own format under the mark.
    QTextCursor cursor(&document);
    cursor.setPosition(16);
    QCOMPARE(cursor.charFormat().fontWeight(), int(QFont::Bold));

    marker.setMarks({});
    QVERIFY(document.firstBlock().layout()->formats().isEmpty());
}

QTEST_MAIN(TestAnswerComparison)
#include "tst_answercomparison.moc"
