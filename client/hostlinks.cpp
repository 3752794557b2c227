#include "client/hostlinks.h"

#include <QNetworkInterface>

#include <algorithm>

namespace tincan {

namespace {

bool isLoopbackBind(const QHostAddress &address)
{
    return address.isLoopback();
}

bool isAnyBind(const QHostAddress &address)
{
    return address == QHostAddress(QHostAddress::Any) || address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6);
}

} // namespace

bool HostLinks::looksVirtual(const QString &interfaceName)
{
    static const QStringList prefixes{
        QStringLiteral("docker"), QStringLiteral("br-"),    QStringLiteral("veth"),
        QStringLiteral("virbr"),  QStringLiteral("vmnet"),  QStringLiteral("vboxnet"),
        QStringLiteral("tun"),    QStringLiteral("tap"),    QStringLiteral("wg"),
        QStringLiteral("zt"),     QStringLiteral("tailscale"), QStringLiteral("lxc"),
        QStringLiteral("lxd"),    QStringLiteral("cni"),    QStringLiteral("flannel"),
        QStringLiteral("podman"), QStringLiteral("utun"),   QStringLiteral("vEthernet"),
    };
    return std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &prefix) {
        return interfaceName.startsWith(prefix, Qt::CaseInsensitive);
    });
}

QUrl HostLinks::linkFor(const QHostAddress &address, quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

QList<QUrl> HostLinks::forInterfaces(const QList<Interface> &interfaces,
                                     const QHostAddress &bindAddress, quint16 port)
{
    if (isLoopbackBind(bindAddress))
        return {linkFor(bindAddress, port)};
    if (!isAnyBind(bindAddress))
        return {linkFor(bindAddress, port)};

    QList<QUrl> real;
    QList<QUrl> virtualLinks;
    for (const Interface &interface : interfaces) {
        if (!interface.up || interface.loopback)
            continue;
        for (const QHostAddress &address : interface.addresses) {
            if (address.protocol() != QHostAddress::IPv4Protocol || address.isLoopback()
                || address.isLinkLocal() || address.isBroadcast()) {
                continue;
            }
            QList<QUrl> &target = interface.virtualAdapter ? virtualLinks : real;
            const QUrl link = linkFor(address, port);
            if (!real.contains(link) && !virtualLinks.contains(link))
                target.append(link);
        }
    }
    return real + virtualLinks;
}

QList<QUrl> HostLinks::current(const QHostAddress &bindAddress, quint16 port)
{
    QList<Interface> interfaces;
    const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &system : all) {
        Interface interface;
        interface.name = system.name();
        const auto flags = system.flags();
        interface.up = flags.testFlag(QNetworkInterface::IsUp) && flags.testFlag(QNetworkInterface::IsRunning);
        interface.loopback = flags.testFlag(QNetworkInterface::IsLoopBack);
        interface.virtualAdapter = system.type() == QNetworkInterface::Virtual
            || looksVirtual(system.name()) || looksVirtual(system.humanReadableName());
        const QList<QNetworkAddressEntry> entries = system.addressEntries();
        for (const QNetworkAddressEntry &entry : entries)
            interface.addresses.append(entry.ip());
        interfaces.append(interface);
    }
    return forInterfaces(interfaces, bindAddress, port);
}

} // namespace tincan
