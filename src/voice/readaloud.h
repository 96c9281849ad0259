#pragma once

#include <QObject>
#include <memory>

namespace coro {

/**
 * @brief Reads an answer aloud with Qt TextToSpeech: the Markdown made speakable (code blocks,
 *        links' addresses, provenance tags and citations left out), bounded to kMaxChars.
 *
 * Says in words when it cannot — no speech engine installed, or a build without Qt
 * TextToSpeech (CORO_HAVE_TEXTTOSPEECH), in which case it compiles to that message alone.
 */
class ReadAloud : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool speaking READ isSpeaking NOTIFY speakingChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    /// Speaking was paused and can go on where it stopped.
    Q_PROPERTY(bool paused READ isPaused NOTIFY speakingChanged)
public:
    static constexpr qsizetype kMaxChars = 100000;

    explicit ReadAloud(QObject *parent = nullptr);
    ~ReadAloud() override;

    /// Why nothing can be read aloud here, in words for the user; empty when it can.
    static QString unavailableReason();
    /// What is worth hearing of a Markdown answer.
    static QString speakableText(const QString &markdown);

    bool isSpeaking() const { return m_speaking; }
    bool isPaused() const { return m_paused; }
    QString message() const { return m_message; }

    /// False (and message() says why) when there is no engine or nothing to say.
    Q_INVOKABLE bool speak(const QString &markdown);
    Q_INVOKABLE void stop();
    /// Pauses at the next word; resume() goes on from there.
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();

Q_SIGNALS:
    void speakingChanged();
    void messageChanged();

private:
    void setSpeaking(bool speaking, bool paused = false);
    void setMessage(const QString &message);

    struct Engine;
    std::unique_ptr<Engine> m_engine;
    bool m_speaking = false;
    bool m_paused = false;
    QString m_message;
};

} // namespace coro
