#include "fakeproviderserver.h"
#include "faketranscription.h"
#include "voice/dictation.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;
using namespace coro::test;

/**
 * Dictation: what a user is told when there is no transcription provider or no microphone,
 * and a recording turned into text by the fake transcription endpoint (or a failure said in
 * words).
 */
class TestDictation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void withoutProviderItSaysSo();
    void withoutMicrophoneItSaysSo();
    void recordingBecomesText();
    void failedTranscriptionSaysWhy();
    void unreadableRecordingSaysWhy();

private:
    TranscriptionTarget target(const QString &model) const;
    QString recording(const QString &name);

    FakeProviderServer m_server;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

void TestDictation::initTestCase()
{
    QVERIFY(m_server.listen());
}

TranscriptionTarget TestDictation::target(const QString &model) const
{
    ProviderConfig provider;
    provider.id = QStringLiteral("fake-openai");
    provider.baseUrl = m_server.baseUrl(ProtocolKind::OpenAi);
    return {provider, model};
}

QString TestDictation::recording(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QByteArray(2048, 'r'));
    return path;
}

void TestDictation::withoutProviderItSaysSo()
{
    Dictation dictation(nullptr, &m_network);
    QVERIFY(!dictation.start());
    QCOMPARE(dictation.state(), Dictation::State::Failed);
    if (VoiceRecorder::isSupported())
        QVERIFY2(dictation.message().contains(QLatin1String("No transcription provider")),
                 qPrintable(dictation.message()));
    else
        QVERIFY(dictation.message().contains(QLatin1String("Qt Multimedia")));
    QVERIFY(!dictation.transcribeFile(recording(QStringLiteral("a.wav"))));
    QVERIFY(dictation.message().contains(QLatin1String("No transcription provider")));
}

void TestDictation::withoutMicrophoneItSaysSo()
{
    if (!VoiceRecorder::isSupported())
        QSKIP("Built without Qt Multimedia: covered by withoutProviderItSaysSo.");
    if (VoiceRecorder::hasMicrophone())
        QSKIP("This machine has a microphone.");
    Dictation dictation(nullptr, &m_network);
    dictation.setTarget(target(QStringLiteral("whisper-1")));
    QSignalSpy changed(&dictation, &Dictation::stateChanged);
    QVERIFY(!dictation.start());
    QCOMPARE(dictation.state(), Dictation::State::Failed);
    QVERIFY2(dictation.message().contains(QLatin1String("No microphone")),
             qPrintable(dictation.message()));
    QCOMPARE(dictation.unavailableReason(), dictation.message());
    QCOMPARE(changed.size(), 1);
}

void TestDictation::recordingBecomesText()
{
    Dictation dictation(nullptr, &m_network);
    dictation.setTarget(target(QStringLiteral("whisper-1")));
    dictation.setLanguage(QStringLiteral("pt"));
    QSignalSpy transcribed(&dictation, &Dictation::transcribed);
    QVERIFY(dictation.transcribeFile(recording(QStringLiteral("take.ogg"))));
    QCOMPARE(dictation.state(), Dictation::State::Transcribing);
    QVERIFY(transcribed.wait(10000));
    const QString expected = FakeTranscription::expectedText(QStringLiteral("take.ogg"), 2048,
                                                             QStringLiteral("whisper-1"));
    QCOMPARE(transcribed.first().first().toString(), expected);
    QCOMPARE(dictation.text(), expected);
    QCOMPARE(dictation.state(), Dictation::State::Done);
    const auto parts =
        FakeTranscription::parseMultipart(m_server.requests().constLast().header("content-type"),
                                          m_server.requests().constLast().body);
    QCOMPARE(parts.constLast().name, QByteArray("language"));
    QCOMPARE(parts.constLast().content, QByteArray("pt"));
}

void TestDictation::failedTranscriptionSaysWhy()
{
    Dictation dictation(nullptr, &m_network);
    dictation.setTarget(target(QStringLiteral("http-500")));
    QVERIFY(dictation.transcribeFile(recording(QStringLiteral("take.wav"))));
    QVERIFY(QTest::qWaitFor([&] { return dictation.state() == Dictation::State::Failed; }, 10000));
    QVERIFY2(dictation.message().startsWith(QLatin1String("Transcription failed: ")),
             qPrintable(dictation.message()));
    QVERIFY(dictation.text().isEmpty());
}

void TestDictation::unreadableRecordingSaysWhy()
{
    Dictation dictation(nullptr, &m_network);
    dictation.setTarget(target(QStringLiteral("whisper-1")));
    QVERIFY(!dictation.transcribeFile(m_dir.filePath(QStringLiteral("missing.wav"))));
    QCOMPARE(dictation.state(), Dictation::State::Failed);
    QVERIFY(dictation.message().contains(QLatin1String("missing.wav")));
}

QTEST_GUILESS_MAIN(TestDictation)
#include "tst_dictation.moc"
