#include "clirunner.h"
#include "fakeproviderserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;
using namespace coro::test;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void askJsonStreamsThreeModelsInParallel();
    void askSucceedsWithExitZero();
    void askHumanModeLabelsAndSummarises();
    void askSummaryShowsCostWhenPriced();
    void badUsageExitsOneAndSendsNothing_data();
    void badUsageExitsOneAndSendsNothing();
    void keyNeverPrinted();
    void missingKeyNamesTheVariable();
    void invalidProvidersFileIsExplained();
    void modelsListsEndpointModels();
    void absentLocalServerIsNotAFailure();
    void sseParseFollowsTheSpec();

private:
    CliResult cli(const QStringList &arguments, const QByteArray &stdinBytes = {},
                  QProcessEnvironment env = QProcessEnvironment::systemEnvironment());
    QProcessEnvironment keyedEnvironment() const;

    FakeProviderServer m_server;
    QTemporaryDir m_dataDir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_server.listen());
    QVERIFY(m_dataDir.isValid());
}

void TestCli::init()
{
    m_server.clear();
    QFile file(m_dataDir.filePath(QStringLiteral("providers.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_server.providersJson());
}

QProcessEnvironment TestCli::keyedEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAKE_OPENAI_KEY"), QStringLiteral("k-openai"));
    env.insert(QStringLiteral("FAKE_ANTHROPIC_KEY"), QStringLiteral("k-anthropic"));
    env.insert(QStringLiteral("FAKE_GEMINI_KEY"), QStringLiteral("k-gemini"));
    return env;
}

CliResult TestCli::cli(const QStringList &arguments, const QByteArray &stdinBytes,
                       QProcessEnvironment env)
{
    return runCli(arguments, stdinBytes, env);
}

void TestCli::askJsonStreamsThreeModelsInParallel()
{
    const QString prompt = QStringLiteral("Why is the sky blue?");
    const CliResult r =
        cli({QStringLiteral("--data-dir"), m_dataDir.path(), QStringLiteral("ask"),
             QStringLiteral("--json"), QStringLiteral("-m"), QStringLiteral("fake-openai/tiny"),
             QStringLiteral("-m"), QStringLiteral("fake-anthropic/reasoning"), QStringLiteral("-m"),
             QStringLiteral("fake-gemini/http-429"), prompt},
            {}, keyedEnvironment());
    QCOMPARE(r.exitCode, 2); // One model failed.

    // Every model starts, in the order given.
    QCOMPARE(r.lines.first().value(QLatin1String("type")).toString(), QStringLiteral("start"));
    QCOMPARE(r.of(QStringLiteral("fake-openai/tiny"), QStringLiteral("start")).size(), 1);
    QCOMPARE(r.of(QStringLiteral("fake-anthropic/reasoning"), QStringLiteral("start")).size(), 1);
    QCOMPARE(r.of(QStringLiteral("fake-gemini/http-429"), QStringLiteral("start")).size(), 1);

    // OpenAI: deltas add up to the final text; done carries usage and timings.
    QString streamed;
    for (const auto &delta : r.of(QStringLiteral("fake-openai/tiny"), QStringLiteral("delta")))
        streamed += delta.value(QLatin1String("text")).toString();
    const auto done = r.of(QStringLiteral("fake-openai/tiny"), QStringLiteral("done"));
    QCOMPARE(done.size(), 1);
    const QString expected = QStringLiteral("Hello from openai model tiny. You said: ") + prompt;
    QCOMPARE(done.first().value(QLatin1String("text")).toString(), expected);
    QCOMPARE(streamed, expected);
    const QJsonObject usage = done.first().value(QLatin1String("usage")).toObject();
    QVERIFY(usage.value(QLatin1String("input")).toInt() > 0);
    QVERIFY(usage.value(QLatin1String("output")).toInt() > 0);
    QVERIFY(done.first().value(QLatin1String("ttft_ms")).toInteger(-1) >= 0);
    QVERIFY(done.first().value(QLatin1String("elapsed_ms")).toInteger(-1) >=
            done.first().value(QLatin1String("ttft_ms")).toInteger());

    // Anthropic: thinking arrives as reasoning lines, apart from the answer.
    QVERIFY(
        !r.of(QStringLiteral("fake-anthropic/reasoning"), QStringLiteral("reasoning")).isEmpty());
    QCOMPARE(r.of(QStringLiteral("fake-anthropic/reasoning"), QStringLiteral("done"))
                 .value(0)
                 .value(QLatin1String("text"))
                 .toString(),
             QStringLiteral("Hello from anthropic model reasoning. You said: ") + prompt);

    // Gemini 429: retried with the server's delay, then reported with its code and message.
    const auto retries = r.of(QStringLiteral("fake-gemini/http-429"), QStringLiteral("retry"));
    QVERIFY(!retries.isEmpty());
    QCOMPARE(retries.first().value(QLatin1String("attempt")).toInt(), 2);
    QCOMPARE(retries.first().value(QLatin1String("code")).toString(),
             QStringLiteral("rate_limited"));
    QVERIFY(retries.first().value(QLatin1String("delay_ms")).toInt() >= 1000);
    const auto errors = r.of(QStringLiteral("fake-gemini/http-429"), QStringLiteral("error"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().value(QLatin1String("code")).toString(),
             QStringLiteral("rate_limited"));
    QVERIFY(!errors.first().value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(errors.first().value(QLatin1String("text")).toString(), QString());

    const QJsonObject last = r.lines.last();
    QCOMPARE(last.value(QLatin1String("type")).toString(), QStringLiteral("turn"));
    QVERIFY(last.contains(QLatin1String("conversation")));
    QCOMPARE(last.value(QLatin1String("models")).toInt(), 3);
    QCOMPARE(last.value(QLatin1String("failed")).toInt(), 1);
}

void TestCli::askSucceedsWithExitZero()
{
    const CliResult r = cli({QStringLiteral("--data-dir"), m_dataDir.path(), QStringLiteral("ask"),
                             QStringLiteral("--json"), QStringLiteral("-m"),
                             QStringLiteral("fake-ollama/llama3.2:3b"), QStringLiteral("-m"),
                             QStringLiteral("fake-openai/flaky:1"), QStringLiteral("hi there")},
                            {}, keyedEnvironment());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.of(QStringLiteral("fake-ollama/llama3.2:3b"), QStringLiteral("done"))
                 .value(0)
                 .value(QLatin1String("text"))
                 .toString(),
             QStringLiteral("Hello from ollama model llama3.2:3b. You said: hi there"));
    QCOMPARE(r.of(QStringLiteral("fake-openai/flaky:1"), QStringLiteral("retry")).size(), 1);
    QCOMPARE(r.of(QStringLiteral("fake-openai/flaky:1"), QStringLiteral("done")).size(), 1);
}

void TestCli::askHumanModeLabelsAndSummarises()
{
    const CliResult r =
        cli({QStringLiteral("--data-dir"), m_dataDir.path(), QStringLiteral("ask"),
             QStringLiteral("-m"), QStringLiteral("fake-openai/tiny"), QStringLiteral("-m"),
             QStringLiteral("fake-anthropic/http-401"), QStringLiteral("hello")},
            {}, keyedEnvironment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains("[fake-openai/tiny] Hello from openai model tiny. You said: hello"),
             r.out.constData());
    QVERIFY(r.err.contains("MODEL"));
    QVERIFY(r.err.contains("TTFT"));
    QVERIFY(r.err.contains("authentication_failed"));
    QVERIFY(r.err.contains("done"));
    QVERIFY2(!r.err.contains("COST"), r.err.constData()); // No model here has a price.
}

void TestCli::askSummaryShowsCostWhenPriced()
{
    {
        QFile file(m_dataDir.filePath(QStringLiteral("providers.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_server.providersJsonWithPrice(ProtocolKind::OpenAi, QStringLiteral("gpt-fake"),
                                                   1000, 1000));
    }
    const QStringList ask{QStringLiteral("--data-dir"),
                          m_dataDir.path(),
                          QStringLiteral("ask"),
                          QStringLiteral("-m"),
                          QStringLiteral("fake-openai/gpt-fake"),
                          QStringLiteral("-m"),
                          QStringLiteral("fake-anthropic/claude-fake")};
    const CliResult r =
        cli(ask + QStringList{QStringLiteral("what does it cost")}, {}, keyedEnvironment());
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.err.split('\n');
    const auto row = [&lines](const QByteArray &label) {
        for (const QByteArray &line : lines) {
            if (line.startsWith(QByteArray(label + ' ')))
                return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        return QStringList();
    };
    QVERIFY2(r.err.contains("COST"), r.err.constData());
    // The priced model's cost is its tokens at USD 1000 per million each way.
    const QStringList priced = row("fake-openai/gpt-fake");
    const QStringList counts = priced.filter(QRegularExpression(QStringLiteral("^\\d+/\\d+$")))
                                   .value(0)
                                   .split(QLatin1Char('/'));
    QCOMPARE(counts.size(), 2);
    const double cost = (counts.at(0).toInt() + counts.at(1).toInt()) * 1000 / 1e6;
    QVERIFY2(cost >= 0.01 && cost < 0.1, qPrintable(counts.join(QLatin1Char('/'))));
    QVERIFY2(priced.contains(QStringLiteral("$%1").arg(cost, 0, 'f', 4)),
             qPrintable(priced.join(QLatin1Char(' '))));
    // The other model has no price: a dash, never "$0".
    const QStringList unpriced = row("fake-anthropic/claude-fake");
    QVERIFY2(!unpriced.isEmpty() && !unpriced.join(QLatin1Char(' ')).contains(QLatin1Char('$')) &&
                 unpriced.last() == QStringLiteral("-"),
             qPrintable(unpriced.join(QLatin1Char(' '))));

    // The JSON lines are a contract: a price adds nothing to them.
    const CliResult json =
        cli(ask + QStringList{QStringLiteral("--json"), QStringLiteral("and now")}, {},
            keyedEnvironment());
    QCOMPARE(json.exitCode, 0);
    QVERIFY(!json.lines.isEmpty());
    for (const QJsonObject &line : json.lines)
        QVERIFY2(!line.contains(QLatin1String("cost")), QJsonDocument(line).toJson().constData());
}

void TestCli::badUsageExitsOneAndSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no slash") << QStringList{QStringLiteral("-m"), QStringLiteral("tiny"),
                                             QStringLiteral("q")}
                              << QStringLiteral("PROVIDER/MODEL");
    QTest::newRow("unknown provider")
        << QStringList{QStringLiteral("-m"), QStringLiteral("nope/x"), QStringLiteral("q")}
        << QStringLiteral("Unknown provider");
    QTest::newRow("temperature") << QStringList{QStringLiteral("--temperature"),
                                                QStringLiteral("5"), QStringLiteral("-m"),
                                                QStringLiteral("fake-openai/tiny"),
                                                QStringLiteral("q")}
                                 << QStringLiteral("Temperature must be between 0 and 2");
    QTest::newRow("max tokens") << QStringList{QStringLiteral("--max-tokens"), QStringLiteral("0"),
                                               QStringLiteral("-m"),
                                               QStringLiteral("fake-openai/tiny"),
                                               QStringLiteral("q")}
                                << QStringLiteral("Max tokens must be between 1 and 32000");
    QTest::newRow("no model") << QStringList{QStringLiteral("q")}
                              << QStringLiteral("at least one model");
    QTest::newRow("no prompt") << QStringList{QStringLiteral("-m"),
                                              QStringLiteral("fake-openai/tiny")}
                               << QStringLiteral("prompt is empty");
}

void TestCli::badUsageExitsOneAndSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult r =
        cli(QStringList{QStringLiteral("--data-dir"), m_dataDir.path(), QStringLiteral("ask")} +
                arguments,
            {}, keyedEnvironment());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(m_server.requests().size(), 0);
}

void TestCli::keyNeverPrinted()
{
    QProcessEnvironment env = keyedEnvironment();
    const QString key = QStringLiteral("sk-e2e-SECRET-31337");
    env.insert(QStringLiteral("FAKE_OPENAI_KEY"), key);
    for (const QString &mode : {QStringLiteral("--json"), QStringLiteral("--idle-timeout=30")}) {
        const CliResult r =
            cli({QStringLiteral("--data-dir"), m_dataDir.path(), QStringLiteral("ask"), mode,
                 QStringLiteral("-m"), QStringLiteral("fake-openai/http-401"), QStringLiteral("-m"),
                 QStringLiteral("fake-openai/tiny"), QStringLiteral("q")},
                {}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.out.contains(key.toUtf8()));
        QVERIFY(!r.err.contains(key.toUtf8()));
    }
    // It did reach the server, in the header.
    QVERIFY(m_server.requests().first().headers.contains(
        qMakePair(QByteArray("Authorization"), QByteArray(QByteArray("Bearer ") + key.toUtf8()))));
}

void TestCli::missingKeyNamesTheVariable()
{
    // No key: the request goes out without one (local servers need none)...
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FAKE_ANTHROPIC_KEY"));
    const QStringList ask{QStringLiteral("--data-dir"), m_dataDir.path(), QStringLiteral("ask"),
                          QStringLiteral("--json"), QStringLiteral("-m")};
    const CliResult anonymous =
        cli(ask + QStringList{QStringLiteral("fake-anthropic/tiny"), QStringLiteral("q")}, {}, env);
    QCOMPARE(anonymous.exitCode, 0);
    QCOMPARE(m_server.requests().size(), 1);
    QVERIFY(m_server.requests().constFirst().header("x-api-key").isEmpty());

    // ...and when the server wants one, the error says none is set and how to set it.
    const QString wantsKey = QStringLiteral("fake-anthropic/http-401");
    const CliResult r = cli(ask + QStringList{wantsKey, QStringLiteral("q")}, {}, env);
    QCOMPARE(r.exitCode, 2);
    const QJsonObject error = r.of(wantsKey, QStringLiteral("error")).value(0);
    QCOMPARE(error.value(QLatin1String("code")).toString(),
             QStringLiteral("authentication_failed"));
    const QString noKey = error.value(QLatin1String("message")).toString();
    QVERIFY2(noKey.contains(QStringLiteral("No API key is set")), qPrintable(noKey));
    QVERIFY(noKey.contains(QStringLiteral("FAKE_ANTHROPIC_KEY")));

    // No keychain reachable: the user is told so, and nothing falls back to a file.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent"));
    const CliResult noKeychain = cli(ask + QStringList{wantsKey, QStringLiteral("q")}, {}, env);
    const QString message = noKeychain.of(wantsKey, QStringLiteral("error"))
                                .value(0)
                                .value(QLatin1String("message"))
                                .toString();
    QVERIFY2(message.contains(QStringLiteral("keychain is not available")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("nothing is stored in plain text")));
}

void TestCli::invalidProvidersFileIsExplained()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("providers.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"providers":[{"id":"x","protocol":"smtp","base_url":"http://127.0.0.1:1"}]})");
    file.close();
    const CliResult r = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("ask"),
                             QStringLiteral("-m"), QStringLiteral("x/y"), QStringLiteral("q")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("providers.json"), r.err.constData());
    QVERIFY2(r.err.contains("unknown protocol \"smtp\""), r.err.constData());
}

void TestCli::modelsListsEndpointModels()
{
    const CliResult r =
        cli({QStringLiteral("--data-dir"), m_dataDir.path(), QStringLiteral("models"),
             QStringLiteral("fake-gemini"), QStringLiteral("--json")},
            {}, keyedEnvironment());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.lines.isEmpty());
    for (const auto &line : r.lines) {
        QCOMPARE(line.value(QLatin1String("provider")).toString(), QStringLiteral("fake-gemini"));
        QVERIFY(
            !line.value(QLatin1String("model")).toString().startsWith(QStringLiteral("models/")));
        QVERIFY(
            !line.value(QLatin1String("model")).toString().contains(QStringLiteral("embedding")));
    }
    const CliResult ollama = cli({QStringLiteral("--data-dir"), m_dataDir.path(),
                                  QStringLiteral("models"), QStringLiteral("fake-ollama")});
    QCOMPARE(ollama.exitCode, 0);
    QVERIFY(ollama.out.startsWith("fake-ollama/"));
}

void TestCli::absentLocalServerIsNotAFailure()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("providers.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QByteArray(
            R"({"providers":[{"id":"fake-ollama","protocol":"ollama","requires_key":false,"base_url":")") +
        m_server.baseUrl(ProtocolKind::Ollama).toString().toUtf8() +
        R"("},{"id":"gone","protocol":"ollama","requires_key":false,"base_url":"http://127.0.0.1:1"}]})");
    file.close();
    const CliResult all = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("models")});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.out.startsWith("fake-ollama/"));
    QVERIFY2(all.err.contains("gone is not running"), all.err.constData());
    // Asked for by name, an unreachable server is an error.
    QCOMPARE(cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("models"),
                  QStringLiteral("gone")})
                 .exitCode,
             2);
}

void TestCli::sseParseFollowsTheSpec()
{
    const QByteArray stream =
        "\xEF\xBB\xBF: comment\r\nid: 1\r\nretry: 250\r\ndata: YHOO\r\ndata: +2"
        "\r\ndata: 10\r\n\r\nevent: ping\rdata\r\rdata: caf\xC3\xA9\n\ndata: lost";
    for (const QString &chunk :
         {QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("4096")}) {
        const CliResult r =
            cli({QStringLiteral("sse-parse"), QStringLiteral("--chunk"), chunk}, stream);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines.size(), 4);
        QCOMPARE(r.lines.at(0).value(QLatin1String("retry")).toInt(), 250);
        QCOMPARE(r.lines.at(1).value(QLatin1String("data")).toString(),
                 QStringLiteral("YHOO\n+2\n10"));
        QCOMPARE(r.lines.at(1).value(QLatin1String("id")).toString(), QStringLiteral("1"));
        QCOMPARE(r.lines.at(1).value(QLatin1String("type")).toString(), QStringLiteral("message"));
        QCOMPARE(r.lines.at(2).value(QLatin1String("type")).toString(), QStringLiteral("ping"));
        QCOMPARE(r.lines.at(2).value(QLatin1String("data")).toString(), QString());
        QCOMPARE(r.lines.at(3).value(QLatin1String("data")).toString(), QStringLiteral("café"));
        QCOMPARE(r.lines.at(3).value(QLatin1String("type")).toString(), QStringLiteral("message"));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
