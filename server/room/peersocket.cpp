#include "server/room/peersocket.h"

#include "protocol/limits.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPeer, "tincan.server.peer", QtWarningMsg)

namespace tincan {

PeerSocket::PeerSocket(QWebSocket *socket, QTcpSocket *transport, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_transport(transport)
{
    m_socket->setParent(this);
    if (m_transport)
        m_transport->setParent(m_socket);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &PeerSocket::textMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &PeerSocket::binaryMessage);
    connect(m_socket, &QWebSocket::pong, this, &PeerSocket::pong);
    // Every closing handshake, whoever began it (the room, the client's goodbye, or Qt refusing a
    // broken frame), ends in this time: Qt's close waits for the close frame to be written, and
    // a client that does not read would hold it forever.
    connect(m_socket, &QWebSocket::aboutToClose, this, &PeerSocket::startClosing);
    // Queued: Qt may end the connection inside a call the room makes (close() of a socket whose
    // buffer is empty), and the room may be walking its peers then.
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (!m_gone) {
            m_gone = true;
            Q_EMIT disconnected();
        }
    }, Qt::QueuedConnection);
    if (m_transport) {
        // After Qt has read what arrived (this connection is made after QWebSocket's own) and
        // answered every ping in it: a client that pings without reading grows the host's
        // buffer with pongs until it is cut off here.
        connect(m_transport, &QTcpSocket::readyRead, this, &PeerSocket::checkBacklog);
        // What the kernel took is no longer waiting: the allowance for answers shrinks with it.
        connect(m_transport, &QTcpSocket::bytesWritten, this, [this](qint64 written) {
            m_answerAllowance = std::max<qint64>(0, m_answerAllowance - written);
        });
    }
}

PeerSocket::~PeerSocket()
{
    // Not through QWebSocket's destructor, which would send a close frame of its own.
    if (m_transport)
        m_transport->abort();
}

PeerSocket::SendResult PeerSocket::sendFrames(const QByteArray &frames, qint64 answerBytes)
{
    if (m_cutOff || m_closing || !m_transport || !isOpen())
        return SendResult::Dropped;
    m_answerAllowance = std::min(m_answerAllowance + answerBytes, limits::maxPendingAnswerBytes);
    m_transport->write(frames);
    // Out now, in this turn: the room already gathered the turn's frames into this one write.
    m_transport->flush();
    checkBacklog();
    if (m_cutOff)
        return SendResult::Dropped;
    return m_transport->bytesToWrite() > 0 ? SendResult::Buffered : SendResult::Sent;
}

void PeerSocket::checkBacklog()
{
    if (m_cutOff || !m_transport
        || m_transport->bytesToWrite() <= limits::maxPendingOutBytes + m_answerAllowance)
        return;
    qCInfo(lcPeer) << "a client fell too far behind; cutting it off (it can resume)";
    m_cutOff = true;
    // Not now: the room may be walking its peers.
    QMetaObject::invokeMethod(this, &PeerSocket::abort, Qt::QueuedConnection);
}

void PeerSocket::ping()
{
    if (!m_cutOff && !m_closing && isOpen())
        m_socket->ping();
}

void PeerSocket::close(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_closing || m_cutOff)
        return;
    m_socket->close(code, reason);
    startClosing();
}

void PeerSocket::startClosing()
{
    if (m_closing)
        return;
    m_closing = true;
    QTimer::singleShot(limits::closeGraceMs, this, &PeerSocket::abort);
}

void PeerSocket::abort()
{
    m_socket->abort();
}

bool PeerSocket::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool PeerSocket::hasMoreToRead() const
{
    return m_transport && m_transport->bytesAvailable() > 0;
}

qint64 PeerSocket::bytesToWrite() const
{
    return m_transport ? m_transport->bytesToWrite() : 0;
}

} // namespace tincan
