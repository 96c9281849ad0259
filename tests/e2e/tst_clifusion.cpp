#include "contextcli.h"

#include <QTest>

using namespace coro;
using namespace coro::test;

namespace {
const QString kFused =
    QStringLiteral("Paris is the capital of France. [A][B]\n"
                   "It has about 2.1 million inhabitants [A].\n"
                   "The Eiffel Tower opened in 1889 [B, C].\n\n"
                   "## Contradictions\n"
                   "- [A] says the Louvre is closed on Mondays; [B] says Tuesdays.\n");
} // namespace

/**
 * coro-cli ask --fuse (plain and guided) and --title-model against the fake server: what the
 * fusing model received, the provenance and contradictions it reports, what is saved.
 */
class TestCliFusion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void fusionTagsItsPartsKeepsContradictionsAndIsSaved();
    void guidedFusionFusesOnlyTheChosenPoints();
    void fusionWithoutAFinishedAnswerSaysSo();
    void titleModelNamesANewConversation();

private:
    ContextCli m_cli;
};

void TestCliFusion::initTestCase()
{
    QVERIFY(m_cli.setUp());
}

void TestCliFusion::init()
{
    m_cli.server().clear();
}

void TestCliFusion::fusionTagsItsPartsKeepsContradictionsAndIsSaved()
{
    m_cli.server().setScriptedAnswers(QStringLiteral("fuser"), {kFused});
    const QString prompt = QStringLiteral("Tell me about Paris");
    const CliResult r =
        m_cli.ask({QStringLiteral("--fuse"), QStringLiteral("fake-openai/fuser"),
                   QStringLiteral("-m"), QStringLiteral("fake-openai/gpt-fake"),
                   QStringLiteral("-m"), QStringLiteral("fake-gemini/gemini-fake"),
                   QStringLiteral("-m"), QStringLiteral("fake-ollama/llama-fake:latest"), prompt});
    QCOMPARE(r.exitCode, 0);
    const QString fuser = QStringLiteral("fake-openai/fuser");
    const auto fusionLines = r.of(fuser);
    QVERIFY(fusionLines.size() >= 3);
    for (const QJsonObject &line : fusionLines)
        QCOMPARE(line.value(QLatin1String("fusion")).toBool(), true);
    // After every other model ended, before the turn line.
    qsizetype lastOther = -1;
    qsizetype firstFusion = -1;
    for (qsizetype i = 0; i < r.lines.size(); ++i) {
        const QString model = r.lines.at(i).value(QLatin1String("model")).toString();
        if (model == fuser && firstFusion < 0)
            firstFusion = i;
        else if (!model.isEmpty() && model != fuser)
            lastOther = i;
    }
    QVERIFY(lastOther < firstFusion);
    QCOMPARE(r.lines.constLast().value(QLatin1String("type")).toString(), QStringLiteral("turn"));
    QCOMPARE(r.lines.constLast().value(QLatin1String("models")).toInt(), 3);

    // What the fusing model received: the instructions in its system slot, then the question
    // and every answer under its label, models unnamed.
    FakeProviderServer::RecordedRequest fusing;
    for (const auto &request : m_cli.chatRequests()) {
        if (request.model == QLatin1String("fuser"))
            fusing = request;
    }
    const QJsonArray messages = ContextCli::messagesOf(fusing);
    QCOMPARE(messages.size(), 2);
    const QString system = messages.at(0).toObject().value(QLatin1String("content")).toString();
    QVERIFY(system.contains(QLatin1String("[A][C]")));
    QVERIFY(system.contains(QLatin1String("## Contradictions")));
    const QString message = messages.at(1).toObject().value(QLatin1String("content")).toString();
    QCOMPARE(message, QStringLiteral("Question:\n") + prompt + QStringLiteral("\n\nAnswer [A]:\n") +
                          FakeProviderServer::expectedAnswer(ProtocolKind::OpenAi,
                                                             QStringLiteral("gpt-fake"), prompt) +
                          QStringLiteral("\n\nAnswer [B]:\n") +
                          FakeProviderServer::expectedAnswer(
                              ProtocolKind::Gemini, QStringLiteral("gemini-fake"), prompt) +
                          QStringLiteral("\n\nAnswer [C]:\n") +
                          FakeProviderServer::expectedAnswer(
                              ProtocolKind::Ollama, QStringLiteral("llama-fake:latest"), prompt));

    // The done line says where each part came from, and keeps the contradictions.
    const QJsonObject done = r.of(fuser, QStringLiteral("done")).value(0);
    QCOMPARE(done.value(QLatin1String("text")).toString(), kFused);
    const QJsonObject labels = done.value(QLatin1String("labels")).toObject();
    QCOMPARE(labels.value(QLatin1String("A")).toString(), QStringLiteral("fake-openai/gpt-fake"));
    QCOMPARE(labels.value(QLatin1String("C")).toString(),
             QStringLiteral("fake-ollama/llama-fake:latest"));
    const QJsonArray parts = done.value(QLatin1String("provenance")).toArray();
    QCOMPARE(parts.at(0).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("Paris is the capital of France. "));
    QCOMPARE(parts.at(0).toObject().value(QLatin1String("sources")).toArray(),
             QJsonArray({QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(parts.at(2).toObject().value(QLatin1String("sources")).toArray(),
             QJsonArray({QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(done.value(QLatin1String("sources_used")).toArray(),
             QJsonArray({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(done.value(QLatin1String("contradictions")).toString(),
             QStringLiteral("- [A] says the Louvre is closed on Mondays; [B] says Tuesdays."));

    // Saved like any answer of the turn, in the next pane, marked as a fusion of the three.
    const qint64 conversation =
        r.lines.constLast().value(QLatin1String("conversation")).toInteger();
    const QString stored = m_cli.sqlValue(
        QStringLiteral("SELECT a.slot || '|' || a.fusion || '|' || a.status || '|' || "
                       "(SELECT group_concat(f.label || '=' || o.model, ',') FROM fusion_sources f "
                       "JOIN answers o ON o.id = f.source_answer_id AND o.turn_id = a.turn_id "
                       "WHERE f.answer_id = a.id) FROM answers a JOIN turns t ON t.id = a.turn_id "
                       "WHERE t.conversation_id = %1 AND a.model = 'fuser'")
            .arg(conversation));
    QCOMPARE(stored, QStringLiteral("3|1|done|A=gpt-fake,B=gemini-fake,C=llama-fake:latest"));
}

void TestCliFusion::guidedFusionFusesOnlyTheChosenPoints()
{
    const QString checklist = QStringLiteral(
        "```json\n{\"points\": [{\"text\": \"Lisbon has seven hills\", \"sources\": [\"A\"]}, "
        "{\"text\": \"Trams are yellow\", \"sources\": [\"A\", \"B\"]}, "
        "{\"text\": \"Fado was born there\", \"sources\": [\"B\"], \"disputed\": true}]}\n```");
    m_cli.server().setScriptedAnswers(QStringLiteral("fuser"),
                                      {checklist, QStringLiteral("Seven hills [A]. Fado [B].")});
    const CliResult r = m_cli.ask(
        {QStringLiteral("--fuse"), QStringLiteral("fake-openai/fuser"),
         QStringLiteral("--fuse-points"), QStringLiteral("1,3"), QStringLiteral("-m"),
         QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("-m"),
         QStringLiteral("fake-anthropic/claude-fake"), QStringLiteral("Tell me about Lisbon")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject line =
        r.of(QStringLiteral("fake-openai/fuser"), QStringLiteral("checklist")).value(0);
    const QJsonArray points = line.value(QLatin1String("points")).toArray();
    QCOMPARE(points.size(), 3);
    QCOMPARE(points.at(1).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("Trams are yellow"));
    QCOMPARE(points.at(0).toObject().value(QLatin1String("chosen")).toBool(), true);
    QCOMPARE(points.at(1).toObject().value(QLatin1String("chosen")).toBool(), false);
    QCOMPARE(points.at(2).toObject().value(QLatin1String("disputed")).toBool(), true);

    // Two requests to the fusing model: the checklist, then the fusion of points 1 and 3 only.
    QList<FakeProviderServer::RecordedRequest> fusing;
    for (const auto &request : m_cli.chatRequests()) {
        if (request.model == QLatin1String("fuser"))
            fusing << request;
    }
    QCOMPARE(fusing.size(), 2);
    QVERIFY(ContextCli::messagesOf(fusing.at(0))
                .at(0)
                .toObject()
                .value(QLatin1String("content"))
                .toString()
                .contains(QLatin1String("\"points\"")));
    const QString message = ContextCli::messagesOf(fusing.at(1))
                                .at(1)
                                .toObject()
                                .value(QLatin1String("content"))
                                .toString();
    QVERIFY2(message.contains(QLatin1String("1. Lisbon has seven hills\n2. Fado was born there")),
             qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("Trams are yellow")));
    const QJsonObject done =
        r.of(QStringLiteral("fake-openai/fuser"), QStringLiteral("done")).value(0);
    QCOMPARE(done.value(QLatin1String("sources_used")).toArray(),
             QJsonArray({QStringLiteral("A"), QStringLiteral("B")}));
}

void TestCliFusion::fusionWithoutAFinishedAnswerSaysSo()
{
    const CliResult r = m_cli.ask({QStringLiteral("--fuse"), QStringLiteral("fake-openai/fuser"),
                                   QStringLiteral("-m"), QStringLiteral("fake-openai/http-401"),
                                   QStringLiteral("Anything")});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject error =
        r.of(QStringLiteral("fake-openai/fuser"), QStringLiteral("error")).value(0);
    QCOMPARE(error.value(QLatin1String("fusion")).toBool(), true);
    QVERIFY(error.value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("nothing to fuse")));
    QCOMPARE(m_cli.server().requestCount(QStringLiteral("fuser")), 0);
    QCOMPARE(m_cli
                 .ask({QStringLiteral("--fuse-points"), QStringLiteral("1"), QStringLiteral("-m"),
                       QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("x")})
                 .exitCode,
             1);
}

void TestCliFusion::titleModelNamesANewConversation()
{
    m_cli.server().setScriptedAnswers(QStringLiteral("titler"),
                                      {QStringLiteral("Title: \"Ferries of Lisbon\"")});
    CliResult r = m_cli.ask({QStringLiteral("--title-model"), QStringLiteral("fake-openai/titler"),
                             QStringLiteral("-m"), QStringLiteral("fake-openai/gpt-fake"),
                             QStringLiteral("How do I take the ferry to Cacilhas")});
    QCOMPARE(r.exitCode, 0);
    const qint64 conversation =
        r.lines.constLast().value(QLatin1String("conversation")).toInteger();
    const QJsonObject title = r.lines.at(r.lines.size() - 2);
    QCOMPARE(title.value(QLatin1String("type")).toString(), QStringLiteral("title"));
    QCOMPARE(title.value(QLatin1String("title")).toString(), QStringLiteral("Ferries of Lisbon"));
    QCOMPARE(m_cli.sqlValue(QStringLiteral("SELECT title || '|' || title_source FROM conversations "
                                           "WHERE id = %1")
                                .arg(conversation)),
             QStringLiteral("Ferries of Lisbon|model"));
    // A follow-up never asks for a title again.
    m_cli.server().clear();
    r = m_cli.ask({QStringLiteral("--title-model"), QStringLiteral("fake-openai/titler"),
                   QStringLiteral("--conversation"), QString::number(conversation),
                   QStringLiteral("-m"), QStringLiteral("fake-openai/gpt-fake"),
                   QStringLiteral("And back?")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_cli.server().requestCount(QStringLiteral("titler")), 0);
}

QTEST_GUILESS_MAIN(TestCliFusion)
#include "tst_clifusion.moc"
