#include "client/reconnectbackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace tincan {

int ReconnectBackoff::baseDelayMs(int attempt)
{
    qint64 delay = firstDelayMs;
    for (int i = 0; i < attempt && delay < maxDelayMs; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, maxDelayMs));
}

int ReconnectBackoff::nextDelayMs()
{
    const int base = baseDelayMs(m_attempt);
    ++m_attempt;
    const int spread = base / 5;
    const int jitter = int(QRandomGenerator::global()->bounded(2 * spread + 1)) - spread;
    return std::clamp(base + jitter, firstDelayMs * 4 / 5, maxDelayMs);
}

} // namespace tincan
