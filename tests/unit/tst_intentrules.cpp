#include "context/intentrules.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace coro;

namespace {
const QDate kToday(2025, 6, 15);
} // namespace

/**
 * IntentRules over tests/data/context/intent.tsv: prompts that need the web (news, prices,
 * scores, dates, explicit requests) and prompts that must never cost a search (code, maths,
 * the user's own text), each with the rule expected to decide and, for some, the query.
 */
class TestIntentRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tableHoldsBothWays();
    void promptsDecideAsTheTableSays_data();
    void promptsDecideAsTheTableSays();
    void explicitRequestsAndNegativesAreCertain();
    void longPastedTextIsNotSearched();
    void recentYearsDependOnToday();
    void queryIsBoundedAndClean();
    void hostilePromptsAreQuick();
};

namespace {
struct Row
{
    QString expected;
    QString reason;
    QString prompt;
    QString query;
};

QList<Row> tableRows()
{
    QList<Row> rows;
    QFile file(QStringLiteral(CORO_TEST_DATA_DIR "/context/intent.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        const QStringList cells = QString::fromUtf8(line).split(QLatin1Char('\t'));
        rows.append({cells.value(0), cells.value(1), cells.value(2), cells.value(3)});
    }
    return rows;
}
} // namespace

void TestIntentRules::tableHoldsBothWays()
{
    int search = 0;
    int no = 0;
    for (const Row &row : tableRows()) {
        search += row.expected == QLatin1String("search") ? 1 : 0;
        no += row.expected == QLatin1String("no") ? 1 : 0;
    }
    QVERIFY2(search + no >= 40, qPrintable(QString::number(search + no)));
    QVERIFY(search >= 20);
    QVERIFY(no >= 20);
}

void TestIntentRules::promptsDecideAsTheTableSays_data()
{
    QTest::addColumn<bool>("search");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("query");
    for (const Row &row : tableRows()) {
        QTest::addRow("%s", qPrintable(row.prompt.left(50)))
            << (row.expected == QLatin1String("search")) << row.reason << row.prompt << row.query;
    }
}

void TestIntentRules::promptsDecideAsTheTableSays()
{
    QFETCH(bool, search);
    QFETCH(QString, reason);
    QFETCH(QString, prompt);
    QFETCH(QString, query);
    const IntentRules::Verdict verdict = IntentRules::evaluate(prompt, kToday);
    QCOMPARE(verdict.shouldSearch, search);
    QCOMPARE(verdict.reason, reason);
    if (!query.isEmpty())
        QCOMPARE(verdict.query, query);
    if (search)
        QVERIFY(!verdict.query.isEmpty());
}

void TestIntentRules::explicitRequestsAndNegativesAreCertain()
{
    QVERIFY(IntentRules::evaluate(QStringLiteral("Search the web for Lisbon"), kToday).certain);
    QVERIFY(IntentRules::evaluate(QStringLiteral("What is 2 + 2?"), kToday).certain);
    QVERIFY(IntentRules::evaluate(QStringLiteral("Rewrite this: hi"), kToday).certain);
    // Guesses, which a model may overrule.
    QVERIFY(!IntentRules::evaluate(QStringLiteral("Bitcoin price"), kToday).certain);
    QVERIFY(!IntentRules::evaluate(QStringLiteral("Why is the sky blue?"), kToday).certain);
}

void TestIntentRules::longPastedTextIsNotSearched()
{
    const QString pasted =
        QStringLiteral("Here is my report on today's news and the latest prices: ") +
        QStringLiteral("The market moved. ").repeated(120);
    const auto verdict = IntentRules::evaluate(pasted, kToday);
    QVERIFY(!verdict.shouldSearch);
    QCOMPARE(verdict.reason, QStringLiteral("long_text"));
    // Unless the user asks for it in so many words.
    QVERIFY(IntentRules::evaluate(QStringLiteral("Search the web to check this: ") + pasted, kToday)
                .shouldSearch);
}

void TestIntentRules::recentYearsDependOnToday()
{
    const QString prompt = QStringLiteral("What were the big tech events in 2025?");
    QVERIFY(IntentRules::evaluate(prompt, QDate(2025, 6, 15)).shouldSearch);
    QVERIFY(IntentRules::evaluate(prompt, QDate(2026, 1, 2)).shouldSearch);
    QVERIFY(!IntentRules::evaluate(prompt, QDate(2031, 1, 2)).shouldSearch);
}

void TestIntentRules::queryIsBoundedAndClean()
{
    const QString query =
        IntentRules::searchQuery(QStringLiteral("Please search the web for ") +
                                 QStringLiteral("word ").repeated(200) + QStringLiteral("?!"));
    QVERIFY(query.size() <= IntentRules::kMaxQueryChars);
    QVERIFY(query.startsWith(QLatin1String("word word")));
    QVERIFY(!query.endsWith(QLatin1Char(' ')));
    QCOMPARE(IntentRules::searchQuery(QStringLiteral("  Search the web  ")), QString());
}

void TestIntentRules::hostilePromptsAreQuick()
{
    // Megabytes of text and pathological repetition: bounded scanning keeps every prompt quick.
    const QString prompts[] = {
        QString(5 * 1024 * 1024, QLatin1Char('a')), QStringLiteral("is is is is ").repeated(100000),
        QStringLiteral("1 + ").repeated(100000), QStringLiteral("translate ").repeated(50000)};
    for (const QString &prompt : prompts) {
        QElapsedTimer clock;
        clock.start();
        IntentRules::evaluate(prompt, kToday);
        QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));
    }
}

QTEST_GUILESS_MAIN(TestIntentRules)
#include "tst_intentrules.moc"
