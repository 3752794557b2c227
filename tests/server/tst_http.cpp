#include "protocol/limits.h"
#include "server/http/pagetranslations.h"
#include "translations/language.h"
#include "rawclient.h"
#include "testclient.h"
#include "testhost.h"

#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

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
HttpReply exchange(quint16 port, const QByteArray &request, int timeoutMs = 3000,
                   const QHostAddress &from = {})
{
    QTcpSocket socket;
    QByteArray raw;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { raw += socket.readAll(); });
    if (!from.isNull())
        socket.bind(from);
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

    // The page's strings in other languages, made from the app's translations: every key, the
    // same headers as the page's files, the closest language for a browser's tag.
    void servesPageTranslations_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("code");
        const QStringList codes = Language::available();
        for (const QString &code : codes) {
            const QByteArray tag = Language::toBcp47(code).toLatin1();
            QTest::newRow(tag.constData()) << QByteArray("/i18n/" + tag + ".json") << code;
        }
        QTest::newRow("German in Austria") << QByteArray("/i18n/de-AT.json") << u"de"_qs;
        QTest::newRow("lower case") << QByteArray("/i18n/pt-br.json") << u"pt_BR"_qs;
        QTest::newRow("Portuguese") << QByteArray("/i18n/pt.json") << u"pt_BR"_qs;
        QTest::newRow("Simplified Chinese") << QByteArray("/i18n/zh-Hans-CN.json") << u"zh_CN"_qs;
        QTest::newRow("Latin American Spanish") << QByteArray("/i18n/es-419.json") << u"es"_qs;
    }

    void servesPageTranslations()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, code);
        const HttpReply reply = exchange(m_host.port(), get(path));
        QVERIFY(reply.complete);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(reply.headers.value("content-length").toLongLong(), reply.body.size());
        QCOMPARE(reply.headers.value("cache-control"), QByteArray("no-cache"));
        QCOMPARE(reply.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QVERIFY(reply.headers.value("etag").startsWith('"'));
        QVERIFY(reply.headers.value("content-security-policy").contains("default-src 'none'"));
        QCOMPARE(reply.body, PageTranslations::json(code));

        QJsonParseError error;
        const QJsonObject table = QJsonDocument::fromJson(reply.body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        // Nothing on the page is left in English.
        const QStringList keys = PageTranslations::keys();
        for (const QString &key : keys)
            QVERIFY2(table.contains(key), qPrintable(code + u": " + key));
        QCOMPARE(table.size(), keys.size());
    }

    void pageTranslationsShareTheDesktopSentences()
    {
        const HttpReply reply = exchange(m_host.port(), get("/i18n/de.json"));
        QCOMPARE(reply.status, 200);
        const QJsonObject table = QJsonDocument::fromJson(reply.body).object();
        // The page's own sentences, its parameters by name, and the desktop window's sentences.
        QCOMPARE(table.value(u"join.button"_qs).toString(), u"Beitreten"_qs);
        QCOMPARE(table.value(u"nick.takenSuggest"_qs).toString(),
                 u"„{name}“ ist in diesem Raum schon vergeben. Wie wäre es mit „{suggestion}“?"_qs);
        QCOMPARE(table.value(u"status.connected"_qs).toString(), u"Verbunden"_qs);
        QCOMPARE(table.value(u"sys.renamed"_qs).toString(), u"{from} heißt jetzt {to}"_qs);
        // Plurals: a text for each sample count, with {count}.
        const QJsonObject forms = table.value(u"msg.jumpToNew"_qs).toObject();
        QCOMPARE(forms.value(u"1"_qs).toString(), u"{count} neue Nachricht"_qs);
        QCOMPARE(forms.value(u"2"_qs).toString(), u"{count} neue Nachrichten"_qs);
        QCOMPARE(forms.value(u"0"_qs).toString(), u"{count} neue Nachrichten"_qs);
        const QJsonObject tooLong = table.value(u"compose.tooLong"_qs).toObject();
        QCOMPARE(tooLong.value(u"5"_qs).toString(), u"{count} Zeichen zu lang. Die Grenze liegt bei {max}."_qs);
        // French has 0 in the singular.
        const QJsonObject french = QJsonDocument::fromJson(exchange(m_host.port(), get("/i18n/fr.json")).body).object();
        QCOMPARE(french.value(u"announce.more"_qs).toObject().value(u"0"_qs).toString(), u"{count}\u00a0autre message"_qs);
    }

    // The page's files stay small enough for a phone on a weak network.
    void pageStaysWithinItsBudget()
    {
        qint64 total = 0;
        const QStringList files = QDir(u":/web"_qs).entryList(QDir::Files);
        for (const QString &file : files)
            total += resource(u":/web/"_qs + file).size();
        QVERIFY2(total > 0 && total < 60000, qPrintable(QString::number(total)));
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
        // Every response says its length; a 304's is that of the file it stands for.
        QCOMPARE(again.headers.value("content-length"), first.headers.value("content-length"));
        QCOMPARE(first.headers.value("content-length").toLongLong(), first.body.size());
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
        QTest::newRow("language not shipped") << QByteArray("GET /i18n/it.json HTTP/1.1\r\n" + host + "\r\n") << 404;
        QTest::newRow("traditional Chinese") << QByteArray("GET /i18n/zh-TW.json HTTP/1.1\r\n" + host + "\r\n") << 404;
        QTest::newRow("language nonsense") << QByteArray("GET /i18n/%2e%2e.json HTTP/1.1\r\n" + host + "\r\n") << 404;
        QTest::newRow("language in a folder") << QByteArray("GET /i18n/x/de.json HTTP/1.1\r\n" + host + "\r\n") << 404;
        QTest::newRow("translation file") << QByteArray("GET /i18n/tincan_de.qm HTTP/1.1\r\n" + host + "\r\n") << 404;
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

    // DNS rebinding: a page on another site whose name was pointed at this host's address must
    // not get the page (421) nor the chat (403). Names and addresses of this host are let in.
    void requestsMustNameThisHost_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("upgrade");
        const QByteArray port = ':' + QByteArray::number(m_host.port());
        QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1" + port) << 200 << 101;
        QTest::newRow("localhost") << QByteArray("localhost" + port) << 200 << 101;
        QTest::newRow("LOCALHOST.") << QByteArray("LOCALHOST." + port) << 200 << 101;
        QTest::newRow("[::1]") << QByteArray("[::1]" + port) << 200 << 101;
        QTest::newRow("machine name") << QSysInfo::machineHostName().toLower().toUtf8() + port << 200 << 101;
        QTest::newRow("machine name .local")
            << QSysInfo::machineHostName().section(u'.', 0, 0).toLower().toUtf8() + ".local" + port << 200 << 101;
        QTest::newRow("another site") << QByteArray("evil.example" + port) << 421 << 403;
        QTest::newRow("another site, no port") << QByteArray("evil.example") << 421 << 403;
        QTest::newRow("an address not ours") << QByteArray("192.0.2.77" + port) << 421 << 403;
        QTest::newRow("no Host") << QByteArray() << 421 << 400;
        QTest::newRow("user info") << QByteArray("localhost@evil.example") << 421 << 403;
    }

    void requestsMustNameThisHost()
    {
        QFETCH(QByteArray, host);
        QFETCH(int, page);
        QFETCH(int, upgrade);
        const QByteArray hostLine = host.isEmpty() ? QByteArray() : "Host: " + host + "\r\n";
        const HttpReply reply = exchange(m_host.port(), "GET / HTTP/1.1\r\n" + hostLine + "\r\n");
        QCOMPARE(reply.status, page);
        if (page != 200)
            QVERIFY(!reply.body.contains("<script"));

        // The upgrade, with the Origin a page at that name would send.
        QByteArray request = "GET /ws HTTP/1.1\r\n" + hostLine
            + "Origin: http://" + host + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_host.port());
        QVERIFY(socket.waitForConnected(3000));
        socket.write(request);
        QTRY_VERIFY(socket.bytesAvailable() > 0 || socket.state() != QAbstractSocket::ConnectedState);
        QTRY_VERIFY(socket.peek(1024).contains("\r\n\r\n") || socket.state() != QAbstractSocket::ConnectedState);
        const QByteArray answer = socket.readAll();
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(upgrade) + ' ')), answer.constData());
    }

    void allowedHostNamesAreLetIn()
    {
        TestHost host;
        host.setAllowedHostNames({u"chat.office.example"_qs});
        QVERIFY(host.start());
        const QByteArray port = ':' + QByteArray::number(host.port());
        QCOMPARE(exchange(host.port(), "GET / HTTP/1.1\r\nHost: chat.office.example" + port + "\r\n\r\n").status, 200);
        QCOMPARE(exchange(host.port(), "GET / HTTP/1.1\r\nHost: CHAT.office.example\r\n\r\n").status, 200);
        QCOMPARE(exchange(host.port(), "GET / HTTP/1.1\r\nHost: other.office.example" + port + "\r\n\r\n").status, 421);
        host.stop();
    }

    // One address holding many unfinished heads (Slowloris) is refused beyond its own share;
    // everyone else, and everyone already chatting, is unaffected.
    void oneAddressCannotHoldEveryonesConnections()
    {
        TestClient member;
        QVERIFY(member.join(m_host.chatUrl(), u"Member"_qs));
        std::vector<std::unique_ptr<QTcpSocket>> stalled;
        const QHostAddress attacker(u"127.0.0.66"_qs);
        for (int i = 0; i < 600; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->bind(attacker);
            socket->connectToHost(QHostAddress::LocalHost, m_host.port());
            stalled.push_back(std::move(socket));
        }
        QTRY_VERIFY(std::all_of(stalled.cbegin(), stalled.cend(), [](const auto &s) {
            return s->state() != QAbstractSocket::ConnectingState;
        }));
        for (const auto &socket : stalled)
            socket->write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // never finished
        // Beyond its share, the attacker's connections are refused at once, with 503.
        QTRY_VERIFY_WITH_TIMEOUT(std::count_if(stalled.cbegin(), stalled.cend(), [](const auto &s) {
            return s->state() == QAbstractSocket::UnconnectedState;
        }) >= 600 - limits::maxUnansweredPerAddress, 10000);
        const auto refused = std::find_if(stalled.cbegin(), stalled.cend(), [](const auto &s) {
            return s->bytesAvailable() > 0;
        });
        QVERIFY(refused != stalled.cend());
        QVERIFY((*refused)->readAll().startsWith("HTTP/1.1 503 "));

        // Meanwhile others load the page and join, and the member still chats.
        QCOMPARE(exchange(m_host.port(), get("/"), 3000, QHostAddress(u"127.0.0.67"_qs)).status, 200);
        TestClient newcomer;
        QVERIFY(newcomer.join(m_host.chatUrl(), u"Newcomer"_qs));
        member.sendObject(protocol::Send{u"member-1"_qs, u"still here"_qs}.toJson());
        QTRY_COMPARE(newcomer.messages().size(), 1);
        QVERIFY(!member.closed);
    }

    void connectionsPerAddressAreCapped()
    {
        // Chat connections from one address (a phone, a desktop) up to the cap...
        const QHostAddress busy(u"127.0.0.68"_qs);
        std::vector<std::unique_ptr<RawClient>> held;
        for (int i = 0; i < limits::maxConnectionsPerAddress; ++i) {
            held.push_back(std::make_unique<RawClient>(m_host.port(), busy));
            QVERIFY(held.back()->upgrade().startsWith("HTTP/1.1 101"));
        }
        // ...and one more from there is refused at once; another address is not.
        QCOMPARE(exchange(m_host.port(), get("/"), 3000, busy).status, 503);
        QCOMPARE(exchange(m_host.port(), get("/"), 3000, QHostAddress(u"127.0.0.69"_qs)).status, 200);
        // A slot that ends is free again.
        held.back()->socket.abort();
        held.pop_back();
        QTRY_COMPARE(exchange(m_host.port(), get("/"), 3000, busy).status, 200);
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
