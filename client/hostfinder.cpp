#include "client/hostfinder.h"

#include "protocol/discovery.h"
#include "protocol/limits.h"
#include "protocol/messages.h"

#include <QNetworkDatagram>

#include <algorithm>

namespace tincan {

QUrl FoundHost::chatUrl() const
{
    return protocol::chatUrl(address.toString(), port);
}

QString FoundHost::addressText() const
{
    return address.toString() + u':' + QString::number(port);
}

HostFinder::HostFinder(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    connect(&m_socket, &QUdpSocket::readyRead, this, &HostFinder::readDatagrams);
    m_expiry.setInterval(1000);
    connect(&m_expiry, &QTimer::timeout, this, &HostFinder::expire);
}

bool HostFinder::start(quint16 port, const QHostAddress &address)
{
    // Shared, so that several Tincan windows on one computer can all listen.
    if (!m_socket.bind(address, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint))
        return false;
    m_expiry.start();
    return true;
}

quint16 HostFinder::port() const
{
    return m_socket.localPort();
}

QString HostFinder::errorString() const
{
    return m_socket.errorString();
}

void HostFinder::readDatagrams()
{
    bool changed = false;
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram(limits::maxDiscoveryDatagramBytes + 1);
        const auto announcement = protocol::decodeAnnouncement(datagram.data());
        if (!announcement)
            continue;
        QHostAddress sender = datagram.senderAddress();
        // An IPv4 sender seen through a dual-stack socket: show it as plain IPv4.
        bool isV4 = false;
        const quint32 v4 = sender.toIPv4Address(&isV4);
        if (isV4)
            sender = QHostAddress(v4);

        const auto it = std::find_if(m_hosts.begin(), m_hosts.end(), [&](const FoundHost &host) {
            return host.hostId == announcement->hostId && host.address == sender;
        });
        if (announcement->leaving) {
            if (it != m_hosts.end()) {
                m_hosts.erase(it);
                changed = true;
            }
            continue;
        }
        if (it != m_hosts.end()) {
            changed = changed || it->room != announcement->room || it->port != announcement->port
                || it->codeRequired != announcement->codeRequired;
            it->room = announcement->room;
            it->port = announcement->port;
            it->codeRequired = announcement->codeRequired;
            it->lastHeardMs = m_clock.elapsed();
            continue;
        }
        if (m_hosts.size() >= limits::maxFoundHosts) {
            const auto oldest = std::min_element(m_hosts.begin(), m_hosts.end(),
                [](const FoundHost &a, const FoundHost &b) { return a.lastHeardMs < b.lastHeardMs; });
            m_hosts.erase(oldest);
        }
        m_hosts.append({announcement->room, sender, announcement->port, announcement->hostId,
                        m_clock.elapsed(), announcement->codeRequired});
        changed = true;
    }
    if (changed)
        Q_EMIT hostsChanged();
}

void HostFinder::expire()
{
    const qint64 now = m_clock.elapsed();
    const auto removed = m_hosts.removeIf(
        [now](const FoundHost &host) { return now - host.lastHeardMs > limits::foundHostExpiryMs; });
    if (removed > 0)
        Q_EMIT hostsChanged();
}

} // namespace tincan
