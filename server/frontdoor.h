#pragma once

#include "server/deadlinequeue.h"
#include "server/webassets.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>
#include <QWebSocket>

#include <utility>

class QTcpServer;
class QWebSocketServer;

namespace tincan {

namespace http {
struct RequestHead;
}

// The one port of a host: answers plain HTTP with the page's files and hands WebSocket
// upgrades on the chat path to a QWebSocketServer. Knows nothing about chat.
class FrontDoor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontDoor)

public:
    explicit FrontDoor(QObject *parent = nullptr);
    ~FrontDoor() override;

    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const;
    bool addressInUse() const;
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    void close();

Q_SIGNALS:
    // An upgraded chat connection, with its size limits already set, and the TCP connection
    // under it (null if it could not be told). The receiver owns the socket.
    void chatConnection(QWebSocket *socket, QTcpSocket *transport);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, QByteArrayView host = {});
    void serveFile(QTcpSocket *socket, const http::RequestHead &request);
    void upgrade(QTcpSocket *socket, const http::RequestHead &request);
    void onUpgraded();
    void forget(QTcpSocket *socket);

    QTcpServer *m_tcpServer;
    QWebSocketServer *m_webSocketServer;
    WebAssets m_assets;
    QSet<QTcpSocket *> m_unanswered; // connected, head not answered yet (nor handed over)
    // Sockets handed to QWebSocketServer and not upgraded yet, by peer address and port.
    QHash<QString, QPointer<QTcpSocket>> m_handshaking;
    // Time limits for request heads and for upgrades (Qt starts no handshake timer of its own).
    DeadlineQueue<QPointer<QTcpSocket>> m_headDeadlines;
    DeadlineQueue<std::pair<QString, QPointer<QTcpSocket>>> m_handshakeDeadlines;
};

} // namespace tincan
