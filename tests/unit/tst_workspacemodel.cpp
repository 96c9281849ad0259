#include "models/workspacemodel.h"
#include "sandboxrun.h"
#include "storage/conversationstore.h"
#include "storage/storageservice.h"

#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;

namespace {
// A 4×3 red PNG from the standard library alone, as a plotting snippet would leave one.
const char *const kWritePng = R"(import struct, zlib
w, h = 4, 3
rows = b"".join(b"\x00" + bytes([255, 0, 0] * w) for _ in range(h))
def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
open("plot.png", "wb").write(png)
open("fake.png", "w").write("<html>not a picture</html>")
print("saved")
)";

struct ConsoleRow
{
    QString stream;
    QString text;
    QUrl image;
};

QList<ConsoleRow> rowsOf(const ConsoleModel *console)
{
    QList<ConsoleRow> rows;
    for (int i = 0; i < console->rowCount(); ++i) {
        const QModelIndex index = console->index(i);
        rows << ConsoleRow{index.data(ConsoleModel::StreamRole).toString(),
                           index.data(ConsoleModel::TextRole).toString(),
                           index.data(ConsoleModel::ImageRole).toUrl()};
    }
    return rows;
}

QString column(const QAbstractItemModel *model, int row, int role)
{
    return model->index(row, 0).data(role).toString();
}
} // namespace

/**
 * The workspace panel's model running real programs in the sandbox (skipped, saying why,
 * where bubblewrap cannot work), keeping them in a conversation's history.
 */
class TestWorkspaceModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void stdoutAndStderrAreToldApart();
    void imageTheProgramWroteIsShown();
    void nonZeroExitIsSaidInWords();
    void timeLimitIsSaidWithItsFigure();
    void cancelEndsTheRun();
    void runIsKeptInTheConversationsHistory();
    void newChatKeepsNoHistory();
    void openCodeMapsTheFenceLanguage_data();
    void openCodeMapsTheFenceLanguage();
    void eachModelsVersionRunsSideBySide();
    void limitsAreRemembered();
    void noSandboxIsRefusedWithTheFix();

private:
    /// Runs @p code in @p model and waits until it has ended (and was saved, if it is kept).
    bool runToEnd(WorkspaceModel &model, const QString &code);

    QTemporaryDir m_dir;
    std::unique_ptr<StorageService> m_storage;
    std::unique_ptr<WorkspaceModel> m_model;
    qint64 m_conversation = 0;
};

void TestWorkspaceModel::initTestCase()
{
    CORO_REQUIRE_SANDBOX();
}

void TestWorkspaceModel::init()
{
    m_storage = std::make_unique<StorageService>(m_dir.filePath(
        QStringLiteral("coro-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    QVERIFY(m_storage->open());
    m_conversation =
        m_storage->runBlocking([](ConversationStore &store) { return store.createConversation(); });
    QVERIFY(m_conversation > 0);
    m_model = std::make_unique<WorkspaceModel>(m_storage.get(), QString());
    m_model->setConversationId(m_conversation);
    m_model->setTimeoutSeconds(5);
}

void TestWorkspaceModel::cleanup()
{
    m_model.reset();
    m_storage.reset();
}

bool TestWorkspaceModel::runToEnd(WorkspaceModel &model, const QString &code)
{
    QSignalSpy saved(&model, &WorkspaceModel::runSaved);
    QSignalSpy status(&model, &WorkspaceModel::statusChanged);
    model.setCode(code);
    model.run();
    if (!model.isRunning())
        return false;
    // statusChanged: cleared at the start, then set at the end.
    if (!QTest::qWaitFor([&] { return !model.isRunning() && status.size() >= 2; }, 30000))
        return false;
    return model.conversationId() == 0 || saved.wait(5000) || !saved.isEmpty();
}

void TestWorkspaceModel::stdoutAndStderrAreToldApart()
{
    QVERIFY(runToEnd(*m_model, QStringLiteral("import sys, time\nprint('hello')\ntime.sleep(0.2)\n"
                                              "print('oops', file=sys.stderr)\ntime.sleep(0.2)\n"
                                              "print('world')\n")));
    const QList<ConsoleRow> rows = rowsOf(m_model->console());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).stream, QStringLiteral("stdout"));
    QCOMPARE(rows.at(0).text, QStringLiteral("hello"));
    QCOMPARE(rows.at(1).stream, QStringLiteral("stderr"));
    QCOMPARE(rows.at(1).text, QStringLiteral("oops"));
    QCOMPARE(rows.at(2).stream, QStringLiteral("stdout"));
    QCOMPARE(rows.at(2).text, QStringLiteral("world"));
    QCOMPARE(m_model->console()->plainText(), QStringLiteral("hello\nstderr: oops\nworld"));
    QCOMPARE(m_model->status(), QStringLiteral("exited with 0"));
    QVERIFY(m_model->succeeded());
    QVERIFY2(m_model->elapsed().endsWith(QStringLiteral(" s")), qPrintable(m_model->elapsed()));
    QVERIFY(m_model->problem().isEmpty());
}

void TestWorkspaceModel::imageTheProgramWroteIsShown()
{
    QVERIFY(runToEnd(*m_model, QString::fromUtf8(kWritePng)));
    const QList<ConsoleRow> rows = rowsOf(m_model->console());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).text, QStringLiteral("saved"));
    // The runner lists files sorted: fake.png (refused with a reason), then plot.png.
    QCOMPARE(rows.at(1).stream, QStringLiteral("note"));
    QVERIFY2(rows.at(1).text.contains(QStringLiteral("fake.png is not shown: it is not a PNG")),
             qPrintable(rows.at(1).text));
    QCOMPARE(rows.at(2).stream, QStringLiteral("image"));
    QCOMPARE(rows.at(2).text, QStringLiteral("plot.png"));
    const QUrl url = rows.at(2).image;
    QVERIFY(url.isLocalFile());
    const QString copy = url.toLocalFile();
    QVERIFY2(copy.startsWith(m_model->imageDirectory() + QLatin1Char('/')), qPrintable(copy));
    const QImage image(copy);
    QCOMPARE(image.size(), QSize(4, 3));
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::red));

    // The copies go with the workspace.
    const QString directory = m_model->imageDirectory();
    m_model.reset();
    QVERIFY(!QDir(directory).exists());
}

void TestWorkspaceModel::nonZeroExitIsSaidInWords()
{
    QVERIFY(runToEnd(*m_model, QStringLiteral("import sys\nsys.exit(3)\n")));
    QCOMPARE(m_model->status(), QStringLiteral("exited with 3"));
    QVERIFY(!m_model->succeeded());
    QVERIFY(runToEnd(*m_model, QStringLiteral("raise ValueError('bad')\n")));
    QCOMPARE(m_model->status(), QStringLiteral("exited with 1"));
    const QList<ConsoleRow> rows = rowsOf(m_model->console());
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.last().stream, QStringLiteral("stderr"));
    QCOMPARE(rows.last().text, QStringLiteral("ValueError: bad"));
}

void TestWorkspaceModel::timeLimitIsSaidWithItsFigure()
{
    m_model->setTimeoutSeconds(1);
    QVERIFY(runToEnd(*m_model, QStringLiteral("import time\ntime.sleep(30)\n")));
    QCOMPARE(m_model->status(), QStringLiteral("killed: time limit (1 s)"));
    QVERIFY2(m_model->statusDetail().contains(QStringLiteral("time limit")),
             qPrintable(m_model->statusDetail()));
}

void TestWorkspaceModel::cancelEndsTheRun()
{
    QSignalSpy status(m_model.get(), &WorkspaceModel::statusChanged);
    m_model->setCode(
        QStringLiteral("import time\nprint('started', flush=True)\ntime.sleep(100)\n"));
    m_model->run();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->console()->rowCount() == 1, 15000);
    QCOMPARE(column(m_model->console(), 0, ConsoleModel::TextRole), QStringLiteral("started"));
    QElapsedTimer clock;
    clock.start();
    m_model->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isRunning(), 5000);
    QVERIFY(clock.elapsed() < 3000);
    QCOMPARE(m_model->status(), QStringLiteral("cancelled"));
}

void TestWorkspaceModel::runIsKeptInTheConversationsHistory()
{
    m_model->setLanguage(QStringLiteral("sh"));
    m_model->setInput(QStringLiteral("coro\n"));
    QVERIFY(runToEnd(*m_model, QStringLiteral("read name\necho \"hi $name\"\necho warn >&2\n")));
    RunHistoryModel *history = m_model->history();
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(column(history, 0, RunHistoryModel::TitleRole), QStringLiteral("read name"));
    QCOMPARE(column(history, 0, RunHistoryModel::StatusRole), QStringLiteral("exited with 0"));
    QCOMPARE(column(history, 0, RunHistoryModel::LanguageRole), QStringLiteral("sh"));

    const QList<StoredRun> stored = m_storage->runBlocking(
        [this](ConversationStore &store) { return store.runs(m_conversation); });
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().stdoutText, QStringLiteral("hi coro\n"));
    QCOMPARE(stored.first().stderrText, QStringLiteral("warn\n"));
    QCOMPARE(stored.first().input, QStringLiteral("coro\n"));
    QCOMPARE(stored.first().answerId, 0);

    // Another workspace (the app started again) lists it and loads it back.
    WorkspaceModel again(m_storage.get(), QString());
    again.setConversationId(m_conversation);
    QTRY_COMPARE(again.history()->rowCount(), 1);
    again.loadRun(0);
    QCOMPARE(again.language(), QStringLiteral("sh"));
    QCOMPARE(again.code(), stored.first().code);
    QCOMPARE(again.input(), QStringLiteral("coro\n"));
    QCOMPARE(again.status(), QStringLiteral("exited with 0"));
    QCOMPARE(again.console()->plainText(), QStringLiteral("hi coro\nstderr: warn"));

    // Another conversation has its own history.
    m_model->setConversationId(0);
    QCOMPARE(m_model->history()->rowCount(), 0);
}

void TestWorkspaceModel::newChatKeepsNoHistory()
{
    m_model->setConversationId(0);
    QSignalSpy saved(m_model.get(), &WorkspaceModel::runSaved);
    QVERIFY(runToEnd(*m_model, QStringLiteral("print(1)\n")));
    QCOMPARE(m_model->status(), QStringLiteral("exited with 0"));
    m_storage->flush();
    QTest::qWait(50);
    QVERIFY(saved.isEmpty());
    QVERIFY(
        m_storage
            ->runBlocking([this](ConversationStore &store) { return store.runs(m_conversation); })
            .isEmpty());
}

void TestWorkspaceModel::openCodeMapsTheFenceLanguage_data()
{
    QTest::addColumn<QString>("fence");
    QTest::addColumn<QString>("language");
    for (const char *fence : {"py", "python", "python3", "Python"})
        QTest::addRow("%s", fence) << QString::fromLatin1(fence) << QStringLiteral("python");
    for (const char *fence : {"sh", "bash", "shell", "zsh", "console"})
        QTest::addRow("%s", fence) << QString::fromLatin1(fence) << QStringLiteral("sh");
    for (const char *fence : {"js", "javascript", "node"})
        QTest::addRow("%s", fence) << QString::fromLatin1(fence) << QStringLiteral("js");
    QTest::addRow("cpp keeps the language") << QStringLiteral("cpp") << QStringLiteral("python");
    QTest::addRow("none keeps the language") << QString() << QStringLiteral("python");
}

void TestWorkspaceModel::openCodeMapsTheFenceLanguage()
{
    QFETCH(QString, fence);
    QFETCH(QString, language);
    QSignalSpy show(m_model.get(), &WorkspaceModel::showRequested);
    m_model->openCode(fence, QStringLiteral("echo 1\n"));
    QCOMPARE(show.size(), 1);
    QCOMPARE(m_model->code(), QStringLiteral("echo 1\n"));
    QCOMPARE(m_model->language(), language);
    // A language it cannot run is said, not silently replaced.
    QCOMPARE(m_model->notice().contains(QStringLiteral("marked cpp")),
             fence == QStringLiteral("cpp"));
}

void TestWorkspaceModel::eachModelsVersionRunsSideBySide()
{
    const qint64 conversation = m_conversation;
    const qint64 turn = m_storage->runBlocking([conversation](ConversationStore &store) {
        const qint64 id = store.addTurn(conversation, 0, QStringLiteral("What is 6 × 7?"));
        const auto answer = [&](int slot, const QString &model, const QString &text) {
            const qint64 answerId = store.addAnswer(id, slot, QStringLiteral("fake"), model, {});
            store.finishAnswer(answerId, QStringLiteral("done"), text, {}, {}, {}, -1, -1, -1, -1);
            return answerId;
        };
        answer(0, QStringLiteral("py"),
               QStringLiteral("Like this:\n\n```python\nprint(6 * 7)\n```\n\nand ```js\nx\n```"));
        // Regenerated: the pane shows the latest answer of the slot.
        answer(1, QStringLiteral("sh"), QStringLiteral("```bash\necho old\n```"));
        answer(1, QStringLiteral("sh"),
               QStringLiteral("Run:\n\n```rust\nfn main() {}\n```\n\n```bash\necho $((6 * 7))\n"
                              "echo done >&2\n```\n"));
        answer(2, QStringLiteral("words"), QStringLiteral("It is 42."));
        answer(3, QStringLiteral("rust"), QStringLiteral("```rust\nfn main() {}\n```"));
        return id;
    });
    QVERIFY(turn > 0);

    QSignalSpy show(m_model.get(), &WorkspaceModel::showRequested);
    QSignalSpy saved(m_model.get(), &WorkspaceModel::runSaved);
    m_model->runEachAnswer(turn);
    QCOMPARE(show.size(), 1);
    AnswerRunsModel *runs = m_model->answerRuns();
    QTRY_COMPARE(runs->rowCount(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(!runs->isRunning(), 30000);
    QTRY_COMPARE(saved.size(), 2);

    QCOMPARE(column(runs, 0, AnswerRunsModel::LabelRole), QStringLiteral("fake/py"));
    QCOMPARE(column(runs, 0, AnswerRunsModel::LanguageRole), QStringLiteral("python"));
    QCOMPARE(column(runs, 0, AnswerRunsModel::StateRole), QStringLiteral("finished"));
    QCOMPARE(column(runs, 0, AnswerRunsModel::StdoutRole), QStringLiteral("42\n"));
    QCOMPARE(column(runs, 0, AnswerRunsModel::StatusRole), QStringLiteral("exited with 0"));

    QCOMPARE(column(runs, 1, AnswerRunsModel::LabelRole), QStringLiteral("fake/sh"));
    QCOMPARE(column(runs, 1, AnswerRunsModel::LanguageRole), QStringLiteral("sh"));
    QCOMPARE(column(runs, 1, AnswerRunsModel::StdoutRole), QStringLiteral("42\n"));
    QCOMPARE(column(runs, 1, AnswerRunsModel::StderrRole), QStringLiteral("done\n"));

    QCOMPARE(column(runs, 2, AnswerRunsModel::StateRole), QStringLiteral("skipped"));
    QCOMPARE(column(runs, 2, AnswerRunsModel::StatusRole),
             QStringLiteral("No code block in this answer."));
    QCOMPARE(column(runs, 3, AnswerRunsModel::StateRole), QStringLiteral("skipped"));
    QVERIFY2(column(runs, 3, AnswerRunsModel::StatusRole).contains(QStringLiteral("rust")),
             qPrintable(column(runs, 3, AnswerRunsModel::StatusRole)));

    // Both runs are in the history, with the turn and answer their code came from.
    const QList<StoredRun> stored = m_storage->runBlocking(
        [conversation](ConversationStore &store) { return store.runs(conversation); });
    QCOMPARE(stored.size(), 2);
    QSet<qint64> answers;
    for (const StoredRun &run : stored) {
        QCOMPARE(run.turnId, turn);
        QCOMPARE(run.stdoutText, QStringLiteral("42\n"));
        answers << run.answerId;
    }
    QCOMPARE(answers.size(), 2);
    QVERIFY(!answers.contains(0));
    QTRY_COMPARE(m_model->history()->rowCount(), 2);
    QCOMPARE(m_model->history()->index(0).data(RunHistoryModel::FromAnswerRole).toBool(), true);

    // Turn 0: the newest message of the conversation, here the same one.
    QSignalSpy restarted(runs, &AnswerRunsModel::countChanged);
    m_model->runEachAnswer(0);
    QTRY_VERIFY(!restarted.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!runs->isRunning(), 30000);
    QCOMPARE(runs->rowCount(), 4);
    QCOMPARE(column(runs, 1, AnswerRunsModel::StdoutRole), QStringLiteral("42\n"));
    QTRY_COMPARE(m_model->history()->rowCount(), 4);
}

void TestWorkspaceModel::limitsAreRemembered()
{
    const QString settings = m_dir.filePath(QStringLiteral("coro.ini"));
    {
        WorkspaceModel model(m_storage.get(), settings);
        QCOMPARE(model.timeoutSeconds(), 10); // CodeRunner's defaults.
        QCOMPARE(model.memoryMb(), 512);
        model.setTimeoutSeconds(30);
        model.setMemoryMb(1 << 30); // Clamped.
    }
    WorkspaceModel model(m_storage.get(), settings);
    QCOMPARE(model.timeoutSeconds(), 30);
    QCOMPARE(model.memoryMb(), WorkspaceModel::kMaxMemoryMb);
}

void TestWorkspaceModel::noSandboxIsRefusedWithTheFix()
{
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", m_dir.filePath(QStringLiteral("empty")).toLocal8Bit());
    WorkspaceModel model(m_storage.get(), QString());
    qputenv("PATH", path);
    QVERIFY2(model.problem().contains(QStringLiteral("install the bubblewrap package")),
             qPrintable(model.problem()));
    model.setConversationId(m_conversation);
    QSignalSpy saved(&model, &WorkspaceModel::runSaved);
    model.setCode(QStringLiteral("print(1)\n"));
    model.run();
    QTRY_COMPARE(model.status(), QStringLiteral("not run"));
    QVERIFY(model.statusDetail().contains(QStringLiteral("bubblewrap")));
    QCOMPARE(model.console()->rowCount(), 0);
    m_storage->flush();
    QVERIFY(saved.isEmpty());
}

QTEST_MAIN(TestWorkspaceModel)
#include "tst_workspacemodel.moc"
