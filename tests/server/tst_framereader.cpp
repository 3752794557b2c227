#include "clientframes.h"
#include "server/framereader.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tincan;
using namespace clientframes;
using Kind = FrameReader::Kind;

namespace {

struct Event
{
    Kind kind;
    QByteArray payload;
    bool operator==(const Event &) const = default;
};

struct Result
{
    QList<Event> events;
    std::optional<FrameReader::Failure> failure;
};

// Feeds `stream` cut at the given positions and collects what the reader hands out.
Result read(FrameReader &reader, const QByteArray &stream, const QList<qsizetype> &cuts)
{
    Result result;
    const auto handler = [&result](Kind kind, const QByteArray &payload) {
        result.events.append({kind, payload});
        return true;
    };
    qsizetype from = 0;
    QList<qsizetype> ends = cuts;
    ends.append(stream.size());
    for (const qsizetype end : ends) {
        result.failure = reader.feed(QByteArrayView(stream).sliced(from, end - from), handler);
        if (result.failure)
            break;
        from = end;
    }
    return result;
}

} // namespace

// The WebSocket frame rules, without sockets: any split of the bytes reads the same, limits
// hold to the byte, and nothing is kept once a frame is whole.
class tst_FrameReader final : public QObject
{
    Q_OBJECT

private:
    // Fragmented text with a ping between the pieces, a 200-byte text (16-bit length), binary,
    // a pong and a close frame, followed by bytes that must be ignored.
    QByteArray stream() const
    {
        return clientFrame(0x1, "{\"type\":", false) + clientFrame(0x9, "ping!")
            + clientFrame(0x0, "\"hello\",", false) + clientFrame(0x0, "\"nick\":\"Zoë\"}")
            + clientFrame(0x1, QByteArray(200, 'x')) + clientFrame(0x2, "\x01\x02")
            + clientFrame(0xA, "") + clientFrame(0x8, closePayload(1000, "bye"))
            + clientFrame(0x1, "after the close");
    }

    QList<Event> expected() const
    {
        return {{Kind::Ping, "ping!"},
                {Kind::Text, "{\"type\":\"hello\",\"nick\":\"Zoë\"}"},
                {Kind::Text, QByteArray(200, 'x')},
                {Kind::Binary, "\x01\x02"},
                {Kind::Pong, ""},
                {Kind::Close, closePayload(1000, "bye")}};
    }

private Q_SLOTS:
    void everySplitReadsTheSame()
    {
        const QByteArray bytes = stream();
        for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
            FrameReader reader(1024, 4096);
            const Result result = read(reader, bytes, {cut});
            QVERIFY2(!result.failure, qPrintable(QString::number(cut)));
            QCOMPARE(result.events, expected());
            QVERIFY(reader.isDone());
        }
    }

    void byteByByteReadsTheSame()
    {
        const QByteArray bytes = stream();
        QList<qsizetype> cuts;
        for (qsizetype i = 1; i < bytes.size(); ++i)
            cuts.append(i);
        FrameReader reader(1024, 4096);
        const Result result = read(reader, bytes, cuts);
        QVERIFY(!result.failure);
        QCOMPARE(result.events, expected());
    }

    void nothingIsKeptOnceFramesAreWhole()
    {
        FrameReader reader(1024, 4096);
        const QByteArray frame = clientFrame(0x1, "{}");
        QVERIFY(reader.isIdle());
        QVERIFY(!read(reader, frame.left(3), {}).failure);
        QVERIFY(!reader.isIdle());
        QVERIFY(!read(reader, frame.mid(3), {}).failure);
        QVERIFY(reader.isIdle());
        QVERIFY(!read(reader, clientFrame(0x1, "{", false), {}).failure);
        QVERIFY(!reader.isIdle()); // half a message
        QCOMPARE(read(reader, clientFrame(0x0, "}"), {}).events, (QList<Event>{{Kind::Text, "{}"}}));
        QVERIFY(reader.isIdle());
    }

    void limitsHoldToTheByte_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code"); // 0: accepted
        const QByteArray sixteen(16, 'a');
        QTest::newRow("frame at the limit") << clientFrame(0x1, sixteen) << 0;
        QTest::newRow("frame one over") << clientFrame(0x1, sixteen + 'a') << 1009;
        QTest::newRow("message at the limit")
            << clientFrame(0x1, sixteen, false) + clientFrame(0x0, sixteen) << 0;
        QTest::newRow("message one over")
            << clientFrame(0x1, sixteen, false) + clientFrame(0x0, sixteen, false)
                + clientFrame(0x0, "a") << 1009;
        QTest::newRow("control at 125") << clientFrame(0x9, QByteArray(125, 'p')) << 0;
        QTest::newRow("control at 126") << clientFrame(0x9, QByteArray(126, 'p')) << 1002;
        QTest::newRow("UTF-8 split across fragments")
            << clientFrame(0x1, "\xc3", false) + clientFrame(0x0, "\xab") << 0;
        QTest::newRow("cut UTF-8 at the end") << clientFrame(0x1, "abc\xc3") << 1007;
        QTest::newRow("surrogate in UTF-8") << clientFrame(0x1, "\xed\xa0\x80") << 1007;
        QTest::newRow("close 999") << clientFrame(0x8, closePayload(999, {})) << 1002;
        QTest::newRow("close 1006") << clientFrame(0x8, closePayload(1006, {})) << 1002;
        QTest::newRow("close 2000") << clientFrame(0x8, closePayload(2000, {})) << 1002;
        QTest::newRow("close 3000") << clientFrame(0x8, closePayload(3000, {})) << 0;
        QTest::newRow("close 4999") << clientFrame(0x8, closePayload(4999, {})) << 0;
        QTest::newRow("close 5000") << clientFrame(0x8, closePayload(5000, {})) << 1002;
        QTest::newRow("close without code") << clientFrame(0x8, {}) << 0;
    }

    void limitsHoldToTheByte()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        FrameReader reader(16, 32);
        const Result result = read(reader, bytes, {});
        if (code == 0) {
            QVERIFY2(!result.failure, result.failure ? qPrintable(result.failure->reason) : "");
            QCOMPARE(result.events.size(), 1);
        } else {
            QVERIFY(result.failure);
            QCOMPARE(int(result.failure->code), code);
            QVERIFY(result.events.isEmpty());
            QVERIFY(reader.isDone());
        }
    }

    // Random valid streams read the same however they are cut; random bytes never crash the
    // reader, and once it has refused something it reads nothing more. Seeded: a failure can be
    // replayed.
    void randomStreams()
    {
        QRandomGenerator random(20261125);
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes;
            QList<Event> events;
            const int frames = 1 + random.bounded(8);
            for (int f = 0; f < frames; ++f) {
                QByteArray text(random.bounded(300), Qt::Uninitialized);
                for (char &c : text)
                    c = char(0x20 + random.bounded(0x5f));
                if (random.bounded(4) == 0) {
                    bytes += clientFrame(0x9, text.left(125));
                    events.append({Kind::Ping, text.left(125)});
                } else if (text.size() > 2 && random.bounded(2) == 0) {
                    const qsizetype cut = 1 + random.bounded(int(text.size() - 1));
                    bytes += clientFrame(0x1, text.left(cut), false) + clientFrame(0x0, text.mid(cut));
                    events.append({Kind::Text, text});
                } else {
                    bytes += clientFrame(0x1, text);
                    events.append({Kind::Text, text});
                }
            }
            QList<qsizetype> cuts;
            for (qsizetype at = random.bounded(40); at < bytes.size(); at += 1 + random.bounded(200))
                cuts.append(at);
            FrameReader reader(1024, 4096);
            const Result result = read(reader, bytes, cuts);
            QVERIFY(!result.failure);
            QCOMPARE(result.events, events);
            QVERIFY(reader.isIdle());
        }
        for (int round = 0; round < 2000; ++round) {
            QByteArray noise(1 + random.bounded(400), Qt::Uninitialized);
            for (char &c : noise)
                c = char(random.bounded(256));
            FrameReader reader(64, 128);
            const Result result = read(reader, noise, {random.bounded(int(noise.size()))});
            for (const Event &event : result.events)
                QVERIFY(event.kind == Kind::Close || event.payload.size() <= 128);
            if (result.failure)
                QVERIFY(reader.isDone());
        }
    }

    void closeCodeAndReason()
    {
        QCOMPARE(FrameReader::closeCode(closePayload(1001, "going")), QWebSocketProtocol::CloseCodeGoingAway);
        QCOMPARE(FrameReader::closeCode({}), QWebSocketProtocol::CloseCodeMissingStatusCode);
    }

    void stoppingEndsTheReading()
    {
        FrameReader reader(1024, 4096);
        int seen = 0;
        const auto handler = [&seen](Kind, const QByteArray &) { ++seen; return false; };
        const QByteArray bytes = clientFrame(0x1, "one") + clientFrame(0x1, "two");
        QVERIFY(!reader.feed(bytes.left(bytes.size() - 1), handler));
        QCOMPARE(seen, 1);
        QVERIFY(reader.isDone());
        QVERIFY(reader.isIdle());
        QVERIFY(!reader.feed(bytes.right(1), handler));
        QCOMPARE(seen, 1);
    }
};

QTEST_GUILESS_MAIN(tst_FrameReader)
#include "tst_framereader.moc"
