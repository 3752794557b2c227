#include "client/joinaddress.h"

#include <QTest>

using tincan::JoinAddress;

class tst_JoinAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void linksKeepTheAccessCode_data();
    void linksKeepTheAccessCode();
};

void tst_JoinAddress::accepted_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("chatUrl");
    QTest::addColumn<QString>("display");

    QTest::newRow("host:port") << u"192.0.2.20:9000"_qs << u"ws://192.0.2.20:9000/ws"_qs << u"192.0.2.20:9000"_qs;
    QTest::newRow("host only") << u"192.0.2.20"_qs << u"ws://192.0.2.20:8787/ws"_qs << u"192.0.2.20:8787"_qs;
    QTest::newRow("spaces") << u"  198.51.100.2:8787  "_qs << u"ws://198.51.100.2:8787/ws"_qs << u"198.51.100.2:8787"_qs;
    QTest::newRow("http link") << u"http://198.51.100.2:8787/"_qs << u"ws://198.51.100.2:8787/ws"_qs << u"198.51.100.2:8787"_qs;
    QTest::newRow("http no slash") << u"http://198.51.100.2:8788"_qs << u"ws://198.51.100.2:8788/ws"_qs << u"198.51.100.2:8788"_qs;
    QTest::newRow("HTTP upper") << u"HTTP://198.51.100.2:8787/"_qs << u"ws://198.51.100.2:8787/ws"_qs << u"198.51.100.2:8787"_qs;
    QTest::newRow("ws") << u"ws://198.51.100.2:8787/ws"_qs << u"ws://198.51.100.2:8787/ws"_qs << u"198.51.100.2:8787"_qs;
    QTest::newRow("ws no path") << u"ws://198.51.100.2:8787"_qs << u"ws://198.51.100.2:8787/ws"_qs << u"198.51.100.2:8787"_qs;
    QTest::newRow("name") << u"party-pc.local:8787"_qs << u"ws://party-pc.local:8787/ws"_qs << u"party-pc.local:8787"_qs;
    QTest::newRow("ipv6") << u"[::1]:8787"_qs << u"ws://[::1]:8787/ws"_qs << u"[::1]:8787"_qs;
    QTest::newRow("ipv6 http") << u"http://[fe80::1]:9000/"_qs << u"ws://[fe80::1]:9000/ws"_qs << u"[fe80::1]:9000"_qs;
}

void tst_JoinAddress::accepted()
{
    QFETCH(QString, typed);
    QFETCH(QString, chatUrl);
    QFETCH(QString, display);
    const JoinAddress address = JoinAddress::parse(typed);
    QVERIFY(address.isValid());
    QCOMPARE(address.chatUrl().toString(), chatUrl);
    QCOMPARE(address.displayName(), display);
}

void tst_JoinAddress::refused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<JoinAddress::Problem>("problem");

    QTest::newRow("empty") << QString() << JoinAddress::Problem::Empty;
    QTest::newRow("blank") << u"   "_qs << JoinAddress::Problem::Empty;
    QTest::newRow("https") << u"https://198.51.100.2:8787/"_qs << JoinAddress::Problem::UnsupportedScheme;
    QTest::newRow("wss") << u"wss://198.51.100.2:8787/ws"_qs << JoinAddress::Problem::UnsupportedScheme;
    QTest::newRow("ftp") << u"ftp://198.51.100.2/"_qs << JoinAddress::Problem::UnsupportedScheme;
    QTest::newRow("port word") << u"198.51.100.2:abc"_qs << JoinAddress::Problem::BadPort;
    QTest::newRow("port too big") << u"198.51.100.2:70000"_qs << JoinAddress::Problem::BadPort;
    QTest::newRow("port zero") << u"198.51.100.2:0"_qs << JoinAddress::Problem::BadPort;
    QTest::newRow("no host") << u"http://:8787/"_qs << JoinAddress::Problem::MissingHost;
    QTest::newRow("space inside") << u"my host:8787"_qs << JoinAddress::Problem::BadHost;
    QTest::newRow("underscore") << u"bad_name!:8787"_qs << JoinAddress::Problem::BadHost;
    QTest::newRow("credentials") << u"http://me:pw@198.51.100.2:8787/"_qs << JoinAddress::Problem::HasCredentials;
}

void tst_JoinAddress::refused()
{
    QFETCH(QString, typed);
    QFETCH(JoinAddress::Problem, problem);
    const JoinAddress address = JoinAddress::parse(typed);
    QVERIFY(!address.isValid());
    QCOMPARE(address.problem(), problem);
    QVERIFY(address.chatUrl().isEmpty());
}

void tst_JoinAddress::linksKeepTheAccessCode_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("chatUrl");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("code");

    QTest::newRow("no fragment") << u"http://192.0.2.20:8787/"_qs << u"ws://192.0.2.20:8787/ws"_qs
                                 << u"192.0.2.20:8787"_qs << QString();
    QTest::newRow("host link") << u"http://192.0.2.20:8787/#code=K7MX-3QPA"_qs << u"ws://192.0.2.20:8787/ws"_qs
                               << u"192.0.2.20:8787"_qs << u"K7MX-3QPA"_qs;
    QTest::newRow("no scheme") << u"192.0.2.20:9000#code=abcd"_qs << u"ws://192.0.2.20:9000/ws"_qs
                               << u"192.0.2.20:9000"_qs << u"abcd"_qs;
    QTest::newRow("encoded") << u"http://192.0.2.20:8787/#code=caf%C3%A9%20%26%2312"_qs
                             << u"ws://192.0.2.20:8787/ws"_qs << u"192.0.2.20:8787"_qs << u"café &#12"_qs;
    QTest::newRow("typed with a space") << u"http://192.0.2.20:8787/#code=k7mx 3qpa"_qs
                                        << u"ws://192.0.2.20:8787/ws"_qs << u"192.0.2.20:8787"_qs << u"k7mx 3qpa"_qs;
    QTest::newRow("other items") << u"http://[fe80::1]:9000/#lang=de&code=WXYZ-2345"_qs
                                 << u"ws://[fe80::1]:9000/ws"_qs << u"[fe80::1]:9000"_qs << u"WXYZ-2345"_qs;
    QTest::newRow("empty code") << u"http://192.0.2.20:8787/#code="_qs << u"ws://192.0.2.20:8787/ws"_qs
                                << u"192.0.2.20:8787"_qs << QString();
    QTest::newRow("other fragment") << u"http://192.0.2.20:8787/#top"_qs << u"ws://192.0.2.20:8787/ws"_qs
                                    << u"192.0.2.20:8787"_qs << QString();
}

// The code a host's link carries joins with the address, and never becomes part of it (the
// recent hosts list keeps addresses only).
void tst_JoinAddress::linksKeepTheAccessCode()
{
    QFETCH(QString, typed);
    QFETCH(QString, chatUrl);
    QFETCH(QString, display);
    QFETCH(QString, code);
    const JoinAddress address = JoinAddress::parse(typed);
    QVERIFY(address.isValid());
    QCOMPARE(address.chatUrl().toString(), chatUrl);
    QCOMPARE(address.displayName(), display);
    QCOMPARE(address.accessCode(), code);
    QVERIFY(!address.chatUrl().hasFragment());
}

QTEST_GUILESS_MAIN(tst_JoinAddress)
#include "tst_joinaddress.moc"
