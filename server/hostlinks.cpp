#include "server/hostlinks.h"

#include <QNetworkInterface>
#include <QUdpSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tincan {

namespace {

bool looksVirtual(const QNetworkInterface &interface)
{
    static const char *const prefixes[] = {"docker", "veth", "br-", "virbr", "vmnet", "vboxnet",
                                           "tun", "tap", "wg", "zt", "tailscale", "lxc", "cni",
                                           "flannel", "podman", "utun"};
    const QString name = interface.name().toLower();
    for (const char *prefix : prefixes) {
        if (name.startsWith(QLatin1StringView(prefix)))
            return true;
    }
    return interface.type() == QNetworkInterface::Virtual;
}

QUrl linkFor(const QHostAddress &address, quint16 port)
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(address.toString());
    url.setPort(port);
    url.setPath(u"/"_s);
    return url;
}

} // namespace

QHostAddress defaultRouteAddress()
{
    // A documentation address (RFC 5737): any address off this computer takes the default
    // route. A UDP connect only picks the route and the source address; no packet leaves.
    QUdpSocket probe;
    probe.connectToHost(QHostAddress(u"192.0.2.1"_s), 9);
    if (!probe.waitForConnected(200))
        return {};
    const QHostAddress local = probe.localAddress();
    return local.isLoopback() ? QHostAddress() : local;
}

QList<HostLink> orderedLinks(QList<HostLink> links, const QHostAddress &preferred)
{
    const auto rank = [&preferred](const HostLink &link) {
        if (!preferred.isNull() && QHostAddress(link.url.host()) == preferred)
            return 0;
        return link.isVirtual ? 2 : 1;
    };
    std::stable_sort(links.begin(), links.end(),
                     [&rank](const HostLink &a, const HostLink &b) { return rank(a) < rank(b); });
    return links;
}

QList<HostLink> hostLinks(const QHostAddress &bound, quint16 port)
{
    const bool any = bound == QHostAddress::Any || bound == QHostAddress::AnyIPv4
        || bound == QHostAddress::AnyIPv6;
    if (!any)
        return {{linkFor(bound, port), {}, false}};

    QList<HostLink> links;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            const QHostAddress address = entry.ip();
            if (address.protocol() != QAbstractSocket::IPv4Protocol || address.isLinkLocal())
                continue;
            links.append({linkFor(address, port), interface.humanReadableName(), looksVirtual(interface)});
        }
    }
    if (links.isEmpty())
        return {{linkFor(QHostAddress(QHostAddress::LocalHost), port), {}, false}};
    return orderedLinks(links, defaultRouteAddress());
}

} // namespace tincan
