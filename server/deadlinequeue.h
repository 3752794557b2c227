#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <functional>
#include <utility>

namespace tincan {

// Many time limits of one length, kept with one timer. Every connection used to start its own
// timer for its hello or handshake limit, and Qt keeps timers in a list that is searched on
// every stop: with thousands of people joining, that search dominated. Items expire in the
// order they were added (they all wait the same time); `expired` decides what an expiry means.
template <typename T>
class DeadlineQueue final
{
    Q_DISABLE_COPY_MOVE(DeadlineQueue)

public:
    DeadlineQueue(int timeoutMs, std::function<void(const T &)> expired)
        : m_timeoutMs(timeoutMs)
        , m_expired(std::move(expired))
    {
        m_clock.start();
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { expire(); });
    }

    void add(T item)
    {
        m_items.emplace_back(m_clock.elapsed() + m_timeoutMs, std::move(item));
        if (!m_timer.isActive())
            arm();
    }

    // For items added from now on.
    void setTimeout(int timeoutMs) { m_timeoutMs = timeoutMs; }

    void clear()
    {
        m_items.clear();
        m_timer.stop();
    }

private:
    void arm()
    {
        if (!m_items.empty())
            m_timer.start(int(std::max<qint64>(0, m_items.front().first - m_clock.elapsed())));
    }

    void expire()
    {
        const qint64 now = m_clock.elapsed();
        while (!m_items.empty() && m_items.front().first <= now) {
            const T item = std::move(m_items.front().second);
            m_items.pop_front();
            m_expired(item);
        }
        arm();
    }

    int m_timeoutMs;
    std::function<void(const T &)> m_expired;
    std::deque<std::pair<qint64, T>> m_items;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace tincan
