#include "clientframes.h"
#include "protocol/limits.h"
#include "rawclient.h"
#include "testclient.h"
#include "testhost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

#include <algorithm>

using namespace tincan;
using namespace clientframes;

namespace {

QByteArray hello(const QString &nick)
{
    return protocol::encode(helloAs(nick));
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Whether `client` was told in a presence update that `nick` joined or left (`change`).
bool heardPresence(const TestClient &client, const QString &change, const QString &nick)
{
    return std::any_of(client.received.cbegin(), client.received.cend(), [&](const QJsonObject &o) {
        return o.value(u"type"_qs) == u"presence"_qs && o.value(change).toArray().contains(nick);
    });
}

} // namespace

// The host's WebSocket side as a client meets it, RFC 6455 rule by rule, grouped as the
// Autobahn|Testsuite groups its cases: the opening handshake, framing, pings and pongs,
// reserved bits, opcodes, fragmentation, UTF-8, closing, limits, and the host's own guards on
// top of Qt's QWebSocket. Where Qt 6.4 is more lenient or stricter than the RFC, the case
// asserts what the host does and says which Qt behaviour it is.
class tst_WebSocket final : public QObject
{
    Q_OBJECT

private:
    TestHost m_host;
    int m_row = 0;

    // A raw client that has joined the room as `nick`.
    bool joinRaw(RawClient &client, const QString &nick)
    {
        if (!client.upgrade().startsWith("HTTP/1.1 101"))
            return false;
        client.send(clientFrame(0x1, hello(nick)));
        return client.nextObject().value(u"type"_qs) == u"welcome"_qs;
    }

    // Someone else in the room still sends and receives: a broken client cost nobody anything.
    void bystanderStillChats(TestClient &bystander)
    {
        const QString id = u"still-here-%1"_qs.arg(++m_row);
        const qsizetype before = bystander.messages().size();
        bystander.sendObject(protocol::Send{id, u"still here"_qs}.toJson());
        QTRY_COMPARE(bystander.messages().size(), before + 1);
        QCOMPARE(bystander.messages().last().clientMsgId, id);
        QVERIFY(!bystander.closed);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_host.start()); }
    void cleanupTestCase() { m_host.stop(); }

    // --- Opening handshake (RFC 6455 section 4) ---

    void upgradeIsAnsweredByQt()
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
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray plain = upgradeRequest(m_host.port());
        QTest::newRow("old version") << upgradeRequest(m_host.port(), "8") << 426;
        QTest::newRow("no version") << QByteArray(plain).replace("Sec-WebSocket-Version: 13\r\n", "") << 426;
        QTest::newRow("key not base64") << upgradeRequest(m_host.port(), "13", "not a key at all!!!!!!!!") << 400;
        QTest::newRow("key too short") << upgradeRequest(m_host.port(), "13", "c2hvcnQ=") << 400;
        QTest::newRow("no Connection: upgrade") << QByteArray(plain).replace("Connection: Upgrade\r\n", "") << 400;
        QTest::newRow("HTTP/1.0") << QByteArray(plain).replace("HTTP/1.1", "HTTP/1.0") << 400;
        QTest::newRow("POST") << QByteArray(plain).replace("GET ", "POST ") << 400;
        QTest::newRow("other path") << QByteArray(plain).replace("GET /ws ", "GET /chat ") << 404;
        // A client waits for the 101 before it sends frames (section 4.1).
        QTest::newRow("frames before the answer") << plain + clientFrame(0x1, hello(u"Early"_qs)) << 400;
        QByteArray manyHeaders = plain;
        for (int i = 0; i <= limits::maxHeaderFields; ++i)
            manyHeaders.insert(manyHeaders.size() - 2, "X-" + QByteArray::number(i) + ": 1\r\n");
        QTest::newRow("too many header lines") << manyHeaders << 431;
    }

    void upgradeRefusals()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        RawClient client(m_host.port());
        QVERIFY(client.waitForConnected());
        client.send(request);
        QVERIFY(client.waitForHangUp());
        const QByteArray reply = client.unread();
        QVERIFY2(reply.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')), reply.constData());
        if (status == 426)
            QVERIFY(reply.contains("\r\nSec-WebSocket-Version: 13\r\n"));
    }

    // Compression (permessage-deflate) and subprotocols are not offered, whatever is asked.
    void extensionsAndSubprotocolsAreNotOffered()
    {
        RawClient client(m_host.port());
        QByteArray request = upgradeRequest(m_host.port());
        request.insert(request.size() - 2, "Sec-WebSocket-Extensions: permessage-deflate\r\n"
                                           "Sec-WebSocket-Protocol: chat, superchat\r\n");
        const QByteArray head = client.upgrade(request).toLower();
        QVERIFY2(head.startsWith("http/1.1 101"), head.constData());
        QVERIFY(!head.contains("sec-websocket-extensions"));
        QVERIFY(!head.contains("sec-websocket-protocol"));
        // So a compressed frame (RSV1) breaks the rules.
        client.send(clientFrame(0x1, "x", true, true, 4));
        QCOMPARE(client.closeFrame().first, 1002);
    }

    // --- Framing (section 5.2) ---

    void framesOfEveryLengthFormAreRead_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("answer");
        QTest::newRow("125: one-byte length") << 125 << u"ack"_qs;
        QTest::newRow("126: two-byte length") << 126 << u"ack"_qs;
        QTest::newRow("127") << 127 << u"ack"_qs;
        QTest::newRow("16000") << 16000 << u"ack"_qs;
        // Read whole, then refused by the chat's own rule (the text is too long).
        QTest::newRow("65535: largest two-byte") << 65535 << u"text-too-long"_qs;
        QTest::newRow("65536: eight-byte length") << 65536 << u"text-too-long"_qs;
    }

    void framesOfEveryLengthFormAreRead()
    {
        QFETCH(int, size);
        QFETCH(QString, answer);
        RawClient client(m_host.port());
        QVERIFY(joinRaw(client, u"Sizes %1"_qs.arg(++m_row)));
        client.send(clientFrame(0x1, sizedSend("size-" + QByteArray::number(m_row), size)));
        QJsonObject reply = client.nextObject();
        const QString got = reply.value(u"type"_qs) == u"error"_qs ? reply.value(u"code"_qs).toString()
                                                                  : reply.value(u"type"_qs).toString();
        QCOMPARE(got, answer);
        QVERIFY(!client.isClosed());
    }

    void emptyTextFrameIsAnsweredNotClosed()
    {
        RawClient client(m_host.port());
        QVERIFY(joinRaw(client, u"Empty"_qs));
        client.send(clientFrame(0x1, {}));
        const QJsonObject reply = client.nextObject();
        QCOMPARE(reply.value(u"code"_qs).toString(), u"bad-json"_qs);
        QVERIFY(!client.isClosed());
    }

    // Section 5.1 says a server must close on an unmasked client frame; Qt 6.4's QWebSocket
    // reads it (QWebSocketFrame unmasks only when the mask bit is set). Harmless for the room:
    // masking protects proxies from a browser's page, and browsers always mask.
    void unmaskedFramesAreReadAsQtDoes()
    {
        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        client.send(clientFrame(0x1, hello(u"Unmasked"_qs), true, false));
        QCOMPARE(client.nextObject().value(u"nick"_qs).toString(), u"Unmasked"_qs);
    }

    void hostFramesAreWholeAndUnmasked()
    {
        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        client.send(clientFrame(0x1, hello(u"Server frames"_qs)) + clientFrame(0x9, "p"));
        for (int i = 0; i < 2; ++i) {
            const auto frame = client.next();
            QVERIFY(frame);
            QVERIFY(frame->fin);
            QVERIFY(!frame->masked);
        }
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

    // Qt's QWebSocketDataProcessor gives a frame that has begun 5 seconds to be finished, then
    // closes with 1001: a client cannot park a half frame in the host.
    void frameLeftUnfinishedIsClosedByQt()
    {
        TestClient bystander;
        QVERIFY(bystander.join(m_host.chatUrl(), u"Patient"_qs));
        RawClient client(m_host.port());
        QVERIFY(joinRaw(client, u"Half a frame"_qs));
        client.send(clientFrame(0x1, QByteArray(200, 'a')).left(20));
        const auto [code, reason] = client.closeFrame(8000);
        QCOMPARE(code, 1001);
        QVERIFY(client.waitForHangUp());
        bystanderStillChats(bystander);
    }

    // --- Pings and pongs (section 5.5.2, 5.5.3) ---

    void pingsAreAnsweredWithTheirPayload_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("are you there?");
        QTest::newRow("binary") << QByteArray("\x00\xff\x80\x7f", 4);
        QTest::newRow("125 bytes") << QByteArray(125, 'p');
    }

    void pingsAreAnsweredWithTheirPayload()
    {
        QFETCH(QByteArray, payload);
        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        client.send(clientFrame(0x9, payload));
        const auto pong = client.next();
        QVERIFY(pong);
        QCOMPARE(pong->opcode, 0xA);
        QCOMPARE(pong->payload, payload);
    }

    void manyPingsGetTheirPongsInOrder()
    {
        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        QByteArray pings;
        for (int i = 0; i < 10; ++i)
            pings += clientFrame(0x9, QByteArray::number(i));
        client.send(pings);
        for (int i = 0; i < 10; ++i) {
            const auto pong = client.next();
            QVERIFY(pong);
            QCOMPARE(pong->opcode, 0xA);
            QCOMPARE(pong->payload, QByteArray::number(i));
        }
    }

    void unsolicitedPongIsIgnored()
    {
        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        client.send(clientFrame(0xA, "nobody asked") + clientFrame(0x1, hello(u"Pongy"_qs)));
        const auto frame = client.next();
        QVERIFY(frame);
        QCOMPARE(frame->opcode, 0x1);
        QCOMPARE(QJsonDocument::fromJson(frame->payload).object().value(u"type"_qs).toString(),
                 u"welcome"_qs);
    }

    void silentPeerIsCutAndAnAnsweringOneStays()
    {
        TestHost host(u"Liveness"_qs);
        host.setLiveness(250, 1500);
        QVERIFY(host.start());
        TestClient awake; // QWebSocket answers every ping with a pong
        QVERIFY(awake.join(host.chatUrl(), u"Awake"_qs));
        RawClient asleep(host.port()); // reads, but never answers a ping
        QVERIFY(joinRaw(asleep, u"Asleep"_qs));

        bool pinged = false;
        while (const auto frame = asleep.next(2500))
            pinged = pinged || frame->opcode == 0x9;
        QVERIFY(pinged);
        QVERIFY(asleep.waitForHangUp(3000)); // cut without a close frame: it would not be read
        QTRY_VERIFY(heardPresence(awake, u"left"_qs, u"Asleep"_qs));
        // Several timeouts later the peer that answers is still in the room.
        QTest::qWait(2000);
        QVERIFY(awake.isConnected());
        awake.sendObject(protocol::Send{u"awake-1"_qs, u"still here"_qs}.toJson());
        QTRY_COMPARE(awake.messages().size(), 1);
    }

    // Qt answers every ping at once, however many: a client that pings without reading makes
    // the host hold its pongs. The host's guard cuts it off when they pass maxPendingOutBytes.
    void pingFloodFromAClientThatDoesNotReadIsCut()
    {
        TestClient bystander;
        QVERIFY(bystander.join(m_host.chatUrl(), u"Flood watcher"_qs));
        RawClient client(m_host.port());
        QVERIFY(joinRaw(client, u"Pinger"_qs));
        client.pauseReading();
        // 125-byte pings: three times what the host lets wait for one client, once the kernel's
        // buffers on both sides are full.
        const qint64 pongBytes = 127;
        const int pings = int(3 * limits::maxPendingOutBytes / pongBytes) + 40000;
        QByteArray batch;
        for (int i = 1; i <= pings && !client.isClosed(); ++i) {
            batch += clientFrame(0x9, QByteArray(125, 'p'));
            if (i % 1000 == 0) {
                client.send(std::exchange(batch, QByteArray()));
                QVERIFY(client.waitForAllWritten() || client.isClosed());
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(heardPresence(bystander, u"left"_qs, u"Pinger"_qs), 10000);
        bystanderStillChats(bystander);
    }

    // --- Reserved bits, opcodes, fragmentation, UTF-8, close codes: every broken rule ---

    void brokenRulesAreClosedWithTheirCode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        const QByteArray text = hello(u"Ann"_qs);
        // Reserved bits (section 5.2): no extension is agreed, so none may be set.
        QTest::newRow("RSV1 on text") << clientFrame(0x1, text, true, true, 4) << 1002;
        QTest::newRow("RSV2 on text") << clientFrame(0x1, text, true, true, 2) << 1002;
        QTest::newRow("RSV3 on text") << clientFrame(0x1, text, true, true, 1) << 1002;
        QTest::newRow("RSV1+2+3 on ping") << clientFrame(0x9, "x", true, true, 7) << 1002;
        QTest::newRow("RSV on close") << clientFrame(0x8, closePayload(1000), true, true, 2) << 1002;
        // Opcodes (section 5.2): 3-7 and 11-15 are reserved.
        for (const int opcode : {3, 4, 5, 6, 7, 0xB, 0xC, 0xD, 0xE, 0xF}) {
            QTest::addRow("opcode %d", opcode) << clientFrame(opcode, "x") << 1002;
        }
        // Lengths (section 5.2): the shortest form, and the highest bit clear.
        QTest::newRow("100 bytes in the 2-byte form") << frameWithLengthForm(0x1, QByteArray(100, 'a'), 126) << 1002;
        QTest::newRow("1000 bytes in the 8-byte form") << frameWithLengthForm(0x1, QByteArray(1000, 'a'), 127) << 1002;
        QTest::newRow("8-byte length, highest bit") << frameWithLengthForm(0x1, "x", -1) << 1002;
        // Control frames (section 5.5): whole and at most 125 bytes.
        QTest::newRow("ping of 126 bytes") << clientFrame(0x9, QByteArray(126, 'p')) << 1002;
        QTest::newRow("fragmented ping") << clientFrame(0x9, "x", false) << 1002;
        QTest::newRow("fragmented close") << clientFrame(0x8, closePayload(1000), false) << 1002;
        // Fragmentation (section 5.4).
        QTest::newRow("continuation alone") << clientFrame(0x0, "x") << 1002;
        QTest::newRow("text inside a fragmented text") << clientFrame(0x1, "{", false) + clientFrame(0x1, "{}") << 1002;
        QTest::newRow("binary inside a fragmented text") << clientFrame(0x1, "{", false) + clientFrame(0x2, "x") << 1002;
        // UTF-8 (section 8.1).
        QTest::newRow("bad continuation byte") << clientFrame(0x1, "{\"a\":\"\xc3\x28\"}") << 1007;
        QTest::newRow("overlong slash") << clientFrame(0x1, "{\"a\":\"\xc0\xaf\"}") << 1007;
        QTest::newRow("encoded surrogate") << clientFrame(0x1, "{\"a\":\"\xed\xa0\x80\"}") << 1007;
        QTest::newRow("byte 0xFF") << clientFrame(0x1, "{\"a\":\"\xff\"}") << 1007;
        QTest::newRow("above U+10FFFF") << clientFrame(0x1, "{\"a\":\"\xf4\x90\x80\x80\"}") << 1007;
        QTest::newRow("cut short at the end") << clientFrame(0x1, "\"\xe2\x82") << 1007;
        QTest::newRow("bad UTF-8 in a later fragment")
            << clientFrame(0x1, "{\"a\":\"", false) + clientFrame(0x0, "\xff\"}") << 1007;
        // Closing (section 5.5.1, 7.4).
        QTest::newRow("close with half a code") << clientFrame(0x8, "x") << 1002;
        QTest::newRow("close reason not UTF-8") << clientFrame(0x8, closePayload(1000, "\xff")) << 1007;
        for (const int code : {0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535}) {
            QTest::addRow("close code %d", code) << clientFrame(0x8, closePayload(quint16(code))) << 1002;
        }
        // Registered after RFC 6455 (1012 to 1014), which Qt 6.4 does not know and refuses.
        QTest::newRow("close code 1012 (Qt)") << clientFrame(0x8, closePayload(1012)) << 1002;
        // Limits.
        const QByteArray half(limits::maxIncomingFrameBytes / 2 + 1, 'a');
        QTest::newRow("message over the limit in pieces")
            << clientFrame(0x1, half, false) + clientFrame(0x0, half) << 1009;
    }

    void brokenRulesAreClosedWithTheirCode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        TestClient bystander;
        QVERIFY(bystander.join(m_host.chatUrl(), u"Bystander %1"_qs.arg(++m_row)));

        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        client.send(bytes);
        QCOMPARE(client.closeFrame().first, code);
        QVERIFY(client.waitForHangUp());
        bystanderStillChats(bystander);
    }

    // Qt 6.4 decodes each fragment of a text message on its own (a stateless decoder), so a
    // character split between two fragments is refused with 1007 although section 5.6 allows
    // it. Browsers and Qt's own client never split a character, so no real client meets it.
    void characterSplitAcrossFragmentsIsRefusedByQt()
    {
        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        const QByteArray text = hello(u"Zoë"_qs);
        const qsizetype split = text.indexOf("\xc3\xab") + 1; // between the two bytes of ë
        client.send(clientFrame(0x1, text.left(split), false) + clientFrame(0x0, text.mid(split)));
        QCOMPARE(client.closeFrame().first, 1007);
    }

    void validUtf8IsRead_data()
    {
        QTest::addColumn<bool>("fragmented");
        QTest::newRow("one frame") << false;
        QTest::newRow("fragments between characters") << true;
    }

    void validUtf8IsRead()
    {
        QFETCH(bool, fragmented);
        const QString nick = u"Zoë 🎮 小明 %1"_qs.arg(++m_row);
        const QByteArray text = hello(nick);
        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        if (fragmented) {
            const qsizetype a = text.indexOf("\xf0"); // before the emoji
            const qsizetype b = text.indexOf("\xe5");  // before 小
            client.send(clientFrame(0x1, text.left(a), false) + clientFrame(0x0, text.mid(a, b - a), false)
                        + clientFrame(0x0, text.mid(b)));
        } else {
            client.send(clientFrame(0x1, text));
        }
        QCOMPARE(client.nextObject().value(u"nick"_qs).toString(), nick);
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

    void emptyFragmentsAreJoined()
    {
        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        client.send(clientFrame(0x1, {}, false) + clientFrame(0x0, hello(u"Nothing between"_qs), false)
                    + clientFrame(0x0, {}));
        QCOMPARE(client.nextObject().value(u"nick"_qs).toString(), u"Nothing between"_qs);
    }

    // --- Closing (section 5.5.1, 7) ---

    void closeCodesAreAnsweredInKind_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("reason");
        for (const int code : {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 3000, 3999, 4000, 4999}) {
            QTest::addRow("%d", code) << code << QByteArray("bye");
        }
        QTest::newRow("longest reason") << 1000 << QByteArray(123, 'r');
        QTest::newRow("UTF-8 reason") << 1000 << QByteArray("tschüß 👋");
    }

    void closeCodesAreAnsweredInKind()
    {
        QFETCH(int, code);
        QFETCH(QByteArray, reason);
        TestClient watcher;
        QVERIFY(watcher.join(m_host.chatUrl(), u"Watcher %1"_qs.arg(++m_row)));
        RawClient client(m_host.port());
        const QString nick = u"Leaver %1"_qs.arg(m_row);
        QVERIFY(joinRaw(client, nick));
        client.send(clientFrame(0x8, closePayload(quint16(code), reason)));
        const auto [answered, answerReason] = client.closeFrame();
        QCOMPARE(answered, code);
        QCOMPARE(answerReason.toUtf8(), reason);
        QVERIFY(client.waitForHangUp());
        QTRY_VERIFY(heardPresence(watcher, u"left"_qs, nick));
    }

    // Section 7.1.5 lets a close without a code be answered with none (1005); Qt answers 1000.
    void closeWithoutACodeIsAnsweredWith1000()
    {
        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        client.send(clientFrame(0x8, {}));
        QCOMPARE(client.closeFrame().first, 1000);
        QVERIFY(client.waitForHangUp());
    }

    void framesAfterTheCloseAreIgnored()
    {
        RawClient client(m_host.port());
        QVERIFY(joinRaw(client, u"Last word"_qs));
        client.send(clientFrame(0x8, closePayload(1000)) + clientFrame(0x1, sizedSend("after-close", 60)));
        while (const auto frame = client.next()) {
            // The room may still say who came and went (an earlier test's clients leave late),
            // but nothing of the message sent after the close: no ack, no message, no error.
            QVERIFY2(frame->opcode != 0x1 || !frame->payload.contains("after-close"), frame->payload.constData());
            QVERIFY2(frame->opcode != 0x1 || !frame->payload.contains("\"error\""), frame->payload.constData());
            if (frame->opcode == 0x8)
                break;
        }
        QVERIFY(client.waitForHangUp());
        QVERIFY(client.unread().isEmpty());
    }

    // --- Limits ---

    void largestMessageIsAccepted()
    {
        RawClient client(m_host.port());
        QVERIFY(joinRaw(client, u"Big"_qs));
        // A message of exactly the limit is read (and refused by the chat rules, not the transport).
        const QByteArray json = sizedSend("big-1", limits::maxIncomingMessageBytes);
        QCOMPARE(json.size(), limits::maxIncomingMessageBytes);
        client.send(clientFrame(0x1, json));
        const QJsonObject error = client.nextObject();
        QCOMPARE(error.value(u"code"_qs).toString(), u"text-too-long"_qs);
        QVERIFY(!client.isClosed());
    }

    void frameOverTheLimitIsRefusedOnItsHeader()
    {
        RawClient client(m_host.port());
        QVERIFY(client.upgrade().startsWith("HTTP/1.1 101"));
        // Only the header (and mask) of a frame one byte over the limit: the host answers without
        // waiting for, or keeping, the payload.
        QByteArray head = clientFrame(0x1, QByteArray(limits::maxIncomingFrameBytes + 1, 'a'));
        head.truncate(14);
        client.send(head);
        QCOMPARE(client.closeFrame().first, 1009);
        QVERIFY(client.waitForHangUp());
    }

    // --- The host's own frames among Qt's ---

    // The room writes its frames, framed once, straight to the TCP socket, while Qt writes pongs
    // and the close frame: each lands whole, in the order things were answered.
    void answersKeepTheirPlaceAmongQtsPongsAndClose()
    {
        RawClient client(m_host.port());
        QVERIFY(joinRaw(client, u"Orderly"_qs));
        const QByteArray history = json({{u"type"_qs, u"history"_qs}, {u"before"_qs, 1}});
        client.send(clientFrame(0x1, sizedSend("order-1", 100)) + clientFrame(0x9, "one")
                    + clientFrame(0x1, history) + clientFrame(0x9, "two")
                    + clientFrame(0x8, closePayload(1000, "done")));
        QStringList seen;
        while (const auto frame = client.next()) {
            if (frame->opcode == 0x1 && RawClient::isChatter(frame->payload))
                continue; // others coming and going: not an answer to this client
            if (frame->opcode == 0x1)
                seen.append(QJsonDocument::fromJson(frame->payload).object().value(u"type"_qs).toString());
            else if (frame->opcode == 0xA)
                seen.append(u"pong "_qs + QString::fromUtf8(frame->payload));
            else if (frame->opcode == 0x8)
                seen.append(u"close"_qs);
            else
                seen.append(u"opcode %1"_qs.arg(frame->opcode));
            if (frame->opcode == 0x8)
                break;
        }
        QCOMPARE(seen, (QStringList{u"ack"_qs, u"message"_qs, u"pong one"_qs, u"history"_qs,
                                    u"pong two"_qs, u"close"_qs}));
        QVERIFY(client.waitForHangUp());
        QVERIFY(client.unread().isEmpty());
    }

    void messageSentWithTheGoodbyeIsStoredAndAcknowledged()
    {
        TestClient reader;
        QVERIFY(reader.join(m_host.chatUrl(), u"Reader"_qs));
        RawClient client(m_host.port());
        QVERIFY(joinRaw(client, u"Quick"_qs));
        client.send(clientFrame(0x1, protocol::encode(protocol::Send{u"last-words"_qs, u"bye all"_qs}))
                    + clientFrame(0x8, closePayload(1000, "bye")));
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
        const auto delivered = [&reader] {
            const QList<protocol::ChatMessage> messages = reader.messages();
            const auto it = std::find_if(messages.cbegin(), messages.cend(),
                                         [](const protocol::ChatMessage &m) { return m.text == u"bye all"_qs; });
            return it == messages.cend() ? std::optional<protocol::ChatMessage>() : *it;
        };
        QTRY_VERIFY(delivered());
        QCOMPARE(qint64(ack.value(u"seq"_qs).toDouble()), delivered()->seq);
    }

    // What the host owes for frames before a broken one goes out before Qt's close.
    void answerOwedBeforeABrokenFrameIsWritten()
    {
        RawClient client(m_host.port());
        QVERIFY(joinRaw(client, u"Then broke it"_qs));
        client.send(clientFrame(0x1, protocol::encode(protocol::Send{u"before-break"_qs, u"fine"_qs}))
                    + clientFrame(0x3, "reserved opcode"));
        QJsonObject ack;
        while (const auto frame = client.next()) {
            if (frame->opcode == 0x8) {
                QCOMPARE(qFromBigEndian<quint16>(frame->payload.constData()), quint16(1002));
                break;
            }
            const QJsonObject object = QJsonDocument::fromJson(frame->payload).object();
            if (object.value(u"type"_qs) == u"ack"_qs)
                ack = object;
        }
        QCOMPARE(ack.value(u"clientMsgId"_qs).toString(), u"before-break"_qs);
    }

    void closingWhileBehindStillDeliversEverythingThenTheClose()
    {
        // Long messages make each history answer big.
        TestClient talker;
        QVERIFY(talker.join(m_host.chatUrl(), u"Talker"_qs));
        const QString text(15000, u'w');
        for (int i = 0; i < 20; ++i)
            talker.sendObject(protocol::Send{u"long-%1"_qs.arg(i), text}.toJson());
        QTRY_COMPARE(talker.messages().size(), 20);
        const qint64 after = talker.messages().last().seq + 1;

        RawClient client(m_host.port());
        QVERIFY(joinRaw(client, u"Behind"_qs));
        client.pauseReading();
        const QByteArray request = json({{u"type"_qs, u"history"_qs}, {u"before"_qs, after}, {u"limit"_qs, 20}});
        // Twenty answers of 300 KB: more than the kernel holds, less than the host lets wait.
        // Then goodbye: all of it reaches the host together.
        QByteArray requests;
        for (int i = 0; i < 20; ++i)
            requests += clientFrame(0x1, request);
        client.send(requests + clientFrame(0x8, closePayload(1000, "bye")));
        QVERIFY(client.waitForAllWritten());
        QTest::qWait(200);
        client.resumeReading();

        int answers = 0;
        while (const auto frame = client.next(5000)) {
            if (frame->opcode == 0x1 && RawClient::isChatter(frame->payload))
                continue;
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
};

QTEST_GUILESS_MAIN(tst_WebSocket)
#include "tst_websocket.moc"
