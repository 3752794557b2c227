#pragma once

#include "server/hostservice.h"

#include <QObject>
#include <QThread>

namespace tincan {

// Runs the embedded host (HostService) on its own thread for the desktop app, so a busy room
// never freezes the window and a busy window never delays delivery. Each hosting session gets
// a fresh host key, which only this process knows: the host's own window says it to become the
// room's host.
class DesktopHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopHost)

public:
    explicit DesktopHost(HostConfig config, QObject *parent = nullptr);
    // Stops the host (peers are told it is leaving) and joins the thread.
    ~DesktopHost() override;

    void start();
    // Blocks until the host has told everyone it is leaving and stopped listening.
    void stop();

    // The configuration as it is now (the access code follows setAccessCode()).
    HostConfig config() const { return m_config; }
    QString accessCode() const { return m_config.accessCode; }
    bool isLocked() const { return m_locked; }
    quint16 port() const { return m_port; }
    bool isRunning() const { return m_port != 0; }
    // Where this desktop's own window connects: loopback unless bound to one address.
    QUrl ownChatUrl() const;

    // Sets, changes or (empty) removes the access code; people already in stay.
    void setAccessCode(const QString &code);
    // Nobody new may join while locked; people already in stay and may come back.
    void setLocked(bool locked);

Q_SIGNALS:
    void started(quint16 port, bool requestedPortBusy);
    void startFailed(const QString &reason);
    void peerCountChanged(int count);
    void storageError(const QString &reason);

private:
    HostConfig m_config;
    QThread m_thread;
    HostService *m_service = nullptr;
    quint16 m_port = 0;
    bool m_locked = false;
};

} // namespace tincan
