#include "client/transfermeter.h"

#include <algorithm>
#include <cmath>

namespace tincan {

namespace {
// Speed is not said before this much time has passed: the first packets say nothing.
constexpr qint64 minSpanMs = 500;
} // namespace

void TransferMeter::start(qint64 done, qint64 total)
{
    m_clock.start();
    m_samples = {{0, done}};
    m_progress = {done, total, 0, -1};
}

TransferProgress TransferMeter::update(qint64 done)
{
    if (!m_clock.isValid())
        start(done, m_progress.total);
    const qint64 now = m_clock.elapsed();
    m_samples.append({now, done});
    // Keep one sample at or before the window's start, so the window always spans it.
    while (m_samples.size() > 2 && m_samples.at(1).ms <= now - windowMs)
        m_samples.removeFirst();
    m_progress.done = done;
    const Sample &first = m_samples.constFirst();
    const qint64 span = now - first.ms;
    if (span >= minSpanMs) {
        m_progress.bytesPerSecond = std::max<qint64>(0, (done - first.done) * 1000 / span);
        if (m_progress.bytesPerSecond > 0) {
            const qint64 left = std::max<qint64>(0, m_progress.total - done);
            m_progress.secondsLeft = int(std::min<qint64>(
                std::ceil(double(left) / double(m_progress.bytesPerSecond)), 99 * 3600));
        } else {
            m_progress.secondsLeft = -1;
        }
    }
    return m_progress;
}

} // namespace tincan
