#include "dictation.h"
#include "voicelogging.h"

#include <QFile>

namespace coro {

Dictation::Dictation(ApiKeyResolver *keys, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_transcriber(keys, network)
{
    m_limit.setSingleShot(true);
    m_limit.setInterval(kMaxRecordingMs);
    connect(&m_limit, &QTimer::timeout, this, &Dictation::stop);
    connect(&m_recorder, &VoiceRecorder::failed, this,
            [this](const QString &message) { setState(State::Failed, message); });
    connect(&m_recorder, &VoiceRecorder::finished, this,
            [this](const QString &path) { transcribeFile(path); });
}

QString Dictation::noTargetReason() const
{
    return m_target ? QString()
                    : tr("No transcription provider is set up: add OpenAI or Groq (or another "
                         "OpenAI-compatible server) and choose a transcription model.");
}

QString Dictation::unavailableReason() const
{
    if (!VoiceRecorder::isSupported())
        return tr("This build of Coro cannot record sound: it was built without Qt Multimedia.");
    if (const QString reason = noTargetReason(); !reason.isEmpty())
        return reason;
    if (!VoiceRecorder::hasMicrophone())
        return tr("No microphone was found. Connect one, or allow Coro to use it, and try "
                  "again.");
    return {};
}

void Dictation::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged();
}

bool Dictation::start()
{
    cancel();
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        setState(State::Failed, reason);
        return false;
    }
    m_directory = std::make_unique<QTemporaryDir>();
    QString error;
    if (!m_directory->isValid() || !m_recorder.start(m_directory->path(), &error)) {
        setState(State::Failed,
                 error.isEmpty()
                     ? tr("There is no room for a recording: %1").arg(m_directory->errorString())
                     : error);
        return false;
    }
    m_text.clear();
    m_limit.start();
    setState(State::Recording);
    return true;
}

void Dictation::stop()
{
    m_limit.stop();
    if (m_state == State::Recording)
        m_recorder.stop(); // transcribeFile() follows from finished().
}

void Dictation::cancel()
{
    m_limit.stop();
    m_recorder.cancel();
    m_transcriber.cancel();
    m_directory.reset();
    if (m_state == State::Recording || m_state == State::Transcribing)
        setState(State::Idle);
}

bool Dictation::transcribeFile(const QString &path)
{
    if (const QString reason = noTargetReason(); !reason.isEmpty()) {
        setState(State::Failed, reason);
        return false;
    }
    QString error;
    const auto audio = Transcriber::readFile(path, &error);
    if (m_directory && path.startsWith(m_directory->path()))
        QFile::remove(path); // Our own recording: read, then gone.
    if (!audio) {
        setState(State::Failed, error);
        return false;
    }
    setState(State::Transcribing);
    m_transcriber.transcribe(
        *m_target, *audio, m_language, [this](const Transcriber::Result &result) {
            m_directory.reset();
            if (!result.ok) {
                setState(State::Failed, tr("Transcription failed: %1").arg(result.error.message));
                return;
            }
            m_text = result.text;
            setState(State::Done);
            Q_EMIT transcribed(m_text);
        });
    return true;
}

} // namespace coro
