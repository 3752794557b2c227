#pragma once

#include <QObject>

namespace tincan {

// The one place Tincan speaks to the operating system directly, each part behind its
// #ifdef (Q_OS_UNIX, Q_OS_WIN); everything else goes through Qt.

// How many files (and so connections) this process may have open, after raising its own limit
// as far as the system lets it; 0 when the system sets no such limit.
int openFileLimit();

// Keeps a host that was started in the background of a terminal (`tincan --headless &`) from
// being stopped by the terminal when it reads its console (SIGTTIN on Unix): the read fails
// instead, and the console commands end. Nothing to do elsewhere.
void ignoreBackgroundConsoleReads();

// Tells the headless host when the operator asks it to stop: SIGINT (Ctrl+C) or SIGTERM on
// Unix, Ctrl+C, Ctrl+Break or the console window closing on Windows.
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
