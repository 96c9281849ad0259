#include "chat/chatsession.h"
#include "fakeproviderserver.h"
#include "latersecretstore.h"
#include "secrets/apikeyresolver.h"
#include "secrets/memorysecretstore.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/storageservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace coro;
using namespace coro::test;

/**
 * ChatSession and its TurnRecorder against the fake server and a real history file: what a user
 * finds in the history while and after models answer, and after retrying one that failed.
 */
class TestChatSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void finishedAnswersAreStoredWithTheirFigures();
    void streamingAnswerIsCheckpointedBeforeItEnds();
    void retryStreamsIntoTheFailedAnswersRow();
    void keysComeFromAKeychainThatAnswersLater();
    void turnThatCannotBeSavedLeavesNothingBehind();
    void guideIsStoredSentAsSystemTextAndKept();
    void fusedAnswerJoinsItsTurnMarkedWithItsSources();

private:
    /// Asks with every option given; the turn as started (see ask()).
    ChatSession::PlannedTurn askWith(ChatSession::AskOptions options);
    /// Asks and returns the started turn; null (with a test failure) when it did not start.
    ChatSession::PlannedTurn ask(const QStringList &models, const QString &prompt,
                                 int maxAttempts = 3);
    QList<StoredAnswer> storedAnswers(qint64 conversationId);
    static bool waitForFinished(Turn *turn);

    FakeProviderServer m_server;
    QNetworkAccessManager m_network;
    MemorySecretStore m_secrets;
    ApiKeyResolver m_keys{&m_secrets};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StorageService> m_storage;
    std::unique_ptr<ChatSession> m_session;
};

void TestChatSession::initTestCase()
{
    QVERIFY(m_server.listen());
    qputenv("FAKE_OPENAI_KEY", "k1");
    qputenv("FAKE_ANTHROPIC_KEY", "k2");
}

void TestChatSession::init()
{
    m_server.clear();
    m_server.setTokenDelayMs(0);
    m_dir = std::make_unique<QTemporaryDir>();
    m_storage = std::make_unique<StorageService>(m_dir->filePath(QStringLiteral("coro.sqlite")));
    QString error;
    QVERIFY2(m_storage->open(&error), qPrintable(error));
    const auto catalog =
        ProviderCatalog::fromJson(m_server.providersJson(), ProviderCatalog::presets(), &error);
    QVERIFY2(catalog, qPrintable(error));
    m_session = std::make_unique<ChatSession>(*catalog, &m_keys, &m_network, m_storage.get());
}

void TestChatSession::cleanup()
{
    m_session.reset();
    m_storage.reset();
    // The file is whole and its search index matches the answers after every scenario.
    Database db(m_dir->filePath(QStringLiteral("coro.sqlite")));
    QVERIFY(db.open());
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
}

ChatSession::PlannedTurn TestChatSession::ask(const QStringList &models, const QString &prompt,
                                              int maxAttempts)
{
    ChatSession::AskOptions options;
    for (const QString &model : models)
        options.models << *ModelRef::parse(model);
    options.prompt = prompt;
    options.retry.maxAttempts = maxAttempts;
    return askWith(options);
}

ChatSession::PlannedTurn TestChatSession::askWith(ChatSession::AskOptions options)
{
    options.timeouts = {5000, 10000, 5000};
    options.retry.baseDelayMs = 10;
    ChatSession::PlannedTurn planned;
    bool called = false;
    QString error;
    if (!m_session->ask(
            options,
            [&](const ChatSession::PlannedTurn &turn) {
                planned = turn;
                called = true;
            },
            &error)) {
        qWarning() << "ask refused:" << error;
        return {};
    }
    if (!QTest::qWaitFor([&] { return called; }, 10000) || !planned.error.isEmpty())
        qWarning() << "turn not started:" << planned.error;
    return planned;
}

QList<StoredAnswer> TestChatSession::storedAnswers(qint64 conversationId)
{
    m_storage->flush();
    const auto conversation = m_storage->runBlocking(
        [conversationId](ConversationStore &store) { return store.conversation(conversationId); });
    return conversation && !conversation->turns.isEmpty() ? conversation->turns.constLast().answers
                                                          : QList<StoredAnswer>{};
}

bool TestChatSession::waitForFinished(Turn *turn)
{
    QSignalSpy finished(turn, &Turn::finished);
    return turn->isFinished() || finished.wait(20000);
}

void TestChatSession::finishedAnswersAreStoredWithTheirFigures()
{
    const auto planned =
        ask({QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("fake-anthropic/claude-fake")},
            QStringLiteral("Name a quokka fact"));
    QVERIFY(planned.turn);
    QVERIFY(waitForFinished(planned.turn));

    const QList<StoredAnswer> answers = storedAnswers(planned.conversationId);
    QCOMPARE(answers.size(), 2);
    const QList<ProtocolKind> protocols{ProtocolKind::OpenAi, ProtocolKind::Anthropic};
    for (int i = 0; i < answers.size(); ++i) {
        const StoredAnswer &answer = answers.at(i);
        QCOMPARE(answer.status, QStringLiteral("done"));
        QCOMPARE(answer.text,
                 FakeProviderServer::expectedAnswer(
                     protocols.at(i), FakeProviderServer::defaultModel(protocols.at(i)),
                     QStringLiteral("Name a quokka fact")));
        QVERIFY(answer.tokensOut > 0);
        QVERIFY(answer.ttftMs >= 0);
        QVERIFY(answer.latencyMs >= answer.ttftMs);
        QVERIFY(answer.errorCode.isEmpty());
    }
    // The prompt and both answers quote the word.
    QCOMPARE(m_storage
                 ->runBlocking(
                     [](ConversationStore &store) { return store.search(QStringLiteral("quok*")); })
                 .size(),
             3);
}

void TestChatSession::streamingAnswerIsCheckpointedBeforeItEnds()
{
    m_server.setTokenDelayMs(20);
    const auto planned = ask({QStringLiteral("fake-openai/long:150")}, QStringLiteral("Count"));
    QVERIFY(planned.turn);
    ModelRun *run = planned.turn->run(0);
    // 150 tokens of 16 characters, one every 20 ms: about 3 s. Wait for a third of them.
    QVERIFY(QTest::qWaitFor([run] { return run->text().size() >= 50 * 16; }, 10000));
    const QString seen = run->text();
    // Two checkpoint intervals later the row holds at least what was seen, still streaming.
    QTest::qWait(2 * 250 + 100);
    const bool stillStreaming = !run->isFinished();
    const StoredAnswer stored = storedAnswers(planned.conversationId).value(0);
    QVERIFY2(stored.text.startsWith(seen), qPrintable(stored.text.left(80)));
    if (stillStreaming) {
        QCOMPARE(stored.status, QStringLiteral("streaming"));
        QVERIFY(stored.text.size() < 150 * 16);
    }
    // Not searchable until it ends; then it is, whole.
    QVERIFY(waitForFinished(planned.turn));
    const StoredAnswer done = storedAnswers(planned.conversationId).value(0);
    QCOMPARE(done.status, QStringLiteral("done"));
    QCOMPARE(done.text.size(), 150 * 16);
}

void TestChatSession::retryStreamsIntoTheFailedAnswersRow()
{
    // One attempt only, so the first 503 ends the run in error.
    const auto planned =
        ask({QStringLiteral("fake-openai/flaky:1"), QStringLiteral("fake-anthropic/claude-fake")},
            QStringLiteral("Tell me about wombats"), 1);
    QVERIFY(planned.turn);
    QVERIFY(waitForFinished(planned.turn));
    const QList<StoredAnswer> failed = storedAnswers(planned.conversationId);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0).status, QStringLiteral("error"));
    QCOMPARE(failed.at(0).errorCode, QStringLiteral("model_overloaded")); // HTTP 503
    QVERIFY(!failed.at(0).errorMessage.isEmpty());

    // The retry button: the same pane, the same row, streaming again and checkpointed.
    m_server.setTokenDelayMs(20);
    planned.turn->retry(0);
    ModelRun *retried = planned.turn->run(0);
    QVERIFY(QTest::qWaitFor([retried] { return !retried->text().isEmpty(); }, 10000));
    if (!retried->isFinished()) {
        const StoredAnswer restarted = storedAnswers(planned.conversationId).value(0);
        QCOMPARE(restarted.id, failed.at(0).id);
        QCOMPARE(restarted.status, QStringLiteral("streaming"));
        QVERIFY(restarted.errorCode.isEmpty());
    }
    QVERIFY(waitForFinished(planned.turn));

    const QList<StoredAnswer> answers = storedAnswers(planned.conversationId);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).id, failed.at(0).id);
    QCOMPARE(answers.at(0).status, QStringLiteral("done"));
    QCOMPARE(answers.at(0).text,
             FakeProviderServer::expectedAnswer(ProtocolKind::OpenAi, QStringLiteral("flaky:1"),
                                                QStringLiteral("Tell me about wombats")));
    QVERIFY(answers.at(0).errorCode.isEmpty());
    QVERIFY(answers.at(0).errorMessage.isEmpty());
    QVERIFY(answers.at(0).tokensOut > 0);
    // The other model's answer was not touched.
    QCOMPARE(answers.at(1).updatedAt, failed.at(1).updatedAt);
    // Search finds the new answer once, under the retried model.
    const QList<SearchHit> hits = m_storage->runBlocking(
        [](ConversationStore &store) { return store.search(QStringLiteral("flaky")); });
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().answerId, failed.at(0).id);
}

void TestChatSession::keysComeFromAKeychainThatAnswersLater()
{
    // No environment keys: both providers' keys are in a keychain that answers asynchronously.
    const QByteArray openAiKey = qgetenv("FAKE_OPENAI_KEY");
    const QByteArray anthropicKey = qgetenv("FAKE_ANTHROPIC_KEY");
    qunsetenv("FAKE_OPENAI_KEY");
    qunsetenv("FAKE_ANTHROPIC_KEY");
    const auto restore = qScopeGuard([&] {
        qputenv("FAKE_OPENAI_KEY", openAiKey);
        qputenv("FAKE_ANTHROPIC_KEY", anthropicKey);
    });
    LaterSecretStore keychain;
    ApiKeyResolver keys(&keychain);
    m_session =
        std::make_unique<ChatSession>(m_session->catalog(), &keys, &m_network, m_storage.get());

    const auto planned =
        ask({QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("fake-openai/second"),
             QStringLiteral("fake-anthropic/claude-fake")},
            QStringLiteral("Keys please"));
    QVERIFY(planned.turn);
    QVERIFY(waitForFinished(planned.turn));
    QCOMPARE(keychain.reads(), 2); // One lookup per provider, not per model.
    for (const StoredAnswer &answer : storedAnswers(planned.conversationId))
        QCOMPARE(answer.status, QStringLiteral("done"));
    QSet<QByteArray> sent;
    for (const auto &request : m_server.requests()) {
        sent << request.header("authorization") + request.header("x-api-key");
    }
    QCOMPARE(sent, (QSet<QByteArray>{"Bearer sk-later-fake-openai", "sk-later-fake-anthropic"}));
    m_session.reset(); // Before the resolver it points to.
}

void TestChatSession::turnThatCannotBeSavedLeavesNothingBehind()
{
    // Room for a conversation row, not for a long prompt and its search index: the disk fills
    // half-way through recording the turn.
    QVERIFY(m_storage->runBlocking([](ConversationStore &store) {
        QSqlQuery query(store.database().connection());
        return query.exec(QStringLiteral("PRAGMA page_count")) && query.next() &&
               query.exec(
                   QStringLiteral("PRAGMA max_page_count = %1").arg(query.value(0).toInt() + 1));
    }));
    const ChatSession::PlannedTurn planned =
        ask({QStringLiteral("fake-openai/tiny")},
            QStringLiteral("Tell me everything. ").repeated(4000));
    QVERIFY(!planned.turn);
    QVERIFY2(planned.error.contains(QStringLiteral("could not be saved")),
             qPrintable(planned.error));
    QVERIFY(m_server.requests().isEmpty()); // Nothing asked that could not be kept.
    const auto conversations = m_storage->runBlocking(
        [](ConversationStore &store) { return store.listConversations(0, 10); });
    QVERIFY(conversations.isEmpty()); // No conversation without its turn.
}

void TestChatSession::guideIsStoredSentAsSystemTextAndKept()
{
    const QString guide = QStringLiteral("Always answer like a ship's captain.");
    ChatSession::AskOptions options;
    options.models = {*ModelRef::parse(QStringLiteral("fake-openai/gpt-fake")),
                      *ModelRef::parse(QStringLiteral("fake-anthropic/claude-fake"))};
    options.prompt = QStringLiteral("Where are we?");
    options.guide = guide;
    options.defaultGuide = QStringLiteral("The app's default guide.");
    const auto first = askWith(options);
    QVERIFY(first.turn);
    QVERIFY(waitForFinished(first.turn));

    const auto systemTexts = [this] {
        QStringList texts;
        for (const auto &request : m_server.requests()) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            if (request.path.startsWith("/v1/messages")) {
                texts << body.value(QLatin1String("system")).toString();
                continue;
            }
            const QJsonObject message =
                body.value(QLatin1String("messages")).toArray().at(0).toObject();
            texts << (message.value(QLatin1String("role")).toString() == QLatin1String("system")
                          ? message.value(QLatin1String("content")).toString()
                          : QString());
        }
        return texts;
    };
    QStringList texts = systemTexts();
    QCOMPARE(texts.size(), 2);
    for (const QString &text : texts) {
        QVERIFY2(text.contains(guide), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("default guide")), qPrintable(text));
    }
    const auto stored = m_storage->runBlocking(
        [id = first.conversationId](ConversationStore &s) { return s.conversation(id); });
    QCOMPARE(stored->guide, guide);

    // A follow-up that says nothing about the guide keeps it.
    m_server.clear();
    ChatSession::AskOptions followUp;
    followUp.models = {*ModelRef::parse(QStringLiteral("fake-openai/gpt-fake"))};
    followUp.prompt = QStringLiteral("And now?");
    followUp.conversationId = first.conversationId;
    const auto second = askWith(followUp);
    QVERIFY(second.turn);
    QVERIFY(waitForFinished(second.turn));
    texts = systemTexts();
    QCOMPARE(texts.size(), 1);
    QVERIFY2(texts.first().contains(guide), qPrintable(texts.first()));

    // A conversation without a guide gets the app's default, which is not stored.
    m_server.clear();
    ChatSession::AskOptions fresh = followUp;
    fresh.conversationId = 0;
    fresh.defaultGuide = QStringLiteral("The app's default guide.");
    const auto third = askWith(fresh);
    QVERIFY(third.turn);
    QVERIFY(waitForFinished(third.turn));
    texts = systemTexts();
    QVERIFY2(texts.value(0).contains(QLatin1String("The app's default guide.")),
             qPrintable(texts.value(0)));
    const auto freshStored = m_storage->runBlocking(
        [id = third.conversationId](ConversationStore &s) { return s.conversation(id); });
    QCOMPARE(freshStored->guide, QString());
}

void TestChatSession::fusedAnswerJoinsItsTurnMarkedWithItsSources()
{
    const auto planned =
        ask({QStringLiteral("fake-openai/gpt-fake"), QStringLiteral("fake-anthropic/claude-fake")},
            QStringLiteral("Name a river"));
    QVERIFY(planned.turn);
    QVERIFY(waitForFinished(planned.turn));
    m_server.setScriptedAnswers(QStringLiteral("fuser"), {QStringLiteral("The Tagus [A][B].")});

    ChatSession::FuseOptions fusion;
    fusion.model = *ModelRef::parse(QStringLiteral("fake-openai/fuser"));
    fusion.conversationId = planned.conversationId;
    fusion.turnId = planned.turnId;
    fusion.sources = {{QStringLiteral("A"), planned.answerIds.at(0)},
                      {QStringLiteral("B"), planned.answerIds.at(1)}};
    fusion.system = QStringLiteral("Fuse them.");
    fusion.prompt = QStringLiteral("Question: Name a river\n\nAnswer [A]: ...");
    fusion.timeouts = {5000, 10000, 5000};
    ChatSession::PlannedTurn fused;
    QString error;
    QVERIFY(m_session->fuse(
        fusion, [&](const ChatSession::PlannedTurn &turn) { fused = turn; }, &error));
    QVERIFY(QTest::qWaitFor([&] { return fused.turn != nullptr; }, 10000));
    QVERIFY(waitForFinished(fused.turn));

    const QList<StoredAnswer> answers = storedAnswers(planned.conversationId);
    QCOMPARE(answers.size(), 3);
    const StoredAnswer &stored = answers.at(2);
    QCOMPARE(stored.id, fused.answerIds.value(0));
    QCOMPARE(stored.slot, 2);
    QCOMPARE(stored.text, QStringLiteral("The Tagus [A][B]."));
    QCOMPARE(stored.status, QStringLiteral("done"));
    QCOMPARE(stored.parameters.value(QLatin1String("fusion")).toBool(), true);
    const auto sources = m_storage->runBlocking([id = stored.id](ConversationStore &store) {
        return TurnContextStore(store.database().connection()).fusionSources(id);
    });
    QCOMPARE(sources, fusion.sources);
    // The other answers are not fusions.
    QVERIFY(m_storage
                ->runBlocking([id = answers.at(0).id](ConversationStore &store) {
                    return TurnContextStore(store.database().connection()).fusionSources(id);
                })
                .isEmpty());
    // The fusing model got the instructions as its system text.
    const QJsonArray messages = QJsonDocument::fromJson(m_server.requests().constLast().body)
                                    .object()
                                    .value(QLatin1String("messages"))
                                    .toArray();
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("Fuse them."));
}

QTEST_GUILESS_MAIN(TestChatSession)
#include "tst_chatsession.moc"
