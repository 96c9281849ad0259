#include "accessibletree.h"
#include "clirunner.h"
#include "fakeproviderserver.h"
#include "runningapp.h"
#include "storage/conversationstore.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

Q_IMPORT_QML_PLUGIN(Coro_AppPlugin)
Q_IMPORT_QML_PLUGIN(Coro_ModelsPlugin)

using namespace coro;
using namespace coro::test;

namespace {
const QString kPrompt = QStringLiteral("Why is the sky blue?");
const QStringList kModels{QStringLiteral("fake-openai/gpt-demo"),
                          QStringLiteral("fake-anthropic/reasoning"),
                          QStringLiteral("fake-gemini/http-401")};
} // namespace

/**
 * The desktop app driven the way a screen reader drives it, through its accessibility tree:
 * type a question into "Prompt", press "Send", read each "Answer from PROVIDER/MODEL" pane,
 * open a conversation from "Conversations". Against the fake provider server, with a history
 * file of its own.
 */
class TestDesktop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void threeModelsStreamSideBySideAndOneErrorIsExplained();
    void answersKeepStreamingWhileAnotherChatIsOpen();
    void historyWrittenByCoroCliOpensOffline();
    void realExecutableStartsOnItsDataDirectory();
    void webSourcesOfATurnAreListedAsLinks();
    void fusedAnswerStreamsInItsOwnPaneWithItsSources();
    void aFusionStartsInView();

private:
    QString newDataDir(const QStringList &selection, const QByteArray &providersJson = {});

    FakeProviderServer m_server;
    QList<std::shared_ptr<QTemporaryDir>> m_dirs;
};

void TestDesktop::initTestCase()
{
    QVERIFY(m_server.listen());
    // As when a screen reader runs.
    qputenv("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1");
    QAccessible::setActive(true);
}

QString TestDesktop::newDataDir(const QStringList &selection, const QByteArray &providersJson)
{
    auto dir = std::make_shared<QTemporaryDir>();
    m_dirs << dir;
    return prepareDataDir(dir->path(),
                          providersJson.isEmpty()
                              ? m_server.providersJsonWithPrice(ProtocolKind::OpenAi,
                                                                QStringLiteral("gpt-demo"), 3, 15)
                              : providersJson,
                          selection);
}

void TestDesktop::threeModelsStreamSideBySideAndOneErrorIsExplained()
{
    const QString dataDir = newDataDir(kModels);
    RunningApp app(dataDir);
    QVERIFY(app.window);
    app.window->resize(1400, 860);
    QVERIFY(QTest::qWaitForWindowExposed(app.window));
    const AccessibleTree tree(app.window);

    QVERIFY(tree.find(QStringLiteral("New chat"), QAccessible::Button));
    QVERIFY(tree.find(QStringLiteral("Search history")));
    QVERIFY(tree.find(QStringLiteral("Conversations"), QAccessible::List));
    QAccessibleInterface *prompt = tree.find(QStringLiteral("Prompt"));
    QVERIFY(prompt);
    QVERIFY(AccessibleTree::type(prompt, kPrompt));
    QVERIFY(AccessibleTree::press(tree.find(QStringLiteral("Send"), QAccessible::Button)));
    QTRY_COMPARE(AccessibleTree::text(prompt), QString()); // Sent: the composer is empty again.

    // One pane per model, in the order they were chosen, each ending in its own state.
    QTRY_COMPARE_WITH_TIMEOUT(tree.findAll(QStringLiteral("Answer from ")).size(), 3, 10000);
    for (int i = 0; i < kModels.size(); ++i) {
        QAccessibleInterface *pane = tree.findAll(QStringLiteral("Answer from ")).at(i);
        QCOMPARE(AccessibleTree::name(pane), QStringLiteral("Answer from %1").arg(kModels.at(i)));
        QTRY_VERIFY_WITH_TIMEOUT(finishedState(AccessibleTree::description(
                                     tree.findAll(QStringLiteral("Answer from ")).at(i))),
                                 15000);
    }
    const auto panes = tree.findAll(QStringLiteral("Answer from "));
    QCOMPARE(AccessibleTree::description(panes.at(0)), QStringLiteral("done"));
    QCOMPARE(AccessibleTree::text(panes.at(0)),
             FakeProviderServer::expectedAnswer(ProtocolKind::OpenAi, QStringLiteral("gpt-demo"),
                                                kPrompt));
    QCOMPARE(AccessibleTree::text(panes.at(1)),
             FakeProviderServer::expectedAnswer(ProtocolKind::Anthropic,
                                                QStringLiteral("reasoning"), kPrompt));
    QCOMPARE(AccessibleTree::description(panes.at(2)), QStringLiteral("error"));
    // The failure in words, and the action that helps (a pane's contents come a frame or two
    // after the pane).
    QTRY_VERIFY(tree.find(QStringLiteral("⚠ The API key was rejected")));
    QVERIFY2(tree.find(QStringLiteral("Retry"), QAccessible::Button), qPrintable(tree.dump()));
    // The priced model's pane says what its answer cost, in words; no other pane claims one.
    // (Figures reach a pane once per frame, and its contents come a frame or two after it.)
    const auto statedCosts = [&tree] {
        QStringList costs;
        for (QAccessibleInterface *stats : tree.findAll(QStringLiteral("first token"))) {
            if (AccessibleTree::name(stats).contains(QStringLiteral("cost about")))
                costs << AccessibleTree::name(stats);
        }
        return costs;
    };
    QTRY_COMPARE(statedCosts().size(), 1);
    const QStringList costs = statedCosts();
    QVERIFY2(costs.constFirst().contains(QStringLiteral("US dollars")),
             qPrintable(costs.join(QLatin1Char('|'))));
    // A finished pane's "More actions" menu offers reading it aloud (made when opened).
    QVERIFY(!tree.find(QStringLiteral("Read the answer from %1 aloud").arg(kModels.at(0))));
    QVERIFY(AccessibleTree::press(
        tree.find(QStringLiteral("More actions for %1").arg(kModels.at(0)), QAccessible::Button)));
    QTRY_VERIFY2(tree.find(QStringLiteral("Read the answer from %1 aloud").arg(kModels.at(0))),
                 qPrintable(tree.dump()));
    QTest::keyClick(app.window, Qt::Key_Escape);
    QTRY_VERIFY(!tree.find(QStringLiteral("Read the answer from %1 aloud").arg(kModels.at(0))));
    // The conversation is listed, named after the question.
    QTRY_VERIFY(tree.find(kPrompt, QAccessible::ListItem) ||
                tree.find(kPrompt, QAccessible::Button));

    saveScreenshot(app.window, QStringLiteral("compare.png"));

    // What was saved: the turn and its three answers, the failure with its code.
    QTRY_VERIFY(!app.core.isRunning());
    Database db(QDir(dataDir).filePath(QStringLiteral("coro.sqlite")));
    QVERIFY(db.open());
    ConversationStore store(db);
    const auto list = store.listConversations(0, 10);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.constFirst().title, kPrompt);
    const auto conversation = store.conversation(list.constFirst().id);
    QVERIFY(conversation);
    QCOMPARE(conversation->turns.size(), 1);
    const auto &answers = conversation->turns.constFirst().answers;
    QCOMPARE(answers.size(), 3);
    QTRY_COMPARE(store.conversation(list.constFirst().id)->turns.constFirst().answers.at(2).status,
                 QStringLiteral("error"));
    const auto saved = store.conversation(list.constFirst().id)->turns.constFirst().answers;
    QCOMPARE(saved.at(0).status, QStringLiteral("done"));
    QCOMPARE(saved.at(1).status, QStringLiteral("done"));
    QCOMPARE(saved.at(2).errorCode, QStringLiteral("authentication_failed"));

    // The picker lists the selection; each entry opens parameters of its own.
    QVERIFY(AccessibleTree::press(tree.find(QStringLiteral("Models: "), QAccessible::Button)));
    QTRY_VERIFY(tree.find(QStringLiteral("Selected models"), QAccessible::List));
    QVERIFY(AccessibleTree::press(
        tree.find(QStringLiteral("Parameters of fake-openai/gpt-demo"), QAccessible::Button)));
    QTRY_VERIFY(tree.find(QStringLiteral("Temperature for fake-openai/gpt-demo")));
    QVERIFY(AccessibleTree::press(
        tree.find(QStringLiteral("Ask fake-openai/gpt-demo once more"), QAccessible::Button)));
    QTRY_COMPARE(app.core.picker()->selection().count(kModels.at(0)), 2);
    saveScreenshot(app.window, QStringLiteral("picker.png"));
}

void TestDesktop::answersKeepStreamingWhileAnotherChatIsOpen()
{
    const QString model = QStringLiteral("fake-openai/slow:80");
    const QString dataDir = newDataDir({model});
    RunningApp app(dataDir);
    QVERIFY(QTest::qWaitForWindowExposed(app.window));
    const AccessibleTree tree(app.window);
    const QString prompt = QStringLiteral(
        "Count slowly to twenty for me: one two three four five six seven eight nine ten "
        "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty");
    QVERIFY(AccessibleTree::type(tree.find(QStringLiteral("Prompt")), prompt));
    QVERIFY(AccessibleTree::press(tree.find(QStringLiteral("Send"), QAccessible::Button)));
    QTRY_VERIFY(!AccessibleTree::text(tree.find(QStringLiteral("Answer from "))).isEmpty());

    // Leave it while it streams: the sidebar says it is still answering.
    QVERIFY(AccessibleTree::press(tree.find(QStringLiteral("New chat"), QAccessible::Button)));
    QTRY_VERIFY(tree.findAll(QStringLiteral("Answer from ")).isEmpty());
    const QString title = ConversationStore::titleFromPrompt(prompt);
    QTRY_VERIFY(tree.find(title + QStringLiteral(", answers streaming")));

    // It finishes while away; coming back shows all of it.
    QTRY_VERIFY_WITH_TIMEOUT(!tree.find(title + QStringLiteral(", answers streaming")), 15000);
    QAccessibleInterface *item = tree.find(title);
    QVERIFY(item);
    QVERIFY(AccessibleTree::press(item));
    QTRY_VERIFY(tree.find(QStringLiteral("Answer from ")));
    QAccessibleInterface *pane = tree.find(QStringLiteral("Answer from "));
    QCOMPARE(AccessibleTree::description(pane), QStringLiteral("done"));
    QCOMPARE(AccessibleTree::text(pane),
             FakeProviderServer::expectedAnswer(ProtocolKind::OpenAi, QStringLiteral("slow:80"),
                                                prompt));
}

void TestDesktop::historyWrittenByCoroCliOpensOffline()
{
    const QString dataDir = newDataDir({});
    const QString prompt = QStringLiteral("Name three volcanoes");
    const CliResult asked =
        runCli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("ask"), QStringLiteral("-m"),
                QStringLiteral("fake-openai/tiny"), QStringLiteral("-m"),
                QStringLiteral("fake-ollama/tiny"), prompt});
    QCOMPARE(asked.exitCode, 0);
    m_server.close(); // Offline from here on.

    RunningApp app(dataDir);
    QVERIFY(QTest::qWaitForWindowExposed(app.window));
    const AccessibleTree tree(app.window);
    QTRY_VERIFY(tree.find(prompt));
    QVERIFY2(AccessibleTree::press(tree.find(prompt)),
             qPrintable(AccessibleTree::describe(tree.find(prompt))));
    QTRY_COMPARE(tree.findAll(QStringLiteral("Answer from ")).size(), 2);
    const auto panes = tree.findAll(QStringLiteral("Answer from "));
    QCOMPARE(AccessibleTree::name(panes.at(0)), QStringLiteral("Answer from fake-openai/tiny"));
    QCOMPARE(
        AccessibleTree::text(panes.at(1)),
        FakeProviderServer::expectedAnswer(ProtocolKind::Ollama, QStringLiteral("tiny"), prompt));
    // Found again by search, offline.
    QAccessibleInterface *search = tree.find(QStringLiteral("Search history"));
    QVERIFY(AccessibleTree::type(search, QStringLiteral("volcanoes")));
    QTRY_VERIFY2(tree.find(prompt + QStringLiteral(", You")), qPrintable(tree.dump()));
    QVERIFY(m_server.listen());
}

void TestDesktop::realExecutableStartsOnItsDataDirectory()
{
    const QString dataDir = newDataDir(kModels);
    QProcess coro;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("CORO_DATA_DIR"));
    coro.setProcessEnvironment(env);
    coro.start(QStringLiteral(CORO_PATH), {QStringLiteral("--data-dir"), dataDir});
    QVERIFY(coro.waitForStarted());
    QVERIFY(!coro.waitForFinished(2500)); // Still up: the window loaded.
    coro.terminate();
    QVERIFY(coro.waitForFinished(10000));
    const QByteArray err = coro.readAllStandardError();
    QVERIFY2(!err.contains("qrc:/"), err.constData()); // No QML error or warning.
    QVERIFY(QFile::exists(QDir(dataDir).filePath(QStringLiteral("coro.sqlite"))));
}

void TestDesktop::webSourcesOfATurnAreListedAsLinks()
{
    const QString dataDir =
        newDataDir({QStringLiteral("fake-openai/gpt-demo")}, m_server.providersJsonWithSearch());
    RunningApp app(dataDir);
    QVERIFY(QTest::qWaitForWindowExposed(app.window));
    const AccessibleTree tree(app.window);
    QVERIFY(tree.find(QStringLiteral("Web search")));
    QVERIFY(askAndWait(tree, QStringLiteral("search the web for lisbon metro strike"), 1));

    // When the results were fetched, and each numbered source as a link to its address.
    QTRY_VERIFY2(tree.find(QStringLiteral("Web data used: results for")), qPrintable(tree.dump()));
    const auto links = tree.findAll(QStringLiteral("Source "));
    QCOMPARE(links.size(), 3);
    QVERIFY(AccessibleTree::name(links.at(0)).startsWith(QLatin1String("Source 1: ")));
    for (QAccessibleInterface *link : links)
        QVERIFY(AccessibleTree::description(link).startsWith(QLatin1String("http")));
    saveScreenshot(app.window, QStringLiteral("web.png"));
}

void TestDesktop::fusedAnswerStreamsInItsOwnPaneWithItsSources()
{
    const QString fused =
        QStringLiteral("Rayleigh scattering makes the sky blue. [A][B]\n"
                       "Thinking first helps. [B]\n\n"
                       "## Contradictions\n"
                       "- [A] says violet is absorbed; [B] says eyes are less sensitive.\n");
    // The first model answers, then writes the fusion: the model offered first.
    m_server.setScriptedAnswers(
        QStringLiteral("gpt-demo"),
        {QStringLiteral("The sky is blue because air scatters light."), fused});
    const QString dataDir = newDataDir(
        {QStringLiteral("fake-openai/gpt-demo"), QStringLiteral("fake-anthropic/reasoning")});
    RunningApp app(dataDir);
    app.window->resize(1400, 860);
    QVERIFY(QTest::qWaitForWindowExposed(app.window));
    const AccessibleTree tree(app.window);
    QVERIFY(askAndWait(tree, kPrompt, 2));

    QVERIFY(AccessibleTree::press(tree.find(QStringLiteral("Fuse answers"), QAccessible::Button)));
    QTRY_VERIFY(tree.find(QStringLiteral("Fusing model")));
    QVERIFY2(AccessibleTree::press(tree.find(QStringLiteral("Start fusion"), QAccessible::Button)),
             qPrintable(tree.dump()));

    // A pane of its own, beside the answers, marked as a fusion.
    const QString name = QStringLiteral("Fused answer from fake-openai/gpt-demo");
    QTRY_VERIFY_WITH_TIMEOUT(tree.find(name), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(AccessibleTree::description(tree.find(name)), QStringLiteral("done"),
                              15000);
    QCOMPARE(tree.findAll(QStringLiteral("Answer from ")).size(), 2);
    // Plain text interfaces end paragraphs with U+2029.
    QTRY_COMPARE(
        AccessibleTree::text(tree.find(name)).replace(QChar::ParagraphSeparator, QLatin1Char('\n')),
        fused);
    QVERIFY(tree.find(QStringLiteral("Fused answer"), QAccessible::StaticText));
    // Which answer is [A] and which [B], and how many parts each gave.
    QTRY_VERIFY2(tree.find(QStringLiteral("Source A: fake-openai/gpt-demo, one part")),
                 qPrintable(tree.dump()));
    QVERIFY(tree.find(QStringLiteral("Source B: fake-anthropic/reasoning, 2 parts")));
    // The contradictions stay in view.
    // Each part names the answers it came from, to a pointer (tooltip) and a screen reader.
    QTRY_VERIFY(tree.find(QStringLiteral("Rayleigh scattering makes the sky blue."),
                          QAccessible::Paragraph));
    QCOMPARE(
        AccessibleTree::description(tree.find(
            QStringLiteral("Rayleigh scattering makes the sky blue."), QAccessible::Paragraph)),
        QStringLiteral("From [A] fake-openai/gpt-demo, [B] fake-anthropic/reasoning"));
    // (Laid out once the fused answer's blocks are: wait for it on a busy machine.)
    QTRY_VERIFY(tree.find(QStringLiteral("Contradictions"), QAccessible::Heading));
    QTRY_VERIFY(tree.find(QStringLiteral("Where the answers contradict each other")));
    QAccessibleInterface *contradictions =
        tree.find(QStringLiteral("Where the answers contradict each other"));
    QVERIFY(AccessibleTree::description(contradictions).contains(QLatin1String("[B] says eyes")));

    saveScreenshot(app.window, QStringLiteral("fusion.png"));
}

void TestDesktop::aFusionStartsInView()
{
    // Three answers fill the row of a window just wide enough for panes side by side: the
    // fused pane comes after them, past the right edge, and is scrolled into view.
    m_server.setScriptedAnswers(QStringLiteral("gpt-demo"),
                                {QStringLiteral("Blue light scatters most."),
                                 QStringLiteral("Rayleigh scattering. [A][B][C]")});
    const QString dataDir = newDataDir({QStringLiteral("fake-openai/gpt-demo"),
                                        QStringLiteral("fake-anthropic/reasoning"),
                                        QStringLiteral("fake-ollama/llama3.2:3b")});
    RunningApp app(dataDir);
    app.window->resize(1150, 800);
    QVERIFY(QTest::qWaitForWindowExposed(app.window));
    const AccessibleTree tree(app.window);
    QVERIFY(askAndWait(tree, kPrompt, 3));
    QAccessibleInterface *row = tree.find(QStringLiteral("Answers"), QAccessible::List);
    QVERIFY(row);

    QVERIFY(AccessibleTree::press(tree.find(QStringLiteral("Fuse answers"), QAccessible::Button)));
    QTRY_VERIFY(tree.find(QStringLiteral("Start fusion"), QAccessible::Button));
    QVERIFY(AccessibleTree::press(tree.find(QStringLiteral("Start fusion"), QAccessible::Button)));
    const QString name = QStringLiteral("Formatted fused answer from fake-openai/gpt-demo");
    QTRY_VERIFY_WITH_TIMEOUT(tree.find(name), 10000);
    // The whole fused pane's text area lies within the row's visible area.
    QTRY_VERIFY2(row->rect().contains(tree.find(name)->rect()),
                 qPrintable(QStringLiteral("row %1,%2 %3x%4; fused answer at %5,%6 %7x%8")
                                .arg(row->rect().x())
                                .arg(row->rect().y())
                                .arg(row->rect().width())
                                .arg(row->rect().height())
                                .arg(tree.find(name)->rect().x())
                                .arg(tree.find(name)->rect().y())
                                .arg(tree.find(name)->rect().width())
                                .arg(tree.find(name)->rect().height())));
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
