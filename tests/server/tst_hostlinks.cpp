#include "server/hostlinks.h"

#include <QTest>

using tincan::HostLink;

namespace {

HostLink link(const char *address, const char *network, bool isVirtual)
{
    return {QUrl(u"http://"_qs + QLatin1StringView(address) + u":8787/"_qs), QString::fromLatin1(network), isVirtual};
}

} // namespace

// Which of a host's links comes first: the one on the network most people share.
class tst_HostLinks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A VPN or container network found first no longer wins: the default route's does.
    void theDefaultRoutesNetworkComesFirst()
    {
        const QList<HostLink> found{link("172.17.0.1", "docker0", true), link("10.8.0.2", "tun0", true),
                                    link("192.168.1.20", "wlan0", false), link("192.168.56.1", "eth1", false)};
        const QList<HostLink> ordered = tincan::orderedLinks(found, QHostAddress(u"192.168.1.20"_qs));
        QCOMPARE(ordered.first().url.host(), u"192.168.1.20"_qs);
        QCOMPARE(ordered.first().interfaceName, u"wlan0"_qs);
        QCOMPARE(ordered.at(1).url.host(), u"192.168.56.1"_qs); // other real adapters next
        QVERIFY(ordered.at(2).isVirtual && ordered.at(3).isVirtual);
    }

    void withoutADefaultRouteRealAdaptersComeFirst()
    {
        const QList<HostLink> found{link("172.17.0.1", "docker0", true), link("192.168.1.20", "eth0", false)};
        const QList<HostLink> ordered = tincan::orderedLinks(found, QHostAddress());
        QCOMPARE(ordered.first().interfaceName, u"eth0"_qs);
    }

    void boundToOneAddressThatIsTheLink()
    {
        const QList<HostLink> links = tincan::hostLinks(QHostAddress(QHostAddress::LocalHost), 4242);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().url, QUrl(u"http://127.0.0.1:4242/"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_HostLinks)
#include "tst_hostlinks.moc"
