#pragma once

#include "transcription/transcriber.h"
#include "voicerecorder.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTimer>
#include <optional>

class QNetworkAccessManager;

namespace coro {

/**
 * @brief Dictating a prompt: records the microphone (VoiceRecorder), then turns the recording
 *        into text with the chosen transcription model (Transcriber). What QML binds a
 *        microphone button to.
 *
 * Says in words why it cannot work — no recording in this build, no microphone, no
 * transcription provider set up — before anything starts. A recording stops by itself after
 * kMaxRecordingMs (the providers take at most 25 MB); the recording is deleted once
 * transcribed.
 */
class Dictation : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(QString text READ text NOTIFY stateChanged)
public:
    enum class State { Idle, Recording, Transcribing, Done, Failed };
    Q_ENUM(State)
    static constexpr int kMaxRecordingMs = 10 * 60 * 1000;

    Dictation(ApiKeyResolver *keys, QNetworkAccessManager *network, QObject *parent = nullptr);

    /// Where speech goes; none: start() says that no transcription provider is set up.
    void setTarget(const std::optional<TranscriptionTarget> &target) { m_target = target; }
    void setLanguage(const QString &language) { m_language = language; }
    void setTimeoutMs(int ms) { m_transcriber.setTimeoutMs(ms); }

    /// Why dictation cannot start now, in words for the user; empty when it can.
    QString unavailableReason() const;

    State state() const { return m_state; }
    QString message() const { return m_message; }
    QString text() const { return m_text; }

    Q_INVOKABLE bool start();
    /// Stops recording and transcribes what was said.
    Q_INVOKABLE void stop();
    Q_INVOKABLE void cancel();
    /// Transcribes an existing recording (a dropped file, or a retry).
    Q_INVOKABLE bool transcribeFile(const QString &path);

Q_SIGNALS:
    void stateChanged();
    void transcribed(const QString &text);

private:
    void setState(State state, const QString &message = {});
    QString noTargetReason() const;

    VoiceRecorder m_recorder;
    Transcriber m_transcriber;
    std::optional<TranscriptionTarget> m_target;
    QString m_language;
    std::unique_ptr<QTemporaryDir> m_directory;
    QTimer m_limit;
    State m_state = State::Idle;
    QString m_message;
    QString m_text;
};

} // namespace coro
