#include "voice/readaloud.h"

#include <QElapsedTimer>
#include <QTest>

using namespace coro;

/**
 * ReadAloud: what a listener hears of a Markdown answer, and what they are told when this
 * machine has no speech engine.
 */
class TestReadAloud : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersAreMadeSpeakable_data();
    void answersAreMadeSpeakable();
    void longAnswersAreBoundedAndQuick();
    void nothingToSayIsSaid();
    void missingEngineIsExplained();
};

void TestReadAloud::answersAreMadeSpeakable_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("spoken");
    QTest::addRow("heading and emphasis") << "## Hello *world* and **more**"
                                          << "Hello world and more";
    QTest::addRow("provenance and citations") << "Paris is big [A][B]. Source [1]."
                                              << "Paris is big. Source.";
    QTest::addRow("code block") << "Before\n```js\nlet x = 1;\n```\nAfter"
                                << "Before\n(code left out)\nAfter";
    QTest::addRow("link") << "See [the docs](https://q.example/a) now"
                          << "See the docs now";
    QTest::addRow("bare address") << "Go to https://x.example/a?b=c today"
                                  << "Go to today";
    QTest::addRow("lists") << "- [x] done\n- todo\n1. first"
                           << "done\ntodo\nfirst";
    QTest::addRow("inline html") << "a <b>bold</b> move"
                                 << "a bold move";
    QTest::addRow("table") << "| a | b |\n|---|---|\n| 1 | 2 |"
                           << "a b\n1 2";
}

void TestReadAloud::answersAreMadeSpeakable()
{
    QFETCH(QString, markdown);
    QFETCH(QString, spoken);
    QCOMPARE(ReadAloud::speakableText(markdown), spoken);
}

void TestReadAloud::longAnswersAreBoundedAndQuick()
{
    QElapsedTimer clock;
    clock.start();
    const QString text =
        ReadAloud::speakableText(QStringLiteral("Word [A] `x` **y** ").repeated(200000));
    QVERIFY(text.size() <= ReadAloud::kMaxChars);
    QVERIFY(!text.isEmpty());
    const QString unclosed = ReadAloud::speakableText(QStringLiteral("```\n") +
                                                      QStringLiteral("code\n").repeated(100000));
    QCOMPARE(unclosed, QStringLiteral("(code left out)"));
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
}

void TestReadAloud::nothingToSayIsSaid()
{
    ReadAloud reader;
    QVERIFY(!reader.speak(QStringLiteral("  [A][B]  ")));
    QCOMPARE(reader.message(), QStringLiteral("There is nothing to read aloud."));
    QVERIFY(!reader.isSpeaking());
}

void TestReadAloud::missingEngineIsExplained()
{
    const QString reason = ReadAloud::unavailableReason();
    if (reason.isEmpty())
        QSKIP("This machine has a speech engine.");
    ReadAloud reader;
    QVERIFY(!reader.speak(QStringLiteral("Hello there.")));
    QCOMPARE(reader.message(), reason);
    QVERIFY(reason.contains(QLatin1String("speech engine")) ||
            reason.contains(QLatin1String("TextToSpeech")));
    QVERIFY(!reader.isSpeaking());
}

QTEST_GUILESS_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
