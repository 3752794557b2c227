#include "server/frontdoor.h"

#include "protocol/limits.h"
#include "protocol/messages.h"
#include "server/chatconnection.h"
#include "server/httphead.h"
#include "server/httpresponse.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <cerrno>
#include <fcntl.h>

Q_LOGGING_CATEGORY(lcFrontDoor, "tincan.server.http", QtWarningMsg)

namespace tincan {

namespace {

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
    const QUrl hostUrl(u"http://"_qs + QString::fromLatin1(host), QUrl::StrictMode);
    if (!hostUrl.isValid() || hostUrl.host().isEmpty())
        return false;
    return normalizedAuthority(originUrl.scheme(), originUrl.host(), originUrl.port())
        == normalizedAuthority(u"http"_qs, hostUrl.host(), hostUrl.port());
}

} // namespace

FrontDoor::FrontDoor(QObject *parent)
    : QObject(parent)
    , m_tcpServer(new QTcpServer(this))
    , m_headDeadlines(limits::headTimeoutMs,
                      [this](const QPointer<QTcpSocket> &socket) {
                          // Still counted: its head has not been answered in time.
                          if (socket && m_unanswered.contains(socket.data()))
                              respond(socket, 408);
                      })
{
    connect(m_tcpServer, &QTcpServer::newConnection, this, &FrontDoor::onNewConnection);
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
        if (m_unanswered.size() >= limits::maxPendingHttpConnections) {
            qCWarning(lcFrontDoor) << "too many unanswered connections; refusing one";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_unanswered.insert(socket);
        // Only a head is read here: Qt stops taking bytes from the kernel once it holds more
        // than the largest head allowed, so a client that floods costs no memory (431 follows).
        socket->setReadBufferSize(limits::maxHeadBytes + 4);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            forget(socket);
            socket->deleteLater();
        });
        // A head that does not arrive in time must not hold a connection slot forever.
        m_headDeadlines.add(socket);
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void FrontDoor::forget(QTcpSocket *socket)
{
    m_unanswered.remove(socket);
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
    if (request->headerHasToken("upgrade", "websocket"))
        upgrade(socket, *request, scan.length);
    else
        serveFile(socket, *request);
}

void FrontDoor::respond(QTcpSocket *socket, int status, QByteArrayView host)
{
    http::Response response = http::errorResponse(status);
    if (status == 405)
        response.extraHeaders.append(std::pair<QByteArray, QByteArray>("Allow", "GET, HEAD"));
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
    if (request.method != "GET" && !head) {
        respond(socket, 405, host);
        return;
    }
    const WebAssets::Asset *asset = m_assets.find(request.path());
    if (!asset) {
        respond(socket, 404, host);
        return;
    }

    http::Response response;
    response.extraHeaders.append(std::pair<QByteArray, QByteArray>("ETag", asset->etag));
    const QByteArray ifNoneMatch = request.header("if-none-match");
    if (!ifNoneMatch.isEmpty()
        && (ifNoneMatch == "*" || ifNoneMatch.split(',').contains(asset->etag)
            || ifNoneMatch.contains(asset->etag))) {
        response.status = 304;
    } else {
        response.contentType = asset->contentType;
        response.body = asset->body;
    }
    forget(socket);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    socket->readAll(); // the head (and any body) is answered; nothing more is read
    socket->write(http::serialize(response, host, head));
    socket->disconnectFromHost();
}

void FrontDoor::upgrade(QTcpSocket *socket, const http::RequestHead &request, qsizetype headSize)
{
    const QByteArray host = request.header("host");
    if (request.path() != protocol::chatPath.latin1()) {
        respond(socket, 404, host);
        return;
    }
    const QByteArray key = request.header("sec-websocket-key");
    if (request.method != "GET" || request.version != "HTTP/1.1" || host.isEmpty()
        || !http::isWebSocketKey(key) || !request.headerHasToken("connection", "upgrade")) {
        respond(socket, 400, host);
        return;
    }
    if (request.header("sec-websocket-version") != "13") {
        respond(socket, 426, host);
        return;
    }
    const QByteArray origin = request.header("origin");
    if (!origin.isEmpty() && !originMatchesHost(origin, host)) {
        qCInfo(lcFrontDoor) << "refused a chat connection from a foreign page";
        respond(socket, 403, host);
        return;
    }

    // The chat connection takes the descriptor over; the QTcpSocket, and every buffer it holds,
    // goes. Bytes the client sent after its head are already in the socket's buffer: they are
    // handed over to be read first.
    const int descriptor = ::fcntl(int(socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (descriptor < 0) {
        qCWarning(lcFrontDoor) << "could not take over a chat connection:" << strerror(errno);
        respond(socket, 503, host);
        return;
    }
    forget(socket);
    disconnect(socket, nullptr, this, nullptr);
    socket->skip(headSize);
    QByteArray early = socket->readAll();
    socket->abort(); // closes only its own copy of the descriptor
    socket->deleteLater();

    // Held by the front door until the room adopts it.
    auto *connection = new ChatConnection(descriptor, std::move(early), this);
    connection->write(http::switchingProtocols(key));
    Q_EMIT chatConnection(connection);
}

} // namespace tincan
