#pragma once

#include "server/chatconnection.h"
#include "server/deadlinequeue.h"
#include "server/webassets.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>

class QTcpServer;

namespace tincan {

namespace http {
struct RequestHead;
}

// The one port of a host: answers plain HTTP with the page's files and upgrades WebSocket
// requests on the chat path to chat connections. Knows nothing about chat.
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
    // An upgraded chat connection, not reading yet (ChatConnection::start()). The receiver
    // owns it.
    void chatConnection(tincan::ChatConnection *connection);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, QByteArrayView host = {});
    void serveFile(QTcpSocket *socket, const http::RequestHead &request);
    void upgrade(QTcpSocket *socket, const http::RequestHead &request, qsizetype headSize);
    void forget(QTcpSocket *socket);

    QTcpServer *m_tcpServer;
    WebAssets m_assets;
    QSet<QTcpSocket *> m_unanswered; // connected, head not answered yet (nor upgraded)
    // The time limit for request heads (an upgrade is answered as soon as its head is complete).
    DeadlineQueue<QPointer<QTcpSocket>> m_headDeadlines;
};

} // namespace tincan
