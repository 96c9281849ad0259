#include "context/provenanceparser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace coro;

namespace {
const QStringList kLabels{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};

const QString kFused = QStringLiteral(
    "Paris is the capital of France. [A][B]\n"
    "It has about 2.1 million inhabitants [A].\n"
    "The Eiffel Tower opened in 1889 [B, C]. See [1] and [the map](https://m.example).\n"
    "- [x] visited\n"
    "\n"
    "## Contradictions\n"
    "- [A] says the Louvre is closed on Mondays; [B] says Tuesdays.\n");

// "text|A,B" per segment, contradiction segments prefixed with "!".
QStringList shape(const QList<ProvenanceParser::Segment> &segments)
{
    QStringList out;
    for (const auto &segment : segments) {
        out << (segment.contradiction ? QStringLiteral("!") : QString()) + segment.text +
                   QLatin1Char('|') + segment.sources.join(QLatin1Char(','));
    }
    return out;
}
} // namespace

/**
 * ProvenanceParser: which answer each part of a fused answer came from, while it streams, and
 * the contradictions kept apart — whatever the model or the network does to the tags.
 */
class TestProvenanceParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void partsAreAttributedToTheLabelsThatCloseThem();
    void contradictionsAreKeptWithTheirLabels();
    void anySplitOfTheStreamGivesTheSameParts();
    void somethingInBracketsThatIsNoTagStaysText_data();
    void somethingInBracketsThatIsNoTagStaysText();
    void unknownLabelsAreDroppedFromATag();
    void openTagIsHeldUntilItCloses();
    void headingVariants_data();
    void headingVariants();
    void hostileInputIsBoundedAndQuick();
};

void TestProvenanceParser::partsAreAttributedToTheLabelsThatCloseThem()
{
    ProvenanceParser parser(kLabels);
    parser.feed(kFused);
    parser.finish();
    const auto segments = parser.segments();
    QCOMPARE(segments.at(0).text, QStringLiteral("Paris is the capital of France. "));
    QCOMPARE(segments.at(0).sources, QStringList({QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(segments.at(1).text, QStringLiteral("\nIt has about 2.1 million inhabitants "));
    QCOMPARE(segments.at(1).sources, QStringList{QStringLiteral("A")});
    QCOMPARE(segments.at(2).text, QStringLiteral(".\nThe Eiffel Tower opened in 1889 "));
    QCOMPARE(segments.at(2).sources, QStringList({QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(parser.usedLabels(), kLabels);
    // The answer without its tags; web citations, links and task boxes untouched.
    QCOMPARE(parser.plainText(),
             QStringLiteral("Paris is the capital of France. \n"
                            "It has about 2.1 million inhabitants .\n"
                            "The Eiffel Tower opened in 1889 . See [1] and "
                            "[the map](https://m.example).\n- [x] visited\n\n"
                            "## Contradictions\n-  says the Louvre is closed on Mondays;  "
                            "says Tuesdays.\n"));
    QVERIFY(!parser.plainText().contains(QLatin1String("[A]")));
}

void TestProvenanceParser::contradictionsAreKeptWithTheirLabels()
{
    ProvenanceParser parser(kLabels);
    parser.feed(kFused);
    parser.finish();
    QVERIFY(parser.hasContradictionsSection());
    QCOMPARE(parser.contradictions(),
             QStringLiteral("- [A] says the Louvre is closed on Mondays; [B] says Tuesdays."));
    // Everything before the heading is outside the section, everything after inside.
    bool seenSection = false;
    for (const auto &segment : parser.segments()) {
        if (segment.text.contains(QLatin1String("## Contradictions")))
            seenSection = true;
        QCOMPARE(segment.contradiction, seenSection);
    }
    QVERIFY(seenSection);
    ProvenanceParser none(kLabels);
    none.feed(QStringLiteral("All agree [A][B][C]."));
    none.finish();
    QVERIFY(!none.hasContradictionsSection());
    QCOMPARE(none.contradictions(), QString());
}

void TestProvenanceParser::anySplitOfTheStreamGivesTheSameParts()
{
    const QStringList whole = shape(ProvenanceParser::parse(kFused, kLabels));
    // One character per delta.
    ProvenanceParser single(kLabels);
    for (const QChar c : kFused)
        single.feed(QString(c));
    single.finish();
    QCOMPARE(shape(single.segments()), whole);
    // Random cuts, many times.
    QRandomGenerator random(20250615);
    for (int round = 0; round < 200; ++round) {
        ProvenanceParser parser(kLabels);
        qsizetype at = 0;
        while (at < kFused.size()) {
            const qsizetype length = random.bounded(1, 12);
            parser.feed(kFused.mid(at, length));
            at += length;
        }
        parser.finish();
        QCOMPARE(shape(parser.segments()), whole);
    }
}

void TestProvenanceParser::somethingInBracketsThatIsNoTagStaysText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("web citation") << "Source [12] says so.";
    QTest::addRow("task box") << "- [x] done";
    QTest::addRow("lower case") << "see [a] above";
    QTest::addRow("link") << "[A](https://a.example) is a link";
    QTest::addRow("unclosed") << "It stops here [A";
    QTest::addRow("unclosed at line end") << "It stops [A, B\nnext line";
    QTest::addRow("words") << "[Note: check this]";
    QTest::addRow("empty") << "a [] b";
    QTest::addRow("unknown only") << "Roman [I] and [Q]";
    QTest::addRow("too long") << "[A B C A B C A B C A B C A B C A B C A B C]";
}

void TestProvenanceParser::somethingInBracketsThatIsNoTagStaysText()
{
    QFETCH(QString, text);
    ProvenanceParser parser(kLabels);
    parser.feed(text);
    parser.finish();
    QCOMPARE(parser.plainText(), text);
    QCOMPARE(parser.usedLabels(), QStringList());
}

void TestProvenanceParser::unknownLabelsAreDroppedFromATag()
{
    const auto segments =
        ProvenanceParser::parse(QStringLiteral("One [A, Z]. Two [[B]]. Three [C and A]"), kLabels);
    QCOMPARE(shape(segments), QStringList({QStringLiteral("One |A"), QStringLiteral(". Two [|B"),
                                           QStringLiteral("]. Three |C,A")}));
}

void TestProvenanceParser::openTagIsHeldUntilItCloses()
{
    ProvenanceParser parser(kLabels);
    parser.feed(QStringLiteral("Fact one [A"));
    // The open tag is not shown as text meanwhile, and nothing is attributed yet.
    QCOMPARE(parser.plainText(), QStringLiteral("Fact one "));
    QCOMPARE(parser.usedLabels(), QStringList());
    parser.feed(QStringLiteral(",C] and more"));
    QCOMPARE(parser.segments().first().sources,
             QStringList({QStringLiteral("A"), QStringLiteral("C")}));
    QCOMPARE(parser.plainText(), QStringLiteral("Fact one  and more"));
}

void TestProvenanceParser::headingVariants_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<bool>("isHeading");
    QTest::addRow("h2") << "## Contradictions" << true;
    QTest::addRow("h3 colon") << "### Contradictions:" << true;
    QTest::addRow("bold") << "**Contradictions**" << true;
    QTest::addRow("bold colon") << "**Contradictions:**" << true;
    QTest::addRow("plain colon") << "Contradictions:" << true;
    QTest::addRow("bare") << "contradictions" << true;
    QTest::addRow("sentence") << "Contradictions between sources are common." << false;
    QTest::addRow("mid line") << "There are no contradictions" << false;
}

void TestProvenanceParser::headingVariants()
{
    QFETCH(QString, heading);
    QFETCH(bool, isHeading);
    ProvenanceParser parser(kLabels);
    parser.feed(QStringLiteral("Text [A].\n") + heading + QStringLiteral("\n- [A] x; [B] y"));
    parser.finish();
    QCOMPARE(parser.hasContradictionsSection(), isHeading);
    // Also as the very last line, without a newline.
    ProvenanceParser last(kLabels);
    last.feed(QStringLiteral("Text [A].\n") + heading);
    last.finish();
    QCOMPARE(last.hasContradictionsSection(), isHeading);
}

void TestProvenanceParser::hostileInputIsBoundedAndQuick()
{
    const QString inputs[] = {QString(2 * 1000 * 1000, QLatin1Char('[')),
                              QStringLiteral("[A]").repeated(500000),
                              QStringLiteral("[A").repeated(500000),
                              QStringLiteral("## Contradictions\n").repeated(100000)};
    for (const QString &input : inputs) {
        QElapsedTimer clock;
        clock.start();
        ProvenanceParser parser(kLabels);
        for (qsizetype at = 0; at < input.size(); at += 4096)
            parser.feed(input.mid(at, 4096));
        parser.feed(input); // Past the bound: ignored.
        parser.finish();
        QVERIFY(parser.plainText().size() <= ProvenanceParser::kMaxChars);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }
}

QTEST_GUILESS_MAIN(TestProvenanceParser)
#include "tst_provenanceparser.moc"
