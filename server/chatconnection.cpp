#include "server/chatconnection.h"

#include "protocol/limits.h"
#include "server/wireframe.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

Q_LOGGING_CATEGORY(lcConnection, "tincan.server.connection", QtWarningMsg)

namespace tincan {

namespace {

// Reads land here and are parsed in place; only an unfinished frame is copied out. One per
// thread, shared by every connection of the host.
char *readScratch(qsizetype *size)
{
    thread_local std::vector<char> scratch(size_t(limits::maxIncomingFrameBytes + 16));
    *size = qsizetype(scratch.size());
    return scratch.data();
}

// Reads per wake-up before others get their turn; the rest waits for the next one.
constexpr int readsPerWakeUp = 4;

} // namespace

ChatConnection::ChatConnection(qintptr descriptor, QByteArray early, QObject *parent)
    : QObject(parent)
    , m_descriptor(int(descriptor))
    , m_early(std::move(early))
    , m_reader(limits::maxIncomingFrameBytes, limits::maxIncomingMessageBytes)
{
    const int flags = ::fcntl(m_descriptor, F_GETFL);
    if (flags < 0 || ::fcntl(m_descriptor, F_SETFL, flags | O_NONBLOCK) < 0)
        qCWarning(lcConnection) << "could not make a connection non-blocking:" << strerror(errno);
    // The hub already gathers a turn's frames into one write; waiting for more (Nagle) would
    // only hold chat back behind the client's delayed acknowledgement.
    const int on = 1;
    if (::setsockopt(m_descriptor, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) < 0)
        qCWarning(lcConnection) << "could not turn off send delays for a connection:" << strerror(errno);
}

ChatConnection::~ChatConnection()
{
    if (m_descriptor >= 0)
        ::close(m_descriptor);
}

void ChatConnection::start()
{
    if (m_descriptor < 0 || m_readNotifier)
        return;
    m_readNotifier = new QSocketNotifier(m_descriptor, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &ChatConnection::onReadable);
    if (!m_early.isEmpty())
        read(std::exchange(m_early, QByteArray()));
}

void ChatConnection::read(QByteArrayView bytes)
{
    // Ending: the close handshake is done; what still arrives is dropped until the client hangs up.
    if (m_state != State::Open && m_state != State::Closing)
        return;
    const auto failure = m_reader.feed(bytes, [this](FrameReader::Kind kind, const QByteArray &payload) {
        return onFrame(kind, payload);
    });
    if (failure) {
        qCInfo(lcConnection) << "a client broke the WebSocket rules:" << failure->reason;
        sendClose(failure->code, failure->reason);
        endOutput();
    }
}

void ChatConnection::onReadable()
{
    qsizetype capacity = 0;
    char *buffer = readScratch(&capacity);
    for (int i = 0; i < readsPerWakeUp && m_descriptor >= 0; ++i) {
        const ssize_t got = ::recv(m_descriptor, buffer, size_t(capacity), 0);
        if (got == 0) {
            if (m_state == State::Ending && !m_out.isEmpty()) {
                // The client said goodbye and hung up its side; what is queued, the host's
                // close frame last, still goes out before the connection ends.
                m_readNotifier->setEnabled(false);
                m_finishWhenFlushed = true;
                return;
            }
            finish(); // the client hung up
            return;
        }
        if (got < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                finish();
            return;
        }
        read(QByteArrayView(buffer, got));
        if (got < capacity)
            return; // nothing more waits
    }
}

bool ChatConnection::onFrame(FrameReader::Kind kind, const QByteArray &payload)
{
    switch (kind) {
    case FrameReader::Kind::Text:
        if (m_state == State::Open)
            Q_EMIT textMessage(payload);
        break;
    case FrameReader::Kind::Binary:
        if (m_state == State::Open)
            Q_EMIT binaryMessage();
        break;
    case FrameReader::Kind::Ping:
        if (m_state != State::Open)
            break;
        if (m_out.isEmpty()) {
            sendNow(wire::pongFrame(payload));
        } else {
            // The client is not reading: only its latest ping is answered, once it has caught up
            // (RFC 6455 section 5.5.3), so pings cannot pile pongs up in the host.
            m_pendingPong = payload;
            m_pongPending = true;
        }
        break;
    case FrameReader::Kind::Pong:
        Q_EMIT pong();
        break;
    case FrameReader::Kind::Close:
        // The client's close either answers ours or starts the handshake, which is answered with
        // the same code; either way the host then hangs up its side.
        if (m_state == State::Open) {
            Q_EMIT closing();
            sendClose(FrameReader::closeCode(payload), {});
        }
        endOutput();
        return false;
    }
    // A slot may have closed or aborted this connection: read no further then.
    return m_state == State::Open || m_state == State::Closing;
}

void ChatConnection::write(QByteArrayView bytes)
{
    if (m_state == State::Open)
        sendNow(bytes);
}

void ChatConnection::sendNow(QByteArrayView bytes)
{
    if (m_descriptor < 0 || m_overflowed || bytes.isEmpty())
        return;
    if (!m_out.isEmpty()) {
        m_out.append(bytes); // keep the order: behind what is already waiting
        checkBacklog();
        return;
    }
    const qsizetype sent = sendToKernel(bytes);
    if (sent < 0)
        return; // broken (reset by the client): the read side reports the end on its next wake-up
    if (sent == bytes.size())
        return;
    m_out = bytes.sliced(sent).toByteArray();
    if (!m_writeNotifier) {
        m_writeNotifier = new QSocketNotifier(m_descriptor, QSocketNotifier::Write, this);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &ChatConnection::onWritable);
    }
    m_writeNotifier->setEnabled(true);
    checkBacklog();
}

void ChatConnection::checkBacklog()
{
    if (m_out.size() <= limits::maxPendingOutBytes)
        return;
    // A client that does not read is cut off rather than kept in memory; a close frame would
    // only wait behind the backlog. It can come back and resume by seq, losing nothing.
    qCInfo(lcConnection) << "a client fell too far behind; cutting it off (it can resume)";
    m_overflowed = true;
    m_out = QByteArray();
    m_writeNotifier->setEnabled(false);
    // Not now: the room may be walking its peers.
    QTimer::singleShot(0, this, &ChatConnection::abort);
}

qsizetype ChatConnection::sendToKernel(QByteArrayView bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(m_descriptor, bytes.data() + sent, size_t(bytes.size() - sent),
                                 MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n > 0) {
            sent += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0 || errno == EAGAIN || errno == EWOULDBLOCK)
            break; // the kernel's buffer is full: the rest waits for the client to read
        return -1;
    }
    return sent;
}

void ChatConnection::onWritable()
{
    if (m_descriptor < 0)
        return;
    const qsizetype sent = sendToKernel(m_out);
    if (sent < 0) {
        finish();
        return;
    }
    if (sent < m_out.size()) {
        m_out.remove(0, sent);
        return;
    }
    m_out = QByteArray(); // released: an idle connection keeps no buffer
    m_writeNotifier->setEnabled(false);
    if (m_pongPending && m_state == State::Open) {
        m_pongPending = false;
        sendNow(wire::pongFrame(std::exchange(m_pendingPong, QByteArray())));
    }
    if (m_endOutputPending)
        endOutput();
    if (m_finishWhenFlushed && m_out.isEmpty())
        finish();
}

void ChatConnection::close(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_state != State::Open)
        return;
    sendClose(code, reason);
}

void ChatConnection::sendClose(int code, const QString &reason)
{
    if (m_state != State::Open)
        return;
    sendNow(wire::closeFrame(code, reason));
    m_state = State::Closing;
    // Every closing handshake, whoever began it, ends in this time: a client that neither
    // answers nor hangs up is cut off.
    QTimer::singleShot(limits::closeGraceMs, this, &ChatConnection::abort);
}

void ChatConnection::endOutput()
{
    if (m_descriptor < 0)
        return;
    m_state = State::Ending;
    if (!m_out.isEmpty()) {
        m_endOutputPending = true;
        return;
    }
    m_endOutputPending = false;
    ::shutdown(m_descriptor, SHUT_WR);
}

void ChatConnection::ping()
{
    if (m_state == State::Open)
        sendNow(wire::pingFrame());
}

void ChatConnection::abort()
{
    finish();
}

void ChatConnection::finish()
{
    if (m_descriptor < 0)
        return;
    // Not deleted here: this may run inside one of their own signals.
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    ::close(m_descriptor);
    m_descriptor = -1;
    m_state = State::Gone;
    m_out = QByteArray();
    m_early = QByteArray();
    m_pendingPong = QByteArray();
    Q_EMIT disconnected();
}

} // namespace tincan
