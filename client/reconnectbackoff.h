#pragma once

#include <QtGlobal>

namespace tincan {

// Delays between reconnect attempts: 1 s doubling to 30 s, each with up to ±20 % jitter so a
// room full of clients does not knock on a restarted host all in the same millisecond.
class ReconnectBackoff
{
public:
    static constexpr int firstDelayMs = 1000;
    static constexpr int maxDelayMs = 30000;

    // The delay before the next attempt; each call doubles the base.
    int nextDelayMs();
    // After a successful welcome.
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }

    // The base delay (without jitter) for a given attempt number, for tests and display.
    static int baseDelayMs(int attempt);

private:
    int m_attempt = 0;
};

} // namespace tincan
