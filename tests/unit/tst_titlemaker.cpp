#include "context/modelquery.h"
#include "context/titlemaker.h"
#include "fakeproviderserver.h"
#include "storage/conversationstore.h"
#include "storage/storageservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;
using namespace coro::test;

/**
 * TitleMaker: the title a conversation gets from a cheap model after its first turn, cleaned
 * from whatever the model replies — and never over a title the user set.
 */
class TestTitleMaker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void repliesAreCleanedToOneShortLine_data();
    void repliesAreCleanedToOneShortLine();
    void modelTitleReplacesThePromptsOne();
    void userTitleIsNeverOverwritten();
    void failingModelLeavesTheHeuristicTitle();

private:
    qint64 conversationAfterFirstTurn(const QString &prompt);
    TitleMaker::Result make(qint64 conversation, const QString &model);
    ConversationSummary summary(qint64 conversation);

    FakeProviderServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ModelQuery> m_query;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StorageService> m_storage;
};

void TestTitleMaker::initTestCase()
{
    QVERIFY(m_server.listen());
    QString error;
    const auto catalog =
        ProviderCatalog::fromJson(m_server.providersJson(), ProviderCatalog::presets(), &error);
    QVERIFY2(catalog, qPrintable(error));
    m_query = std::make_unique<ModelQuery>(*catalog, nullptr, &m_network);
}

void TestTitleMaker::init()
{
    m_server.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_storage = std::make_unique<StorageService>(m_dir->filePath(QStringLiteral("coro.sqlite")));
    QVERIFY(m_storage->open());
}

void TestTitleMaker::cleanup()
{
    m_storage.reset();
}

qint64 TestTitleMaker::conversationAfterFirstTurn(const QString &prompt)
{
    return m_storage->runBlocking([prompt](ConversationStore &store) {
        const qint64 id = store.createConversation();
        store.addTurn(id, 0, prompt);
        return id;
    });
}

TitleMaker::Result TestTitleMaker::make(qint64 conversation, const QString &model)
{
    TitleMaker maker(m_query.get(), m_storage.get());
    TitleMaker::Result result;
    bool done = false;
    maker.make(conversation, *ModelRef::parse(model), QStringLiteral("How do trams work?"),
               QStringLiteral("They run on rails."), [&](const TitleMaker::Result &r) {
                   result = r;
                   done = true;
               });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("no title result");
    return result;
}

ConversationSummary TestTitleMaker::summary(qint64 conversation)
{
    return m_storage
        ->runBlocking(
            [conversation](ConversationStore &store) { return store.conversation(conversation); })
        ->summary;
}

void TestTitleMaker::repliesAreCleanedToOneShortLine_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("title");
    QTest::addRow("quoted") << "\"Lisbon Trams Explained\""
                            << "Lisbon Trams Explained";
    QTest::addRow("label and full stop") << "Title: How trams work."
                                         << "How trams work";
    QTest::addRow("markdown heading") << "# **Tram Basics**\n\nA short title."
                                      << "Tram Basics";
    QTest::addRow("preamble") << "Here is a title:\n“Trams on Rails”"
                              << "Trams on Rails";
    QTest::addRow("whitespace") << "  Trams \t and   rails \n"
                                << "Trams and rails";
    QTest::addRow("empty") << "   \n\n"
                           << "";
    QTest::addRow("escape sequence") << "Trams\x1b]0;owned\x07"
                                     << "";
    QTest::addRow("long")
        << "A very long title that goes on and on about trams and rails and cities and more"
        << "A very long title that goes on and on about trams and rails…";
}

void TestTitleMaker::repliesAreCleanedToOneShortLine()
{
    QFETCH(QString, reply);
    QFETCH(QString, title);
    QCOMPARE(TitleMaker::cleaned(reply), title);
    QVERIFY(TitleMaker::cleaned(reply).size() <= TitleMaker::kMaxTitleChars);
}

void TestTitleMaker::modelTitleReplacesThePromptsOne()
{
    const qint64 id = conversationAfterFirstTurn(QStringLiteral("How do trams work?"));
    QCOMPARE(summary(id).titleSource, QStringLiteral("prompt"));
    m_server.setScriptedAnswers(QStringLiteral("titler"), {QStringLiteral("\"Tram Basics\"")});
    const auto result = make(id, QStringLiteral("fake-openai/titler"));
    QVERIFY2(result.applied, qPrintable(result.note));
    QCOMPARE(summary(id).title, QStringLiteral("Tram Basics"));
    QCOMPARE(summary(id).titleSource, QStringLiteral("model"));
    // What the model was asked: instructions as system text, the turn as the message.
    const QJsonArray messages = QJsonDocument::fromJson(m_server.requests().constLast().body)
                                    .object()
                                    .value(QLatin1String("messages"))
                                    .toArray();
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("content")).toString(),
             TitleMaker::instructions());
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("User:\nHow do trams work?\n\nAssistant:\nThey run on rails."));
    // A second attempt does not replace the model's title either.
    m_server.setScriptedAnswers(QStringLiteral("titler"), {QStringLiteral("Other")});
    QVERIFY(!make(id, QStringLiteral("fake-openai/titler")).applied);
    QCOMPARE(summary(id).title, QStringLiteral("Tram Basics"));
}

void TestTitleMaker::userTitleIsNeverOverwritten()
{
    const qint64 id = conversationAfterFirstTurn(QStringLiteral("How do trams work?"));
    // The user renames the chat while the model is still thinking of a title.
    m_server.setScriptedAnswers(QStringLiteral("slow:200"), {QStringLiteral("Tram Basics")});
    TitleMaker maker(m_query.get(), m_storage.get());
    TitleMaker::Result result;
    bool done = false;
    maker.make(id, *ModelRef::parse(QStringLiteral("fake-openai/slow:200")),
               QStringLiteral("How do trams work?"), QStringLiteral("Rails."),
               [&](const TitleMaker::Result &r) {
                   result = r;
                   done = true;
               });
    QVERIFY(m_storage->runBlocking([id](ConversationStore &store) {
        return store.rename(id, QStringLiteral("My tram notes"));
    }));
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY(!result.applied);
    QCOMPARE(result.title, QStringLiteral("Tram Basics"));
    QVERIFY(result.note.contains(QLatin1String("already named")));
    QCOMPARE(summary(id).title, QStringLiteral("My tram notes"));
    QCOMPARE(summary(id).titleSource, QStringLiteral("user"));
}

void TestTitleMaker::failingModelLeavesTheHeuristicTitle()
{
    const qint64 id = conversationAfterFirstTurn(QStringLiteral("How do trams work?"));
    const auto result = make(id, QStringLiteral("fake-openai/http-500"));
    QVERIFY(!result.applied);
    QVERIFY(!result.note.isEmpty());
    QCOMPARE(summary(id).title, QStringLiteral("How do trams work?"));
    QCOMPARE(summary(id).titleSource, QStringLiteral("prompt"));
}

QTEST_GUILESS_MAIN(TestTitleMaker)
#include "tst_titlemaker.moc"
