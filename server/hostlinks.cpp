#include "server/hostlinks.h"

#include <QNetworkInterface>

#include <algorithm>

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
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

} // namespace

QList<QUrl> hostLinks(const QHostAddress &bound, quint16 port)
{
    const bool any = bound == QHostAddress::Any || bound == QHostAddress::AnyIPv4
        || bound == QHostAddress::AnyIPv6;
    if (!any)
        return {linkFor(bound, port)};

    QList<std::pair<bool, QUrl>> links;
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
            links.append({looksVirtual(interface), linkFor(address, port)});
        }
    }
    std::stable_sort(links.begin(), links.end(),
                     [](const auto &a, const auto &b) { return !a.first && b.first; });
    QList<QUrl> result;
    for (const auto &link : std::as_const(links))
        result.append(link.second);
    if (result.isEmpty())
        result.append(linkFor(QHostAddress(QHostAddress::LocalHost), port));
    return result;
}

} // namespace tincan
