#pragma once

#include "server/deadlinequeue.h"
#include "server/http/hostnames.h"
#include "server/http/webassets.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QWebSocket>

#include <utility>

class QTcpServer;
class QWebSocketServer;

namespace tincan {

class FileTransfer;

namespace http {
struct RequestHead;
}

// The one port of a host: answers plain HTTP with the page's files, and hands WebSocket
// upgrades on the chat path, once their head has passed its checks, to Qt's QWebSocketServer.
// Knows nothing about chat.
class FrontDoor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontDoor)

public:
    // `allowedHostNames`: names besides this host's own that a request may use (--allow-host).
    // `maxConnections`: connections at once, of every kind, beyond which new ones get 503.
    FrontDoor(const QStringList &allowedHostNames, int maxConnections, QObject *parent = nullptr);
    ~FrontDoor() override;

    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const;
    bool addressInUse() const;
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    void close();

    // The room's name and whether it needs a code or is locked, served as /room.json for the
    // page's join screen.
    void setRoomInfo(const QString &name, bool codeRequired = false, bool locked = false)
    {
        m_assets.setRoomInfo(name, codeRequired, locked);
    }

    // Who answers requests under /files/ (none: 404).
    void setFileTransfer(FileTransfer *transfer) { m_fileTransfer = transfer; }

Q_SIGNALS:
    // A chat connection Qt has upgraded, and the TCP connection under it (whose read buffer,
    // send delay and size limits are already set). The receiver owns both.
    void chatConnection(QWebSocket *socket, QTcpSocket *transport);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, QByteArrayView host = {}, QByteArray allow = "GET, HEAD");
    void serveFile(QTcpSocket *socket, const http::RequestHead &request);
    void handOverTransfer(QTcpSocket *socket, const http::RequestHead &request, qsizetype headLength);
    void upgrade(QTcpSocket *socket, const http::RequestHead &request, qsizetype bytesAfterHead);
    void onUpgraded();
    void forget(QTcpSocket *socket);
    void release(const QHostAddress &address);

    QTcpServer *m_tcpServer;
    QWebSocketServer *m_webSocketServer;
    WebAssets m_assets;
    struct AddressUse
    {
        int connections = 0; // every kind, until the socket is gone
        int unanswered = 0;  // head not answered yet (nor handed over)
    };
    QHash<QTcpSocket *, QHostAddress> m_unanswered; // and the client's address
    QHash<QHostAddress, AddressUse> m_byAddress;
    int m_connections = 0;
    // Handed to QWebSocketServer and not upgraded yet, by the client's address and port (how
    // an upgraded QWebSocket is matched with its TCP connection).
    QHash<QString, QPointer<QTcpSocket>> m_handshaking;
    DeadlineQueue<QPointer<QTcpSocket>> m_headDeadlines;
    // Qt starts no handshake timer for connections given to handleConnection().
    DeadlineQueue<std::pair<QString, QPointer<QTcpSocket>>> m_handshakeDeadlines;
    HostNames m_hostNames;
    int m_maxConnections;
    FileTransfer *m_fileTransfer = nullptr;
};

} // namespace tincan
