#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QtGlobal>

namespace tincan {

// How far a file transfer is, as a progress line shows it.
struct TransferProgress
{
    qint64 done = 0;
    qint64 total = 0;
    qint64 bytesPerSecond = 0; // 0 while not yet known
    int secondsLeft = -1;      // -1 while not yet known

    friend bool operator==(const TransferProgress &, const TransferProgress &) = default;
};

// Speed and time left of one transfer, from the bytes moved over the last few seconds (so a
// stall shows at once and a burst does not promise too much).
class TransferMeter
{
public:
    static constexpr qint64 windowMs = 3000;

    // Starts measuring (again) at `done` of `total` bytes: bytes already there before a resume
    // do not count as speed.
    void start(qint64 done, qint64 total);
    // Notes the bytes done so far and returns the progress.
    TransferProgress update(qint64 done);
    TransferProgress progress() const { return m_progress; }

private:
    struct Sample
    {
        qint64 ms = 0;
        qint64 done = 0;
    };
    QElapsedTimer m_clock;
    QList<Sample> m_samples;
    TransferProgress m_progress;
};

} // namespace tincan

Q_DECLARE_METATYPE(tincan::TransferProgress)
