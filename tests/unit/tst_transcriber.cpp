#include "transcription/multipartform.h"
#include "transcription/transcriber.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;

namespace {
TranscriptionTarget target(const QString &base)
{
    ProviderConfig provider;
    provider.id = QStringLiteral("openai");
    provider.baseUrl = QUrl(base);
    return {provider, QStringLiteral("whisper-1")};
}

HttpResponseHead head(int status)
{
    HttpResponseHead h;
    h.status = status;
    return h;
}
} // namespace

/**
 * Transcriber and MultipartForm: a file no part can cut short, the answers of OpenAI, Groq and
 * broken servers, the files refused before anything is sent, and a server that never answers.
 */
class TestTranscriber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void boundaryNeverAppearsInTheContent();
    void answersAreRead_data();
    void answersAreRead();
    void presetsAndTargets();
    void filesAreCheckedBeforeSending();
    void silentServerEndsAtTheDeadline();
};

void TestTranscriber::boundaryNeverAppearsInTheContent()
{
    // A file that holds the boundary the form would have used, many times.
    MultipartForm form;
    const QByteArray formBoundary = form.contentType().mid(form.contentType().indexOf('=') + 1);
    const QByteArray hostile = QByteArray("--" + formBoundary + "\r\n").repeated(50);
    form.addFile("file", QStringLiteral("a\"b\r\n.wav"), "audio/wav", hostile);
    form.addField("model", QStringLiteral("whisper-1"));
    const QByteArray used = form.contentType().mid(form.contentType().indexOf('=') + 1);
    QVERIFY(used != formBoundary);
    QVERIFY(!hostile.contains(used));
    const QByteArray body = form.body();
    QCOMPARE(body.count(QByteArray("--" + used + "\r\n")), 2);
    QVERIFY(body.endsWith(QByteArray("--" + used + "--\r\n")));
    // The file name cannot break out of its header.
    QVERIFY(body.contains("filename=\"a%22b%0D%0A.wav\""));
}

void TestTranscriber::answersAreRead_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("text");
    QTest::addRow("openai") << 200 << QByteArray(R"({"text":"Hallo Welt"})") << true
                            << "Hallo Welt";
    QTest::addRow("groq") << 200 << QByteArray(R"({"text":" hola mundo","x_groq":{"id":"req_1"}})")
                          << true << "hola mundo";
    QTest::addRow("no text") << 200 << QByteArray(R"({"transcript":"x"})") << false
                             << "held no transcription text";
    QTest::addRow("html") << 200 << QByteArray("<html></html>") << false
                          << "held no transcription text";
    QTest::addRow("openai 404")
        << 404
        << QByteArray(
               R"({"error":{"message":"The model `whisper-9` does not exist","type":"invalid_request_error","param":null,"code":"model_not_found"}})")
        << false << "whisper-9";
}

void TestTranscriber::answersAreRead()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, text);
    const auto result = Transcriber::parse(head(status), body);
    QCOMPARE(result.ok, ok);
    if (ok)
        QCOMPARE(result.text, text);
    else
        QVERIFY2(result.error.message.contains(text), qPrintable(result.error.message));
}

void TestTranscriber::presetsAndTargets()
{
    QCOMPARE(TranscriptionModels::presets(QStringLiteral("openai")).first(),
             QStringLiteral("whisper-1"));
    QVERIFY(TranscriptionModels::presets(QStringLiteral("openai"))
                .contains(QStringLiteral("gpt-4o-mini-transcribe")));
    QCOMPARE(TranscriptionModels::presets(QStringLiteral("groq")).first(),
             QStringLiteral("whisper-large-v3"));
    QString error;
    // The built-in presets: OpenAI comes first.
    const auto fallback = TranscriptionModels::defaultTarget(ProviderCatalog::presets(), &error);
    QVERIFY(fallback);
    QCOMPARE(fallback->ref().toString(), QStringLiteral("openai/whisper-1"));
    QVERIFY(!TranscriptionModels::defaultTarget(ProviderCatalog(), &error));
    QVERIFY(error.contains(QLatin1String("No transcription provider")));
    const HttpRequest request =
        Transcriber::request(target(QStringLiteral("https://api.groq.com/openai/v1")),
                             {QByteArray("abc"), QStringLiteral("a.wav"), "audio/wav"}, {}, {});
    QCOMPARE(request.url.toString(),
             QStringLiteral("https://api.groq.com/openai/v1/audio/transcriptions"));
    QCOMPARE(request.header("authorization"), QByteArray()); // No key: none sent.
}

void TestTranscriber::filesAreCheckedBeforeSending()
{
    QTemporaryDir dir;
    QString error;
    const QString wav = dir.filePath(QStringLiteral("a.WAV"));
    QFile file(wav);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("RIFF....");
    file.close();
    const auto audio = Transcriber::readFile(wav, &error);
    QVERIFY2(audio, qPrintable(error));
    QCOMPARE(audio->mimeType, QByteArray("audio/wav"));
    QCOMPARE(audio->fileName, QStringLiteral("a.WAV"));
    const QString empty = dir.filePath(QStringLiteral("empty.mp3"));
    QFile(empty).open(QIODevice::WriteOnly);
    QVERIFY(!Transcriber::readFile(empty, &error));
    QVERIFY(error.contains(QLatin1String("empty")));
    QVERIFY(!Transcriber::readFile(dir.filePath(QStringLiteral("x.exe")), &error));
    QVERIFY(error.contains(QLatin1String("not an audio format")));
}

void TestTranscriber::silentServerEndsAtTheDeadline()
{
    QTcpServer silent; // Accepts, reads, never answers.
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QNetworkAccessManager network;
    Transcriber transcriber(nullptr, &network);
    transcriber.setTimeoutMs(600);
    Transcriber::Result result;
    bool done = false;
    QElapsedTimer clock;
    clock.start();
    transcriber.transcribe(
        target(QStringLiteral("http://127.0.0.1:%1/v1").arg(silent.serverPort())),
        {QByteArray(1000, 'a'), QStringLiteral("a.wav"), "audio/wav"}, {},
        [&](const Transcriber::Result &r) {
            result = r;
            done = true;
        });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
    QVERIFY(!result.ok);
    QCOMPARE(result.error.code, ErrorCode::Timeout);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestTranscriber)
#include "tst_transcriber.moc"
