#include "client/hostlinks.h"

#include <QTest>

using tincan::HostLinks;

class tst_HostLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realAdaptersFirst();
    void loopbackOnlyWhenBoundToLoopback();
    void boundToOneAddress();
    void nothingUsable();
    void virtualNames();
};

static QList<HostLinks::Interface> sampleInterfaces()
{
    HostLinks::Interface lo{u"lo"_qs, true, true, false, {QHostAddress(u"127.0.0.1"_qs)}};
    HostLinks::Interface docker{u"docker0"_qs, true, false, true, {QHostAddress(u"172.17.0.1"_qs)}};
    HostLinks::Interface eth{u"eth0"_qs, true, false, false,
                             {QHostAddress(u"192.168.1.20"_qs), QHostAddress(u"fe80::1"_qs),
                              QHostAddress(u"2001:db8::5"_qs)}};
    HostLinks::Interface down{u"wlan0"_qs, false, false, false, {QHostAddress(u"10.0.0.9"_qs)}};
    HostLinks::Interface linkLocal{u"eth1"_qs, true, false, false, {QHostAddress(u"169.254.3.3"_qs)}};
    return {lo, docker, eth, down, linkLocal};
}

void tst_HostLinks::realAdaptersFirst()
{
    const QList<QUrl> links = HostLinks::forInterfaces(sampleInterfaces(), QHostAddress(QHostAddress::Any), 8787);
    QCOMPARE(links, (QList<QUrl>{QUrl(u"http://192.168.1.20:8787/"_qs), QUrl(u"http://172.17.0.1:8787/"_qs)}));
}

void tst_HostLinks::loopbackOnlyWhenBoundToLoopback()
{
    const QList<QUrl> links
        = HostLinks::forInterfaces(sampleInterfaces(), QHostAddress(QHostAddress::LocalHost), 40000);
    QCOMPARE(links, QList<QUrl>{QUrl(u"http://127.0.0.1:40000/"_qs)});
}

void tst_HostLinks::boundToOneAddress()
{
    const QList<QUrl> links
        = HostLinks::forInterfaces(sampleInterfaces(), QHostAddress(u"192.168.1.20"_qs), 8787);
    QCOMPARE(links, QList<QUrl>{QUrl(u"http://192.168.1.20:8787/"_qs)});
}

void tst_HostLinks::nothingUsable()
{
    HostLinks::Interface lo{u"lo"_qs, true, true, false, {QHostAddress(u"127.0.0.1"_qs)}};
    QVERIFY(HostLinks::forInterfaces({lo}, QHostAddress(QHostAddress::Any), 8787).isEmpty());
}

void tst_HostLinks::virtualNames()
{
    QVERIFY(HostLinks::looksVirtual(u"docker0"_qs));
    QVERIFY(HostLinks::looksVirtual(u"veth12ab"_qs));
    QVERIFY(HostLinks::looksVirtual(u"vEthernet (WSL)"_qs));
    QVERIFY(HostLinks::looksVirtual(u"tailscale0"_qs));
    QVERIFY(!HostLinks::looksVirtual(u"eth0"_qs));
    QVERIFY(!HostLinks::looksVirtual(u"wlp2s0"_qs));
    QVERIFY(!HostLinks::looksVirtual(u"enp3s0"_qs));
}

QTEST_GUILESS_MAIN(tst_HostLinks)
#include "tst_hostlinks.moc"
