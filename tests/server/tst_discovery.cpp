#include "client/hostfinder.h"
#include "protocol/discovery.h"
#include "protocol/limits.h"
#include "server/hostservice.h"

#include <QNetworkDatagram>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace tincan;

// Finding hosts on the network, tried on loopback only: hosts announce to an explicit
// 127.0.0.1 target and a finder listens there.
class tst_Discovery final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<HostService> startHost(quint16 finderPort, const QString &room)
    {
        HostConfig config;
        config.bindAddress = QHostAddress(QHostAddress::LocalHost);
        config.port = 0;
        config.portFixed = true;
        config.roomName = room;
        config.dataDir = m_dir.filePath(room);
        config.announce = true;
        config.announceTargets = {{QHostAddress(QHostAddress::LocalHost), finderPort}};
        auto service = std::make_unique<HostService>(config);
        QSignalSpy started(service.get(), &HostService::started);
        service->start();
        if (started.isEmpty())
            return nullptr;
        return service;
    }

private Q_SLOTS:
    void announcementRoundTrip()
    {
        const protocol::Announcement announcement{u"Class 4B 🎒"_qs, 8788, u"abc123"_qs, false};
        QCOMPARE(protocol::decodeAnnouncement(protocol::encodeAnnouncement(announcement)), announcement);
    }

    void strangeDatagramsAreIgnored_data()
    {
        QTest::addColumn<QByteArray>("datagram");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("hello");
        QTest::newRow("other app") << QByteArray("{\"app\":\"other\",\"port\":1}");
        QTest::newRow("future version") << QByteArray("{\"tincan\":2,\"room\":\"R\",\"port\":8787,\"id\":\"x\"}");
        QTest::newRow("port zero") << QByteArray("{\"tincan\":1,\"room\":\"R\",\"port\":0,\"id\":\"x\"}");
        QTest::newRow("port too big") << QByteArray("{\"tincan\":1,\"room\":\"R\",\"port\":70000,\"id\":\"x\"}");
        QTest::newRow("no room") << QByteArray("{\"tincan\":1,\"port\":8787,\"id\":\"x\"}");
        QTest::newRow("blank room") << QByteArray("{\"tincan\":1,\"room\":\"  \",\"port\":8787,\"id\":\"x\"}");
        QTest::newRow("bidi room") << QByteArray("{\"tincan\":1,\"room\":\"\xE2\x80\xAEmoor\",\"port\":8787,\"id\":\"x\"}");
        QTest::newRow("no id") << QByteArray("{\"tincan\":1,\"room\":\"R\",\"port\":8787}");
        QTest::newRow("too large") << QByteArray("{\"tincan\":1,\"room\":\"R\",\"port\":8787,\"id\":\"x\",\"pad\":\""
                                                 + QByteArray(limits::maxDiscoveryDatagramBytes, 'p') + "\"}");
    }

    void strangeDatagramsAreIgnored()
    {
        QFETCH(QByteArray, datagram);
        QVERIFY(!protocol::decodeAnnouncement(datagram));
    }

    void finderListsAnnouncedHostsAndForgetsThemWhenTheyLeave()
    {
        HostFinder finder;
        QVERIFY(finder.start(0, QHostAddress(QHostAddress::LocalHost)));
        QSignalSpy changed(&finder, &HostFinder::hostsChanged);

        auto first = startHost(finder.port(), u"Office"_qs);
        auto second = startHost(finder.port(), u"LAN party"_qs);
        QVERIFY(first && second);
        QTRY_COMPARE(finder.hosts().size(), 2);
        QCOMPARE(finder.hosts().at(0).room, u"Office"_qs);
        QCOMPARE(finder.hosts().at(0).port, first->port());
        QCOMPARE(finder.hosts().at(0).address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(finder.hosts().at(0).chatUrl(),
                 QUrl(u"ws://127.0.0.1:%1/ws"_qs.arg(first->port())));
        QCOMPARE(finder.hosts().at(1).room, u"LAN party"_qs);

        first->stop();
        QTRY_COMPARE(finder.hosts().size(), 1); // at once, not after the expiry time
        QCOMPARE(finder.hosts().first().room, u"LAN party"_qs);
    }

    void finderIgnoresGarbageAndKeepsListening()
    {
        HostFinder finder;
        QVERIFY(finder.start(0, QHostAddress(QHostAddress::LocalHost)));
        QUdpSocket sender;
        sender.writeDatagram("garbage", QHostAddress::LocalHost, finder.port());
        sender.writeDatagram(QByteArray(2000, 'x'), QHostAddress::LocalHost, finder.port());
        auto host = startHost(finder.port(), u"Still found"_qs);
        QVERIFY(host);
        QTRY_COMPARE(finder.hosts().size(), 1);
        QCOMPARE(finder.hosts().first().room, u"Still found"_qs);
    }

    void finderKeepsAtMostTheLimit()
    {
        HostFinder finder;
        QVERIFY(finder.start(0, QHostAddress(QHostAddress::LocalHost)));
        QUdpSocket sender;
        for (int i = 0; i < limits::maxFoundHosts + 5; ++i) {
            const protocol::Announcement fake{u"Room %1"_qs.arg(i), quint16(9000 + i), u"id%1"_qs.arg(i), false};
            sender.writeDatagram(protocol::encodeAnnouncement(fake), QHostAddress::LocalHost, finder.port());
        }
        QTRY_VERIFY(finder.hosts().size() == limits::maxFoundHosts
                    && finder.hosts().last().room == u"Room %1"_qs.arg(limits::maxFoundHosts + 4));
    }

    void headlessHostAnnouncesOnlyWhereTold()
    {
        QUdpSocket listener;
        QVERIFY(listener.bind(QHostAddress::LocalHost, 0));
        QProcess host;
        host.setProgram(QStringLiteral(TINCAN_BIN));
        host.setArguments({u"--headless"_qs, u"--bind"_qs, u"127.0.0.1"_qs, u"--port"_qs, u"0"_qs,
                           u"--room"_qs, u"Lab"_qs, u"--data-dir"_qs, m_dir.filePath(u"headless"_qs),
                           u"--announce-to"_qs, u"127.0.0.1:%1"_qs.arg(listener.localPort())});
        host.start();
        QTRY_VERIFY_WITH_TIMEOUT(listener.hasPendingDatagrams(), 10000);
        const auto announcement = protocol::decodeAnnouncement(listener.receiveDatagram().data());
        QVERIFY(announcement);
        QCOMPARE(announcement->room, u"Lab"_qs);
        host.terminate();
        QTRY_COMPARE(host.state(), QProcess::NotRunning);
    }

    void noDiscoveryMeansNothingIsSent()
    {
        QUdpSocket listener;
        QVERIFY(listener.bind(QHostAddress::LocalHost, 0));
        QProcess host;
        host.setProgram(QStringLiteral(TINCAN_BIN));
        host.setArguments({u"--headless"_qs, u"--bind"_qs, u"127.0.0.1"_qs, u"--port"_qs, u"0"_qs,
                           u"--data-dir"_qs, m_dir.filePath(u"quiet"_qs), u"--no-discovery"_qs,
                           u"--announce-to"_qs, u"127.0.0.1:%1"_qs.arg(listener.localPort())});
        host.start();
        QString output;
        QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromUtf8(host.readAllStandardOutput()),
                                  output.contains(u"People can join at:"_qs)), 10000);
        // A host that announces does so as soon as it listens; give a datagram time to land.
        QTest::qWait(300);
        QVERIFY(!listener.hasPendingDatagrams());
        host.terminate();
        QTRY_COMPARE(host.state(), QProcess::NotRunning);
    }
};

QTEST_GUILESS_MAIN(tst_Discovery)
#include "tst_discovery.moc"
