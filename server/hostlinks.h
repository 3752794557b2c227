#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

namespace tincan {

// One address others can open to reach the host, and the network it is on.
struct HostLink
{
    QUrl url;              // http://ADDRESS:PORT/
    QString interfaceName; // "wlan0", "Ethernet"; empty for loopback
    bool isVirtual = false; // a container, VPN or virtual machine network

    friend bool operator==(const HostLink &, const HostLink &) = default;
};

// The links others can open to reach a host listening on `bound`: one per usable IPv4 interface
// address, the one the computer's default route leaves from first (the network most people
// share), then the other real adapters, then virtual ones; only the loopback link when bound to
// loopback.
QList<HostLink> hostLinks(const QHostAddress &bound, quint16 port);

// The order hostLinks() uses, on its own: `preferred` (the default route's address, or null)
// first, then real adapters, then virtual ones, each group as found.
QList<HostLink> orderedLinks(QList<HostLink> links, const QHostAddress &preferred);

// The address this computer's default route leaves from, or null when it has none. Asks the
// system which source it would use (a UDP socket's connect); nothing is sent.
QHostAddress defaultRouteAddress();

} // namespace tincan
