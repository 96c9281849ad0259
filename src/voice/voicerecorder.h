#pragma once

#include <QObject>
#include <memory>

namespace coro {

/**
 * @brief Records the default microphone to a file with Qt Multimedia (WAV where the backend
 *        can, else Ogg/Opus or AAC), for Dictation to transcribe.
 *
 * Compiled only when Qt Multimedia is found (CORO_HAVE_MULTIMEDIA); otherwise isSupported()
 * is false and start() says so.
 */
class VoiceRecorder : public QObject
{
    Q_OBJECT
public:
    /// Whether this build can record at all.
    static bool isSupported();
    /// Whether the system offers an audio input now.
    static bool hasMicrophone();

    explicit VoiceRecorder(QObject *parent = nullptr);
    ~VoiceRecorder() override;

    /// Starts recording into a new file in @p directory; false with @p error set when it
    /// cannot.
    bool start(const QString &directory, QString *error);
    /// Ends the recording: finished() or failed() follows.
    void stop();
    /// Ends the recording; no signal follows.
    void cancel();
    bool isRecording() const;

Q_SIGNALS:
    void finished(const QString &path);
    void failed(const QString &message);

private:
    struct Session;
    void dispose();
    std::unique_ptr<Session> m_session;
};

} // namespace coro
