#include "refreshthrottle.h"

#include <QElapsedTimer>

namespace coro {

RefreshThrottle::RefreshThrottle(int intervalMs, QObject *parent)
    : QObject(parent), m_interval(intervalMs)
{
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    m_clock = [started] { return started->elapsed(); };
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RefreshThrottle::flush);
}

void RefreshThrottle::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_last = -1;
}

void RefreshThrottle::request()
{
    const qint64 now = m_clock();
    if (m_last < 0 || now - m_last >= m_interval) {
        m_timer.stop();
        m_last = now;
        fire();
        return;
    }
    m_pending = true;
    if (!m_timer.isActive())
        m_timer.start(static_cast<int>(m_interval - (now - m_last)));
}

void RefreshThrottle::flush()
{
    if (!m_pending)
        return;
    m_timer.stop();
    m_last = m_clock();
    fire();
}

void RefreshThrottle::cancel()
{
    m_pending = false;
    m_timer.stop();
}

void RefreshThrottle::fire()
{
    m_pending = false;
    Q_EMIT fired();
}

} // namespace coro
