#pragma once

#include "protocol/discovery.h"
#include "server/hostservice.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>

namespace tincan {

// Tells desktops on the network that a host is here: a small UDP datagram every few seconds,
// broadcast on the networks the host listens on or sent to explicit targets, and a last one
// when the host stops.
class DiscoveryAnnouncer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryAnnouncer)

public:
    DiscoveryAnnouncer(const QString &room, quint16 chatPort, const QHostAddress &bound,
                       QList<DiscoveryTarget> explicitTargets, QObject *parent = nullptr);
    ~DiscoveryAnnouncer() override;

    // Where the datagrams go; empty when there is nowhere to announce (bound to loopback).
    QList<DiscoveryTarget> targets() const { return m_targets; }
    // Whether the announcements say that joining needs an access code (announced at once).
    void setCodeRequired(bool required);

private:
    void announce(bool leaving);

    QUdpSocket m_socket;
    QTimer m_timer;
    protocol::Announcement m_announcement;
    QList<DiscoveryTarget> m_targets;
};

} // namespace tincan
