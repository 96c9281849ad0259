#include "diff/answerdiff.h"
#include "diff/worddiff.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace coro;

namespace {

QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QJsonArray labels(const QList<int> &answers, const QStringList &files)
{
    QJsonArray out;
    for (const int answer : answers)
        out.append(files.at(answer));
    return out;
}

QString reconstruct(const QList<WordDiffPiece> &pieces, WordDiffPiece::Op skipped)
{
    QString text;
    for (const WordDiffPiece &piece : pieces) {
        if (piece.op != skipped)
            text += piece.text;
    }
    return text;
}

} // namespace

class TestAnswerDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handMadeSetsAreClassified_data();
    void handMadeSetsAreClassified();
    void markdownDecidesWhatASentenceIs();
    void contradictionsNeedAlignedSentences();
    void descriptionsSpeakForScreenReaders();
    void wordDiffGivesBackBothTexts_data();
    void wordDiffGivesBackBothTexts();
    void wordDiffReadsLikeGit();
};

void TestAnswerDiff::handMadeSetsAreClassified_data()
{
    QTest::addColumn<QString>("set");
    const QDir root(QStringLiteral(CORO_TEST_DATA_DIR "/diff"));
    for (const QString &set : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        QTest::newRow(qPrintable(set)) << root.filePath(set);
}

void TestAnswerDiff::handMadeSetsAreClassified()
{
    QFETCH(QString, set);
    const QDir dir(set);
    const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 2);
    QStringList answers;
    for (const QString &file : files)
        answers << read(dir.filePath(file));
    const QList<QList<DiffSentence>> compared = AnswerDiff::compare(answers, files);

    QList<QJsonObject> got;
    for (qsizetype i = 0; i < compared.size(); ++i) {
        for (const DiffSentence &s : compared.at(i)) {
            got << QJsonObject{{QStringLiteral("file"), files.at(i)},
                               {QStringLiteral("text"), s.text},
                               {QStringLiteral("kind"), AnswerDiff::agreementName(s.agreement)},
                               {QStringLiteral("shared_with"), labels(s.sharedWith, files)},
                               {QStringLiteral("contradicts"), labels(s.contradicts, files)}};
        }
    }
    QList<QJsonObject> expected;
    for (const QString &line :
         read(dir.filePath(QStringLiteral("expected.jsonl"))).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            expected << QJsonDocument::fromJson(line.toUtf8()).object();
    }
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i)
        QCOMPARE(QJsonDocument(got.at(i)).toJson(QJsonDocument::Compact),
                 QJsonDocument(expected.at(i)).toJson(QJsonDocument::Compact));
}

void TestAnswerDiff::markdownDecidesWhatASentenceIs()
{
    SentenceSplitter::Vocabulary vocabulary;
    const QList<Sentence> sentences = SentenceSplitter::split(
        QStringLiteral("# Title\n\nFirst one, e.g. this. Dr. Who said 3.5 is fine. Last!\n\n"
                       "- An item. With two sentences.\n\n| A | B |\n|---|---|\n| 1 | x |\n\n"
                       "```\ncode. More code.\n```\n"),
        vocabulary);
    QStringList texts;
    QList<SentenceKind> kinds;
    for (const Sentence &s : sentences) {
        texts << s.text;
        kinds << s.kind;
    }
    QCOMPARE(texts,
             (QStringList{QStringLiteral("Title"), QStringLiteral("First one, e.g. this."),
                          QStringLiteral("Dr. Who said 3.5 is fine."), QStringLiteral("Last!"),
                          QStringLiteral("An item. With two sentences."),
                          QStringLiteral("A: 1; B: x"), QStringLiteral("code. More code.\n")}));
    QCOMPARE(kinds,
             (QList<SentenceKind>{SentenceKind::Heading, SentenceKind::Prose, SentenceKind::Prose,
                                  SentenceKind::Prose, SentenceKind::ListItem,
                                  SentenceKind::TableRow, SentenceKind::Code}));
    QCOMPARE(sentences.at(2).numbers, QStringList{QStringLiteral("3.5")});
    QCOMPARE(sentences.at(5).block, 3);
}

void TestAnswerDiff::contradictionsNeedAlignedSentences()
{
    const QList<QList<DiffSentence>> compared = AnswerDiff::compare(
        {QStringLiteral("The build takes 5 minutes. Caching is enabled by default."),
         QStringLiteral("The build takes 12 minutes. Bananas are yellow and 7 is a number.")},
        {QStringLiteral("A"), QStringLiteral("B")});
    QCOMPARE(compared.at(0).at(0).contradicts, QList<int>{1});
    QCOMPARE(compared.at(0).at(0).agreement, Agreement::Unique);
    // Different numbers in unrelated sentences are no contradiction.
    QVERIFY(compared.at(0).at(1).contradicts.isEmpty());
    QVERIFY(compared.at(1).at(1).contradicts.isEmpty());
    // Code never aligns with prose, even with the same words.
    const QList<QList<DiffSentence>> code = AnswerDiff::compare(
        {QStringLiteral("```\nprint value total\n```\n"), QStringLiteral("print value total")},
        {QStringLiteral("A"), QStringLiteral("B")});
    QCOMPARE(code.at(0).at(0).agreement, Agreement::Unique);
}

void TestAnswerDiff::descriptionsSpeakForScreenReaders()
{
    const QList<QList<DiffSentence>> compared = AnswerDiff::compare(
        {QStringLiteral("Water boils at 100 degrees. Ice is cold. Rust is a language."),
         QStringLiteral("Water boils at 90 degrees. Ice is cold."),
         QStringLiteral("Ice is cold. Rust is a language.")},
        {QStringLiteral("gpt"), QStringLiteral("claude"), QStringLiteral("gemini")});
    QCOMPARE(compared.at(0).at(0).description,
             QStringLiteral("Only this answer says this. Contradicts claude."));
    QCOMPARE(compared.at(0).at(1).description, QStringLiteral("Said by all 3 answers."));
    QCOMPARE(compared.at(0).at(2).description, QStringLiteral("Also said by gemini."));
}

void TestAnswerDiff::wordDiffGivesBackBothTexts_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("edit") << QStringLiteral("The quick brown fox jumps.")
                          << QStringLiteral("The slow brown cat jumps!");
    QTest::newRow("same") << QStringLiteral("Same text.\n") << QStringLiteral("Same text.\n");
    QTest::newRow("empty before") << QString() << QStringLiteral("new");
    QTest::newRow("empty after") << QStringLiteral("old") << QString();
    QTest::newRow("unicode") << QStringLiteral("Grüße 😀 aus Köln")
                             << QStringLiteral("Grüße 🙂 aus Bonn");
    const QDir eiffel(QStringLiteral(CORO_TEST_DATA_DIR "/diff/eiffel"));
    QTest::newRow("answers") << read(eiffel.filePath(QStringLiteral("a.md")))
                             << read(eiffel.filePath(QStringLiteral("b.md")));
}

void TestAnswerDiff::wordDiffGivesBackBothTexts()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const QList<WordDiffPiece> pieces = WordDiff::diff(before, after);
    QCOMPARE(reconstruct(pieces, WordDiffPiece::Op::Added), before);
    QCOMPARE(reconstruct(pieces, WordDiffPiece::Op::Removed), after);
    for (qsizetype i = 1; i < pieces.size(); ++i)
        QVERIFY(pieces.at(i).op != pieces.at(i - 1).op); // Merged.
    if (before == after)
        QCOMPARE(pieces.size(), before.isEmpty() ? 0 : 1);
}

void TestAnswerDiff::wordDiffReadsLikeGit()
{
    QCOMPARE(WordDiff::readable(WordDiff::diff(QStringLiteral("It is 330 metres tall."),
                                               QStringLiteral("It is 300 metres tall."))),
             QStringLiteral("It is [-330-]{+300+} metres tall."));
    QCOMPARE(
        WordDiff::readable(WordDiff::diff(QStringLiteral("a b c d"), QStringLiteral("a x y d"))),
        QStringLiteral("a [-b c-]{+x y+} d"));
}

QTEST_GUILESS_MAIN(TestAnswerDiff)
#include "tst_answerdiff.moc"
