#include "voicerecorder.h"
#include "voicelogging.h"

#ifdef CORO_HAVE_MULTIMEDIA
#include <QAudioDevice>
#include <QAudioInput>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMediaFormat>
#include <QMediaRecorder>
#include <QUrl>
#endif
#include <QCoreApplication>
#include <QDir>

namespace coro {

#ifdef CORO_HAVE_MULTIMEDIA
struct VoiceRecorder::Session
{
    QMediaCaptureSession capture;
    QAudioInput input;
    QMediaRecorder recorder;
    bool stopping = false;
};

namespace {
// The first audio-only format the backend can write that the transcription APIs read.
QMediaFormat recordingFormat()
{
    const std::pair<QMediaFormat::FileFormat, QMediaFormat::AudioCodec> candidates[] = {
        {QMediaFormat::Wave, QMediaFormat::AudioCodec::Wave},
        {QMediaFormat::Ogg, QMediaFormat::AudioCodec::Opus},
        {QMediaFormat::Mpeg4Audio, QMediaFormat::AudioCodec::AAC},
        {QMediaFormat::MP3, QMediaFormat::AudioCodec::MP3},
    };
    for (const auto &[file, codec] : candidates) {
        QMediaFormat format(file);
        format.setAudioCodec(codec);
        if (format.isSupported(QMediaFormat::Encode))
            return format;
    }
    return QMediaFormat(QMediaFormat::Wave);
}
} // namespace

bool VoiceRecorder::isSupported()
{
    return true;
}

bool VoiceRecorder::hasMicrophone()
{
    return !QMediaDevices::audioInputs().isEmpty();
}
#else
struct VoiceRecorder::Session
{};

bool VoiceRecorder::isSupported()
{
    return false;
}

bool VoiceRecorder::hasMicrophone()
{
    return false;
}
#endif

VoiceRecorder::VoiceRecorder(QObject *parent) : QObject(parent) {}

VoiceRecorder::~VoiceRecorder()
{
    cancel();
}

bool VoiceRecorder::start(const QString &directory, QString *error)
{
    cancel();
#ifdef CORO_HAVE_MULTIMEDIA
    if (!hasMicrophone()) {
        *error = tr("No microphone was found. Connect one, or allow Coro to use it, and try "
                    "again.");
        return false;
    }
    m_session = std::make_unique<Session>();
    Session *session = m_session.get();
    session->input.setDevice(QMediaDevices::defaultAudioInput());
    session->capture.setAudioInput(&session->input);
    session->capture.setRecorder(&session->recorder);
    session->recorder.setMediaFormat(recordingFormat());
    session->recorder.setQuality(QMediaRecorder::NormalQuality);
    session->recorder.setOutputLocation(
        QUrl::fromLocalFile(QDir(directory).filePath(QStringLiteral("dictation"))));
    connect(&session->recorder, &QMediaRecorder::errorOccurred, this,
            [this, session](QMediaRecorder::Error, const QString &message) {
                if (m_session.get() != session)
                    return;
                qCWarning(lcVoice) << "recording failed:" << message;
                dispose();
                Q_EMIT failed(tr("Recording failed: %1").arg(message));
            });
    connect(&session->recorder, &QMediaRecorder::recorderStateChanged, this,
            [this, session](QMediaRecorder::RecorderState state) {
                if (m_session.get() != session || state != QMediaRecorder::StoppedState ||
                    !session->stopping)
                    return;
                const QString path = session->recorder.actualLocation().toLocalFile();
                dispose();
                Q_EMIT finished(path);
            });
    session->recorder.record();
    return true;
#else
    Q_UNUSED(directory)
    *error = tr("This build of Coro cannot record sound: it was built without Qt Multimedia.");
    return false;
#endif
}

void VoiceRecorder::stop()
{
#ifdef CORO_HAVE_MULTIMEDIA
    if (!m_session)
        return;
    m_session->stopping = true;
    m_session->recorder.stop();
#endif
}

void VoiceRecorder::dispose()
{
    // Called from the recorder's own signals: it is deleted once they have returned.
    Session *session = m_session.release();
    if (!session)
        return;
#ifdef CORO_HAVE_MULTIMEDIA
    session->recorder.disconnect(this);
#endif
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [session] { delete session; }, Qt::QueuedConnection);
}

void VoiceRecorder::cancel()
{
#ifdef CORO_HAVE_MULTIMEDIA
    if (m_session) {
        m_session->recorder.disconnect(this);
        m_session->recorder.stop();
    }
#endif
    m_session.reset();
}

bool VoiceRecorder::isRecording() const
{
    return m_session != nullptr;
}

} // namespace coro
