#include "context/modelquery.h"
#include "context/searchintent.h"
#include "fakeproviderserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace coro;
using namespace coro::test;

/**
 * SearchIntent: the user's per-prompt choice, then the rules, then (only when the rules guess)
 * a small model's JSON verdict under a deadline — with the rules' answer whenever the model is
 * slow, wrong or not JSON.
 */
class TestSearchIntent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void userChoiceWins();
    void modelRepliesAreReadDefensively_data();
    void modelRepliesAreReadDefensively();
    void modelOverrulesAGuess();
    void modelIsNotAskedWhenTheRulesAreCertain();
    void malformedReplyFallsBackToTheRules();
    void slowModelFallsBackAtTheDeadline();

private:
    SearchIntent::Decision decide(SearchIntent &intent, const QString &prompt,
                                  SearchIntent::Mode mode = SearchIntent::Mode::Auto);

    FakeProviderServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ModelQuery> m_query;
    const QString m_model = QStringLiteral("fake-openai/intent");
};

void TestSearchIntent::initTestCase()
{
    QVERIFY(m_server.listen());
    QString error;
    const auto catalog =
        ProviderCatalog::fromJson(m_server.providersJson(), ProviderCatalog::presets(), &error);
    QVERIFY2(catalog, qPrintable(error));
    m_query = std::make_unique<ModelQuery>(*catalog, nullptr, &m_network);
}

void TestSearchIntent::init()
{
    m_server.clear();
}

SearchIntent::Decision TestSearchIntent::decide(SearchIntent &intent, const QString &prompt,
                                                SearchIntent::Mode mode)
{
    SearchIntent::Decision decision;
    bool done = false;
    intent.decide(prompt, mode, [&](const SearchIntent::Decision &d) {
        decision = d;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("no decision");
    return decision;
}

void TestSearchIntent::userChoiceWins()
{
    SearchIntent intent;
    const auto always =
        decide(intent, QStringLiteral("Why is the sky blue?"), SearchIntent::Mode::Always);
    QVERIFY(always.shouldSearch);
    QCOMPARE(always.decidedBy, QStringLiteral("user"));
    QCOMPARE(always.query, QStringLiteral("why is the sky blue"));
    const auto never =
        decide(intent, QStringLiteral("Latest news please"), SearchIntent::Mode::Never);
    QVERIFY(!never.shouldSearch);
    QCOMPARE(SearchIntent::modeFromName(u"always"), SearchIntent::Mode::Always);
    QCOMPARE(SearchIntent::modeFromName(u"sometimes"), std::nullopt);
}

void TestSearchIntent::modelRepliesAreReadDefensively_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<int>("verdict"); ///< -1: not understood, 0: no, 1: search.
    QTest::addColumn<QString>("query");
    QTest::addRow("strict") << R"({"should_search": true, "query": "Lisbon strike"})" << 1
                            << "lisbon strike";
    QTest::addRow("fenced") << "```json\n{\"should_search\": false, \"query\": \"\"}\n```" << 0
                            << "";
    QTest::addRow("chatter") << "Sure! {\"should_search\":true,\"query\":\"x y\"} Hope it helps"
                             << 1 << "x y";
    QTest::addRow("string bool") << R"({"should_search": "yes", "query": "x"})" << -1 << "";
    QTest::addRow("missing field") << R"({"query": "x"})" << -1 << "";
    QTest::addRow("not json") << "I think you should search." << -1 << "";
    QTest::addRow("truncated") << R"({"should_search": tr)" << -1 << "";
    QTest::addRow("array") << R"([{"should_search": true}])" << 1 << "";
}

void TestSearchIntent::modelRepliesAreReadDefensively()
{
    QFETCH(QString, reply);
    QFETCH(int, verdict);
    QFETCH(QString, query);
    const auto parsed = SearchIntent::parseModelReply(reply);
    QCOMPARE(parsed.has_value(), verdict >= 0);
    if (parsed) {
        QCOMPARE(parsed->shouldSearch, verdict == 1);
        QCOMPARE(parsed->query, query);
    }
}

void TestSearchIntent::modelOverrulesAGuess()
{
    m_server.setScriptedAnswers(
        QStringLiteral("intent"),
        {QStringLiteral(R"({"should_search": true, "query": "sky colour physics"})")});
    SearchIntent intent(m_query.get());
    intent.setModel(*ModelRef::parse(m_model), 5000);
    const auto decision = decide(intent, QStringLiteral("Why is the sky blue?"));
    QVERIFY(decision.shouldSearch);
    QCOMPARE(decision.decidedBy, QStringLiteral("model"));
    QCOMPARE(decision.query, QStringLiteral("sky colour physics"));
    // What the model was asked: the instructions in the system slot, the prompt as the message.
    QCOMPARE(m_server.requestCount(QStringLiteral("intent")), 1);
    const QJsonArray messages = QJsonDocument::fromJson(m_server.requests().constLast().body)
                                    .object()
                                    .value(QLatin1String("messages"))
                                    .toArray();
    QVERIFY(messages.at(0)
                .toObject()
                .value(QLatin1String("content"))
                .toString()
                .contains(QLatin1String("should_search")));
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("Why is the sky blue?"));
}

void TestSearchIntent::modelIsNotAskedWhenTheRulesAreCertain()
{
    SearchIntent intent(m_query.get());
    intent.setModel(*ModelRef::parse(m_model));
    QVERIFY(!decide(intent, QStringLiteral("Write a Python function that adds two numbers"))
                 .shouldSearch);
    QVERIFY(decide(intent, QStringLiteral("Search the web for Qt news")).shouldSearch);
    QCOMPARE(m_server.requestCount(QStringLiteral("intent")), 0);
}

void TestSearchIntent::malformedReplyFallsBackToTheRules()
{
    m_server.setScriptedAnswers(QStringLiteral("intent"), {QStringLiteral("Yes, search it.")});
    SearchIntent intent(m_query.get());
    intent.setModel(*ModelRef::parse(m_model));
    const auto decision = decide(intent, QStringLiteral("What is the price of bitcoin?"));
    QVERIFY(decision.shouldSearch); // The rules' guess.
    QCOMPARE(decision.decidedBy, QStringLiteral("rules"));
    QCOMPARE(decision.reason, QStringLiteral("price"));
    QVERIFY(decision.note.contains(QLatin1String("JSON")));
}

void TestSearchIntent::slowModelFallsBackAtTheDeadline()
{
    SearchIntent intent(m_query.get());
    intent.setModel(*ModelRef::parse(QStringLiteral("fake-openai/no-response")), 500);
    QElapsedTimer clock;
    clock.start();
    const auto decision = decide(intent, QStringLiteral("Why is the sky blue?"));
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!decision.shouldSearch);
    QCOMPARE(decision.decidedBy, QStringLiteral("rules"));
    QVERIFY2(decision.note.contains(QLatin1String("did not answer")), qPrintable(decision.note));
}

QTEST_GUILESS_MAIN(TestSearchIntent)
#include "tst_searchintent.moc"
