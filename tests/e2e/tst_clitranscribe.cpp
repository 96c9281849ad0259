#include "clirunner.h"
#include "fakeproviderserver.h"
#include "faketranscription.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;
using namespace coro::test;

/**
 * coro-cli transcribe against the fake server's /audio/transcriptions: the multipart request
 * a provider receives, the text a user gets (OpenAI and Groq shapes), and what is said when the
 * file, the model or the provider is wrong.
 */
class TestCliTranscribe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void requestIsAMultipartFormWithFileAndModel();
    void defaultPresetIsUsedWithoutModel();
    void groqShapedAnswerGivesTheText();
    void problemsAreSaidWithTheRightExitCode_data();
    void problemsAreSaidWithTheRightExitCode();
    void providerErrorExitsTwoWithoutPrintingTheKey();

private:
    CliResult transcribe(const QStringList &arguments);
    QString audioFile(const QString &name, qsizetype bytes);

    FakeProviderServer m_server;
    QTemporaryDir m_dir;
};

void TestCliTranscribe::initTestCase()
{
    QVERIFY(m_server.listen());
    QVERIFY(m_dir.isValid());
    // The fake providers, plus OpenAI and Groq presets pointed at the fake server.
    QJsonObject root = QJsonDocument::fromJson(m_server.providersJson()).object();
    QJsonArray providers = root.value(QLatin1String("providers")).toArray();
    const QString base = m_server.baseUrl(ProtocolKind::OpenAi).toString();
    providers.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("openai")},
                                 {QStringLiteral("base_url"), base},
                                 {QStringLiteral("key_env"), QStringLiteral("FAKE_OPENAI_KEY")}});
    providers.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("groq")},
                                 {QStringLiteral("base_url"), base},
                                 {QStringLiteral("key_env"), QStringLiteral("FAKE_GROQ_KEY")}});
    root.insert(QStringLiteral("providers"), providers);
    QFile file(m_dir.filePath(QStringLiteral("providers.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
}

void TestCliTranscribe::init()
{
    m_server.clear();
}

CliResult TestCliTranscribe::transcribe(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAKE_OPENAI_KEY"), QStringLiteral("sk-transcribe-secret"));
    env.insert(QStringLiteral("FAKE_GROQ_KEY"), QStringLiteral("gsk-secret"));
    return runCli(
        QStringList{QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("transcribe")} +
            arguments,
        {}, env);
}

QString TestCliTranscribe::audioFile(const QString &name, qsizetype bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray content = "RIFF";
    for (qsizetype i = content.size(); i < bytes; ++i)
        content.append(char(i * 7 % 256)); // Every byte value, CR and LF and "--" included.
    file.write(content);
    return path;
}

void TestCliTranscribe::requestIsAMultipartFormWithFileAndModel()
{
    const QString path = audioFile(QStringLiteral("clip.wav"), 48000);
    const CliResult r = transcribe({QStringLiteral("-m"), QStringLiteral("fake-openai/whisper-1"),
                                    QStringLiteral("--language"), QStringLiteral("de"), path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out),
             FakeTranscription::expectedText(QStringLiteral("clip.wav"), 48000,
                                             QStringLiteral("whisper-1")) +
                 QLatin1Char('\n'));

    QCOMPARE(m_server.requests().size(), 1);
    const auto request = m_server.requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/v1/audio/transcriptions"));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer sk-transcribe-secret"));
    QVERIFY(request.header("content-type").startsWith("multipart/form-data; boundary="));
    const auto parts =
        FakeTranscription::parseMultipart(request.header("content-type"), request.body);
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0).name, QByteArray("file"));
    QCOMPARE(parts.at(0).fileName, QByteArray("clip.wav"));
    QCOMPARE(parts.at(0).contentType, QByteArray("audio/wav"));
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(parts.at(0).content, original.readAll()); // Byte for byte.
    QCOMPARE(parts.at(1).name, QByteArray("model"));
    QCOMPARE(parts.at(1).content, QByteArray("whisper-1"));
    QCOMPARE(parts.at(2).name, QByteArray("response_format"));
    QCOMPARE(parts.at(2).content, QByteArray("json"));
    QCOMPARE(parts.at(3).name, QByteArray("language"));
    QCOMPARE(parts.at(3).content, QByteArray("de"));
}

void TestCliTranscribe::defaultPresetIsUsedWithoutModel()
{
    const QString path = audioFile(QStringLiteral("memo.mp3"), 1000);
    const CliResult r = transcribe({QStringLiteral("--json"), path});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject line = r.lines.value(0);
    QCOMPARE(line.value(QLatin1String("type")).toString(), QStringLiteral("transcript"));
    QCOMPARE(line.value(QLatin1String("model")).toString(), QStringLiteral("openai/whisper-1"));
    QCOMPARE(line.value(QLatin1String("text")).toString(),
             FakeTranscription::expectedText(QStringLiteral("memo.mp3"), 1000,
                                             QStringLiteral("whisper-1")));
    const auto parts = FakeTranscription::parseMultipart(
        m_server.requests().first().header("content-type"), m_server.requests().first().body);
    QCOMPARE(parts.at(0).contentType, QByteArray("audio/mpeg"));
}

void TestCliTranscribe::groqShapedAnswerGivesTheText()
{
    const QString path = audioFile(QStringLiteral("voice.ogg"), 500);
    const CliResult r =
        transcribe({QStringLiteral("-m"), QStringLiteral("groq/whisper-large-v3"), path});
    QCOMPARE(r.exitCode, 0);
    // Groq's leading space and x_groq are not the user's business.
    QCOMPARE(QString::fromUtf8(r.out),
             FakeTranscription::expectedText(QStringLiteral("voice.ogg"), 500,
                                             QStringLiteral("whisper-large-v3")) +
                 QLatin1Char('\n'));
    QCOMPARE(m_server.requests().first().header("authorization"), QByteArray("Bearer gsk-secret"));
}

void TestCliTranscribe::problemsAreSaidWithTheRightExitCode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    const QString wav = m_dir.filePath(QStringLiteral("ok.wav"));
    QTest::addRow("not audio") << QStringList{m_dir.filePath(QStringLiteral("notes.txt"))} << 1
                               << "not an audio format";
    QTest::addRow("missing file") << QStringList{m_dir.filePath(QStringLiteral("gone.wav"))} << 1
                                  << "gone.wav";
    QTest::addRow("too large") << QStringList{m_dir.filePath(QStringLiteral("huge.wav"))} << 1
                               << "up to 25 MB";
    QTest::addRow("not openai protocol")
        << QStringList{QStringLiteral("-m"), QStringLiteral("fake-anthropic/whisper"), wav} << 1
        << "does not offer transcription";
    QTest::addRow("unknown provider")
        << QStringList{QStringLiteral("-m"), QStringLiteral("nobody/whisper-1"), wav} << 1
        << "Unknown provider";
    QTest::addRow("two files") << QStringList{wav, wav} << 1 << "exactly one";
    QTest::addRow("bad language") << QStringList{QStringLiteral("--language"),
                                                 QStringLiteral("German"), wav}
                                  << 1 << "--language";
}

void TestCliTranscribe::problemsAreSaidWithTheRightExitCode()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QFile(m_dir.filePath(QStringLiteral("notes.txt"))).open(QIODevice::WriteOnly);
    audioFile(QStringLiteral("ok.wav"), 100);
    QFile huge(m_dir.filePath(QStringLiteral("huge.wav")));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(26 * 1024 * 1024)); // Sparse: costs no disk.
    huge.close();
    const CliResult r = transcribe(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(m_server.requests().isEmpty()); // Nothing sent that could not succeed.
}

void TestCliTranscribe::providerErrorExitsTwoWithoutPrintingTheKey()
{
    const QString path = audioFile(QStringLiteral("clip.webm"), 300);
    const CliResult r =
        transcribe({QStringLiteral("-m"), QStringLiteral("fake-openai/http-429"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("rate_limited"), r.err.constData());
    QVERIFY2(r.err.contains("Scripted failure"), r.err.constData());
    QVERIFY(!r.err.contains("secret"));
    QVERIFY(!r.out.contains("secret"));
}

QTEST_GUILESS_MAIN(TestCliTranscribe)
#include "tst_clitranscribe.moc"
