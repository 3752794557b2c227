#include "protocol/limits.h"
#include "server/http/pagetranslations.h"
#include "translations/language.h"
#include "rawclient.h"
#include "testclient.h"
#include "server/http/webassets.h"
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

// A page file as the host serves it: its source, without the comments the wire does not need.
QByteArray resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qsizetype dot = path.lastIndexOf(u'.');
    return tincan::WebAssets::forTheWire(file.readAll(), path.sliced(dot).toLatin1());
}

// HTTP's deflate coding is a zlib stream; qUncompress wants it behind the uncompressed length
// (4 bytes, big-endian), which the host strips from qCompress's output.
QByteArray inflate(const QByteArray &zlib, qsizetype expectedSize)
{
    QByteArray prefixed(4, '\0');
    for (int i = 0; i < 4; ++i)
        prefixed[i] = char((quint32(expectedSize) >> (8 * (3 - i))) & 0xff);
    return qUncompress(prefixed + zlib);
}

// Every file of the page, by the path it is served under.
QStringList pageFiles()
{
    return QDir(u":/web"_qs).entryList(QDir::Files, QDir::Name);
}

constexpr QByteArrayView browserAcceptEncoding = "Accept-Encoding: gzip, deflate, br, zstd\r\n";

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

    void servesTheRoomNameForTheJoinScreen()
    {
        // Hostile on purpose: the page must show it as text, and the JSON must carry it whole.
        const QString room = u"<b>Friday</b> \"LAN\" party 🍕"_qs;
        TestHost host(room);
        QVERIFY(host.start());
        const QByteArray request = "GET /room.json HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(host.port()) + "\r\n\r\n";
        const HttpReply reply = exchange(host.port(), request);
        QVERIFY(reply.complete);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
        QVERIFY(!reply.headers.value("etag").isEmpty());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object().value(u"room"_qs).toString(), room);
        QCOMPARE(document.object().size(), 1);

        // Revalidation: unchanged while the host runs.
        const QByteArray again = "GET /room.json HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(host.port())
            + "\r\nIf-None-Match: " + reply.headers.value("etag") + "\r\n\r\n";
        QCOMPARE(exchange(host.port(), again).status, 304);
        host.stop();
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
        // A client that does not say it takes compression gets the file as it is.
        QVERIFY(!reply.headers.contains("content-encoding"));
        QCOMPARE(reply.headers.value("vary"), QByteArray("Accept-Encoding"));
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

    // The page's files stay small enough for a phone on a weak network: what counts is the
    // bytes a browser receives (compressed), so the sources can stay readable.
    void pageStaysWithinItsBudget()
    {
        qint64 total = 0;
        QStringList sizes;
        const QStringList files = pageFiles();
        for (const QString &file : files) {
            const HttpReply reply = exchange(m_host.port(), get("/" + file.toUtf8(), browserAcceptEncoding.toByteArray()));
            QCOMPARE(reply.status, 200);
            total += reply.body.size();
            sizes.append(file + u' ' + QString::number(reply.body.size()));
        }
        QVERIFY2(files.contains(u"index.html"_qs) && files.contains(u"app.js"_qs) && files.contains(u"strings.js"_qs)
                     && files.contains(u"style.css"_qs) && files.contains(u"icon.svg"_qs),
                 qPrintable(files.join(u", ")));
        // What it fetches besides its files: the room's name, and a visitor's language.
        const HttpReply room = exchange(m_host.port(), get("/room.json", browserAcceptEncoding.toByteArray()));
        QCOMPARE(room.status, 200);
        total += room.body.size();
        qsizetype largestStrings = 0;
        const QStringList languages = Language::available();
        for (const QString &code : languages) {
            if (code == u"en"_qs)
                continue; // built in
            const QByteArray path = "/i18n/" + Language::toBcp47(code).toLatin1() + ".json";
            const HttpReply strings = exchange(m_host.port(), get(path, browserAcceptEncoding.toByteArray()));
            QCOMPARE(strings.status, 200);
            largestStrings = std::max(largestStrings, strings.body.size());
        }
        total += largestStrings;
        sizes.append(u"room.json "_qs + QString::number(room.body.size()));
        sizes.append(u"largest strings "_qs + QString::number(largestStrings));
        QVERIFY2(total > 0 && total <= limits::maxPageBytes, qPrintable(QString::number(total) + u": " + sizes.join(u", ")));
    }

    // Only comments and indentation go: a JavaScript line that is nothing but a comment, a CSS
    // comment, the white space a line starts with, empty lines.
    void commentsAndIndentationAreLeftOut()
    {
        QCOMPARE(tincan::WebAssets::forTheWire("// why\nconst a = 'http://x'; // kept\n  // also why\n\n\tif (a) {\n    b(' in ');\n}\n", ".js"),
                 QByteArray("const a = 'http://x'; // kept\nif (a) {\nb(' in ');\n}\n"));
        QCOMPARE(tincan::WebAssets::forTheWire("/* head */\na { color: red; } /* one */\n/* two\n lines */\nb {\n  margin: 0 1px;\n}\n", ".css"),
                 QByteArray("a { color: red; } \nb {\nmargin: 0 1px;\n}\n"));
        QCOMPARE(tincan::WebAssets::forTheWire("<!-- kept -->\n  <p>", ".html"), QByteArray("<!-- kept -->\n  <p>"));
        // No line of the page's JavaScript goes on to the next with a backslash, so a line that
        // looks like a comment is one (the browser tests run the page as served).
        for (const QString &file : pageFiles()) {
            if (!file.endsWith(u".js"_qs))
                continue;
            QFile source(u":/web/"_qs + file);
            QVERIFY(source.open(QIODevice::ReadOnly));
            for (const QByteArray &line : source.readAll().split('\n'))
                QVERIFY2(!line.endsWith('\\'), qPrintable(file));
        }
    }

    // Browsers that take HTTP's deflate coding get each file compressed, and it decodes to
    // exactly the file.
    void servesCompressedWhenAccepted_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("resourcePath");
        const QStringList files = pageFiles();
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << QByteArray("/" + file.toUtf8()) << u":/web/"_qs + file;
        QTest::newRow("page") << QByteArray("/") << u":/web/index.html"_qs;
    }

    void servesCompressedWhenAccepted()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, resourcePath);
        const QByteArray expected = resource(resourcePath);
        QVERIFY(!expected.isEmpty());
        const HttpReply identity = exchange(m_host.port(), get(path));
        const HttpReply reply = exchange(m_host.port(), get(path, browserAcceptEncoding.toByteArray()));
        QVERIFY(reply.complete);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.headers.value("content-encoding"), QByteArray("deflate"));
        QCOMPARE(reply.headers.value("vary"), QByteArray("Accept-Encoding"));
        QCOMPARE(reply.headers.value("content-type"), identity.headers.value("content-type"));
        QCOMPARE(reply.headers.value("content-length").toLongLong(), reply.body.size());
        QVERIFY2(reply.body.size() < expected.size(), qPrintable(QString::number(reply.body.size())));
        QCOMPARE(inflate(reply.body, expected.size()), expected);
        const QByteArray etag = reply.headers.value("etag");
        QVERIFY(etag.startsWith('"'));
        QVERIFY(etag != identity.headers.value("etag"));

        // HEAD says the same, without the body.
        const HttpReply head = exchange(m_host.port(), get(path, browserAcceptEncoding.toByteArray(), "HEAD"));
        QCOMPARE(head.status, 200);
        QCOMPARE(head.headers.value("content-encoding"), QByteArray("deflate"));
        QCOMPARE(head.headers.value("content-length").toLongLong(), reply.body.size());
        QCOMPARE(head.headers.value("etag"), etag);
        QCOMPARE(head.headers.value("vary"), QByteArray("Accept-Encoding"));
        QVERIFY(head.body.isEmpty());
    }

    // Only a client that says it takes deflate gets it; everyone else gets the file as it is.
    void acceptEncodingIsHonoured_data()
    {
        QTest::addColumn<QByteArray>("acceptEncoding");
        QTest::addColumn<bool>("deflate");
        QTest::newRow("none") << QByteArray() << false;
        QTest::newRow("gzip and br only") << QByteArray("gzip, br") << false;
        QTest::newRow("identity") << QByteArray("identity") << false;
        QTest::newRow("deflate refused") << QByteArray("gzip, deflate;q=0") << false;
        QTest::newRow("deflate refused, q=0.000") << QByteArray("deflate; q=0.000, gzip") << false;
        QTest::newRow("anything but deflate") << QByteArray("*, deflate;q=0") << false;
        QTest::newRow("nothing at all") << QByteArray("*;q=0") << false;
        QTest::newRow("deflate") << QByteArray("deflate") << true;
        QTest::newRow("upper case, weighted") << QByteArray("gzip;q=1.0, DEFLATE;q=0.5") << true;
        QTest::newRow("anything") << QByteArray("*") << true;
    }

    void acceptEncodingIsHonoured()
    {
        QFETCH(QByteArray, acceptEncoding);
        QFETCH(bool, deflate);
        const QByteArray expected = resource(u":/web/style.css"_qs);
        const QByteArray header = acceptEncoding.isNull() ? QByteArray() : "Accept-Encoding: " + acceptEncoding + "\r\n";
        const HttpReply reply = exchange(m_host.port(), get("/style.css", header));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.headers.value("vary"), QByteArray("Accept-Encoding"));
        QCOMPARE(reply.headers.value("content-length").toLongLong(), reply.body.size());
        if (deflate) {
            QCOMPARE(reply.headers.value("content-encoding"), QByteArray("deflate"));
            QCOMPARE(inflate(reply.body, expected.size()), expected);
        } else {
            QVERIFY(!reply.headers.contains("content-encoding"));
            QCOMPARE(reply.body, expected);
        }
    }

    // Each coding has its own ETag: a browser revalidates the copy it holds, and a validator of
    // one coding never gets a 304 for the other.
    void etagRevalidationPerEncoding()
    {
        const QByteArray deflate = browserAcceptEncoding.toByteArray();
        const HttpReply plain = exchange(m_host.port(), get("/app.js"));
        const HttpReply packed = exchange(m_host.port(), get("/app.js", deflate));
        const QByteArray plainTag = plain.headers.value("etag");
        const QByteArray packedTag = packed.headers.value("etag");
        QVERIFY(!plainTag.isEmpty() && !packedTag.isEmpty() && plainTag != packedTag);

        const HttpReply packedAgain = exchange(m_host.port(), get("/app.js", deflate + "If-None-Match: " + packedTag + "\r\n"));
        QCOMPARE(packedAgain.status, 304);
        QVERIFY(packedAgain.body.isEmpty());
        QCOMPARE(packedAgain.headers.value("etag"), packedTag);
        QCOMPARE(packedAgain.headers.value("vary"), QByteArray("Accept-Encoding"));
        QCOMPARE(packedAgain.headers.value("content-length"), packed.headers.value("content-length"));

        const HttpReply plainAgain = exchange(m_host.port(), get("/app.js", "If-None-Match: " + plainTag + "\r\n"));
        QCOMPARE(plainAgain.status, 304);
        QCOMPARE(plainAgain.headers.value("etag"), plainTag);
        QCOMPARE(plainAgain.headers.value("content-length"), plain.headers.value("content-length"));
        QCOMPARE(plainAgain.headers.value("vary"), QByteArray("Accept-Encoding"));

        // The other coding's validator: the full answer in the coding asked for.
        const HttpReply crossed = exchange(m_host.port(), get("/app.js", deflate + "If-None-Match: " + plainTag + "\r\n"));
        QCOMPARE(crossed.status, 200);
        QCOMPARE(crossed.headers.value("content-encoding"), QByteArray("deflate"));
        QCOMPARE(crossed.body, packed.body);
        const HttpReply crossedBack = exchange(m_host.port(), get("/app.js", "If-None-Match: " + packedTag + "\r\n"));
        QCOMPARE(crossedBack.status, 200);
        QVERIFY(!crossedBack.headers.contains("content-encoding"));
        QCOMPARE(crossedBack.body, plain.body);
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
