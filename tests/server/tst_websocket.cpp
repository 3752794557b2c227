#include "clientframes.h"
#include "protocol/limits.h"
#include "testclient.h"
#include "testhost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QScopeGuard>
#include <QtEndian>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

using namespace tincan;
using namespace clientframes;

namespace {

QByteArray hello(const QString &nick)
{
    return protocol::encode(protocol::makeHello(nick)).toUtf8();
}

// Whether `client` was told in a presence update that `nick` joined or left (`change`).
bool heardPresence(const TestClient &client, const QString &change, const QString &nick)
{
    return std::any_of(client.received.cbegin(), client.received.cend(), [&](const QJsonObject &o) {
        return o.value(u"type"_qs) == u"presence"_qs && o.value(change).toArray().contains(nick);
    });
}

struct ServerFrame
{
    int opcode = 0;
    bool fin = false;
    QByteArray payload;
};

// A client on a bare TCP socket: it writes frames made by hand and reads the host's frames,
// so every rule of the WebSocket layer can be broken on purpose.
class RawClient final
{
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] {
            if (!m_paused)
                m_in += socket.readAll();
        });
        socket.connectToHost(QHostAddress::LocalHost, port);
        m_port = port;
    }

    // Sends the upgrade (and `after` in the same write) and reads the answer's head.
    QByteArray upgrade(const QByteArray &after = {})
    {
        if (!QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }, 3000))
            return {};
        socket.write(upgradeRequest(m_port) + after);
        if (!QTest::qWaitFor([this] { return m_in.contains("\r\n\r\n"); }, 3000))
            return {};
        const qsizetype end = m_in.indexOf("\r\n\r\n") + 4;
        const QByteArray head = m_in.left(end);
        m_in.remove(0, end);
        return head;
    }

    void send(const QByteArray &bytes) { socket.write(bytes); }
    bool waitForAllWritten(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return socket.bytesToWrite() == 0; }, timeoutMs);
    }

    // Stops reading, like a phone whose app froze: once the kernel buffers are full, what the
    // host sends piles up on the host's side.
    void pauseReading()
    {
        m_paused = true;
        socket.setReadBufferSize(1);
    }
    void resumeReading()
    {
        m_paused = false;
        socket.setReadBufferSize(0);
        m_in += socket.readAll();
    }
    // Everything received and not yet taken as a frame.
    QByteArray unread() const { return m_in; }

    // The next whole frame from the host, or nothing within the time.
    std::optional<ServerFrame> next(int timeoutMs = 3000)
    {
        std::optional<ServerFrame> frame;
        if (QTest::qWaitFor([&] { return (frame = take()).has_value() || isClosed(); }, timeoutMs) && frame)
            return frame;
        return take(); // the host may have hung up right after its last frame
    }

    // The next text frame's JSON object, skipping pings and other frames.
    QJsonObject nextObject(int timeoutMs = 3000)
    {
        while (const auto frame = next(timeoutMs)) {
            if (frame->opcode == 0x1)
                return QJsonDocument::fromJson(frame->payload).object();
        }
        return {};
    }

    // Reads until the host's close frame; its code and reason, or code 0 when none came.
    std::pair<int, QString> closeFrame()
    {
        while (const auto frame = next()) {
            if (frame->opcode == 0x8) {
                const int code = frame->payload.size() >= 2
                    ? qFromBigEndian<quint16>(frame->payload.constData()) : 1005;
                return {code, QString::fromUtf8(frame->payload.mid(2))};
            }
        }
        return {0, {}};
    }

    bool isClosed() const { return socket.state() == QAbstractSocket::UnconnectedState; }
    bool waitForHangUp(int timeoutMs = 3000)
    {
        return QTest::qWaitFor([this] { return isClosed(); }, timeoutMs);
    }

    QTcpSocket socket;

private:
    std::optional<ServerFrame> take()
    {
        if (m_in.size() < 2)
            return std::nullopt;
        const auto *head = reinterpret_cast<const uchar *>(m_in.constData());
        if (head[1] & 0x80)
            return ServerFrame{-1, false, {}}; // a host must never mask: reported as opcode -1
        qsizetype size = head[1] & 0x7f;
        qsizetype at = 2;
        if (size == 126) {
            if (m_in.size() < 4)
                return std::nullopt;
            size = qFromBigEndian<quint16>(head + 2);
            at = 4;
        } else if (size == 127) {
            if (m_in.size() < 10)
                return std::nullopt;
            size = qsizetype(qFromBigEndian<quint64>(head + 2));
            at = 10;
        }
        if (m_in.size() < at + size)
            return std::nullopt;
        ServerFrame frame{head[0] & 0x0f, bool(head[0] & 0x80), m_in.mid(at, size)};
        m_in.remove(0, at + size);
        return frame;
    }

    QByteArray m_in;
    quint16 m_port = 0;
    bool m_paused = false;
};

} // namespace

// The host's WebSocket layer (RFC 6455) as a client meets it: the upgrade, frames split and
// joined, pings, the closing handshake, and every broken rule answered with its close code.
class tst_WebSocket final : public QObject
{
    Q_OBJECT

private:
    TestHost m_host;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_host.start()); }
    void cleanupTestCase() { m_host.stop(); }

    void upgradeIsAcceptedWithTheRightKey()
    {
        RawClient client(m_host.port());
        const QByteArray head = client.upgrade();
        QVERIFY2(head.startsWith("HTTP/1.1 101 Switching Protocols\r\n"), head.constData());
        QVERIFY(head.contains("\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"));
        QVERIFY(head.toLower().contains("\r\nupgrade: websocket\r\n"));
        client.send(clientFrame(0x1, hello(u"Ann"_qs)));
        QCOMPARE(client.nextObject().value(u"type"_qs).toString(), u"welcome"_qs);
    }

    void upgradeRefusals_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("status");
        QTest::newRow("old version") << QByteArray("8") << QByteArray(sampleKey) << 426;
        QTest::newRow("no version") << QByteArray() << QByteArray(sampleKey) << 426;
        QTest::newRow("key not base64") << QByteArray("13") << QByteArray("not a key at all!!!!!!!!") << 400;
        QTest::newRow("key too short") << QByteArray("13") << QByteArray("c2hvcnQ=") << 400;
    }

    void upgradeRefusals()
    {
        QFETCH(QByteArray, version);
        QFETCH(QByteArray, key);
        QFETCH(int, status);
        RawClient client(m_host.port());
        QVERIFY(QTest::qWaitFor([&] { return client.socket.state() == QAbstractSocket::ConnectedState; }, 3000));
        QByteArray request = upgradeRequest(m_host.port(), version, key);
        if (version.isEmpty())
            request.replace("Sec-WebSocket-Version: \r\n", "");
        client.send(request);
        QVERIFY(client.waitForHangUp());
        const QByteArray reply = client.unread();
        QVERIFY2(reply.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')), reply.constData());
        if (status == 426)
            QVERIFY(reply.contains("\r\nSec-WebSocket-Version: 13\r\n"));
    }

    void helloSentWithTheUpgradeIsRead()
    {
        RawClient client(m_host.port());
        QVERIFY(client.upgrade(clientFrame(0x1, hello(u"Early"_qs))).startsWith("HTTP/1.1 101"));
        const QJsonObject welcome = client.nextObject();
        QCOMPARE(welcome.value(u"type"_qs).toString(), u"welcome"_qs);
        QCOMPARE(welcome.value(u"nick"_qs).toString(), u"Early"_qs);
    }

    void framesSplitAnywhereAreJoined()
    {
        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        const QByteArray frame = clientFrame(0x1, hello(u"Byte by byte"_qs));
        for (const char byte : frame) {
            client.send(QByteArray(1, byte));
            QVERIFY(client.socket.waitForBytesWritten(1000));
            QTest::qWait(1); // each byte in its own turn of the host's loop
        }
        QCOMPARE(client.nextObject().value(u"nick"_qs).toString(), u"Byte by byte"_qs);
    }

    void fragmentedMessageWithAPingBetween()
    {
        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        const QByteArray text = hello(u"Pieces"_qs);
        client.send(clientFrame(0x1, text.left(5), false) + clientFrame(0x9, "are you there?")
                    + clientFrame(0x0, text.mid(5, 10), false) + clientFrame(0x0, text.mid(15)));
        const auto pong = client.next();
        QVERIFY(pong);
        QCOMPARE(pong->opcode, 0xA);
        QCOMPARE(pong->payload, QByteArray("are you there?"));
        QCOMPARE(client.nextObject().value(u"nick"_qs).toString(), u"Pieces"_qs);
    }

    void largestMessageIsAccepted()
    {
        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        client.send(clientFrame(0x1, hello(u"Big"_qs)));
        QCOMPARE(client.nextObject().value(u"type"_qs).toString(), u"welcome"_qs);
        // A message of exactly the limit is read (and refused by the chat rules, not the transport).
        QByteArray json = "{\"type\":\"send\",\"clientMsgId\":\"big-1\",\"text\":\"";
        json += QByteArray(limits::maxIncomingMessageBytes - json.size() - 2, 'x') + "\"}";
        QCOMPARE(json.size(), limits::maxIncomingMessageBytes);
        client.send(clientFrame(0x1, json));
        const QJsonObject error = client.nextObject();
        QCOMPARE(error.value(u"type"_qs).toString(), u"error"_qs);
        QCOMPARE(error.value(u"code"_qs).toString(), u"text-too-long"_qs);
        QVERIFY(!client.isClosed());
    }

    void clientCloseIsAnsweredAndTheHostHangsUp()
    {
        TestClient watcher;
        QVERIFY(watcher.join(m_host.chatUrl(), u"Watcher"_qs));
        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        client.send(clientFrame(0x1, hello(u"Leaver"_qs)));
        QCOMPARE(client.nextObject().value(u"type"_qs).toString(), u"welcome"_qs);
        client.send(clientFrame(0x8, closePayload(1000, "bye")));
        const auto [code, reason] = client.closeFrame();
        QCOMPARE(code, 1000);
        QVERIFY(client.waitForHangUp());
        // The room hears that Leaver left.
        QTRY_VERIFY(heardPresence(watcher, u"left"_qs, u"Leaver"_qs));
    }

    void brokenRulesAreClosedWithTheirCode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        const QByteArray big(limits::maxIncomingFrameBytes / 2 + 1, 'a');
        QTest::newRow("not masked") << clientFrame(0x1, hello(u"Ann"_qs), true, false) << 1002;
        QTest::newRow("reserved bits") << clientFrame(0x1, hello(u"Ann"_qs), true, true, 4) << 1002;
        QTest::newRow("unknown opcode") << clientFrame(0x3, "x") << 1002;
        QTest::newRow("fragmented ping") << clientFrame(0x9, "x", false) << 1002;
        QTest::newRow("long ping") << clientFrame(0x9, QByteArray(126, 'p')) << 1002;
        QTest::newRow("continuation alone") << clientFrame(0x0, "x") << 1002;
        QTest::newRow("text inside a fragmented text")
            << clientFrame(0x1, "{", false) + clientFrame(0x1, "{}") << 1002;
        QTest::newRow("not UTF-8") << clientFrame(0x1, "{\"a\":\"\xc3\x28\"}") << 1007;
        QTest::newRow("message over the limit in pieces")
            << clientFrame(0x1, big, false) + clientFrame(0x0, big) << 1009;
        QTest::newRow("close with half a code") << clientFrame(0x8, "x") << 1002;
        QTest::newRow("close with a reserved code") << clientFrame(0x8, closePayload(1005)) << 1002;
        QTest::newRow("close reason not UTF-8") << clientFrame(0x8, closePayload(1000, "\xff")) << 1007;
    }

    void brokenRulesAreClosedWithTheirCode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        static int row = 0;
        TestClient bystander;
        QVERIFY(bystander.join(m_host.chatUrl(), u"Bystander %1"_qs.arg(++row)));

        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        client.send(bytes);
        QCOMPARE(client.closeFrame().first, code);
        QVERIFY(client.waitForHangUp());

        // Nobody else noticed: the bystander still chats.
        bystander.sendObject(protocol::makeSend(u"still-here-%1"_qs.arg(row), u"still here"_qs));
        QTRY_COMPARE(bystander.messages().size(), 1);
        QCOMPARE(bystander.messages().first().text, u"still here"_qs);
        QVERIFY(!bystander.closed);
    }

    void frameOverTheLimitIsRefusedOnItsHeader()
    {
        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        // Only the header of a frame one byte over the limit: the host answers without waiting
        // for (or keeping) the payload.
        QByteArray head = clientFrame(0x1, QByteArray(limits::maxIncomingFrameBytes + 1, 'a'));
        head.truncate(14);
        client.send(head);
        const auto [code, reason] = client.closeFrame();
        QCOMPARE(code, 1009);
        QCOMPARE(reason, u"frame too large"_qs);
        QVERIFY(client.waitForHangUp());
    }

    void silentPeerIsCutAndAnAnsweringOneStays()
    {
        TestHost host(u"Liveness"_qs);
        host.setLiveness(250, 1500);
        QVERIFY(host.start());
        TestClient awake; // QWebSocket answers every ping with a pong
        QVERIFY(awake.join(host.chatUrl(), u"Awake"_qs));
        RawClient asleep(host.port()); // reads, but never answers a ping
        QVERIFY(asleep.upgrade().startsWith("HTTP/1.1 101"));
        asleep.send(clientFrame(0x1, hello(u"Asleep"_qs)));
        QCOMPARE(asleep.nextObject().value(u"type"_qs).toString(), u"welcome"_qs);

        bool pinged = false;
        while (const auto frame = asleep.next(2500)) {
            pinged = pinged || frame->opcode == 0x9;
        }
        QVERIFY(pinged);
        QVERIFY(asleep.waitForHangUp(3000)); // cut without a close frame: it would not be read
        QTRY_VERIFY(heardPresence(awake, u"left"_qs, u"Asleep"_qs));
        // Several timeouts later the peer that answers is still in the room.
        QTest::qWait(2000);
        QVERIFY(awake.isConnected());
        awake.sendObject(protocol::makeSend(u"awake-1"_qs, u"still here"_qs));
        QTRY_COMPARE(awake.messages().size(), 1);
    }

    void pingsFromAClientThatDoesNotReadDoNotPileUp()
    {
        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        client.send(clientFrame(0x1, hello(u"Pinger"_qs)));
        QCOMPARE(client.nextObject().value(u"type"_qs).toString(), u"welcome"_qs);
        client.pauseReading();
        // 100,000 pings of 125 bytes: 12.7 MB of pongs if each were kept until read, three
        // times what the host lets wait for one client.
        constexpr int pings = 100000;
        QByteArray batch;
        for (int i = 1; i <= pings; ++i) {
            QByteArray payload = QByteArray::number(i);
            payload.append(QByteArray(125 - payload.size(), '.'));
            batch += clientFrame(0x9, payload);
            if (i % 1000 == 0) {
                client.send(std::exchange(batch, QByteArray()));
                QVERIFY(client.waitForAllWritten());
            }
        }
        client.resumeReading();
        // Pongs arrive up to the last ping's, which is always answered; the ones in between that
        // came while the client was behind are answered only by that last one.
        int pongs = 0;
        QByteArray last;
        const QByteArray lastPayloadStart = QByteArray::number(pings) + '.';
        while (!last.startsWith(lastPayloadStart)) {
            const auto frame = client.next(5000);
            QVERIFY2(frame, "the last ping was never answered");
            QCOMPARE(frame->opcode, 0xA);
            last = frame->payload;
            ++pongs;
        }
        QVERIFY2(pongs < pings, qPrintable(QString::number(pongs)));
        QVERIFY(!client.isClosed()); // answering pings is not a fault
    }

    void closingWhileBehindStillDeliversEverythingThenTheClose()
    {
        // Long messages make each history answer big.
        TestClient talker;
        QVERIFY(talker.join(m_host.chatUrl(), u"Talker"_qs));
        const QString text(15000, u'w');
        for (int i = 0; i < 20; ++i)
            talker.sendObject(protocol::makeSend(u"long-%1"_qs.arg(i), text));
        QTRY_COMPARE(talker.messages().size(), 20);
        const qint64 after = talker.messages().last().seq + 1;

        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        client.send(clientFrame(0x1, hello(u"Behind"_qs)));
        QCOMPARE(client.nextObject().value(u"type"_qs).toString(), u"welcome"_qs);
        client.pauseReading();
        const QByteArray request = QJsonDocument(QJsonObject{{u"type"_qs, u"history"_qs},
                                                             {u"before"_qs, after},
                                                             {u"limit"_qs, 20}}).toJson(QJsonDocument::Compact);
        // Twenty answers of 300 KB: more than the kernel holds, less than the host lets wait. Then
        // goodbye, and this side hangs up its half at once: all of it reaches the host together.
        QByteArray requests;
        for (int i = 0; i < 20; ++i)
            requests += clientFrame(0x1, request);
        client.send(requests + clientFrame(0x8, closePayload(1000, "bye")));
        QVERIFY(client.waitForAllWritten());
        QCOMPARE(::shutdown(int(client.socket.socketDescriptor()), SHUT_WR), 0);
        client.resumeReading();

        int answers = 0;
        while (const auto frame = client.next(5000)) {
            if (frame->opcode == 0x1) {
                const QJsonObject object = QJsonDocument::fromJson(frame->payload).object();
                QCOMPARE(object.value(u"type"_qs).toString(), u"history"_qs);
                QCOMPARE(object.value(u"messages"_qs).toArray().size(), 20);
                ++answers;
                continue;
            }
            QCOMPARE(frame->opcode, 0x8);
            QCOMPARE(qFromBigEndian<quint16>(frame->payload.constData()), quint16(1000));
            break;
        }
        QCOMPARE(answers, 20);
        QVERIFY(client.waitForHangUp());
    }

    void messageSentWithTheGoodbyeIsStoredAndAcknowledged()
    {
        TestClient reader;
        QVERIFY(reader.join(m_host.chatUrl(), u"Reader"_qs));
        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        client.send(clientFrame(0x1, hello(u"Quick"_qs)));
        QCOMPARE(client.nextObject().value(u"type"_qs).toString(), u"welcome"_qs);
        const QByteArray send = QJsonDocument(protocol::makeSend(u"last-words"_qs, u"bye all"_qs))
                                    .toJson(QJsonDocument::Compact);
        client.send(clientFrame(0x1, send) + clientFrame(0x8, closePayload(1000, "bye")));
        // The ack, then the close: nothing the host owed was dropped for the goodbye.
        QJsonObject ack;
        while (const auto frame = client.next()) {
            if (frame->opcode == 0x8)
                break;
            const QJsonObject object = QJsonDocument::fromJson(frame->payload).object();
            if (object.value(u"type"_qs) == u"ack"_qs)
                ack = object;
        }
        QCOMPARE(ack.value(u"clientMsgId"_qs).toString(), u"last-words"_qs);
        QTRY_COMPARE(reader.messages().size(), 1);
        QCOMPARE(reader.messages().first().text, u"bye all"_qs);
        QCOMPARE(qint64(ack.value(u"seq"_qs).toDouble()), reader.messages().first().seq);
    }

    void clientThatSaysGoodbyeButNeverHangsUpIsCut()
    {
        TestClient watcher;
        QVERIFY(watcher.join(m_host.chatUrl(), u"Watching"_qs));
        // A bare descriptor: Qt would hang up by itself when the host ends its side.
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(fd >= 0);
        const auto closeFd = qScopeGuard([fd] { ::close(fd); });
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_host.port());
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
        const QByteArray bytes = upgradeRequest(m_host.port()) + clientFrame(0x1, hello(u"Lingerer"_qs));
        QCOMPARE(::send(fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL), ssize_t(bytes.size()));
        QTRY_VERIFY(heardPresence(watcher, u"joined"_qs, u"Lingerer"_qs));
        const QByteArray goodbye = clientFrame(0x8, closePayload(1000, "bye"));
        QCOMPARE(::send(fd, goodbye.constData(), size_t(goodbye.size()), MSG_NOSIGNAL), ssize_t(goodbye.size()));
        // It never reads the answer and never hangs up; the host lets it go after the grace time,
        // not after the dead-peer timeout.
        QTRY_VERIFY_WITH_TIMEOUT(heardPresence(watcher, u"left"_qs, u"Lingerer"_qs), limits::closeGraceMs + 3000);
    }

    void hostNeverMasksItsFrames()
    {
        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        client.send(clientFrame(0x1, hello(u"Unmasked"_qs)));
        const auto frame = client.next();
        QVERIFY(frame);
        QCOMPARE(frame->opcode, 0x1);
        QVERIFY(frame->fin);
    }
};

QTEST_GUILESS_MAIN(tst_WebSocket)
#include "tst_websocket.moc"
