#pragma once

#include "clientframes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QTcpSocket>

#include <optional>
#include <utility>

// One frame as the host sent it.
struct ServerFrame
{
    int opcode = 0;
    bool fin = false;
    bool masked = false;
    QByteArray payload;
};

// A WebSocket client on a bare TCP socket: it writes frames made by hand and reads the host's
// frames itself, so every rule of RFC 6455 can be broken on purpose and every byte the host
// sends can be checked.
class RawClient final
{
    Q_DISABLE_COPY_MOVE(RawClient)

public:
    // Connects to the host on 127.0.0.1:`port`, from `from` when given (another loopback
    // address, to be another client address).
    explicit RawClient(quint16 port, const QHostAddress &from = {});

    bool waitForConnected();
    // Sends `request` (by default a plain upgrade to the chat path) and reads the answer's head.
    QByteArray upgrade(const QByteArray &request = {});

    void send(const QByteArray &bytes) { socket.write(bytes); }
    bool waitForAllWritten(int timeoutMs = 10000);

    // Stops reading, like a phone whose app froze: once the kernel buffers are full, what the
    // host sends piles up on the host's side.
    void pauseReading();
    void resumeReading();
    // Everything received and not yet taken as a frame.
    QByteArray unread() const { return m_in; }

    // The next whole frame from the host, or nothing within the time.
    std::optional<ServerFrame> next(int timeoutMs = 3000);
    // The next text frame's JSON object, skipping control frames and the room's chatter about
    // other people (presence, typing), which may arrive at any time: a test's earlier clients
    // leave when they are gone a moment, not at once.
    QJsonObject nextObject(int timeoutMs = 3000);
    // Whether a text frame is such chatter.
    static bool isChatter(const QByteArray &payload);
    // Reads until the host's close frame: its code (1005 for none) and reason, or code 0 when
    // the connection ended without one.
    std::pair<int, QString> closeFrame(int timeoutMs = 3000);

    bool isClosed() const { return socket.state() == QAbstractSocket::UnconnectedState; }
    bool waitForHangUp(int timeoutMs = 3000);

    QTcpSocket socket;

private:
    std::optional<ServerFrame> take();

    QByteArray m_in;
    quint16 m_port = 0;
    bool m_paused = false;
};
