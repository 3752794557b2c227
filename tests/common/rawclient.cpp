#include "rawclient.h"

#include <QJsonDocument>
#include <QTest>
#include <QtEndian>

RawClient::RawClient(quint16 port, const QHostAddress &from)
    : m_port(port)
{
    if (!from.isNull())
        socket.bind(from);
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] {
        if (!m_paused)
            m_in += socket.readAll();
    });
    socket.connectToHost(QHostAddress::LocalHost, port);
}

bool RawClient::waitForConnected()
{
    return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }, 3000);
}

QByteArray RawClient::upgrade(const QByteArray &request)
{
    if (!waitForConnected())
        return {};
    socket.write(request.isEmpty() ? clientframes::upgradeRequest(m_port) : request);
    if (!QTest::qWaitFor([this] { return m_in.contains("\r\n\r\n") || isClosed(); }, 3000))
        return {};
    const qsizetype end = m_in.indexOf("\r\n\r\n");
    if (end < 0)
        return {};
    const QByteArray head = m_in.left(end + 4);
    m_in.remove(0, end + 4);
    return head;
}

bool RawClient::waitForAllWritten(int timeoutMs)
{
    return QTest::qWaitFor([this] { return socket.bytesToWrite() == 0; }, timeoutMs);
}

void RawClient::pauseReading()
{
    m_paused = true;
    socket.setReadBufferSize(1);
}

void RawClient::resumeReading()
{
    m_paused = false;
    socket.setReadBufferSize(0);
    m_in += socket.readAll();
}

std::optional<ServerFrame> RawClient::next(int timeoutMs)
{
    std::optional<ServerFrame> frame;
    if (QTest::qWaitFor([&] { return (frame = take()).has_value() || isClosed(); }, timeoutMs) && frame)
        return frame;
    return take(); // the host may have hung up right after its last frame
}

bool RawClient::isChatter(const QByteArray &payload)
{
    const QString type = QJsonDocument::fromJson(payload).object().value(QStringLiteral("type")).toString();
    return type == QStringLiteral("presence") || type == QStringLiteral("typing");
}

QJsonObject RawClient::nextObject(int timeoutMs)
{
    while (const auto frame = next(timeoutMs)) {
        if (frame->opcode == 0x1 && !isChatter(frame->payload))
            return QJsonDocument::fromJson(frame->payload).object();
        if (frame->opcode == 0x8)
            break;
    }
    return {};
}

std::pair<int, QString> RawClient::closeFrame(int timeoutMs)
{
    while (const auto frame = next(timeoutMs)) {
        if (frame->opcode == 0x8) {
            const int code = frame->payload.size() >= 2
                ? qFromBigEndian<quint16>(frame->payload.constData()) : 1005;
            return {code, QString::fromUtf8(frame->payload.mid(2))};
        }
    }
    return {0, {}};
}

bool RawClient::waitForHangUp(int timeoutMs)
{
    return QTest::qWaitFor([this] { return isClosed(); }, timeoutMs);
}

std::optional<ServerFrame> RawClient::take()
{
    if (m_in.size() < 2)
        return std::nullopt;
    const auto *head = reinterpret_cast<const uchar *>(m_in.constData());
    const bool masked = head[1] & 0x80;
    qsizetype size = head[1] & 0x7f;
    qsizetype at = 2;
    if (size == 126) {
        if (m_in.size() < 4)
            return std::nullopt;
        size = qFromBigEndian<quint16>(head + 2);
        at = 4;
    } else if (size == 127) {
        if (m_in.size() < 10)
            return std::nullopt;
        size = qsizetype(qFromBigEndian<quint64>(head + 2));
        at = 10;
    }
    if (masked)
        at += 4;
    if (m_in.size() < at + size)
        return std::nullopt;
    ServerFrame frame{head[0] & 0x0f, bool(head[0] & 0x80), masked, m_in.mid(at, size)};
    m_in.remove(0, at + size);
    return frame;
}
