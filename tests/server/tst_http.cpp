#include "protocol/limits.h"
#include "testclient.h"
#include "testhost.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTest>

using namespace tincan;

namespace {

struct HttpReply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    bool complete = false;
};

HttpReply parseReply(const QByteArray &raw)
{
    HttpReply reply;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        return reply;
    const QList<QByteArray> lines = raw.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    reply.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        reply.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    reply.body = raw.mid(end + 4);
    reply.complete = true;
    return reply;
}

// Sends raw bytes and reads until the host closes the connection, keeping the event loop (and
// so the host in this process) running.
HttpReply exchange(quint16 port, const QByteArray &request, int timeoutMs = 3000)
{
    QTcpSocket socket;
    QByteArray raw;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { raw += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 3000))
        return {};
    socket.write(request);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs))
        return {};
    raw += socket.readAll();
    return parseReply(raw);
}

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The front door as a browser sees it: files, headers, refusals and time limits.
class tst_Http final : public QObject
{
    Q_OBJECT

private:
    TestHost m_host;

    QByteArray get(const QByteArray &path, const QByteArray &extra = {}, const QByteArray &method = "GET")
    {
        return method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_host.port())
            + "\r\n" + extra + "\r\n";
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_host.start()); }
    void cleanupTestCase() { m_host.stop(); }

    void servesPageFiles_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("resourcePath");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("page") << QByteArray("/") << u":/web/index.html"_qs << QByteArray("text/html; charset=utf-8");
        QTest::newRow("page with query") << QByteArray("/?from=qr") << u":/web/index.html"_qs << QByteArray("text/html; charset=utf-8");
        QTest::newRow("script") << QByteArray("/app.js") << u":/web/app.js"_qs << QByteArray("text/javascript; charset=utf-8");
        QTest::newRow("strings") << QByteArray("/strings.js") << u":/web/strings.js"_qs << QByteArray("text/javascript; charset=utf-8");
        QTest::newRow("style") << QByteArray("/style.css") << u":/web/style.css"_qs << QByteArray("text/css; charset=utf-8");
        QTest::newRow("icon") << QByteArray("/icon.svg") << u":/web/icon.svg"_qs << QByteArray("image/svg+xml; charset=utf-8");
    }

    void servesPageFiles()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, resourcePath);
        QFETCH(QByteArray, contentType);
        const QByteArray expected = resource(resourcePath);
        QVERIFY(!expected.isEmpty());

        const HttpReply reply = exchange(m_host.port(), get(path));
        QVERIFY(reply.complete);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, expected);
        QCOMPARE(reply.headers.value("content-type"), contentType);
        QCOMPARE(reply.headers.value("content-length").toLongLong(), expected.size());
        QCOMPARE(reply.headers.value("cache-control"), QByteArray("no-cache"));
        QCOMPARE(reply.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QVERIFY(reply.headers.value("etag").startsWith('"'));
        const QByteArray csp = reply.headers.value("content-security-policy");
        QVERIFY2(csp.contains("default-src 'none'"), csp.constData());
        QVERIFY2(csp.contains("script-src 'self'"), csp.constData());
        QVERIFY2(csp.contains(QByteArray("connect-src 'self' ws://127.0.0.1:" + QByteArray::number(m_host.port()))),
                 csp.constData());
        QVERIFY2(csp.contains("frame-ancestors 'none'"), csp.constData());
    }

    void headHasHeadersWithoutBody()
    {
        const HttpReply reply = exchange(m_host.port(), get("/", {}, "HEAD"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.headers.value("content-length").toLongLong(), resource(u":/web/index.html"_qs).size());
        QVERIFY(reply.body.isEmpty());
    }

    void etagRevalidation()
    {
        const HttpReply first = exchange(m_host.port(), get("/app.js"));
        const QByteArray etag = first.headers.value("etag");
        QVERIFY(!etag.isEmpty());
        const HttpReply again = exchange(m_host.port(), get("/app.js", "If-None-Match: " + etag + "\r\n"));
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        QCOMPARE(again.headers.value("etag"), etag);
        const HttpReply stale = exchange(m_host.port(), get("/app.js", "If-None-Match: \"old\"\r\n"));
        QCOMPARE(stale.status, 200);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray host = "Host: 127.0.0.1\r\n";
        QTest::newRow("unknown path") << QByteArray("GET /secret.txt HTTP/1.1\r\n" + host + "\r\n") << 404;
        QTest::newRow("dot dot") << QByteArray("GET /../../etc/passwd HTTP/1.1\r\n" + host + "\r\n") << 404;
        QTest::newRow("resource prefix") << QByteArray("GET /web/index.html HTTP/1.1\r\n" + host + "\r\n") << 404;
        QTest::newRow("post") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 0\r\n\r\n") << 405;
        QTest::newRow("delete") << QByteArray("DELETE /app.js HTTP/1.1\r\n" + host + "\r\n") << 405;
        QTest::newRow("garbage") << QByteArray("HELLO THERE\r\n\r\n") << 400;
        QTest::newRow("no slash") << QByteArray("GET index.html HTTP/1.1\r\n" + host + "\r\n") << 400;
        QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 400;
        QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nno colon here\r\n\r\n") << 400;
        QTest::newRow("request line too long")
            << QByteArray("GET /" + QByteArray(limits::maxRequestLineBytes, 'a') + " HTTP/1.1\r\n" + host + "\r\n") << 414;
        QTest::newRow("endless request line") << QByteArray(limits::maxRequestLineBytes + 10, 'a') << 414;
        QTest::newRow("headers too large")
            << QByteArray("GET / HTTP/1.1\r\n" + host + "X-Big: " + QByteArray(limits::maxHeadBytes, 'b') + "\r\n\r\n") << 431;
        QTest::newRow("upgrade elsewhere")
            << QByteArray("GET /chat HTTP/1.1\r\n" + host + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n") << 404;
        QTest::newRow("upgrade without key")
            << QByteArray("GET /ws HTTP/1.1\r\n" + host + "Upgrade: websocket\r\nConnection: Upgrade\r\n\r\n") << 400;
    }

    void refusals()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const HttpReply reply = exchange(m_host.port(), request);
        QVERIFY(reply.complete);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.headers.value("content-length").toLongLong(), reply.body.size());
        if (status == 405)
            QCOMPARE(reply.headers.value("allow"), QByteArray("GET, HEAD"));
    }

    void slowHeadTimesOutWithoutBlockingOthers()
    {
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, m_host.port());
        QTRY_COMPARE(slow.state(), QAbstractSocket::ConnectedState);
        slow.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // never finished

        // While it stalls, a page load and a chat both work.
        const HttpReply page = exchange(m_host.port(), get("/"));
        QCOMPARE(page.status, 200);
        TestClient chatter;
        QVERIFY(chatter.join(m_host.chatUrl(), u"Ann"_qs));

        QByteArray raw;
        QTRY_VERIFY_WITH_TIMEOUT((raw += slow.readAll(), slow.state() != QAbstractSocket::ConnectedState),
                                 limits::headTimeoutMs + 3000);
        raw += slow.readAll();
        QCOMPARE(parseReply(raw).status, 408);
    }

    void silentConnectionIsClosed()
    {
        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, m_host.port());
        QTRY_COMPARE(silent.state(), QAbstractSocket::ConnectedState);
        QTRY_VERIFY_WITH_TIMEOUT(silent.state() != QAbstractSocket::ConnectedState, limits::headTimeoutMs + 3000);
    }
};

QTEST_GUILESS_MAIN(tst_Http)
#include "tst_http.moc"
