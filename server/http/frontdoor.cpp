#include "server/http/frontdoor.h"

#include "protocol/limits.h"
#include "protocol/messages.h"
#include "server/clientaddress.h"
#include "server/http/filetransfer.h"
#include "server/http/httphead.h"
#include "server/http/httpresponse.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFrontDoor, "tincan.server.http", QtWarningMsg)

namespace tincan {

namespace {

// Matches a QWebSocket that Qt upgraded with the TCP connection it was made from.
QString connectionKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + u'|' + QString::number(port);
}

// "Host" as host and port, lower-cased, with the default port made explicit.
QString normalizedAuthority(const QString &scheme, const QString &host, int port)
{
    const int defaultPort = scheme == u"https" || scheme == u"wss" ? 443 : 80;
    return host.toLower() + u':' + QString::number(port < 0 ? defaultPort : port);
}

// A browser's Origin must name the host the request was sent to: anything else is another
// site trying to use the visitor's browser to join (cross-site WebSocket hijacking).
bool originMatchesHost(const QByteArray &origin, const QByteArray &host)
{
    const QUrl originUrl(QString::fromLatin1(origin), QUrl::StrictMode);
    if (!originUrl.isValid() || originUrl.host().isEmpty())
        return false;
    const QUrl hostUrl(u"http://"_s + QString::fromLatin1(host), QUrl::StrictMode);
    if (!hostUrl.isValid() || hostUrl.host().isEmpty())
        return false;
    return normalizedAuthority(originUrl.scheme(), originUrl.host(), originUrl.port())
        == normalizedAuthority(u"http"_s, hostUrl.host(), hostUrl.port());
}

// True when the request's Accept-Encoding takes HTTP's deflate coding (RFC 9110 section
// 12.5.3): named, or covered by "*", and not refused with q=0.
bool acceptsDeflate(const http::RequestHead &request)
{
    std::optional<bool> deflate;
    std::optional<bool> any;
    for (const auto &[name, value] : request.headers) {
        if (name != "accept-encoding")
            continue;
        for (const QByteArray &item : value.split(',')) {
            const QList<QByteArray> parts = item.split(';');
            const QByteArray coding = parts.first().trimmed().toLower();
            bool refused = false;
            for (qsizetype i = 1; i < parts.size(); ++i) {
                const QByteArray param = parts.at(i).trimmed().toLower();
                if (param.startsWith("q=")) {
                    bool ok = false;
                    const double q = param.mid(2).toDouble(&ok);
                    refused = !ok || q <= 0;
                }
            }
            if (coding == "deflate")
                deflate = !refused;
            else if (coding == "*")
                any = !refused;
        }
    }
    return deflate.value_or(any.value_or(false));
}

} // namespace

FrontDoor::FrontDoor(const QStringList &allowedHostNames, int maxConnections, QObject *parent)
    : QObject(parent)
    , m_tcpServer(new QTcpServer(this))
    , m_webSocketServer(new QWebSocketServer(u"Tincan"_s, QWebSocketServer::NonSecureMode, this))
    , m_headDeadlines(limits::headTimeoutMs,
                      [this](const QPointer<QTcpSocket> &socket) {
                          // Still counted: its head has not been answered in time.
                          if (socket && m_unanswered.contains(socket.data()))
                              respond(socket, 408);
                      })
    , m_handshakeDeadlines(limits::handshakeTimeoutMs,
                           [this](const std::pair<QString, QPointer<QTcpSocket>> &entry) {
                               const auto it = m_handshaking.constFind(entry.first);
                               if (it == m_handshaking.cend() || *it != entry.second)
                                   return; // upgraded, or the key is another connection's now
                               const QPointer<QTcpSocket> pending = *it;
                               m_handshaking.erase(it);
                               if (pending) {
                                   qCInfo(lcFrontDoor) << "a WebSocket handshake did not complete; closing";
                                   pending->abort();
                               }
                           })
    , m_hostNames(allowedHostNames)
    , m_maxConnections(maxConnections)
{
    connect(m_tcpServer, &QTcpServer::newConnection, this, &FrontDoor::onNewConnection);
    // Out of descriptors (or another resource), Qt stops accepting for good; the host tries
    // again shortly, when connections have ended.
    connect(m_tcpServer, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        qCWarning(lcFrontDoor) << "could not accept a connection:" << error;
        QTimer::singleShot(limits::acceptRetryMs, m_tcpServer, &QTcpServer::resumeAccepting);
    });
    // Upgrades are taken as soon as Qt has made them; the queue never holds more than one, but
    // Qt's default of 30 would refuse quietly if it ever did.
    m_webSocketServer->setMaxPendingConnections(limits::listenBacklog);
    connect(m_webSocketServer, &QWebSocketServer::newConnection, this, &FrontDoor::onUpgraded);
}

FrontDoor::~FrontDoor() = default;

bool FrontDoor::listen(const QHostAddress &address, quint16 port)
{
    // Qt's default queue of 50 unaccepted connections overflows when a room rejoins at once
    // (a host restart, a Wi-Fi hiccup): the kernel then drops handshakes and each of those
    // people waits for a retransmission, a second or more.
    m_tcpServer->setListenBacklogSize(limits::listenBacklog);
    return m_tcpServer->listen(address, port);
}

QString FrontDoor::errorString() const
{
    return m_tcpServer->errorString();
}

bool FrontDoor::addressInUse() const
{
    return m_tcpServer->serverError() == QAbstractSocket::AddressInUseError;
}

quint16 FrontDoor::serverPort() const
{
    return m_tcpServer->serverPort();
}

QHostAddress FrontDoor::serverAddress() const
{
    return m_tcpServer->serverAddress();
}

void FrontDoor::close()
{
    m_tcpServer->close();
}

void FrontDoor::onNewConnection()
{
    while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
        const QHostAddress address = clientAddress(socket->peerAddress());
        AddressUse &use = m_byAddress[address];
        // Every connection counts until its socket is gone, page request or chat alike, so one
        // address cannot take the connections (or the open files) others need.
        ++use.connections;
        ++m_connections;
        connect(socket, &QObject::destroyed, this, [this, address] { release(address); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (m_connections > m_maxConnections || use.connections > limits::maxConnectionsPerAddress
            || use.unanswered >= limits::maxUnansweredPerAddress
            || m_unanswered.size() >= limits::maxPendingHttpConnections) {
            qCInfo(lcFrontDoor) << "too many connections; refusing one from" << address;
            socket->write(http::serialize(http::errorResponse(503), {}, false));
            socket->disconnectFromHost();
            continue;
        }
        ++use.unanswered;
        m_unanswered.insert(socket, address);
        // Only a head is read here: Qt stops taking bytes from the kernel once it holds more
        // than the largest head allowed, so a client that floods costs no memory (431 follows).
        socket->setReadBufferSize(limits::maxHeadBytes + 4);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
        // A head that does not arrive in time must not hold a connection slot forever.
        m_headDeadlines.add(socket);
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void FrontDoor::release(const QHostAddress &address)
{
    --m_connections;
    const auto it = m_byAddress.find(address);
    if (it != m_byAddress.end() && --it->connections <= 0)
        m_byAddress.erase(it);
}

void FrontDoor::forget(QTcpSocket *socket)
{
    const auto it = m_unanswered.constFind(socket);
    if (it == m_unanswered.cend())
        return;
    const auto use = m_byAddress.find(*it);
    if (use != m_byAddress.end())
        --use->unanswered;
    m_unanswered.erase(it);
}

void FrontDoor::onReadyRead(QTcpSocket *socket)
{
    const QByteArray peeked = socket->peek(limits::maxHeadBytes + 4);
    const http::HeadScan scan = http::scanHead(peeked);
    switch (scan.state) {
    case http::HeadState::Incomplete:
        return;
    case http::HeadState::RequestLineTooLong:
        respond(socket, 414);
        return;
    case http::HeadState::HeadTooLarge:
        respond(socket, 431);
        return;
    case http::HeadState::Complete:
        break;
    }

    const std::optional<http::RequestHead> request = http::parseHead(peeked.left(scan.length));
    if (!request) {
        respond(socket, 400);
        return;
    }
    if (request->headers.size() > limits::maxHeaderFields) {
        respond(socket, 431, request->header("host"));
        return;
    }
    if (request->headerHasToken("upgrade", "websocket"))
        upgrade(socket, *request, peeked.size() - scan.length);
    else if (request->path().startsWith(protocol::filesPath.latin1()))
        handOverTransfer(socket, *request, scan.length);
    else
        serveFile(socket, *request);
}

void FrontDoor::respond(QTcpSocket *socket, int status, QByteArrayView host, QByteArray allow)
{
    http::Response response = http::errorResponse(status);
    if (status == 405)
        response.extraHeaders.append(std::pair<QByteArray, QByteArray>("Allow", allow));
    if (status == 426) // RFC 6455 section 4.2.2: name the version this host speaks
        response.extraHeaders.append(std::pair<QByteArray, QByteArray>("Sec-WebSocket-Version", "13"));
    forget(socket);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    socket->write(http::serialize(response, host, false));
    socket->disconnectFromHost();
}

void FrontDoor::serveFile(QTcpSocket *socket, const http::RequestHead &request)
{
    const QByteArray host = request.header("host");
    const bool head = request.method == "HEAD";
    // A page reached under a name that is not this host's is another site's page (DNS
    // rebinding): it must not get the chat's page, which would then talk to the chat as its own.
    if (!(host.isEmpty() && request.version == "HTTP/1.0") && !m_hostNames.allows(host)) {
        qCInfo(lcFrontDoor) << "refused a request for another host name";
        respond(socket, 421);
        return;
    }
    if (request.method != "GET" && !head) {
        respond(socket, 405, host);
        return;
    }
    const WebAssets::Asset *asset = m_assets.find(request.path());
    if (!asset) {
        respond(socket, 404, host);
        return;
    }

    // One URL, two representations: compressed for browsers that take it, as is for the rest.
    const bool deflate = !asset->deflated.isEmpty() && acceptsDeflate(request);
    const QByteArray &etag = deflate ? asset->deflatedEtag : asset->etag;
    http::Response response;
    response.extraHeaders.append(std::pair<QByteArray, QByteArray>("ETag", etag));
    // Caches between here and the browser must not hand one client's coding to another.
    response.extraHeaders.append(std::pair<QByteArray, QByteArray>("Vary", "Accept-Encoding"));
    const QByteArray ifNoneMatch = request.header("if-none-match");
    if (!ifNoneMatch.isEmpty()
        && (ifNoneMatch == "*" || ifNoneMatch.split(',').contains(etag) || ifNoneMatch.contains(etag))) {
        response.status = 304;
    }
    // Like Content-Type, the coding is said with the body (and with HEAD), not on a 304.
    if (deflate && response.status != 304)
        response.extraHeaders.append(std::pair<QByteArray, QByteArray>("Content-Encoding", "deflate"));
    response.contentType = asset->contentType;
    response.body = deflate ? asset->deflated : asset->body;
    forget(socket);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    socket->readAll(); // the head (and any body) is answered; nothing more is read
    socket->write(http::serialize(response, host, head));
    socket->disconnectFromHost();
}

void FrontDoor::handOverTransfer(QTcpSocket *socket, const http::RequestHead &request, qsizetype headLength)
{
    const QByteArray host = request.header("host");
    if (!m_hostNames.allows(host)) {
        qCInfo(lcFrontDoor) << "refused a file request for another host name";
        respond(socket, 421);
        return;
    }
    if (!m_fileTransfer) {
        respond(socket, 404, host);
        return;
    }
    const bool upload = request.path().startsWith(protocol::uploadPath.latin1());
    if (upload ? request.method != "PUT" : request.method != "GET" && request.method != "HEAD") {
        respond(socket, 405, host, upload ? "PUT" : "GET, HEAD");
        return;
    }
    // A page on another site must not make a member's browser send the room a file.
    const QByteArray origin = request.header("origin");
    if (upload && !origin.isEmpty() && !originMatchesHost(origin, host)) {
        qCInfo(lcFrontDoor) << "refused an upload from a foreign page";
        respond(socket, 403, host);
        return;
    }
    forget(socket);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    socket->read(headLength); // the body, if any, stays for the transfer
    m_fileTransfer->handle(socket, request, host);
}

void FrontDoor::upgrade(QTcpSocket *socket, const http::RequestHead &request, qsizetype bytesAfterHead)
{
    const QByteArray host = request.header("host");
    if (request.path() != protocol::chatPath.latin1()) {
        respond(socket, 404, host);
        return;
    }
    // Everything Qt's handshake would refuse is refused here first, with a status that says why
    // (Qt closes some refusals without a word).
    const QByteArray key = request.header("sec-websocket-key");
    if (request.method != "GET" || request.version != "HTTP/1.1" || host.isEmpty()
        || !http::isWebSocketKey(key) || !request.headerHasToken("connection", "upgrade")
        // RFC 6455 section 4.1: a client waits for the answer before it sends frames. Qt would
        // read such early frames before the room is listening, so they are refused, not lost.
        || bytesAfterHead > 0) {
        respond(socket, 400, host);
        return;
    }
    if (request.header("sec-websocket-version") != "13") {
        respond(socket, 426, host);
        return;
    }
    const QByteArray origin = request.header("origin");
    if (!m_hostNames.allows(host) || (!origin.isEmpty() && !originMatchesHost(origin, host))) {
        qCInfo(lcFrontDoor) << "refused a chat connection from a foreign page";
        respond(socket, 403, host);
        return;
    }

    forget(socket);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    disconnect(socket, &QTcpSocket::disconnected, this, nullptr);
    // The head is still unread in the socket: Qt reads it again and answers with 101. Frames
    // may be up to limits::maxIncomingFrameBytes, so the buffer that held only a head grows.
    socket->setReadBufferSize(limits::chatReadBufferBytes);
    // The room gathers a turn's frames into one write; waiting for more (Nagle) would only hold
    // chat back behind the client's delayed acknowledgement.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QString handshakeKey = connectionKey(socket->peerAddress(), socket->peerPort());
    m_handshaking.insert(handshakeKey, socket);
    m_handshakeDeadlines.add({handshakeKey, socket});
    // From here Qt deletes the socket if it disconnects before the upgrade completes.
    m_webSocketServer->handleConnection(socket);
}

void FrontDoor::onUpgraded()
{
    while (QWebSocket *socket = m_webSocketServer->nextPendingConnection()) {
        const QPointer<QTcpSocket> transport =
            m_handshaking.take(connectionKey(socket->peerAddress(), socket->peerPort()));
        if (!transport) {
            // Cannot happen while every hand-over is recorded; a socket the room cannot write
            // to is not let in.
            qCWarning(lcFrontDoor) << "an upgraded connection without its TCP connection; closing";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setMaxAllowedIncomingMessageSize(limits::maxIncomingMessageBytes);
        socket->setMaxAllowedIncomingFrameSize(limits::maxIncomingFrameBytes);
        socket->setParent(nullptr);
        Q_EMIT chatConnection(socket, transport.data());
    }
}

} // namespace tincan
