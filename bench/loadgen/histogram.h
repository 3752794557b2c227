#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

namespace loadgen {

// Latency histogram in microseconds: exact below 32 µs, then 32 buckets per power of two
// (about 3 % resolution) up to days. Fixed size, no allocation while recording.
class Histogram
{
public:
    void record(int64_t micros)
    {
        const uint64_t v = micros < 0 ? 0 : uint64_t(micros);
        ++m_counts[index(v)];
        ++m_total;
        if (v > m_max)
            m_max = v;
    }

    uint64_t count() const { return m_total; }
    uint64_t maxMicros() const { return m_max; }

    // The value at quantile q (0..1), in microseconds (upper edge of its bucket, capped at max).
    uint64_t quantile(double q) const
    {
        if (m_total == 0)
            return 0;
        const auto rank = uint64_t(q * double(m_total - 1)) + 1;
        uint64_t seen = 0;
        for (size_t i = 0; i < m_counts.size(); ++i) {
            seen += m_counts[i];
            if (seen >= rank) {
                const uint64_t upper = upperEdge(i);
                return upper < m_max ? upper : m_max;
            }
        }
        return m_max;
    }

private:
    static constexpr int subBits = 5;
    static constexpr size_t buckets = (64 - subBits) * 32 + 32;

    static size_t index(uint64_t v)
    {
        if (v < 32)
            return size_t(v);
        const int k = 63 - std::countl_zero(v); // >= 5
        return size_t(k - 4) * 32 + size_t((v >> (k - subBits)) & 31);
    }

    static uint64_t upperEdge(size_t i)
    {
        if (i < 32)
            return i;
        const int k = int(i / 32) + 4;
        const uint64_t sub = i % 32;
        return ((32 + sub + 1) << (k - subBits)) - 1;
    }

    std::array<uint64_t, buckets> m_counts{};
    uint64_t m_total = 0;
    uint64_t m_max = 0;
};

} // namespace loadgen
