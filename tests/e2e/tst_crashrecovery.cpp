#include "fakeproviderserver.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;
using namespace coro::test;

/**
 * Kills coro-cli with SIGKILL while an answer streams, again and again, and checks what a user
 * would find afterwards: the partial answer, marked interrupted, missing at most the text of
 * the last half second, in a file that passes SQLite's integrity check.
 */
class TestCrashRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedMidStreamKeepsPartialAnswer();

private:
    QJsonObject lastAnswer(const QString &dataDir);

    FakeProviderServer m_server;
    QTemporaryDir m_dataDir;
};

void TestCrashRecovery::initTestCase()
{
    QVERIFY(m_server.listen());
    QVERIFY(m_dataDir.isValid());
    QFile file(m_dataDir.filePath(QStringLiteral("providers.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_server.providersJson());
}

QJsonObject TestCrashRecovery::lastAnswer(const QString &dataDir)
{
    const auto cli = [&](const QStringList &args) {
        QProcess process;
        process.start(QStringLiteral(CORO_CLI_PATH),
                      QStringList{QStringLiteral("--data-dir"), dataDir} + args);
        process.waitForFinished(30000);
        return process.readAllStandardOutput();
    };
    const QByteArray list =
        cli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json"),
             QStringLiteral("--limit"), QStringLiteral("1")});
    const qint64 id = QJsonDocument::fromJson(list.split('\n').first())
                          .object()
                          .value(QLatin1String("id"))
                          .toInteger();
    const QByteArray show = cli({QStringLiteral("history"), QStringLiteral("show"),
                                 QString::number(id), QStringLiteral("--json")});
    for (const QByteArray &line : show.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QLatin1String("type")).toString() == QLatin1String("turn"))
            return object.value(QLatin1String("answers")).toArray().first().toObject();
    }
    return {};
}

void TestCrashRecovery::killedMidStreamKeepsPartialAnswer()
{
    // ~120 deltas, 25 ms apart: about three seconds of streaming to kill into.
    QStringList words;
    for (int i = 0; i < 110; ++i)
        words << QStringLiteral("word%1").arg(i);
    const QString prompt = words.join(QLatin1Char(' '));
    const QString model = QStringLiteral("slow:25");
    const QString full = FakeProviderServer::expectedAnswer(ProtocolKind::OpenAi, model, prompt);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAKE_OPENAI_KEY"), QStringLiteral("k"));

    const int rounds = qEnvironmentVariableIntValue("CORO_CRASH_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("CORO_CRASH_ROUNDS")
                           : 8;
    QRandomGenerator random(20261122);
    for (int round = 0; round < rounds; ++round) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CORO_CLI_PATH),
                      {QStringLiteral("--data-dir"), m_dataDir.path(), QStringLiteral("ask"),
                       QStringLiteral("--json"), QStringLiteral("-m"),
                       QStringLiteral("fake-openai/") + model, prompt});
        QVERIFY(process.waitForStarted());

        // Read deltas as they come, remembering when each arrived, until a random point.
        const int killAfter = 5 + static_cast<int>(random.bounded(90));
        QList<QPair<qint64, QString>> received; // (ms since start, text so far)
        QString text;
        QElapsedTimer clock;
        clock.start();
        QByteArray pending;
        // Waits with the event loop running: the fake server lives in this process.
        QSignalSpy readable(&process, &QProcess::readyReadStandardOutput);
        while (received.size() < killAfter && clock.elapsed() < 20000) {
            if (process.bytesAvailable() == 0 && !readable.wait(5000))
                break;
            pending += process.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QJsonObject line = QJsonDocument::fromJson(pending.left(newline)).object();
                pending.remove(0, newline + 1);
                if (line.value(QLatin1String("type")).toString() == QLatin1String("delta")) {
                    text += line.value(QLatin1String("text")).toString();
                    received.append({clock.elapsed(), text});
                }
            }
        }
        QVERIFY2(received.size() >= killAfter, "the answer did not stream");
        const qint64 killedAt = clock.elapsed();
        process.kill(); // SIGKILL: no cleanup, no flush.
        QVERIFY(process.waitForFinished());

        // Everything that arrived more than 500 ms (plus scheduling slack) before the kill.
        QString mustHave;
        for (const auto &[at, soFar] : received) {
            if (at <= killedAt - 650)
                mustHave = soFar;
        }
        const QJsonObject answer = lastAnswer(m_dataDir.path());
        const QString stored = answer.value(QLatin1String("text")).toString();
        QCOMPARE(answer.value(QLatin1String("status")).toString(), QStringLiteral("interrupted"));
        QVERIFY2(full.startsWith(stored), qPrintable(stored));
        QVERIFY2(stored.startsWith(mustHave),
                 qPrintable(QStringLiteral("round %1: stored %2 chars, needed %3")
                                .arg(round)
                                .arg(stored.size())
                                .arg(mustHave.size())));
    }

    Database database(m_dataDir.filePath(QStringLiteral("coro.sqlite")));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    QCOMPARE(database.integrityCheck(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
