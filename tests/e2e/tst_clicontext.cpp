#include "contextcli.h"
#include "fakesearch.h"

#include <QElapsedTimer>
#include <QTest>

using namespace coro;
using namespace coro::test;

/**
 * coro-cli ask with conversation context: --guide over every protocol and --search (the fake
 * server also plays the search backends: cache across processes, failing and slow ones).
 */
class TestCliContext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void guideReachesEverySystemSlotAndIsKept();
    void searchIsCachedAcrossProcessesAndRecordedWithTheTurn();
    void autoSearchesOnlyWhenThePromptNeedsIt();
    void failingBackendLetsTheModelsAnswer();
    void slowBackendIsLeftAfterTheTimeout();

private:
    ContextCli m_cli;
};

void TestCliContext::initTestCase()
{
    QVERIFY(m_cli.setUp());
}

void TestCliContext::init()
{
    m_cli.server().clear();
}

void TestCliContext::guideReachesEverySystemSlotAndIsKept()
{
    const QString guide = QStringLiteral("Answer as a haiku.");
    CliResult r = m_cli.ask({QStringLiteral("--guide"), guide, QStringLiteral("-m"),
                             QStringLiteral("fake-anthropic/claude-fake"), QStringLiteral("-m"),
                             QStringLiteral("fake-gemini/gemini-fake"), QStringLiteral("-m"),
                             QStringLiteral("fake-ollama/llama-fake:latest"),
                             QStringLiteral("Describe autumn")});
    QCOMPARE(r.exitCode, 0);
    const qint64 conversation = r.lines.last().value(QLatin1String("conversation")).toInteger();
    QVERIFY(conversation > 0);
    QCOMPARE(m_cli.chatRequests().size(), 3);
    for (const auto &request : m_cli.chatRequests())
        QVERIFY2(ContextCli::systemTextOf(request).contains(guide), request.path.constData());

    // The next turn of the conversation keeps the guide without being told again.
    m_cli.server().clear();
    r = m_cli.ask({QStringLiteral("--conversation"), QString::number(conversation),
                   QStringLiteral("-m"), QStringLiteral("fake-openai/gpt-fake"),
                   QStringLiteral("And winter?")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_cli.chatRequests().size(), 1);
    QVERIFY2(ContextCli::systemTextOf(m_cli.chatRequests().first()).contains(guide),
             qPrintable(ContextCli::systemTextOf(m_cli.chatRequests().first())));

    // An empty guide removes it: no system slot at all.
    m_cli.server().clear();
    r = m_cli.ask({QStringLiteral("--conversation"), QString::number(conversation),
                   QStringLiteral("--guide"), QString(), QStringLiteral("-m"),
                   QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("And spring?")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(ContextCli::systemTextOf(m_cli.chatRequests().value(0)), QString());
    QVERIFY(!m_cli.chatRequests().isEmpty());
}

void TestCliContext::searchIsCachedAcrossProcessesAndRecordedWithTheTurn()
{
    const QString prompt = QStringLiteral("Qt 6.8 release notes");
    const QStringList arguments{QStringLiteral("--search"), QStringLiteral("always"),
                                QStringLiteral("-m"), QStringLiteral("fake-openai/gpt-fake"),
                                prompt};
    CliResult first = m_cli.ask(arguments);
    QCOMPARE(first.exitCode, 0);
    // The search line comes before every model's line.
    const QJsonObject search = first.lines.value(0);
    QCOMPARE(search.value(QLatin1String("type")).toString(), QStringLiteral("search"));
    QCOMPARE(search.value(QLatin1String("query")).toString(),
             QStringLiteral("qt 6.8 release notes"));
    QCOMPARE(search.value(QLatin1String("cached")).toBool(true), false);
    const QJsonArray sources = search.value(QLatin1String("sources")).toArray();
    QStringList titles;
    for (const auto &source : sources) {
        titles << source.toObject().value(QLatin1String("title")).toString();
        QVERIFY(source.toObject()
                    .value(QLatin1String("url"))
                    .toString()
                    .startsWith(QLatin1String("https://")));
    }
    QCOMPARE(titles, FakeSearch::expectedTitles(QStringLiteral("qt 6.8 release notes")));
    QCOMPARE(first.lines.value(1).value(QLatin1String("type")).toString(), QStringLiteral("start"));
    // The model was given the numbered sources in its system slot.
    QCOMPARE(m_cli.chatRequests().size(), 1);
    const QString system = ContextCli::systemTextOf(m_cli.chatRequests().first());
    QVERIFY2(system.contains(QLatin1String("[1] Result one about qt 6.8 release notes")),
             qPrintable(system));
    QVERIFY(system.contains(QLatin1String("[3] Result three about qt 6.8 release notes")));
    QCOMPARE(m_cli.searchRequests(), 1);

    // A second process asking the same: from the history file's cache, no search.
    CliResult second = m_cli.ask(arguments);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.lines.value(0).value(QLatin1String("type")).toString(),
             QStringLiteral("search"));
    QCOMPARE(second.lines.value(0).value(QLatin1String("cached")).toBool(false), true);
    QCOMPARE(second.lines.value(0).value(QLatin1String("sources")).toArray(), sources);
    QCOMPARE(m_cli.searchRequests(), 1);

    // Each turn records that it used web data, when and which sources.
    const qint64 conversation =
        second.lines.last().value(QLatin1String("conversation")).toInteger();
    const QString recorded = m_cli.sqlValue(
        QStringLiteral("SELECT w.cached || '|' || w.backend || '|' || json_array_length(w.sources) "
                       "|| '|' || (w.searched_at > 0) FROM turn_web_sources w JOIN turns t ON "
                       "t.id = w.turn_id WHERE t.conversation_id = %1")
            .arg(conversation));
    QCOMPARE(recorded, QStringLiteral("1|fake-tavily|3|1"));
}

void TestCliContext::autoSearchesOnlyWhenThePromptNeedsIt()
{
    CliResult r = m_cli.ask({QStringLiteral("-m"), QStringLiteral("fake-openai/gpt-fake"),
                             QStringLiteral("Write a haiku about rivers")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.value(0).value(QLatin1String("type")).toString(), QStringLiteral("start"));
    QCOMPARE(m_cli.searchRequests(), 0);

    r = m_cli.ask({QStringLiteral("-m"), QStringLiteral("fake-openai/gpt-fake"),
                   QStringLiteral("What is the bitcoin price today?")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.value(0).value(QLatin1String("type")).toString(), QStringLiteral("search"));
    QCOMPARE(m_cli.searchRequests(), 1);

    // --search never: not even a news question is searched.
    r = m_cli.ask({QStringLiteral("--search"), QStringLiteral("never"), QStringLiteral("-m"),
                   QStringLiteral("fake-openai/gpt-fake"),
                   QStringLiteral("Latest news from Porto")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.value(0).value(QLatin1String("type")).toString(), QStringLiteral("start"));
    QCOMPARE(m_cli.searchRequests(), 1);
    QCOMPARE(m_cli
                 .ask({QStringLiteral("--search"), QStringLiteral("often"), QStringLiteral("-m"),
                       QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("x")})
                 .exitCode,
             1);
}

void TestCliContext::failingBackendLetsTheModelsAnswer()
{
    CliResult r = m_cli.ask({QStringLiteral("--search"), QStringLiteral("always"),
                             QStringLiteral("--search-backend"), QStringLiteral("fake-failing"),
                             QStringLiteral("-m"), QStringLiteral("fake-openai/gpt-fake"),
                             QStringLiteral("Ferry times Lisbon")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject search = r.lines.value(0);
    QCOMPARE(search.value(QLatin1String("skipped")).toString(), QStringLiteral("failed"));
    QVERIFY2(search.value(QLatin1String("message")).toString().contains(QLatin1String("HTTP 500")),
             qPrintable(search.value(QLatin1String("message")).toString()));
    QCOMPARE(r.of(QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("done")).size(), 1);
    QVERIFY(!ContextCli::systemTextOf(m_cli.chatRequests().value(0))
                 .contains(QLatin1String("Web search results")));
}

void TestCliContext::slowBackendIsLeftAfterTheTimeout()
{
    QElapsedTimer clock;
    clock.start();
    CliResult r =
        m_cli.ask({QStringLiteral("--search"), QStringLiteral("always"),
                   QStringLiteral("--search-backend"), QStringLiteral("fake-slow"),
                   QStringLiteral("--search-timeout"), QStringLiteral("1"), QStringLiteral("-m"),
                   QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("Tram strike Porto")});
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.value(0).value(QLatin1String("skipped")).toString(),
             QStringLiteral("timeout"));
    QCOMPARE(r.of(QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("done")).size(), 1);
    QVERIFY2(elapsed < 6000, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TestCliContext)
#include "tst_clicontext.moc"
