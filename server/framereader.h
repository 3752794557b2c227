#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QWebSocketProtocol>

#include <functional>
#include <optional>

namespace tincan {

// Reads what a client sends after the upgrade (RFC 6455 section 5): checks every rule a server
// must enforce and hands out whole messages and control frames, unmasked. Between calls it keeps
// only an unfinished frame or message, never more than the limits it was given; while idle it
// holds no memory at all.
class FrameReader final
{
public:
    enum class Kind { Text, Binary, Ping, Pong, Close };
    // The rule the client broke, as the close frame that answers it.
    struct Failure
    {
        QWebSocketProtocol::CloseCode code;
        QString reason;
    };
    // Called per whole message or control frame; returning false ends the reading there, as a
    // close frame does: the rest is dropped and nothing more is read.
    using Handler = std::function<bool(Kind kind, const QByteArray &payload)>;

    FrameReader(qsizetype maxFrameBytes, qsizetype maxMessageBytes);

    // Reads the next bytes from the client. After a failure or a close frame the reader is done
    // and reads nothing more.
    std::optional<Failure> feed(QByteArrayView data, const Handler &handler);

    bool isIdle() const { return m_partial.isNull() && m_message.isNull(); }
    bool isDone() const { return m_done; }

    // The code a received close frame carries (1005 "no status" when it has none).
    static QWebSocketProtocol::CloseCode closeCode(QByteArrayView closePayload);

private:
    // Reads whole frames from the start of `data`; `*used` says how many bytes they took.
    std::optional<Failure> readFrames(QByteArrayView data, const Handler &handler, qsizetype *used);
    std::optional<Failure> fail(QWebSocketProtocol::CloseCode code, const char *reason);
    std::optional<Failure> stop(qsizetype *used, qsizetype size);

    qsizetype m_maxFrameBytes;
    qsizetype m_maxMessageBytes;
    QByteArray m_partial;  // the start of a frame whose rest has not arrived
    QByteArray m_message;  // the fragments of a message whose last frame has not arrived
    int m_messageOpcode = -1;
    bool m_done = false;
};

} // namespace tincan
