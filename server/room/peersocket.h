#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QWebSocketProtocol>

class QTcpSocket;
class QWebSocket;

namespace tincan {

// One person's connection as the room sees it: the QWebSocket that Qt's QWebSocketServer
// upgraded, and the QTcpSocket under it. Qt reads the client's frames, answers its pings and
// does the closing handshake; the room writes its own frames, each framed once for everyone,
// to the TCP socket (see docs/ARCHITECTURE.md for why the order with Qt's frames is safe).
// A client that lets too much pile up unsent is cut off here.
class PeerSocket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerSocket)

public:
    // What became of bytes given to sendFrames().
    enum class SendResult {
        Sent,     // handed to the kernel
        Buffered, // waiting for the client to read; counted against limits::maxPendingOutBytes
        Dropped,  // not sent: the connection is closing or was cut off for falling behind
    };

    // Takes both sockets (the TCP socket becomes a child of the WebSocket).
    PeerSocket(QWebSocket *socket, QTcpSocket *transport, QObject *parent = nullptr);
    ~PeerSocket() override;

    // Writes bytes that are whole server frames. Large ones are not copied: Qt's buffer shares
    // them, and lets them go once the kernel has taken them (a copy would stay behind in a
    // buffer Qt keeps for the next write). A client whose unsent data passes
    // limits::maxPendingOutBytes is cut off on the next turn of the event loop (a close frame
    // would only wait behind the backlog); it can resume by seq and lose nothing.
    // `answerBytes` of them are answers the client asked for (a welcome, a history page): they
    // may wait on top of the limit, up to limits::maxPendingAnswerBytes, so a big welcome never
    // cuts off the one it welcomes.
    SendResult sendFrames(const QByteArray &frames, qint64 answerBytes = 0);
    void ping();
    // The closing handshake: Qt's close frame goes after everything sent so far. A client that
    // does not let it go out within limits::closeGraceMs is cut off.
    void close(QWebSocketProtocol::CloseCode code, const QString &reason);
    // Ends the connection at once, without a close frame.
    void abort();

    bool isOpen() const;
    // Whether the client's bytes after the frame being handled are already here: more frames
    // of the same read follow (perhaps a close, or a broken frame that Qt answers by closing).
    bool hasMoreToRead() const;
    qint64 bytesToWrite() const;

Q_SIGNALS:
    void textMessage(const QString &text);
    void binaryMessage();
    void pong();
    // The connection has ended; emitted once, never from inside a call on this object.
    void disconnected();

private:
    void checkBacklog();
    void startClosing();

    QWebSocket *m_socket;
    QPointer<QTcpSocket> m_transport;
    qint64 m_answerAllowance = 0; // answer bytes not yet taken by the kernel (roughly)
    bool m_cutOff = false;
    bool m_closing = false;
    bool m_gone = false;
};

} // namespace tincan
