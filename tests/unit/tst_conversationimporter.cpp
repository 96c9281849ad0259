#include "archivesamples.h"
#include "exchange/conversationexporter.h"
#include "exchange/conversationimporter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace coro;
using namespace coro::samples;

namespace {

const QString kCoroFixture = QStringLiteral("coro/conversation-v1.json");
const QString kChatGptFixture = QStringLiteral("chatgpt/conversations.json");

// The rich archive's JSON with one change made to its parsed form.
QByteArray editedCoroJson(const std::function<void(QJsonObject &conversation)> &edit)
{
    QJsonObject root =
        QJsonDocument::fromJson(ConversationExporter::toJson(richArchive())).object();
    QJsonObject conversation = root.value(QLatin1String("conversation")).toObject();
    edit(conversation);
    root.insert(QStringLiteral("conversation"), conversation);
    return QJsonDocument(root).toJson();
}

// Applies @p edit to turn @p index of the conversation's turns.
QByteArray editedTurn(int index, const std::function<void(QJsonObject &turn)> &edit)
{
    return editedCoroJson([&](QJsonObject &conversation) {
        QJsonArray turns = conversation.value(QLatin1String("turns")).toArray();
        QJsonObject turn = turns.at(index).toObject();
        edit(turn);
        turns.replace(index, turn);
        conversation.insert(QStringLiteral("turns"), turns);
    });
}

QByteArray editedAnswer(int turnIndex, int answerIndex,
                        const std::function<void(QJsonObject &answer)> &edit)
{
    return editedTurn(turnIndex, [&](QJsonObject &turn) {
        QJsonArray answers = turn.value(QLatin1String("answers")).toArray();
        QJsonObject answer = answers.at(answerIndex).toObject();
        edit(answer);
        answers.replace(answerIndex, answer);
        turn.insert(QStringLiteral("answers"), answers);
    });
}

// The ChatGPT fixture with one node of conversation @p index changed.
QByteArray editedChatGpt(int index, const std::function<void(QJsonObject &conversation)> &edit)
{
    QJsonArray list = QJsonDocument::fromJson(readTestFile(kChatGptFixture)).array();
    QJsonObject conversation = list.at(index).toObject();
    edit(conversation);
    list.replace(index, conversation);
    return QJsonDocument(list).toJson();
}

QByteArray editedChatGptNode(int index, const QString &nodeId,
                             const std::function<void(QJsonObject &)> &edit)
{
    return editedChatGpt(index, [&](QJsonObject &conversation) {
        QJsonObject mapping = conversation.value(QLatin1String("mapping")).toObject();
        QJsonObject object = mapping.value(nodeId).toObject();
        edit(object);
        mapping.insert(nodeId, object);
        conversation.insert(QStringLiteral("mapping"), mapping);
    });
}

QStringList userTexts(const ConversationArchive &archive)
{
    QStringList texts;
    for (const StoredTurn &turn : archive.turns)
        texts << turn.userText;
    return texts;
}

QList<qint64> parents(const ConversationArchive &archive)
{
    QList<qint64> ids;
    for (const StoredTurn &turn : archive.turns)
        ids << turn.parentTurnId;
    return ids;
}

// "model chosen" for each answer of a turn.
QStringList answersOf(const StoredTurn &turn)
{
    QStringList lines;
    for (const StoredAnswer &answer : turn.answers) {
        lines << QStringLiteral("%1/%2 slot=%3 %4%5")
                     .arg(answer.provider, answer.model)
                     .arg(answer.slot)
                     .arg(answer.status, answer.chosen ? QStringLiteral(" chosen") : QString());
    }
    return lines;
}

} // namespace

class TestConversationImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coroFixtureImports();
    void coroFixtureRoundTripsByteForByte();
    void richArchiveRoundTrips();
    void derivedFieldsAreFilled();
    void turnsAreOrderedParentsFirst();
    void keyInParametersIsNotImported();

    void chatGptConversationsAndSkipped();
    void chatGptPlainConversation();
    void chatGptRegeneratedAnswer();
    void chatGptEditedMessageBranches();
    void chatGptSingleConversationObject();
    void chatGptWithoutCurrentNodeTakesLatest();

    void detectChoosesFormat();
    void badInput_data();
    void badInput();
};

void TestConversationImporter::coroFixtureImports()
{
    const ImportResult result = ConversationImporter::fromCoroJson(readTestFile(kCoroFixture));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.conversations.size(), 1);
    QCOMPARE(result.skipped, 0);
    const ConversationArchive &archive = result.conversations.first();
    QCOMPARE(archive.summary.title, QStringLiteral("Trip ideas for Japan 🍣"));
    QCOMPARE(archive.summary.createdAt, 1718000000000);
    QVERIFY(archive.summary.pinned);
    QCOMPARE(archive.currentBranch, (QList<qint64>{1, 3, 4}));
    QCOMPARE(parents(archive), (QList<qint64>{0, 1, 1, 3}));
    QCOMPARE(answersOf(archive.turns.at(0)),
             (QStringList{QStringLiteral("openai/gpt-4o slot=0 done"),
                          QStringLiteral("openai/gpt-4o slot=0 done chosen"),
                          QStringLiteral("anthropic/claude-sonnet-4-5 slot=1 error"),
                          QStringLiteral("gemini/gemini-2.5-flash slot=2 done")}));
    const StoredAnswer &failed = archive.turns.at(0).answers.at(2);
    QCOMPARE(failed.errorCode, QStringLiteral("rate_limited"));
    QCOMPARE(failed.tokensIn, -1);
    QCOMPARE(failed.latencyMs, 1200);
    QCOMPARE(archive.turns.at(0).answers.at(0).parameters.value(QLatin1String("max_tokens")),
             QJsonValue(2000));
    QCOMPARE(archive.turns.at(1).answers.at(0).status, QStringLiteral("interrupted"));
    QCOMPARE(archive.turns.at(3).answers.at(0).reasoning, QStringLiteral("The user is grateful."));
}

void TestConversationImporter::coroFixtureRoundTripsByteForByte()
{
    // The fixture was written by toJson; reading and writing it again must not change a byte,
    // and it must match what the rich archive exports today (the format has not drifted).
    const QByteArray fixture = readTestFile(kCoroFixture);
    const ImportResult result = ConversationImporter::fromCoroJson(fixture);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(ConversationExporter::toJson(result.conversations.first()), fixture);
    QCOMPARE(ConversationExporter::toJson(richArchive()), fixture);
}

void TestConversationImporter::richArchiveRoundTrips()
{
    const ConversationArchive original = richArchive();
    const QByteArray json = ConversationExporter::toJson(original);
    const ImportResult result = ConversationImporter::fromCoroJson(json);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(describe(result.conversations.first()), describe(original));
    QCOMPARE(ConversationExporter::toJson(result.conversations.first()), json);
}

void TestConversationImporter::derivedFieldsAreFilled()
{
    const ImportResult result = ConversationImporter::fromCoroJson(readTestFile(kCoroFixture));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const ConversationArchive &archive = result.conversations.first();
    for (const StoredTurn &turn : archive.turns) {
        QCOMPARE(turn.conversationId, 42);
        for (const StoredAnswer &answer : turn.answers)
            QCOMPARE(answer.turnId, turn.id);
    }
    QCOMPARE(archive.turns.at(0).versionIds, (QList<qint64>{1}));
    QCOMPARE(archive.turns.at(1).versionIds, (QList<qint64>{2, 3}));
    QCOMPARE(archive.turns.at(2).versionIds, (QList<qint64>{2, 3}));
}

void TestConversationImporter::turnsAreOrderedParentsFirst()
{
    // A hand-edited file may list a child before its parent; the archive still lists parents
    // first, as the store needs to insert them.
    const QByteArray json = editedCoroJson([](QJsonObject &conversation) {
        QJsonArray turns = conversation.value(QLatin1String("turns")).toArray();
        const QJsonValue last = turns.takeAt(3);
        turns.prepend(last);
        conversation.insert(QStringLiteral("turns"), turns);
    });
    const ImportResult result = ConversationImporter::fromCoroJson(json);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QList<qint64> ids;
    for (const StoredTurn &turn : result.conversations.first().turns)
        ids << turn.id;
    QCOMPARE(ids, (QList<qint64>{1, 3, 4, 2}));
}

void TestConversationImporter::keyInParametersIsNotImported()
{
    const QByteArray json = editedAnswer(0, 0, [](QJsonObject &answer) {
        QJsonObject parameters = answer.value(QLatin1String("parameters")).toObject();
        parameters.insert(QStringLiteral("api_key"), QStringLiteral("sk-live-0123456789"));
        answer.insert(QStringLiteral("parameters"), parameters);
    });
    QVERIFY(json.contains("sk-live-0123456789"));
    const ImportResult result = ConversationImporter::fromCoroJson(json);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QJsonObject parameters =
        result.conversations.first().turns.first().answers.first().parameters;
    QVERIFY(!parameters.contains(QLatin1String("api_key")));
    QCOMPARE(parameters.value(QLatin1String("temperature")), QJsonValue(0.7));
}

void TestConversationImporter::chatGptConversationsAndSkipped()
{
    const ImportResult result = ConversationImporter::fromChatGpt(readTestFile(kChatGptFixture));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.conversations.size(), 3);
    QCOMPARE(result.skipped, 1); // "New chat": only the root and a system message
    QStringList titles;
    for (const ConversationArchive &archive : result.conversations) {
        titles << archive.summary.title + QLatin1Char('|') + archive.summary.titleSource;
        QVERIFY(!archive.summary.pinned);
        QVERIFY(!archive.summary.archived);
    }
    QCOMPARE(titles, (QStringList{QStringLiteral("Kyoto in autumn 🍁|user"),
                                  QStringLiteral("Rust lifetimes|user"),
                                  QStringLiteral("Translate \"good morning\" to Japanese, please — "
                                                 "politely.|prompt")}));
}

void TestConversationImporter::chatGptPlainConversation()
{
    const ImportResult result = ConversationImporter::fromChatGpt(readTestFile(kChatGptFixture));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const ConversationArchive &archive = result.conversations.at(0);
    QCOMPARE(archive.summary.createdAt, 1718000000123);
    QCOMPARE(archive.summary.updatedAt, 1718000420500);
    // The image beside the text is dropped; a question that was only an image keeps its turn.
    QCOMPARE(userTexts(archive),
             (QStringList{QStringLiteral("What should I see in Kyoto in November? 🍁"),
                          QStringLiteral("Where near here can I eat 抹茶 sweets?"),
                          QStringLiteral("[attachment not imported]")}));
    QCOMPARE(parents(archive), (QList<qint64>{0, 1, 2}));
    QCOMPARE(archive.currentBranch, (QList<qint64>{1, 2, 3}));
    QCOMPARE(archive.turns.at(0).createdAt, 1718000010250);
    for (const StoredTurn &turn : archive.turns)
        QCOMPARE(answersOf(turn),
                 (QStringList{QStringLiteral("openai/gpt-4o slot=0 done chosen")}));
    const StoredAnswer &first = archive.turns.at(0).answers.first();
    QVERIFY(first.text.startsWith(QStringLiteral("November is peak momiji season.")));
    QVERIFY(first.text.contains(QStringLiteral("(東福寺)")));
    QCOMPARE(first.createdAt, 1718000012750);
    QCOMPARE(first.tokensIn, -1);
    QCOMPARE(first.latencyMs, -1);
    QVERIFY(first.parameters.isEmpty());
    // The search call and its result are ChatGPT's plumbing, not the answer.
    QCOMPARE(archive.turns.at(1).answers.first().text,
             QStringLiteral("Try Saryo Tsujiri in Gion for 抹茶パフェ (matcha parfait) 🍵."));
    QCOMPARE(archive.turns.at(1).answers.first().createdAt, 1718000110500);
    QCOMPARE(archive.turns.at(2).answers.first().text,
             QStringLiteral("That looks like a grey heron on the Kamo river."));
}

void TestConversationImporter::chatGptRegeneratedAnswer()
{
    const ImportResult result = ConversationImporter::fromChatGpt(readTestFile(kChatGptFixture));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const ConversationArchive &archive = result.conversations.at(1);
    QCOMPARE(parents(archive), (QList<qint64>{0, 1}));
    QCOMPARE(archive.currentBranch, (QList<qint64>{1, 2}));
    // Both versions share the pane; the conversation went on from the first, so it is chosen.
    QCOMPARE(answersOf(archive.turns.at(0)),
             (QStringList{QStringLiteral("openai/gpt-4 slot=0 done chosen"),
                          QStringLiteral("openai/gpt-4o slot=0 done")}));
    QCOMPARE(archive.turns.at(0).answers.at(1).text,
             QStringLiteral("Lifetimes let the compiler prove no reference outlives the data it "
                            "points to."));
    QCOMPARE(archive.turns.at(0).answers.at(1).createdAt, 1718100050000);
    QList<qint64> answerIds;
    for (const StoredTurn &turn : archive.turns) {
        for (const StoredAnswer &answer : turn.answers)
            answerIds << answer.id;
    }
    QCOMPARE(answerIds, (QList<qint64>{1, 2, 3}));

    const StoredAnswer &reasoned = archive.turns.at(1).answers.first();
    QCOMPARE(answersOf(archive.turns.at(1)),
             (QStringList{QStringLiteral("openai/o3 slot=0 done chosen")}));
    QCOMPARE(reasoned.reasoning,
             QStringLiteral("Recalling the longest example\nBoth inputs share 'a so the result "
                            "can borrow from either."));
    QVERIFY2(reasoned.text.startsWith(
                 QStringLiteral("```python\nprint(max(['ab', 'abc'], key=len))\n```\n\n```rust\n")),
             qPrintable(reasoned.text));
    QVERIFY(reasoned.text.endsWith(QStringLiteral("The check printed `abc`.")));
    QVERIFY(!reasoned.text.contains(QStringLiteral("Thought for 8s")));
    QCOMPARE(reasoned.createdAt, 1718100201000);
    QCOMPARE(reasoned.updatedAt, 1718100215000);
}

void TestConversationImporter::chatGptEditedMessageBranches()
{
    const ImportResult result = ConversationImporter::fromChatGpt(readTestFile(kChatGptFixture));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const ConversationArchive &archive = result.conversations.at(2);
    QCOMPARE(
        userTexts(archive),
        (QStringList{QStringLiteral("Translate \"good morning\" to Japanese, please — politely."),
                     QStringLiteral("And in Chinese?"),
                     QStringLiteral("Translate \"good night\" to Japanese.")}));
    // The edit is a sibling of the first message: a second branch from the start.
    QCOMPARE(parents(archive), (QList<qint64>{0, 1, 0}));
    QCOMPARE(archive.turns.at(0).versionIds, (QList<qint64>{1, 3}));
    QCOMPARE(archive.currentBranch, (QList<qint64>{3}));
    QCOMPARE(answersOf(archive.turns.at(0)),
             (QStringList{QStringLiteral("openai/gpt-4o-mini slot=0 done")}));
    QCOMPARE(archive.turns.at(1).answers.first().text, QStringLiteral("早上好 (zǎoshang hǎo)."));
    QCOMPARE(answersOf(archive.turns.at(2)),
             (QStringList{QStringLiteral("openai/chatgpt slot=0 done chosen")}));
    QCOMPARE(archive.summary.createdAt, 1718200000000);
    QCOMPARE(archive.summary.updatedAt, 1718200101000); // the file has none: the last answer
    QCOMPARE(archive.turns.at(2).createdAt, 1718200100000);
}

void TestConversationImporter::chatGptSingleConversationObject()
{
    const QJsonArray list = QJsonDocument::fromJson(readTestFile(kChatGptFixture)).array();
    const QByteArray single = QJsonDocument(list.at(1).toObject()).toJson();
    const ImportResult result = ConversationImporter::detectAndImport(single);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.conversations.size(), 1);
    QCOMPARE(result.conversations.first().summary.title, QStringLiteral("Rust lifetimes"));
}

void TestConversationImporter::chatGptWithoutCurrentNodeTakesLatest()
{
    const QByteArray json = editedChatGpt(1, [](QJsonObject &conversation) {
        conversation.insert(QStringLiteral("current_node"), QJsonValue::Null);
    });
    const ImportResult result = ConversationImporter::fromChatGpt(json);
    QVERIFY2(result.ok(), qPrintable(result.error));
    // The latest child at each step: the regenerated answer, which nothing follows.
    const ConversationArchive &archive = result.conversations.at(1);
    QCOMPARE(archive.currentBranch, (QList<qint64>{1}));
    QCOMPARE(answersOf(archive.turns.at(0)),
             (QStringList{QStringLiteral("openai/gpt-4 slot=0 done"),
                          QStringLiteral("openai/gpt-4o slot=0 done chosen")}));
}

void TestConversationImporter::detectChoosesFormat()
{
    const QByteArray coro = readTestFile(kCoroFixture);
    const QByteArray chatGpt = readTestFile(kChatGptFixture);
    QVERIFY(!coro.isEmpty());
    QVERIFY(!chatGpt.isEmpty());
    const ImportResult fromCoro = ConversationImporter::detectAndImport(coro);
    QVERIFY2(fromCoro.ok(), qPrintable(fromCoro.error));
    QCOMPARE(describe(fromCoro.conversations.first()),
             describe(ConversationImporter::fromCoroJson(coro).conversations.first()));
    const ImportResult fromChatGpt = ConversationImporter::detectAndImport(chatGpt);
    QVERIFY2(fromChatGpt.ok(), qPrintable(fromChatGpt.error));
    QCOMPARE(fromChatGpt.conversations.size(), 3);
    QCOMPARE(fromChatGpt.skipped, 1);
    QCOMPARE(describe(fromChatGpt.conversations.at(2)),
             describe(ConversationImporter::fromChatGpt(chatGpt).conversations.at(2)));

    const ImportResult unknown = ConversationImporter::detectAndImport(R"({"messages": []})");
    QVERIFY(unknown.conversations.isEmpty());
    QVERIFY2(unknown.error.startsWith(QStringLiteral("not a conversation file Coro knows")),
             qPrintable(unknown.error));
    const ImportResult versioned = ConversationImporter::detectAndImport(
        R"({"format": "coro.conversation", "version": 7, "conversation": {}})");
    QVERIFY2(versioned.error.startsWith(QStringLiteral("unsupported Coro conversation version 7")),
             qPrintable(versioned.error));
}

void TestConversationImporter::badInput_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");
    const QString coro = QStringLiteral("coro");
    const QString chatGpt = QStringLiteral("chatgpt");
    const QByteArray rich = ConversationExporter::toJson(richArchive());
    const QByteArray fixture = readTestFile(kChatGptFixture);
    const QString rust = QStringLiteral("conversation 2 (\"Rust lifetimes\"): ");
    const QString firstMessage = QStringLiteral("aaa10000-0000-4000-8000-000000000003");

    QTest::newRow("coro: not JSON")
        << coro << QByteArray("Title: my chat\n\nhello") << QStringLiteral("not valid JSON: ");
    QTest::newRow("coro: empty") << coro << QByteArray(" \n")
                                 << QStringLiteral("the file is empty");
    QTest::newRow("coro: truncated")
        << coro << rich.left(rich.size() / 2) << QStringLiteral("not valid JSON: ");
    QTest::newRow("coro: truncated, where")
        << coro << QByteArray("{\n  \"format\": \"coro.conversation\",\n  \"version\": 1,\n  \"con")
        << QStringLiteral("at line 4, column");
    QTest::newRow("coro: array") << coro << QByteArray("[1, 2]")
                                 << QStringLiteral("not a Coro conversation file");
    QTest::newRow("coro: other format")
        << coro << QByteArray(R"({"format": "other", "version": 1})")
        << QStringLiteral("not a Coro conversation file");
    QTest::newRow("coro: unknown version")
        << coro
        << QByteArray(R"({"format": "coro.conversation", "version": 2, "conversation": {}})")
        << QStringLiteral("unsupported Coro conversation version 2 (this version of Coro reads "
                          "version 1)");
    QTest::newRow("coro: version as text")
        << coro << QByteArray(R"({"format": "coro.conversation", "version": "1"})")
        << QStringLiteral("\"version\" should be a whole number");
    QTest::newRow("coro: no conversation")
        << coro << QByteArray(R"({"format": "coro.conversation", "version": 1})")
        << QStringLiteral("\"conversation\" is missing");
    QTest::newRow("coro: missing parent")
        << coro << editedTurn(3, [](QJsonObject &t) { t.insert(QStringLiteral("parent_id"), 9); })
        << QStringLiteral("conversation: turn 4 refers to missing parent 9");
    QTest::newRow("coro: cycle") << coro << editedTurn(0, [](QJsonObject &t) {
        t.insert(QStringLiteral("parent_id"), 4);
    }) << QStringLiteral("conversation: turn 1 is its own ancestor (1 → 4 → 3 → 1)");
    QTest::newRow("coro: own parent")
        << coro << editedTurn(1, [](QJsonObject &t) { t.insert(QStringLiteral("parent_id"), 2); })
        << QStringLiteral("conversation: turn 2 is its own ancestor (2 → 2)");
    QTest::newRow("coro: duplicate turn")
        << coro << editedTurn(1, [](QJsonObject &t) { t.insert(QStringLiteral("id"), 1); })
        << QStringLiteral("conversation: turn 1 appears twice");
    QTest::newRow("coro: duplicate answer")
        << coro << editedAnswer(3, 0, [](QJsonObject &a) { a.insert(QStringLiteral("id"), 7); })
        << QStringLiteral("conversation: answer 7 appears twice (turns 3 and 4)");
    QTest::newRow("coro: missing text")
        << coro << editedTurn(1, [](QJsonObject &t) { t.remove(QStringLiteral("user_text")); })
        << QStringLiteral("conversation: turn 2: \"user_text\" is missing");
    QTest::newRow("coro: answers not a list")
        << coro << editedTurn(1, [](QJsonObject &t) { t.insert(QStringLiteral("answers"), 3); })
        << QStringLiteral("conversation: turn 2: \"answers\" should be an array");
    QTest::newRow("coro: tokens as text") << coro << editedAnswer(0, 0, [](QJsonObject &a) {
        a.insert(QStringLiteral("tokens_in"), QStringLiteral("12"));
    }) << QStringLiteral("conversation: turn 1: answer 1: \"tokens_in\" should be a whole number");
    QTest::newRow("coro: fractional date") << coro << editedAnswer(0, 1, [](QJsonObject &a) {
        a.insert(QStringLiteral("created_at"), 1.5);
    }) << QStringLiteral("conversation: turn 1: answer 4: \"created_at\" should be a whole number");
    QTest::newRow("coro: unknown status") << coro << editedAnswer(0, 2, [](QJsonObject &a) {
        a.insert(QStringLiteral("status"), QStringLiteral("thinking"));
    }) << QStringLiteral("conversation: turn 1: answer 2: unknown status \"thinking\"");
    QTest::newRow("coro: negative slot")
        << coro << editedAnswer(0, 2, [](QJsonObject &a) { a.insert(QStringLiteral("slot"), -1); })
        << QStringLiteral("conversation: turn 1: answer 2: \"slot\" is -1, outside 0..");
    QTest::newRow("coro: two chosen") << coro << editedAnswer(0, 0, [](QJsonObject &a) {
        a.insert(QStringLiteral("chosen"), true);
    }) << QStringLiteral("conversation: turn 1 has more than one chosen answer (1 and 4)");
    QTest::newRow("coro: unknown title source") << coro << editedCoroJson([](QJsonObject &c) {
        c.insert(QStringLiteral("title_source"), QStringLiteral("ai"));
    }) << QStringLiteral("conversation: unknown title_source \"ai\"");
    QTest::newRow("coro: branch names missing turn") << coro << editedCoroJson([](QJsonObject &c) {
        c.insert(QStringLiteral("current_branch"), QJsonArray{1, 3, 99});
    }) << QStringLiteral("conversation: current_branch names missing turn 99");
    QTest::newRow("coro: branch skips a turn")
        << coro << editedCoroJson([](QJsonObject &c) {
               c.insert(QStringLiteral("current_branch"), QJsonArray{1, 4});
           })
        << QStringLiteral("conversation: current_branch has turn 4 after turn 1, which is not its "
                          "parent");
    QTest::newRow("coro: branch not from the start")
        << coro << editedCoroJson([](QJsonObject &c) {
               c.insert(QStringLiteral("current_branch"), QJsonArray{3, 4});
           })
        << QStringLiteral(
               "conversation: current_branch starts at turn 3, which is not a first turn");

    QTest::newRow("chatgpt: not JSON")
        << chatGpt << QByteArray("<html>Sign in</html>") << QStringLiteral("not valid JSON: ");
    QTest::newRow("chatgpt: truncated")
        << chatGpt << fixture.left(fixture.size() * 2 / 3) << QStringLiteral("not valid JSON: ");
    QTest::newRow("chatgpt: object") << chatGpt << QByteArray(R"({"conversations": []})")
                                     << QStringLiteral("not a ChatGPT export");
    QTest::newRow("chatgpt: not objects")
        << chatGpt << QByteArray("[1]") << QStringLiteral("conversation 1 should be an object");
    QTest::newRow("chatgpt: no mapping")
        << chatGpt << QByteArray(R"([{"title": "Notes", "create_time": 1718000000.0}])")
        << QStringLiteral("conversation 1 (\"Notes\"): \"mapping\" is missing");
    QTest::newRow("chatgpt: mapping not an object")
        << chatGpt
        << editedChatGpt(1,
                         [](QJsonObject &c) { c.insert(QStringLiteral("mapping"), QJsonArray{}); })
        << rust + QStringLiteral("\"mapping\" should be an object");
    QTest::newRow("chatgpt: missing parent")
        << chatGpt
        << editedChatGptNode(
               1, firstMessage,
               [](QJsonObject &n) { n.insert(QStringLiteral("parent"), QStringLiteral("ghost")); })
        << rust + QStringLiteral("node ") + firstMessage +
               QStringLiteral(" refers to missing parent ghost");
    QTest::newRow("chatgpt: missing child")
        << chatGpt
        << editedChatGptNode(1, firstMessage,
                             [](QJsonObject &n) {
                                 n.insert(QStringLiteral("children"),
                                          QJsonArray{QStringLiteral("lost")});
                             })
        << rust + QStringLiteral("node ") + firstMessage +
               QStringLiteral(" lists missing child lost");
    QTest::newRow("chatgpt: cycle")
        << chatGpt
        << editedChatGptNode(1, QStringLiteral("b1a0c9d8-0000-4000-8000-000000000001"),
                             [](QJsonObject &n) {
                                 n.insert(QStringLiteral("parent"),
                                          QStringLiteral("b1a0c9d8-0000-4000-8000-000000000004"));
                             })
        // The walk starts at the first node id in sorted order, the first user message.
        << rust + QStringLiteral("node ") + firstMessage +
               QStringLiteral(" is its own ancestor (") + firstMessage +
               QStringLiteral(" → b1a0c9d8-0000-4000-8000-000000000002 → b1a0c9d8-0000-4000-8000-"
                              "000000000001 → b1a0c9d8-0000-4000-8000-000000000004 → ") +
               firstMessage + QLatin1Char(')');
    QTest::newRow("chatgpt: children not ids")
        << chatGpt
        << editedChatGptNode(
               1, firstMessage,
               [](QJsonObject &n) { n.insert(QStringLiteral("children"), QJsonArray{7}); })
        << rust + QStringLiteral("node ") + firstMessage +
               QStringLiteral(": \"children\" should hold node ids");
    QTest::newRow("chatgpt: message not an object")
        << chatGpt
        << editedChatGptNode(
               1, firstMessage,
               [](QJsonObject &n) { n.insert(QStringLiteral("message"), QStringLiteral("hi")); })
        << rust + QStringLiteral("node ") + firstMessage +
               QStringLiteral(": \"message\" should be an object or null");
    QTest::newRow("chatgpt: unknown current node")
        << chatGpt
        << editedChatGpt(1,
                         [](QJsonObject &c) {
                             c.insert(QStringLiteral("current_node"), QStringLiteral("nowhere"));
                         })
        << rust + QStringLiteral("current_node nowhere is not in the mapping");
}

void TestConversationImporter::badInput()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    const ImportResult result = format == QLatin1String("coro")
                                    ? ConversationImporter::fromCoroJson(input)
                                    : ConversationImporter::fromChatGpt(input);
    QVERIFY2(result.error.contains(error),
             qPrintable(QStringLiteral("got \"%1\", want \"%2\"").arg(result.error, error)));
    // Nothing partial: the conversations before the bad one are not handed over either.
    QVERIFY(result.conversations.isEmpty());
    QCOMPARE(result.skipped, 0);
    QVERIFY(!result.ok());
}

QTEST_GUILESS_MAIN(TestConversationImporter)
#include "tst_conversationimporter.moc"
