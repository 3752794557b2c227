#pragma once

#include <QtGlobal>

#include <algorithm>

namespace tincan {

// A rate limit: up to `burst` events at once, refilled at `perSecond`.
class TokenBucket final
{
public:
    TokenBucket(int burst, int perSecond)
        : m_tokens(burst)
        , m_burst(burst)
        , m_perSecond(perSecond)
    {
    }

    // Takes one token at monotonic time `nowMs`; false when none is left.
    bool take(qint64 nowMs)
    {
        if (m_lastMs >= 0)
            m_tokens = std::min<double>(m_burst, m_tokens + (nowMs - m_lastMs) * m_perSecond / 1000.0);
        m_lastMs = nowMs;
        if (m_tokens < 1.0)
            return false;
        m_tokens -= 1.0;
        return true;
    }

private:
    double m_tokens;
    qint64 m_lastMs = -1;
    int m_burst;
    int m_perSecond;
};

} // namespace tincan
