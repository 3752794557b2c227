#pragma once

#include <QObject>

namespace tincan {

// Tells the headless host when the operator asks it to stop: SIGINT (Ctrl+C) or SIGTERM on
// Unix, Ctrl+C, Ctrl+Break or the console window closing on Windows. The one place Tincan
// speaks to the operating system directly.
class StopSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSignals)

public:
    // One at a time: the handlers are process-wide.
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    // False when the handlers could not be installed (stopping then kills the process).
    bool isActive() const { return m_active; }

Q_SIGNALS:
    // Delivered in this object's thread, never from inside a signal handler.
    void stopRequested();

private:
    bool m_active = false;
};

} // namespace tincan
