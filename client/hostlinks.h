#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

namespace tincan {

// The http://IP:PORT/ links a host can hand out: one per usable IPv4 address, real network
// adapters first, virtual ones (VPN, containers, VMs) last, loopback only when the host
// listens on loopback alone.
class HostLinks
{
public:
    struct Interface
    {
        QString name;          // "eth0", "docker0", ...
        bool up = false;       // up and running
        bool loopback = false;
        bool virtualAdapter = false;
        QList<QHostAddress> addresses;
    };

    static QList<QUrl> forInterfaces(const QList<Interface> &interfaces,
                                     const QHostAddress &bindAddress, quint16 port);
    // The same, for this machine's interfaces right now.
    static QList<QUrl> current(const QHostAddress &bindAddress, quint16 port);

    // Whether a name looks like a virtual adapter even when the system calls it Ethernet.
    static bool looksVirtual(const QString &interfaceName);

    static QUrl linkFor(const QHostAddress &address, quint16 port);
};

} // namespace tincan
