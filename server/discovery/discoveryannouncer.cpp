#include "server/discovery/discoveryannouncer.h"

#include "protocol/limits.h"
#include "protocol/messages.h"

#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDiscovery, "tincan.server.discovery", QtWarningMsg)

namespace tincan {

namespace {

// The broadcast address of every network the host can be reached on through `bound`.
QList<DiscoveryTarget> broadcastTargets(const QHostAddress &bound)
{
    QList<DiscoveryTarget> targets;
    if (bound.isLoopback())
        return targets;
    const bool any = bound == QHostAddress::Any || bound == QHostAddress::AnyIPv4
        || bound == QHostAddress::AnyIPv6;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || !flags.testFlag(QNetworkInterface::CanBroadcast) || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol || entry.broadcast().isNull())
                continue;
            if (!any && entry.ip() != bound)
                continue;
            const DiscoveryTarget target{entry.broadcast(), protocol::defaultPort};
            if (!targets.contains(target))
                targets.append(target);
        }
    }
    return targets;
}

} // namespace

DiscoveryAnnouncer::DiscoveryAnnouncer(const QString &room, quint16 chatPort,
                                       const QHostAddress &bound,
                                       QList<DiscoveryTarget> explicitTargets, QObject *parent)
    : QObject(parent)
    , m_targets(explicitTargets.isEmpty() ? broadcastTargets(bound) : std::move(explicitTargets))
{
    m_announcement.room = room;
    m_announcement.port = chatPort;
    m_announcement.hostId = QUuid::createUuid().toString(QUuid::Id128);
    if (m_targets.isEmpty())
        return;
    m_timer.setInterval(limits::announceIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { announce(false); });
    m_timer.start();
    announce(false);
}

DiscoveryAnnouncer::~DiscoveryAnnouncer()
{
    if (!m_targets.isEmpty())
        announce(true); // listeners forget this host at once instead of after the expiry time
}

void DiscoveryAnnouncer::setCodeRequired(bool required)
{
    if (m_announcement.codeRequired == required)
        return;
    m_announcement.codeRequired = required;
    if (!m_targets.isEmpty())
        announce(false);
}

void DiscoveryAnnouncer::announce(bool leaving)
{
    m_announcement.leaving = leaving;
    const QByteArray datagram = protocol::encodeAnnouncement(m_announcement);
    for (const DiscoveryTarget &target : std::as_const(m_targets)) {
        if (m_socket.writeDatagram(datagram, target.address, target.port) < 0)
            qCInfo(lcDiscovery) << "could not announce to" << target.address << m_socket.errorString();
    }
}

} // namespace tincan
