#include "speech.h"

#include "voice/readaloud.h"

namespace coro {

Speech::Speech(QObject *parent) : QObject(parent), m_voice(new ReadAloud(this))
{
    connect(m_voice, &ReadAloud::speakingChanged, this, [this] {
        if (!m_voice->isSpeaking() && !m_voice->isPaused())
            m_id.clear(); // Finished, or stopped.
        Q_EMIT changed();
    });
    connect(m_voice, &ReadAloud::messageChanged, this, [this] {
        m_message = m_voice->message();
        Q_EMIT changed();
    });
}

Speech::~Speech() = default;

QString Speech::readingId() const
{
    return m_id;
}

bool Speech::isPaused() const
{
    return m_voice->isPaused();
}

bool Speech::read(const QString &id, const QString &markdown)
{
    m_messageId = id;
    const bool started = m_voice->speak(markdown);
    m_message = m_voice->message();
    m_id = started ? id : QString();
    Q_EMIT changed();
    return started;
}

void Speech::stop()
{
    m_voice->stop();
    m_id.clear();
    Q_EMIT changed();
}

void Speech::pause()
{
    m_voice->pause();
}

void Speech::resume()
{
    m_voice->resume();
}

} // namespace coro
