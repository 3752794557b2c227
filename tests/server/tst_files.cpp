// Files over the chat and the host's HTTP port (docs/PROTOCOL.md, "Files"): slots and tokens,
// limits, streaming uploads that resume, Range downloads, images recognised by their bytes, and
// a host killed in the middle of an upload.

#include "protocol/filename.h"
#include "protocol/messages.h"
#include "testclient.h"
#include "testhost.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct HttpAnswer
{
    int status = 0;
    QByteArray head;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.first(colon).trimmed().toLower() == name.toLower())
                return line.sliced(colon + 1).trimmed();
        }
        return {};
    }
    qint64 offset() const { return QJsonDocument::fromJson(body).object().value("offset"_L1).toInteger(-1); }
};

HttpAnswer parseAnswer(const QByteArray &raw)
{
    HttpAnswer answer;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        return answer;
    answer.head = raw.first(end);
    answer.body = raw.sliced(end + 4);
    const QList<QByteArray> statusLine = answer.head.split(' ');
    answer.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    return answer;
}

// One HTTP request on its own connection; the answer once the host closes it.
HttpAnswer request(quint16 port, const QByteArray &method, const QByteArray &path,
                   const QByteArray &body = {}, const QList<QByteArray> &headers = {}, bool withLength = true)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    if (withLength && (method == "PUT" || !body.isEmpty()))
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const QByteArray &header : headers)
        head += header + "\r\n";
    socket.write(head + "\r\n" + body);
    QByteArray raw;
    [[maybe_unused]] const bool waited = QTest::qWaitFor([&] {
        raw += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
    }, 20000);
    raw += socket.readAll();
    return parseAnswer(raw);
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

QByteArray pngOf(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

quint32 crc32(QByteArrayView bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk;
    const quint32 length = quint32(data.size());
    chunk.append(char(length >> 24)).append(char(length >> 16)).append(char(length >> 8)).append(char(length));
    const QByteArray typed = type + data;
    const quint32 crc = crc32(typed);
    chunk += typed;
    chunk.append(char(crc >> 24)).append(char(crc >> 16)).append(char(crc >> 8)).append(char(crc));
    return chunk;
}

// A PNG whose header claims width x height pixels, with almost no data: a decompression bomb's
// first step.
QByteArray claimedPng(quint32 width, quint32 height, char bitDepth = 8)
{
    QByteArray ihdr;
    for (const quint32 v : {width, height})
        ihdr.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
    ihdr.append(bitDepth).append(char(2)).append(char(0)).append(char(0)).append(char(0));
    const QByteArray idat = qCompress(QByteArray(4096, '\0')).sliced(4); // zlib stream
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", idat)
        + pngChunk("IEND", {});
}

// How far a slot that is receiving has got (its 409), without ever adding to it: a body longer
// than the file is refused (413) by a slot that is not receiving, before any byte is read.
qint64 offsetWhileReceiving(quint16 port, const QByteArray &path, qint64 size)
{
    const HttpAnswer answer = request(port, "PUT", path, {},
                                      {"Content-Length: " + QByteArray::number(size + 1)}, false);
    return answer.status == 409 ? answer.offset() : -1;
}

// The process's peak memory so far (Linux), or 0 where it cannot be read.
qint64 peakMemoryKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.sliced(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

protocol::Upload uploadOf(const QString &id, const QString &name, qint64 size, const QString &caption = {})
{
    return protocol::Upload{id, name, size, caption};
}

} // namespace

class TestFiles final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHost> m_host;

    // Asks for a slot and waits for the answer: upload-ready, ack or error.
    QJsonObject ask(TestClient &client, const protocol::Upload &upload)
    {
        const qsizetype before = client.received.size();
        client.sendObject(upload.toJson());
        QJsonObject answer;
        [[maybe_unused]] const bool waited = QTest::qWaitFor([&] {
            for (qsizetype i = before; i < client.received.size(); ++i) {
                const QJsonObject &object = client.received.at(i);
                const QString type = typeOf(object);
                if ((type == "upload-ready"_L1 || type == "error"_L1 || type == "ack"_L1)
                    && object.value("clientMsgId"_L1).toString() == upload.clientMsgId) {
                    answer = object;
                    return true;
                }
            }
            return false;
        }, 5000);
        return answer;
    }

    QByteArray uploadPath(const QJsonObject &ready) { return ready.value("url"_L1).toString().toLatin1(); }

    // Sends a whole file and waits for its message at `reader`.
    std::optional<protocol::ChatMessage> sendFile(TestClient &sender, TestClient &reader, const QString &id,
                                                  const QString &name, const QByteArray &bytes,
                                                  const QString &caption = {})
    {
        const QJsonObject ready = ask(sender, uploadOf(id, name, bytes.size(), caption));
        if (typeOf(ready) != "upload-ready"_L1)
            return std::nullopt;
        const HttpAnswer put = request(m_host->port(), "PUT", uploadPath(ready), bytes);
        if (put.status != 200 || put.offset() != bytes.size())
            return std::nullopt;
        std::optional<protocol::ChatMessage> found;
        [[maybe_unused]] const bool waited = QTest::qWaitFor([&] {
            for (const protocol::ChatMessage &message : reader.messages()) {
                if (message.clientMsgId == id)
                    found = message;
            }
            return found.has_value();
        }, 10000);
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_host = std::make_unique<TestHost>();
        // No free-space requirement: the machine running the tests may have little.
        m_host->setFileLimits(tincan::limits::defaultMaxFileSize, tincan::limits::defaultMaxStorage, 0);
    }
    void cleanup() { m_host.reset(); }

    void aFileReachesEveryoneAndDownloadsByteForByte()
    {
        QVERIFY(m_host->start());
        TestClient ann;
        TestClient ben;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_s));
        QVERIFY(ben.join(m_host->chatUrl(), u"Ben"_s));
        const QByteArray bytes = randomBytes(3 * 1024 * 1024 + 17);
        const std::optional<protocol::ChatMessage> message =
            sendFile(ann, ben, u"f-1"_s, u"Slides for Monday.pdf"_s, bytes, u"for Monday"_s);
        QVERIFY(message);
        QCOMPARE(message->from, u"Ann"_s);
        QCOMPARE(message->text, u"for Monday"_s);
        QVERIFY(message->file);
        QCOMPARE(message->file->name, u"Slides for Monday.pdf"_s);
        QCOMPARE(message->file->size, bytes.size());
        QCOMPARE(message->file->type, u"application/pdf"_s);
        QCOMPARE(message->file->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(message->file->id.size(), 22);
        QVERIFY(!message->file->thumb);
        // The sender's ack, once.
        QTRY_COMPARE(ann.ofType(protocol::type::ack).size(), 1);
        QCOMPARE(ann.ofType(protocol::type::ack).first().value("seq"_L1).toInteger(), message->seq);

        const HttpAnswer download = request(m_host->port(), "GET", "/files/" + message->file->id.toLatin1());
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, bytes);
        QCOMPARE(download.header("Content-Type"), "application/octet-stream");
        QCOMPARE(download.header("X-Content-Type-Options"), "nosniff");
        QCOMPARE(download.header("Content-Disposition"),
                 "attachment; filename=\"Slides for Monday.pdf\"; filename*=UTF-8''Slides%20for%20Monday.pdf");
        QCOMPARE(download.header("Accept-Ranges"), "bytes");
        QVERIFY(download.header("Content-Security-Policy").contains("sandbox"));
        // Not an image: no inline view, no thumbnail.
        QCOMPARE(request(m_host->port(), "GET", "/files/" + message->file->id.toLatin1() + "/view").status, 404);
        QCOMPARE(request(m_host->port(), "GET", "/files/" + message->file->id.toLatin1() + "/thumb").status, 404);

        // A late joiner sees it in the welcome, and after a restart too.
        m_host->stop();
        QVERIFY(m_host->start(true));
        TestClient cy;
        QVERIFY(cy.join(m_host->chatUrl(), u"Cy"_s));
        const QList<protocol::ChatMessage> history = messagesIn(cy.welcome().value("history"_L1));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().file, message->file);
        QCOMPARE(request(m_host->port(), "GET", "/files/" + message->file->id.toLatin1()).body, bytes);
    }

    void namesAreCleanedAndRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kept"); // empty: refused
        QTest::newRow("plain") << u"report.txt"_s << u"report.txt"_s;
        QTest::newRow("path") << u"../../etc/passwd"_s << u".._.._etc_passwd"_s;
        QTest::newRow("windows path") << u"C:\\Windows\\evil.exe"_s << u"C:_Windows_evil.exe"_s;
        QTest::newRow("bidi") << u"invoice\u202Efdp.exe"_s << u"invoice_fdp.exe"_s;
        QTest::newRow("control") << u"a\nb\u0000c.txt"_s << u"a_b_c.txt"_s;
        QTest::newRow("markup stays text") << u"<img src=x onerror=alert(1)>.txt"_s
                                           << u"<img src=x onerror=alert(1)>.txt"_s;
        QTest::newRow("dot dot") << u".."_s << QString();
        QTest::newRow("blank") << u"   "_s << QString();
        QTest::newRow("invisible") << u"\u200B\u200B"_s << u"__"_s;
        QTest::newRow("too long") << QString(256, u'a') << QString();
    }
    void namesAreCleanedAndRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, kept);
        QCOMPARE(protocol::cleanFileName(name).value_or(QString()), kept);
    }

    void refusedUploadsGetTheirError()
    {
        m_host->setFileLimits(1000, 1500, 0);
        QVERIFY(m_host->start());
        TestClient ann;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_s));
        const auto code = [](const QJsonObject &answer) { return answer.value("code"_L1).toString(); };
        QCOMPARE(code(ask(ann, uploadOf(u"big"_s, u"big.bin"_s, 1001))), u"file-too-large"_s);
        QCOMPARE(code(ask(ann, uploadOf(u"blank"_s, u" "_s, 10))), u"file-name-invalid"_s);
        QCOMPARE(code(ask(ann, uploadOf(u"caption"_s, u"a.bin"_s, 10, QString(20000, u'x')))), u"text-too-long"_s);
        QCOMPARE(code(ask(ann, uploadOf(u"zero"_s, u"a.bin"_s, 0))), u"bad-message"_s);
        // Stored files and open slots count against the total.
        QVERIFY(sendFile(ann, ann, u"kept"_s, u"kept.bin"_s, randomBytes(1000)));
        QCOMPARE(typeOf(ask(ann, uploadOf(u"one"_s, u"1.bin"_s, 400))), u"upload-ready"_s);
        QCOMPARE(code(ask(ann, uploadOf(u"two"_s, u"2.bin"_s, 200))), u"storage-full"_s);
        // Cancelling gives the room back.
        ann.sendObject(protocol::UploadCancel{u"one"_s}.toJson());
        QCOMPARE(typeOf(ask(ann, uploadOf(u"two"_s, u"2.bin"_s, 200))), u"upload-ready"_s);
        ann.sendObject(protocol::UploadCancel{u"nothing"_s}.toJson());
        QTRY_VERIFY(!ann.errors().isEmpty() && code(ann.errors().last()) == u"no-such-upload"_s);

        // One address may hold room for at most a quarter of the storage (or one largest file)
        // of bytes still to come: nobody reserves everything and sends nothing.
        m_host->stop();
        m_host->setFileLimits(1000, 40000, 0);
        QVERIFY(m_host->start(true));
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_s));
        QCOMPARE(typeOf(ask(ann, uploadOf(u"h1"_s, u"h.bin"_s, 1000))), u"upload-ready"_s);
        QCOMPARE(typeOf(ask(ann, uploadOf(u"h2"_s, u"h.bin"_s, 1000))), u"upload-ready"_s);
        TestClient mallory;
        QVERIFY(mallory.join(m_host->chatUrl(), u"Mallory"_s));
        for (int i = 0; i < 8; ++i)
            mallory.sendObject(uploadOf(u"m"_s + QString::number(i), u"m.bin"_s, 1000).toJson());
        QTRY_VERIFY(mallory.errors().size() >= 1);
        QCOMPARE(code(mallory.errors().first()), u"too-many-uploads"_s);

        // More open slots than a person may have.
        m_host->stop();
        m_host->setFileLimits(1000, 1000000, 0);
        QVERIFY(m_host->start(true));
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_s));
        const qsizetype descriptors = QDir(u"/proc/self/fd"_s).entryList(QDir::Files | QDir::System).size();
        for (int i = 0; i < tincan::limits::maxUploadsPerPeer; ++i)
            QCOMPARE(typeOf(ask(ann, uploadOf(u"s"_s + QString::number(i), u"s.bin"_s, 10))), u"upload-ready"_s);
        // Waiting slots hold no open file (Linux shows them; elsewhere both counts are 0).
        QCOMPARE(QDir(u"/proc/self/fd"_s).entryList(QDir::Files | QDir::System).size(), descriptors);
        QCOMPARE(code(ask(ann, uploadOf(u"one-more"_s, u"s.bin"_s, 10))), u"too-many-uploads"_s);
        // The disk must keep its free space.
        m_host->stop();
        m_host->setFileLimits(1000, 1000000, qint64(1) << 60);
        QVERIFY(m_host->start(true));
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_s));
        QCOMPARE(code(ask(ann, uploadOf(u"disk"_s, u"d.bin"_s, 10))), u"storage-full"_s);
        // Only the one file sent whole was ever announced.
        QCOMPARE(messagesIn(ann.welcome().value("history"_L1)).size(), 1);
    }

    void tokensAreRequiredAndWorkOnce()
    {
        QVERIFY(m_host->start());
        TestClient ann;
        TestClient ben;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_s));
        QVERIFY(ben.join(m_host->chatUrl(), u"Ben"_s));
        const quint16 port = m_host->port();
        QCOMPARE(request(port, "PUT", "/files/upload/not-a-token", "abc").status, 403);

        const QByteArray bytes = randomBytes(5000);
        const QJsonObject ready = ask(ann, uploadOf(u"t-1"_s, u"t.bin"_s, bytes.size()));
        QCOMPARE(typeOf(ready), u"upload-ready"_s);
        QCOMPARE(ready.value("offset"_L1).toInteger(), 0);
        const QByteArray path = uploadPath(ready);
        // The method, the length and the Origin are checked first.
        QCOMPARE(request(port, "POST", path, bytes).status, 405);
        QCOMPARE(request(port, "PUT", path, {}, {"Transfer-Encoding: chunked"}, false).status, 411);
        QCOMPARE(request(port, "PUT", path, bytes, {"Origin: http://evil.example"}).status, 403);
        QCOMPARE(request(port, "PUT", path, bytes + "x").status, 413);
        QCOMPARE(request(port, "PUT", path, bytes.sliced(10),
                         {"Content-Range: bytes 10-4999/5000"}).status, 409);
        // A client that asks whether to go on (Expect: 100-continue) is told so at once.
        const HttpAnswer put = request(port, "PUT", path, bytes,
                                       {"Origin: http://127.0.0.1:" + QByteArray::number(port), "Expect: 100-continue"});
        QCOMPARE(put.status, 100);
        QVERIFY(put.body.contains("HTTP/1.1 200 OK"));
        QTRY_VERIFY(!ben.messages().isEmpty());
        // Used: the same token opens nothing, and asking again is a duplicate.
        QCOMPARE(request(port, "PUT", path, bytes).status, 403);
        QCOMPARE(ask(ann, uploadOf(u"t-1"_s, u"t.bin"_s, bytes.size())).value("duplicate"_L1).toBool(), true);
        QCOMPARE(ben.messages().size(), 1);

        // A token dies with the connection it was given to.
        const QJsonObject second = ask(ann, uploadOf(u"t-2"_s, u"t.bin"_s, bytes.size()));
        ann.socket.close();
        QTRY_VERIFY(ann.closed);
        QTRY_COMPARE(request(port, "PUT", uploadPath(second), bytes).status, 403);
        // Someone else cannot take over another person's upload by its id.
        QCOMPARE(ask(ben, uploadOf(u"t-2"_s, u"t.bin"_s, bytes.size())).value("code"_L1).toString(), u"not-allowed"_s);
        QCOMPARE(ben.messages().size(), 1);
    }

    void aFileWhoseIdWasTakenByATextIsNeverAnnounced()
    {
        QVERIFY(m_host->start());
        TestClient ann;
        TestClient ben;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_s));
        QVERIFY(ben.join(m_host->chatUrl(), u"Ben"_s));
        const QByteArray bytes = randomBytes(4000);
        const QJsonObject ready = ask(ann, uploadOf(u"same"_s, u"a.bin"_s, bytes.size()));
        ann.sendObject(protocol::Send{u"same"_s, u"text first"_s}.toJson());
        QTRY_COMPARE(ben.messages().size(), 1);
        QCOMPARE(request(m_host->port(), "PUT", uploadPath(ready), bytes).status, 200);
        // The file's turn: acknowledged as the duplicate it is, never shown, not kept.
        QTRY_COMPARE(ann.ofType(protocol::type::ack).size(), 2);
        QCOMPARE(ann.ofType(protocol::type::ack).last().value("duplicate"_L1).toBool(), true);
        QCOMPARE(ben.messages().size(), 1);
        QVERIFY(!ben.messages().first().file);
        QTRY_COMPARE(QDir(m_host->dataDir() + u"/files"_s).entryList(QDir::Files).size(), 0);
        TestClient cy;
        QVERIFY(cy.join(m_host->chatUrl(), u"Cy"_s));
        QCOMPARE(messagesIn(cy.welcome().value("history"_L1)).size(), 1);
    }

    void anInterruptedUploadResumesWhereTheHostStopped()
    {
        QVERIFY(m_host->start());
        TestClient ann;
        TestClient ben;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_s));
        QVERIFY(ben.join(m_host->chatUrl(), u"Ben"_s));
        const quint16 port = m_host->port();
        const QByteArray bytes = randomBytes(2 * 1024 * 1024);
        const qint64 half = bytes.size() / 2;
        const QJsonObject ready = ask(ann, uploadOf(u"r-1"_s, u"movie.mkv"_s, bytes.size()));
        const QByteArray path = uploadPath(ready);

        // Half the body, then the sender's network goes away.
        QTcpSocket put;
        put.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(put.waitForConnected(5000));
        put.write("PUT " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                  + "\r\nContent-Length: " + QByteArray::number(bytes.size()) + "\r\n\r\n");
        put.write(bytes.first(half));
        // While it is receiving, another request on the slot learns how far it got.
        QTRY_COMPARE(offsetWhileReceiving(port, path, bytes.size()), half);
        const QString token = ann.welcome().value("resumeToken"_L1).toString();
        ann.socket.abort();
        QTRY_COMPARE(put.state(), QAbstractSocket::UnconnectedState); // the host cut the upload

        // Back on a new connection as the same person: the same slot, from where it stopped.
        TestClient again;
        QVERIFY(again.join(m_host->chatUrl(), helloAs(u"Ann"_s, std::nullopt, token)));
        const QJsonObject resumed = ask(again, uploadOf(u"r-1"_s, u"movie.mkv"_s, bytes.size()));
        QCOMPARE(typeOf(resumed), u"upload-ready"_s);
        QCOMPARE(resumed.value("offset"_L1).toInteger(), half);
        QVERIFY(uploadPath(resumed) != path);
        QCOMPARE(request(port, "PUT", path, bytes.sliced(half)).status, 403); // the old token is gone
        const HttpAnswer rest = request(port, "PUT", uploadPath(resumed), bytes.sliced(half),
                                        {"Content-Range: bytes " + QByteArray::number(half) + '-'
                                         + QByteArray::number(bytes.size() - 1) + '/'
                                         + QByteArray::number(bytes.size())});
        QCOMPARE(rest.status, 200);
        QCOMPARE(rest.offset(), bytes.size());
        QTRY_COMPARE(ben.messages().size(), 1);
        const protocol::ChatMessage message = ben.messages().first();
        QCOMPARE(message.file->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(request(port, "GET", "/files/" + message.file->id.toLatin1()).body, bytes);
        QTRY_COMPARE(again.ofType(protocol::type::ack).size(), 1);
    }

    void downloadsAnswerRanges()
    {
        QVERIFY(m_host->start());
        TestClient ann;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_s));
        const QByteArray bytes = randomBytes(1000);
        const std::optional<protocol::ChatMessage> message = sendFile(ann, ann, u"g-1"_s, u"r.bin"_s, bytes);
        QVERIFY(message);
        const quint16 port = m_host->port();
        const QByteArray path = "/files/" + message->file->id.toLatin1();

        HttpAnswer part = request(port, "GET", path, {}, {"Range: bytes=10-19"});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, bytes.sliced(10, 10));
        QCOMPARE(part.header("Content-Range"), "bytes 10-19/1000");
        part = request(port, "GET", path, {}, {"Range: bytes=990-"});
        QCOMPARE(part.body, bytes.sliced(990));
        part = request(port, "GET", path, {}, {"Range: bytes=-5"});
        QCOMPARE(part.body, bytes.sliced(995));
        part = request(port, "GET", path, {}, {"Range: bytes=5000-"});
        QCOMPARE(part.status, 416);
        QCOMPARE(part.header("Content-Range"), "bytes */1000");
        // A range for other bytes (If-Range) gets the whole file.
        part = request(port, "GET", path, {}, {"Range: bytes=10-19", "If-Range: \"other\""});
        QCOMPARE(part.status, 200);
        QCOMPARE(part.body, bytes);
        const HttpAnswer head = request(port, "HEAD", path);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Content-Length"), "1000");
        QVERIFY(head.body.isEmpty());
        QCOMPARE(request(port, "GET", "/files/AAAAAAAAAAAAAAAAAAAAAA").status, 404);
        QCOMPARE(request(port, "GET", path, {}, {"If-None-Match: " + head.header("ETag")}).status, 304);
        // A last position past any file means the end.
        part = request(port, "GET", path, {}, {"Range: bytes=990-99999999999999999999"});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, bytes.sliced(990));
    }

    void imagesAreRecognisedByTheirBytesOnly()
    {
        QVERIFY(m_host->start());
        TestClient ann;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_s));
        const quint16 port = m_host->port();

        // A real PNG, named anything: an image, with its size and a thumbnail.
        const QByteArray png = pngOf(640, 480);
        std::optional<protocol::ChatMessage> message = sendFile(ann, ann, u"i-1"_s, u"whiteboard"_s, png);
        QVERIFY(message);
        QCOMPARE(message->file->type, u"image/png"_s);
        QCOMPARE(message->file->width, 640);
        QCOMPARE(message->file->height, 480);
        QVERIFY(message->file->thumb);
        const QByteArray id = message->file->id.toLatin1();
        const HttpAnswer thumb = request(port, "GET", "/files/" + id + "/thumb");
        QCOMPARE(thumb.status, 200);
        const QImage thumbnail = QImage::fromData(thumb.body);
        QCOMPARE(thumbnail.size(), QSize(320, 240));
        const HttpAnswer view = request(port, "GET", "/files/" + id + "/view");
        QCOMPARE(view.status, 200);
        QCOMPARE(view.header("Content-Type"), "image/png");
        QVERIFY(view.header("Content-Disposition").startsWith("inline;"));
        QCOMPARE(view.header("Content-Security-Policy"), "default-src 'none'; img-src 'self'; sandbox");
        QCOMPARE(view.body, png);

        // HTML named .png is not an image; SVG and HTML are never shown inline.
        const QList<std::pair<QString, QByteArray>> notImages{
            {u"cat.png"_s, "<html><script>alert(1)</script></html>"},
            {u"logo.svg"_s, "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"},
            {u"page.html"_s, "<!doctype html><script>alert(1)</script>"},
        };
        int n = 0;
        for (const auto &[name, bytes] : notImages) {
            message = sendFile(ann, ann, u"n-"_s + QString::number(++n), name, bytes);
            QVERIFY(message);
            QVERIFY2(!message->file->isImage(), qPrintable(name));
            QCOMPARE(message->file->width, 0);
            QVERIFY(!message->file->thumb);
            const QByteArray fileId = message->file->id.toLatin1();
            QCOMPARE(request(port, "GET", "/files/" + fileId + "/view").status, 404);
            const HttpAnswer download = request(port, "GET", "/files/" + fileId);
            QCOMPARE(download.header("Content-Type"), "application/octet-stream");
            QVERIFY(download.header("Content-Disposition").startsWith("attachment;"));
        }
    }

    void filesOfOnePersonAreToldInTheOrderTheyFinished()
    {
        QVERIFY(m_host->start());
        TestClient ann;
        TestClient ben;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_s));
        QVERIFY(ben.join(m_host->chatUrl(), u"Ben"_s));
        // A picture takes a moment to check; the note sent right after it must not pass it.
        QImage picture(3000, 2000, QImage::Format_RGB32);
        for (int y = 0; y < picture.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(picture.scanLine(y));
            for (int x = 0; x < picture.width(); ++x)
                line[x] = qRgb(x * 7 + y, y * 3, (x ^ y) & 0xff);
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(picture.save(&buffer, "PNG"));
        const QJsonObject first = ask(ann, uploadOf(u"o-1"_s, u"photo.png"_s, png.size()));
        const QJsonObject second = ask(ann, uploadOf(u"o-2"_s, u"note.txt"_s, 5));
        QCOMPARE(request(m_host->port(), "PUT", uploadPath(first), png).status, 200);
        QCOMPARE(request(m_host->port(), "PUT", uploadPath(second), "hello").status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(ben.messages().size(), 2, 20000);
        QCOMPARE(ben.messages().at(0).file->name, u"photo.png"_s);
        QVERIFY(ben.messages().at(0).file->thumb);
        QCOMPARE(ben.messages().at(1).file->name, u"note.txt"_s);
    }

    void aDecompressionBombIsNeverDecoded()
    {
        QVERIFY(m_host->start());
        TestClient ann;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_s));
        // 100,000 x 100,000 pixels claimed: 40 GB to decode. Shared as a file, no thumbnail.
        const std::optional<protocol::ChatMessage> message =
            sendFile(ann, ann, u"b-1"_s, u"bomb.png"_s, claimedPng(100000, 100000));
        QVERIFY(message);
        QCOMPARE(message->file->type, u"image/png"_s);
        QVERIFY(!message->file->thumb);
        QCOMPARE(request(m_host->port(), "GET", "/files/" + message->file->id.toLatin1() + "/thumb").status, 404);
        // Under the pixel limit, but 16 bits a channel: 288 MB to decode, over the allocation
        // limit. Still no thumbnail.
        const std::optional<protocol::ChatMessage> wide =
            sendFile(ann, ann, u"b-2"_s, u"deep.png"_s, claimedPng(6000, 6000, 16));
        QVERIFY(wide);
        QVERIFY(!wide->file->thumb);
    }

    void imagesFullOfTextAreNotReadAsText()
    {
        QVERIFY(m_host->start());
        TestClient ann;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_s));
        // A 1 x 1 picture with 200 compressed text chunks, each 8 MB inflated: 1.6 GB of text for
        // a reader that keeps it. The host reads only the picture.
        const QByteArray png = pngOf(1, 1);
        const qsizetype iend = png.size() - 12;
        QByteArray text = QByteArray("comment", 7) + '\0' + '\0' + qCompress(QByteArray(8 << 20, 'a')).sliced(4);
        QByteArray chunks;
        for (int i = 0; i < 200; ++i)
            chunks += pngChunk("zTXt", text);
        const qint64 before = peakMemoryKb();
        std::optional<protocol::ChatMessage> message =
            sendFile(ann, ann, u"z-1"_s, u"tiny.png"_s, png.first(iend) + chunks + png.sliced(iend));
        QVERIFY(message);
        QVERIFY(message->file->thumb);
        QCOMPARE(message->file->width, 1);
        // A JPEG behind 900 comments of 64 KiB (59 MB): kept by a reader that keeps them.
        QImage photo(64, 48, QImage::Format_RGB32);
        photo.fill(Qt::darkRed);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(photo.save(&buffer, "JPEG"));
        QByteArray comment("\xff\xfe\xff\xff", 4);
        comment += QByteArray(0xffff - 2, 'c');
        QByteArray commented = jpeg.first(2);
        for (int i = 0; i < 900; ++i)
            commented += comment;
        commented += jpeg.sliced(2);
        message = sendFile(ann, ann, u"z-2"_s, u"photo.jpg"_s, commented);
        QVERIFY(message);
        QVERIFY(message->file->thumb);
        QCOMPARE(message->file->width, 64);
        QCOMPARE(message->file->height, 48);
        if (before > 0)
            QVERIFY2(peakMemoryKb() - before < 300 * 1024, qPrintable(QString::number(peakMemoryKb() - before)));
    }

    void aHostKilledDuringAnUploadNeverAnnouncesHalfAFile()
    {
        QTemporaryDir dataDir;
        QProcess host;
        const auto startHost = [&]() -> quint16 {
            host.setProgram(QStringLiteral(TINCAN_BIN));
            host.setArguments({u"--headless"_s, u"--no-discovery"_s, u"--bind"_s, u"127.0.0.1"_s, u"--port"_s,
                               u"0"_s, u"--data-dir"_s, dataDir.path()});
            host.start();
            static const QRegularExpression link(u"http://127\\.0\\.0\\.1:(\\d+)/"_s);
            QString output;
            [[maybe_unused]] const bool waited = QTest::qWaitFor([&] {
                output += QString::fromUtf8(host.readAllStandardOutput());
                return link.match(output).hasMatch() || host.state() == QProcess::NotRunning;
            }, 10000);
            return quint16(link.match(output).captured(1).toUInt());
        };
        quint16 port = startHost();
        QVERIFY(port != 0);
        const QUrl url(u"ws://127.0.0.1:"_s + QString::number(port) + u"/ws"_s);
        TestClient ann;
        QVERIFY(ann.join(url, u"Ann"_s));
        const QByteArray bytes = randomBytes(1024 * 1024);
        const QJsonObject ready = ask(ann, uploadOf(u"k-1"_s, u"half.bin"_s, bytes.size()));
        QCOMPARE(typeOf(ready), u"upload-ready"_s);
        QTcpSocket put;
        put.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(put.waitForConnected(5000));
        put.write("PUT " + uploadPath(ready) + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                  + "\r\nContent-Length: " + QByteArray::number(bytes.size()) + "\r\n\r\n");
        put.write(bytes.first(bytes.size() / 2));
        QTRY_COMPARE(offsetWhileReceiving(port, uploadPath(ready), bytes.size()), bytes.size() / 2);
        const QDir partial(dataDir.filePath(u"files/partial"_s));
        QCOMPARE(partial.entryList(QDir::Files).size(), 1);

        host.kill();
        QVERIFY(host.waitForFinished(10000));
        port = startHost();
        QVERIFY(port != 0);
        TestClient ben;
        QVERIFY(ben.join(QUrl(u"ws://127.0.0.1:"_s + QString::number(port) + u"/ws"_s), u"Ben"_s));
        QVERIFY(messagesIn(ben.welcome().value("history"_L1)).isEmpty());
        QCOMPARE(partial.entryList(QDir::Files).size(), 0);
        QCOMPARE(QDir(dataDir.filePath(u"files"_s)).entryList(QDir::Files).size(), 0);
        host.terminate();
        QVERIFY(host.waitForFinished(10000));
    }
};

QTEST_MAIN(TestFiles)
#include "tst_files.moc"
