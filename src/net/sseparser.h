#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <functional>

namespace coro {

/**
 * @brief One dispatched server-sent event.
 */
struct SseEvent
{
    QString type;        ///< "message" unless the stream named another type.
    QByteArray data;     ///< UTF-8 payload, lines joined by LF, trailing LF stripped.
    QString lastEventId; ///< The last event id in force when the event was dispatched.

    QString text() const { return QString::fromUtf8(data); }
};

/**
 * @brief Turns the bytes of a text/event-stream into events, following WHATWG HTML §9.2.6.
 *
 * Bytes may arrive in chunks of any size: a line split across chunks, a CR at the end of one
 * chunk and the LF at the start of the next, or a UTF-8 character split in two are all handled,
 * because text is only decoded once a whole line has been collected. Memory is bounded: a line
 * or an event larger than maxEventBytes stops the parser with an error instead of growing.
 */
class SseParser
{
public:
    using EventHandler = std::function<void(const SseEvent &)>;
    using RetryHandler = std::function<void(qint64)>;

    static constexpr qsizetype kDefaultMaxEventBytes = 8 * 1024 * 1024;

    explicit SseParser(qsizetype maxEventBytes = kDefaultMaxEventBytes);

    void setEventHandler(EventHandler handler) { m_onEvent = std::move(handler); }
    void setRetryHandler(RetryHandler handler) { m_onRetry = std::move(handler); }

    /// Parses a chunk; returns false once the stream has been rejected (see errorString()).
    bool feed(QByteArrayView chunk);

    /// The stream ended: an event that was not terminated by a blank line is discarded.
    void finish();

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString lastEventId() const { return m_lastEventId; }

private:
    void feedLines(QByteArrayView chunk);
    void processLine(QByteArrayView line);
    void dispatch();
    /// Whether holding heldBytes (line + event data) breaks the cap; stops the stream if so.
    bool exceedsLimit(qsizetype heldBytes);

    EventHandler m_onEvent;
    RetryHandler m_onRetry;
    qsizetype m_maxEventBytes;

    QByteArray m_partialLine; ///< Bytes of a line whose end has not arrived yet.
    QByteArray m_data;
    QByteArray m_eventType;
    QByteArray m_lastEventTypeBytes; ///< Cache: the last type seen, raw and decoded.
    QString m_lastEventType;
    QString m_lastEventId;
    QByteArray m_bomProbe; ///< The first bytes, until we know whether they are a BOM.
    bool m_started = false;
    bool m_pendingCR = false; ///< The previous chunk ended in CR: a leading LF belongs to it.
    QString m_error;
};

} // namespace coro
