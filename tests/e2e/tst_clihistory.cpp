#include "clirunner.h"
#include "fakeproviderserver.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;
using namespace coro::test;

/**
 * coro-cli's history as a user meets it: asked turns are saved and searchable with no network,
 * conversations continue with context, and export/import keep everything.
 */
class TestCliHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void askedTurnIsFoundOffline();
    void conversationContinuesWithContext();
    void ephemeralTurnTouchesNoDisk();
    void showReportsStatusesAndErrors();
    void editMakesABranchAndKeepsTheOld();
    void regenerateAddsAnAnswerInThatTurn();
    void renamePinDeleteRestoreArchive();
    void exportInEveryFormat();
    void exportImportRoundTrip();
    void importsChatGptExport();
    void badImportChangesNothing();
    void unknownConversationIsAUsageError();

private:
    QStringList withDir(const QStringList &arguments) const;
    qint64 ask(const QStringList &models, const QString &prompt, const QStringList &extra = {});
    QList<QJsonObject> show(qint64 id);

    FakeProviderServer m_server;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
};

void TestCliHistory::initTestCase()
{
    QVERIFY(m_server.listen());
    m_env.insert(QStringLiteral("FAKE_OPENAI_KEY"), QStringLiteral("k1"));
    m_env.insert(QStringLiteral("FAKE_ANTHROPIC_KEY"), QStringLiteral("k2"));
    m_env.insert(QStringLiteral("FAKE_GEMINI_KEY"), QStringLiteral("k3"));
}

void TestCliHistory::init()
{
    m_server.clear();
    m_dataDir = std::make_unique<QTemporaryDir>();
    QFile file(m_dataDir->filePath(QStringLiteral("providers.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_server.providersJson());
}

QStringList TestCliHistory::withDir(const QStringList &arguments) const
{
    return QStringList{QStringLiteral("--data-dir"), m_dataDir->path()} + arguments;
}

qint64 TestCliHistory::ask(const QStringList &models, const QString &prompt,
                           const QStringList &extra)
{
    QStringList args{QStringLiteral("ask"), QStringLiteral("--json")};
    for (const QString &model : models)
        args << QStringLiteral("-m") << model;
    const CliResult r = runCli(withDir(args + extra + QStringList{prompt}), {}, m_env);
    const QJsonObject turn = r.lines.value(r.lines.size() - 1);
    if (turn.value(QLatin1String("type")).toString() != QLatin1String("turn"))
        return -1;
    return turn.value(QLatin1String("conversation")).toInteger(0);
}

QList<QJsonObject> TestCliHistory::show(qint64 id)
{
    return runCli(withDir({QStringLiteral("history"), QStringLiteral("show"), QString::number(id),
                           QStringLiteral("--json")}))
        .lines;
}

void TestCliHistory::askedTurnIsFoundOffline()
{
    const qint64 id =
        ask({QStringLiteral("fake-openai/tiny"), QStringLiteral("fake-anthropic/tiny")},
            QStringLiteral("Tell me about the zebracorn migration"));
    QVERIFY(id > 0);

    // No provider reachable any more: history needs no network.
    QFile file(m_dataDir->filePath(QStringLiteral("providers.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"providers":[{"id":"fake-openai","protocol":"openai","base_url":"http://127.0.0.1:1/v1"}]})");
    file.close();

    const CliResult found =
        runCli(withDir({QStringLiteral("history"), QStringLiteral("search"),
                        QStringLiteral("zebracorn"), QStringLiteral("--json")}));
    QCOMPARE(found.exitCode, 0);
    QCOMPARE(found.lines.size(), 3); // The prompt and both answers quote it.
    QSet<QString> models;
    for (const QJsonObject &hit : found.lines) {
        QCOMPARE(hit.value(QLatin1String("conversation")).toInteger(), id);
        QVERIFY(hit.value(QLatin1String("turn")).toInteger() > 0);
        QVERIFY2(
            hit.value(QLatin1String("snippet")).toString().contains(QStringLiteral("«zebracorn»")),
            qPrintable(hit.value(QLatin1String("snippet")).toString()));
        models.insert(hit.value(QLatin1String("model")).toString());
    }
    QCOMPARE(models, (QSet<QString>{QString(), QStringLiteral("fake-openai/tiny"),
                                    QStringLiteral("fake-anthropic/tiny")}));

    const CliResult prefix = runCli(withDir({QStringLiteral("history"), QStringLiteral("search"),
                                             QStringLiteral("zebra*"), QStringLiteral("--json")}));
    QCOMPARE(prefix.lines.size(), 3);
    const CliResult list = runCli(
        withDir({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")}));
    QCOMPARE(list.lines.size(), 1);
    QCOMPARE(list.lines.first().value(QLatin1String("id")).toInteger(), id);
    QCOMPARE(list.lines.first().value(QLatin1String("title")).toString(),
             QStringLiteral("Tell me about the zebracorn migration"));
}

void TestCliHistory::conversationContinuesWithContext()
{
    const qint64 id = ask({QStringLiteral("fake-openai/tiny")}, QStringLiteral("first question"));
    QVERIFY(id > 0);
    m_server.clear();
    QCOMPARE(ask({QStringLiteral("fake-openai/tiny")}, QStringLiteral("second question"),
                 {QStringLiteral("--conversation"), QString::number(id)}),
             id);

    const QJsonArray messages = QJsonDocument::fromJson(m_server.requests().first().body)
                                    .object()
                                    .value(QLatin1String("messages"))
                                    .toArray();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("first question"));
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("role")).toString(),
             QStringLiteral("assistant"));
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("Hello from openai model tiny. You said: first question"));
    QCOMPARE(messages.at(2).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("second question"));

    const auto lines = show(id);
    QCOMPARE(lines.size(), 3); // The conversation and its two turns.
    QCOMPARE(lines.at(2).value(QLatin1String("prompt")).toString(),
             QStringLiteral("second question"));
}

void TestCliHistory::ephemeralTurnTouchesNoDisk()
{
    const CliResult r =
        runCli(withDir({QStringLiteral("ask"), QStringLiteral("--json"),
                        QStringLiteral("--ephemeral"), QStringLiteral("-m"),
                        QStringLiteral("fake-openai/tiny"), QStringLiteral("secret plans")}),
               {}, m_env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.lines.last().value(QLatin1String("conversation")).isNull());
    QVERIFY(!QFile::exists(m_dataDir->filePath(QStringLiteral("coro.sqlite"))));
}

void TestCliHistory::showReportsStatusesAndErrors()
{
    const qint64 id =
        ask({QStringLiteral("fake-openai/tiny"), QStringLiteral("fake-gemini/http-404"),
             QStringLiteral("fake-anthropic/midstream-error")},
            QStringLiteral("status check"));
    const auto lines = show(id);
    QCOMPARE(lines.size(), 2);
    const QJsonArray answers = lines.at(1).value(QLatin1String("answers")).toArray();
    QCOMPARE(answers.size(), 3);
    QCOMPARE(answers.at(0).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("done"));
    QCOMPARE(answers.at(0).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("Hello from openai model tiny. You said: status check"));
    QCOMPARE(answers.at(1).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("error"));
    QCOMPARE(answers.at(1).toObject().value(QLatin1String("error_code")).toString(),
             QStringLiteral("model_not_found"));
    QCOMPARE(answers.at(1).toObject().value(QLatin1String("model")).toString(),
             QStringLiteral("fake-gemini/http-404"));
    // Text that arrived before a failure is kept in the history too.
    QCOMPARE(answers.at(2).toObject().value(QLatin1String("error_code")).toString(),
             QStringLiteral("model_overloaded"));
    QVERIFY(answers.at(2)
                .toObject()
                .value(QLatin1String("text"))
                .toString()
                .startsWith(QStringLiteral("Hello from")));
}

void TestCliHistory::editMakesABranchAndKeepsTheOld()
{
    const qint64 id = ask({QStringLiteral("fake-openai/tiny")}, QStringLiteral("alpha question"));
    ask({QStringLiteral("fake-openai/tiny")}, QStringLiteral("beta question"),
        {QStringLiteral("--conversation"), QString::number(id)});
    const qint64 first = show(id).at(1).value(QLatin1String("id")).toInteger();

    m_server.clear();
    QCOMPARE(ask({QStringLiteral("fake-openai/tiny")}, QStringLiteral("alpha revised"),
                 {QStringLiteral("--conversation"), QString::number(id), QStringLiteral("--edit"),
                  QString::number(first)}),
             id);
    // The edited first message has no history before it.
    const QJsonArray sent = QJsonDocument::fromJson(m_server.requests().first().body)
                                .object()
                                .value(QLatin1String("messages"))
                                .toArray();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("alpha revised"));

    const auto latest = show(id);
    QCOMPARE(latest.size(), 2); // The new branch: just the edited message so far.
    QCOMPARE(latest.at(1).value(QLatin1String("prompt")).toString(),
             QStringLiteral("alpha revised"));
    const QJsonArray versions = latest.at(1).value(QLatin1String("versions")).toArray();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).toInteger(), first); // The old version is still there.

    const CliResult old = runCli(withDir({QStringLiteral("history"), QStringLiteral("search"),
                                          QStringLiteral("beta"), QStringLiteral("--json")}));
    QVERIFY(!old.lines.isEmpty());
}

void TestCliHistory::regenerateAddsAnAnswerInThatTurn()
{
    const qint64 id = ask({QStringLiteral("fake-openai/tiny")}, QStringLiteral("alpha question"));
    ask({QStringLiteral("fake-openai/tiny")}, QStringLiteral("beta question"),
        {QStringLiteral("--conversation"), QString::number(id)});
    const qint64 second = show(id).at(2).value(QLatin1String("id")).toInteger();

    m_server.clear();
    const CliResult r = runCli(
        withDir({QStringLiteral("ask"), QStringLiteral("--json"), QStringLiteral("--conversation"),
                 QString::number(id), QStringLiteral("--regenerate"), QString::number(second),
                 QStringLiteral("-m"), QStringLiteral("fake-anthropic/tiny")}),
        {}, m_env);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject body = QJsonDocument::fromJson(m_server.requests().first().body).object();
    const QJsonArray sent = body.value(QLatin1String("messages")).toArray();
    QCOMPARE(sent.size(), 3); // alpha, its answer, beta again.
    QCOMPARE(sent.at(2).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("beta question"));

    const auto lines = show(id);
    QCOMPARE(lines.size(), 3); // No new message: the same turn got another answer.
    const QJsonArray answers = lines.at(2).value(QLatin1String("answers")).toArray();
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(1).toObject().value(QLatin1String("model")).toString(),
             QStringLiteral("fake-anthropic/tiny"));
    QCOMPARE(answers.at(1).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("Hello from anthropic model tiny. You said: beta question"));
}

void TestCliHistory::renamePinDeleteRestoreArchive()
{
    const qint64 older = ask({QStringLiteral("fake-openai/tiny")}, QStringLiteral("older chat"));
    const qint64 id = ask({QStringLiteral("fake-openai/tiny")}, QStringLiteral("quokka facts"));
    const auto history = [&](const QStringList &args) {
        return runCli(withDir(QStringList{QStringLiteral("history")} + args));
    };
    const auto listed = [&](bool archived = false) {
        QStringList args{QStringLiteral("list"), QStringLiteral("--json")};
        if (archived)
            args << QStringLiteral("--archived");
        QList<qint64> ids;
        for (const QJsonObject &line : history(args).lines)
            ids << line.value(QLatin1String("id")).toInteger();
        return ids;
    };
    QCOMPARE(listed(), (QList<qint64>{id, older})); // Newest first.

    QCOMPARE(history({QStringLiteral("rename"), QString::number(id), QStringLiteral("Marsupials")})
                 .exitCode,
             0);
    QCOMPARE(history({QStringLiteral("list"), QStringLiteral("--json")})
                 .lines.first()
                 .value(QLatin1String("title"))
                 .toString(),
             QStringLiteral("Marsupials"));

    QCOMPARE(history({QStringLiteral("pin"), QString::number(older)}).exitCode, 0);
    QCOMPARE(listed(), (QList<qint64>{older, id})); // Pinned first.

    const CliResult deleted = history({QStringLiteral("delete"), QString::number(id)});
    QCOMPARE(deleted.exitCode, 0);
    QVERIFY(deleted.err.contains("history restore"));
    QCOMPARE(listed(), QList<qint64>{older});
    QVERIFY(history({QStringLiteral("search"), QStringLiteral("quokka"), QStringLiteral("--json")})
                .lines.isEmpty());
    QCOMPARE(history({QStringLiteral("restore"), QString::number(id)}).exitCode, 0);
    QCOMPARE(listed().size(), 2);
    QCOMPARE(history({QStringLiteral("search"), QStringLiteral("quokka"), QStringLiteral("--json")})
                 .lines.size(),
             2);

    QCOMPARE(history({QStringLiteral("archive"), QString::number(id)}).exitCode, 0);
    QCOMPARE(listed(), QList<qint64>{older});
    QCOMPARE(listed(true), QList<qint64>{id});
    QCOMPARE(history({QStringLiteral("pin"), QStringLiteral("4242")}).exitCode, 1);
}

void TestCliHistory::exportInEveryFormat()
{
    const qint64 id =
        ask({QStringLiteral("fake-openai/tiny"), QStringLiteral("fake-gemini/http-404")},
            QStringLiteral("<script>alert(1)</script> export me"));
    const auto exported = [&](const QString &format) {
        return runCli(withDir({QStringLiteral("history"), QStringLiteral("export"),
                               QString::number(id), QStringLiteral("--format"), format}));
    };
    const CliResult md = exported(QStringLiteral("md"));
    QCOMPARE(md.exitCode, 0);
    QVERIFY(md.out.contains("fake-openai/tiny"));
    QVERIFY(md.out.contains("model_not_found"));
    QVERIFY(md.out.contains("export me"));

    const CliResult html = exported(QStringLiteral("html"));
    QCOMPARE(html.exitCode, 0);
    QVERIFY(html.out.startsWith("<!DOCTYPE html>"));
    QVERIFY(!html.out.contains("<script>alert(1)</script>"));
    QVERIFY(html.out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));

    const CliResult json = exported(QStringLiteral("json"));
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("coro.conversation"));
    QVERIFY(!json.out.contains("k1")); // The key used for the turn.

    QCOMPARE(exported(QStringLiteral("pdf")).exitCode, 1);
}

void TestCliHistory::exportImportRoundTrip()
{
    const qint64 id =
        ask({QStringLiteral("fake-openai/reasoning"), QStringLiteral("fake-ollama/tiny")},
            QStringLiteral("round trip"));
    const QString file = m_dataDir->filePath(QStringLiteral("export.json"));
    QCOMPARE(runCli(withDir({QStringLiteral("history"), QStringLiteral("export"),
                             QString::number(id), QStringLiteral("--format"),
                             QStringLiteral("json"), QStringLiteral("-o"), file}))
                 .exitCode,
             0);
    const CliResult imported =
        runCli(withDir({QStringLiteral("history"), QStringLiteral("import"), file}));
    QCOMPARE(imported.exitCode, 0);
    const qint64 copy = imported.out.trimmed().toLongLong();
    QVERIFY(copy > id);

    auto original = show(id);
    auto again = show(copy);
    QCOMPARE(again.size(), original.size());
    for (int i = 1; i < original.size(); ++i) {
        QJsonObject a = original.at(i), b = again.at(i);
        QCOMPARE(b.value(QLatin1String("prompt")), a.value(QLatin1String("prompt")));
        QJsonArray answersA = a.value(QLatin1String("answers")).toArray();
        QJsonArray answersB = b.value(QLatin1String("answers")).toArray();
        QCOMPARE(answersB.size(), answersA.size());
        for (int j = 0; j < answersA.size(); ++j) {
            QJsonObject x = answersA.at(j).toObject(), y = answersB.at(j).toObject();
            x.remove(QStringLiteral("id"));
            y.remove(QStringLiteral("id"));
            QCOMPARE(y, x);
        }
    }
}

void TestCliHistory::importsChatGptExport()
{
    const CliResult imported =
        runCli(withDir({QStringLiteral("history"), QStringLiteral("import"),
                        QStringLiteral(CORO_TEST_DATA_DIR "/chatgpt/conversations.json")}));
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out.trimmed().split('\n').size(), 3);
    QVERIFY(imported.err.contains("skipped 1 empty"));

    const CliResult list = runCli(
        withDir({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")}));
    QStringList titles;
    for (const auto &line : list.lines)
        titles << line.value(QLatin1String("title")).toString();
    QVERIFY2(titles.contains(QStringLiteral("Rust lifetimes")), qPrintable(titles.join(u',')));
    QVERIFY(titles.contains(QStringLiteral("Kyoto in autumn 🍁")));

    const CliResult hits = runCli(withDir({QStringLiteral("history"), QStringLiteral("search"),
                                           QStringLiteral("lifetimes"), QStringLiteral("--json")}));
    QVERIFY(!hits.lines.isEmpty());
}

void TestCliHistory::badImportChangesNothing()
{
    ask({QStringLiteral("fake-openai/tiny")}, QStringLiteral("keep me"));
    QFile good(QStringLiteral(CORO_TEST_DATA_DIR "/chatgpt/conversations.json"));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QString truncated = m_dataDir->filePath(QStringLiteral("truncated.json"));
    QFile bad(truncated);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(good.readAll().chopped(200));
    bad.close();

    const CliResult r =
        runCli(withDir({QStringLiteral("history"), QStringLiteral("import"), truncated}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("nothing was imported"), r.err.constData());
    const CliResult list = runCli(
        withDir({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")}));
    QCOMPARE(list.lines.size(), 1);
}

void TestCliHistory::unknownConversationIsAUsageError()
{
    const CliResult r = runCli(
        withDir({QStringLiteral("ask"), QStringLiteral("--conversation"), QStringLiteral("999"),
                 QStringLiteral("-m"), QStringLiteral("fake-openai/tiny"), QStringLiteral("q")}),
        {}, m_env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("999"));
    QCOMPARE(m_server.requests().size(), 0);
    QCOMPARE(
        runCli(withDir({QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("999")}))
            .exitCode,
        1);
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_clihistory.moc"
