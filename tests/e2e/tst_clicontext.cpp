#include "clirunner.h"
#include "fakeproviderserver.h"
#include "fakesearch.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;
using namespace coro::test;

namespace {
// The text a chat request carried in its protocol's system slot; empty when it had none.
QString systemTextOf(const FakeProviderServer::RecordedRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (request.path.startsWith("/v1/messages"))
        return body.value(QLatin1String("system")).toString();
    if (request.path.startsWith("/v1beta/"))
        return body.value(QLatin1String("systemInstruction"))
            .toObject()
            .value(QLatin1String("parts"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("text"))
            .toString();
    const QJsonObject first = body.value(QLatin1String("messages")).toArray().at(0).toObject();
    return first.value(QLatin1String("role")).toString() == QLatin1String("system")
               ? first.value(QLatin1String("content")).toString()
               : QString();
}
} // namespace

/**
 * coro-cli ask with conversation context: --guide, --search and --fuse, against the fake
 * provider server (which also plays the search backends).
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
    void fusionTagsItsPartsKeepsContradictionsAndIsSaved();
    void guidedFusionFusesOnlyTheChosenPoints();
    void fusionWithoutAFinishedAnswerSaysSo();
    void titleModelNamesANewConversation();

private:
    int searchRequests() const;
    QString sqlValue(const QString &statement) const;
    CliResult ask(const QStringList &arguments);
    QList<FakeProviderServer::RecordedRequest> chatRequests() const;

    FakeProviderServer m_server;
    QTemporaryDir m_dataDir;
};

void TestCliContext::initTestCase()
{
    QVERIFY(m_server.listen());
    QVERIFY(m_dataDir.isValid());
    QFile file(m_dataDir.filePath(QStringLiteral("providers.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_server.providersJsonWithSearch());
}

void TestCliContext::init()
{
    m_server.clear();
}

CliResult TestCliContext::ask(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAKE_OPENAI_KEY"), QStringLiteral("k-openai"));
    env.insert(QStringLiteral("FAKE_TAVILY_KEY"), QStringLiteral("k-tavily"));
    return runCli(QStringList{QStringLiteral("--data-dir"), m_dataDir.path(), QStringLiteral("ask"),
                              QStringLiteral("--json")} +
                      arguments,
                  {}, env);
}

QList<FakeProviderServer::RecordedRequest> TestCliContext::chatRequests() const
{
    QList<FakeProviderServer::RecordedRequest> chats;
    for (const auto &request : m_server.requests()) {
        if (!request.model.isEmpty())
            chats << request;
    }
    return chats;
}

void TestCliContext::guideReachesEverySystemSlotAndIsKept()
{
    const QString guide = QStringLiteral("Answer as a haiku.");
    CliResult r =
        ask({QStringLiteral("--guide"), guide, QStringLiteral("-m"),
             QStringLiteral("fake-anthropic/claude-fake"), QStringLiteral("-m"),
             QStringLiteral("fake-gemini/gemini-fake"), QStringLiteral("-m"),
             QStringLiteral("fake-ollama/llama-fake:latest"), QStringLiteral("Describe autumn")});
    QCOMPARE(r.exitCode, 0);
    const qint64 conversation = r.lines.last().value(QLatin1String("conversation")).toInteger();
    QVERIFY(conversation > 0);
    QCOMPARE(chatRequests().size(), 3);
    for (const auto &request : chatRequests())
        QVERIFY2(systemTextOf(request).contains(guide), request.path.constData());

    // The next turn of the conversation keeps the guide without being told again.
    m_server.clear();
    r = ask({QStringLiteral("--conversation"), QString::number(conversation), QStringLiteral("-m"),
             QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("And winter?")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(chatRequests().size(), 1);
    QVERIFY2(systemTextOf(chatRequests().first()).contains(guide),
             qPrintable(systemTextOf(chatRequests().first())));

    // An empty guide removes it: no system slot at all.
    m_server.clear();
    r = ask({QStringLiteral("--conversation"), QString::number(conversation),
             QStringLiteral("--guide"), QString(), QStringLiteral("-m"),
             QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("And spring?")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(systemTextOf(chatRequests().value(0)), QString());
    QVERIFY(!chatRequests().isEmpty());
}

int TestCliContext::searchRequests() const
{
    int count = 0;
    for (const auto &request : m_server.requests())
        count += request.path.startsWith("/search/") ? 1 : 0;
    return count;
}

QString TestCliContext::sqlValue(const QString &statement) const
{
    Database db(m_dataDir.filePath(QStringLiteral("coro.sqlite")));
    if (!db.open())
        return QStringLiteral("(cannot open)");
    QSqlQuery query(db.connection());
    return query.exec(statement) && query.next() ? query.value(0).toString() : QString();
}

void TestCliContext::searchIsCachedAcrossProcessesAndRecordedWithTheTurn()
{
    const QString prompt = QStringLiteral("Qt 6.8 release notes");
    const QStringList arguments{QStringLiteral("--search"), QStringLiteral("always"),
                                QStringLiteral("-m"), QStringLiteral("fake-openai/gpt-fake"),
                                prompt};
    CliResult first = ask(arguments);
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
    QCOMPARE(chatRequests().size(), 1);
    const QString system = systemTextOf(chatRequests().first());
    QVERIFY2(system.contains(QLatin1String("[1] Result one about qt 6.8 release notes")),
             qPrintable(system));
    QVERIFY(system.contains(QLatin1String("[3] Result three about qt 6.8 release notes")));
    QCOMPARE(searchRequests(), 1);

    // A second process asking the same: from the history file's cache, no search.
    CliResult second = ask(arguments);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.lines.value(0).value(QLatin1String("type")).toString(),
             QStringLiteral("search"));
    QCOMPARE(second.lines.value(0).value(QLatin1String("cached")).toBool(false), true);
    QCOMPARE(second.lines.value(0).value(QLatin1String("sources")).toArray(), sources);
    QCOMPARE(searchRequests(), 1);

    // Each turn records that it used web data, when and which sources.
    const qint64 conversation =
        second.lines.last().value(QLatin1String("conversation")).toInteger();
    const QString recorded = sqlValue(
        QStringLiteral("SELECT w.cached || '|' || w.backend || '|' || json_array_length(w.sources) "
                       "|| '|' || (w.searched_at > 0) FROM turn_web_sources w JOIN turns t ON "
                       "t.id = w.turn_id WHERE t.conversation_id = %1")
            .arg(conversation));
    QCOMPARE(recorded, QStringLiteral("1|fake-tavily|3|1"));
}

void TestCliContext::autoSearchesOnlyWhenThePromptNeedsIt()
{
    CliResult r = ask({QStringLiteral("-m"), QStringLiteral("fake-openai/gpt-fake"),
                       QStringLiteral("Write a haiku about rivers")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.value(0).value(QLatin1String("type")).toString(), QStringLiteral("start"));
    QCOMPARE(searchRequests(), 0);

    r = ask({QStringLiteral("-m"), QStringLiteral("fake-openai/gpt-fake"),
             QStringLiteral("What is the bitcoin price today?")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.value(0).value(QLatin1String("type")).toString(), QStringLiteral("search"));
    QCOMPARE(searchRequests(), 1);

    // --search never: not even a news question is searched.
    r = ask({QStringLiteral("--search"), QStringLiteral("never"), QStringLiteral("-m"),
             QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("Latest news from Porto")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.value(0).value(QLatin1String("type")).toString(), QStringLiteral("start"));
    QCOMPARE(searchRequests(), 1);
    QCOMPARE(ask({QStringLiteral("--search"), QStringLiteral("often"), QStringLiteral("-m"),
                  QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("x")})
                 .exitCode,
             1);
}

void TestCliContext::failingBackendLetsTheModelsAnswer()
{
    CliResult r = ask({QStringLiteral("--search"), QStringLiteral("always"),
                       QStringLiteral("--search-backend"), QStringLiteral("fake-failing"),
                       QStringLiteral("-m"), QStringLiteral("fake-openai/gpt-fake"),
                       QStringLiteral("Ferry times Lisbon")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject search = r.lines.value(0);
    QCOMPARE(search.value(QLatin1String("skipped")).toString(), QStringLiteral("failed"));
    QVERIFY2(search.value(QLatin1String("message")).toString().contains(QLatin1String("HTTP 500")),
             qPrintable(search.value(QLatin1String("message")).toString()));
    QCOMPARE(r.of(QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("done")).size(), 1);
    QVERIFY(!systemTextOf(chatRequests().value(0)).contains(QLatin1String("Web search results")));
}

void TestCliContext::slowBackendIsLeftAfterTheTimeout()
{
    QElapsedTimer clock;
    clock.start();
    CliResult r =
        ask({QStringLiteral("--search"), QStringLiteral("always"),
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

namespace {
const QString kFused =
    QStringLiteral("Paris is the capital of France. [A][B]\n"
                   "It has about 2.1 million inhabitants [A].\n"
                   "The Eiffel Tower opened in 1889 [B, C].\n\n"
                   "## Contradictions\n"
                   "- [A] says the Louvre is closed on Mondays; [B] says Tuesdays.\n");

QJsonArray messagesOf(const FakeProviderServer::RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body)
        .object()
        .value(QLatin1String("messages"))
        .toArray();
}
} // namespace

void TestCliContext::fusionTagsItsPartsKeepsContradictionsAndIsSaved()
{
    m_server.setScriptedAnswers(QStringLiteral("fuser"), {kFused});
    const QString prompt = QStringLiteral("Tell me about Paris");
    const CliResult r =
        ask({QStringLiteral("--fuse"), QStringLiteral("fake-openai/fuser"), QStringLiteral("-m"),
             QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("-m"),
             QStringLiteral("fake-gemini/gemini-fake"), QStringLiteral("-m"),
             QStringLiteral("fake-ollama/llama-fake:latest"), prompt});
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
    for (const auto &request : chatRequests()) {
        if (request.model == QLatin1String("fuser"))
            fusing = request;
    }
    const QJsonArray messages = messagesOf(fusing);
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
    const QString stored = sqlValue(
        QStringLiteral("SELECT a.slot || '|' || a.fusion || '|' || a.status || '|' || "
                       "(SELECT group_concat(f.label || '=' || o.model, ',') FROM fusion_sources f "
                       "JOIN answers o ON o.id = f.source_answer_id AND o.turn_id = a.turn_id "
                       "WHERE f.answer_id = a.id) FROM answers a JOIN turns t ON t.id = a.turn_id "
                       "WHERE t.conversation_id = %1 AND a.model = 'fuser'")
            .arg(conversation));
    QCOMPARE(stored, QStringLiteral("3|1|done|A=gpt-fake,B=gemini-fake,C=llama-fake:latest"));
}

void TestCliContext::guidedFusionFusesOnlyTheChosenPoints()
{
    const QString checklist = QStringLiteral(
        "```json\n{\"points\": [{\"text\": \"Lisbon has seven hills\", \"sources\": [\"A\"]}, "
        "{\"text\": \"Trams are yellow\", \"sources\": [\"A\", \"B\"]}, "
        "{\"text\": \"Fado was born there\", \"sources\": [\"B\"], \"disputed\": true}]}\n```");
    m_server.setScriptedAnswers(QStringLiteral("fuser"),
                                {checklist, QStringLiteral("Seven hills [A]. Fado [B].")});
    const CliResult r =
        ask({QStringLiteral("--fuse"), QStringLiteral("fake-openai/fuser"),
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
    for (const auto &request : chatRequests()) {
        if (request.model == QLatin1String("fuser"))
            fusing << request;
    }
    QCOMPARE(fusing.size(), 2);
    QVERIFY(messagesOf(fusing.at(0))
                .at(0)
                .toObject()
                .value(QLatin1String("content"))
                .toString()
                .contains(QLatin1String("\"points\"")));
    const QString message =
        messagesOf(fusing.at(1)).at(1).toObject().value(QLatin1String("content")).toString();
    QVERIFY2(message.contains(QLatin1String("1. Lisbon has seven hills\n2. Fado was born there")),
             qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("Trams are yellow")));
    const QJsonObject done =
        r.of(QStringLiteral("fake-openai/fuser"), QStringLiteral("done")).value(0);
    QCOMPARE(done.value(QLatin1String("sources_used")).toArray(),
             QJsonArray({QStringLiteral("A"), QStringLiteral("B")}));
}

void TestCliContext::fusionWithoutAFinishedAnswerSaysSo()
{
    const CliResult r =
        ask({QStringLiteral("--fuse"), QStringLiteral("fake-openai/fuser"), QStringLiteral("-m"),
             QStringLiteral("fake-openai/http-401"), QStringLiteral("Anything")});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject error =
        r.of(QStringLiteral("fake-openai/fuser"), QStringLiteral("error")).value(0);
    QCOMPARE(error.value(QLatin1String("fusion")).toBool(), true);
    QVERIFY(error.value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("nothing to fuse")));
    QCOMPARE(m_server.requestCount(QStringLiteral("fuser")), 0);
    QCOMPARE(ask({QStringLiteral("--fuse-points"), QStringLiteral("1"), QStringLiteral("-m"),
                  QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("x")})
                 .exitCode,
             1);
}

void TestCliContext::titleModelNamesANewConversation()
{
    m_server.setScriptedAnswers(QStringLiteral("titler"),
                                {QStringLiteral("Title: \"Ferries of Lisbon\"")});
    CliResult r = ask({QStringLiteral("--title-model"), QStringLiteral("fake-openai/titler"),
                       QStringLiteral("-m"), QStringLiteral("fake-openai/gpt-fake"),
                       QStringLiteral("How do I take the ferry to Cacilhas")});
    QCOMPARE(r.exitCode, 0);
    const qint64 conversation =
        r.lines.constLast().value(QLatin1String("conversation")).toInteger();
    const QJsonObject title = r.lines.at(r.lines.size() - 2);
    QCOMPARE(title.value(QLatin1String("type")).toString(), QStringLiteral("title"));
    QCOMPARE(title.value(QLatin1String("title")).toString(), QStringLiteral("Ferries of Lisbon"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT title || '|' || title_source FROM conversations "
                                     "WHERE id = %1")
                          .arg(conversation)),
             QStringLiteral("Ferries of Lisbon|model"));
    // A follow-up never asks for a title again.
    m_server.clear();
    r = ask({QStringLiteral("--title-model"), QStringLiteral("fake-openai/titler"),
             QStringLiteral("--conversation"), QString::number(conversation), QStringLiteral("-m"),
             QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("And back?")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server.requestCount(QStringLiteral("titler")), 0);
}

QTEST_GUILESS_MAIN(TestCliContext)
#include "tst_clicontext.moc"
