#pragma once

#include "server/framereader.h"

#include <QByteArray>
#include <QObject>
#include <QWebSocketProtocol>

class QSocketNotifier;

namespace tincan {

// One chat connection after the WebSocket upgrade, server side. Owns the TCP descriptor, reads
// the client's frames (FrameReader), answers pings and the closing handshake, and writes bytes
// that are already framed, straight to the kernel when it takes them. A host keeps thousands of
// these open, so it is small and holds no buffer while idle; QWebSocket with its QTcpSocket
// costs several times more per connection.
class ChatConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatConnection)

public:
    // Takes over `descriptor`, a connected TCP socket whose upgrade has been answered. `early`
    // are bytes the client sent after its upgrade request that were already read from it.
    ChatConnection(qintptr descriptor, QByteArray early, QObject *parent = nullptr);
    ~ChatConnection() override;

    // Starts reading; call once the signals are connected.
    void start();

    // Sends bytes that are whole frames (or the upgrade answer). What the kernel does not take at
    // once waits here and goes out as the client reads; a client that lets more than
    // limits::maxPendingOutBytes wait is cut off. Ignored once closing has begun.
    void write(QByteArrayView bytes);
    // Bytes waiting to be written.
    qint64 bytesToWrite() const { return m_out.size(); }

    // Begins the closing handshake: a close frame, after which nothing more is sent or delivered.
    // The connection ends when the client answers and hangs up (or on abort()).
    void close(QWebSocketProtocol::CloseCode code, const QString &reason);
    void ping();
    // Ends the connection at once.
    void abort();

    bool isOpen() const { return m_state == State::Open; }

Q_SIGNALS:
    // A whole text message, checked to be UTF-8.
    void textMessage(const QByteArray &utf8);
    void binaryMessage();
    void pong();
    // The client sent its close frame: what is still to be sent must be written now, before the
    // host's answering close frame (nothing written after that is sent).
    void closing();
    // The connection has ended; emitted once.
    void disconnected();

private:
    enum class State : quint8 { Open, Closing, Ending, Gone };

    void onReadable();
    void read(QByteArrayView bytes);
    void onWritable();
    bool onFrame(FrameReader::Kind kind, const QByteArray &payload);
    void sendNow(QByteArrayView bytes);
    // Writes what the kernel takes now: the bytes written, or -1 when the connection is broken.
    qsizetype sendToKernel(QByteArrayView bytes);
    void checkBacklog();
    void sendClose(int code, const QString &reason);
    // Sends FIN once every queued byte is out; the client then hangs up.
    void endOutput();
    void finish();

    int m_descriptor;
    State m_state = State::Open;
    bool m_endOutputPending = false;
    bool m_finishWhenFlushed = false; // the client hung up while bytes were still queued
    bool m_overflowed = false;
    bool m_pongPending = false;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr; // made when the kernel first refuses bytes
    QByteArray m_out;
    QByteArray m_pendingPong; // the latest ping's payload, answered once the client catches up
    QByteArray m_early;
    FrameReader m_reader;
};

} // namespace tincan
