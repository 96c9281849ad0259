#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace coro {

/**
 * @brief Lets a repeated request through at most once per interval: the first at once, the
 * rest folded into one that fires when the interval is over (leading and trailing edge).
 *
 * MessageBlockModel uses one to show streamed text once per frame rather than once per token,
 * and another to re-highlight a code block that is still streaming a few times per second.
 * The clock can be replaced, so tests and benchmarks can play a stream at any speed.
 */
class RefreshThrottle : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; ///< Milliseconds, monotonic.

    explicit RefreshThrottle(int intervalMs, QObject *parent = nullptr);

    void setInterval(int intervalMs) { m_interval = intervalMs; }
    int interval() const { return m_interval; }
    void setClock(Clock clock);

    /// Fires now when the last firing is at least an interval ago; otherwise once, later.
    void request();
    /// Fires now if a request is waiting.
    void flush();
    /// Drops a waiting request.
    void cancel();
    bool isPending() const { return m_pending; }

Q_SIGNALS:
    void fired();

private:
    void fire();

    int m_interval;
    Clock m_clock;
    qint64 m_last = -1;
    bool m_pending = false;
    QTimer m_timer;
};

} // namespace coro
