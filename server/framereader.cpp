#include "server/framereader.h"

#include "server/wireframe.h"

#include <QtEndian>

namespace tincan {

namespace {

enum Opcode : int { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };

// Codes a peer may put in a close frame (RFC 6455 section 7.4 and the IANA registry): 1004-1006
// and 1015 are reserved for local use and must never be sent.
bool isSendableCloseCode(quint16 code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014)
        || (code >= 3000 && code <= 4999);
}

void unmask(const char *from, qsizetype size, const char mask[4], char *to)
{
    for (qsizetype i = 0; i < size; ++i)
        to[i] = char(from[i] ^ mask[i & 3]);
}

} // namespace

FrameReader::FrameReader(qsizetype maxFrameBytes, qsizetype maxMessageBytes)
    : m_maxFrameBytes(maxFrameBytes)
    , m_maxMessageBytes(maxMessageBytes)
{
}

std::optional<FrameReader::Failure> FrameReader::fail(QWebSocketProtocol::CloseCode code,
                                                      const char *reason)
{
    m_done = true;
    m_partial = QByteArray();
    m_message = QByteArray();
    return Failure{code, QString::fromLatin1(reason)};
}

std::optional<FrameReader::Failure> FrameReader::stop(qsizetype *used, qsizetype size)
{
    m_done = true;
    m_message = QByteArray();
    *used = size;
    return std::nullopt;
}

std::optional<FrameReader::Failure> FrameReader::feed(QByteArrayView data, const Handler &handler)
{
    if (m_done || data.isEmpty())
        return std::nullopt;
    qsizetype used = 0;
    if (m_partial.isNull()) {
        // The usual case: the bytes hold whole frames and are read where they lie.
        const std::optional<Failure> failure = readFrames(data, handler, &used);
        if (failure || m_done)
            return failure;
        if (used < data.size())
            m_partial = data.sliced(used).toByteArray();
        return std::nullopt;
    }
    m_partial.append(data);
    const std::optional<Failure> failure = readFrames(m_partial, handler, &used);
    if (failure || m_done) {
        m_partial = QByteArray();
        return failure;
    }
    // Released once used up, so an idle connection keeps nothing.
    m_partial = used < m_partial.size() ? m_partial.sliced(used) : QByteArray();
    return std::nullopt;
}

std::optional<FrameReader::Failure> FrameReader::readFrames(QByteArrayView data, const Handler &handler,
                                                            qsizetype *used)
{
    using CC = QWebSocketProtocol::CloseCode;
    qsizetype at = 0;
    while (data.size() - at >= 2) {
        const auto *head = reinterpret_cast<const uchar *>(data.data() + at);
        const bool fin = head[0] & 0x80;
        const int opcode = head[0] & 0x0F;
        const bool masked = head[1] & 0x80;
        const bool control = opcode & 0x8;
        if (head[0] & 0x70)
            return fail(CC::CloseCodeProtocolError, "reserved bits set");
        if (opcode != Continuation && opcode != Text && opcode != Binary && opcode != Close
            && opcode != Ping && opcode != Pong)
            return fail(CC::CloseCodeProtocolError, "unknown opcode");
        if (!masked)
            return fail(CC::CloseCodeProtocolError, "client frames must be masked");

        qsizetype headerSize = 2;
        quint64 length = head[1] & 0x7F;
        if (length == 126) {
            if (data.size() - at < 4)
                break;
            length = qFromBigEndian<quint16>(head + 2);
            headerSize = 4;
        } else if (length == 127) {
            if (data.size() - at < 10)
                break;
            length = qFromBigEndian<quint64>(head + 2);
            if (length >> 63)
                return fail(CC::CloseCodeProtocolError, "frame length out of range");
            headerSize = 10;
        }
        if (control && (!fin || length > quint64(wire::maxControlPayload)))
            return fail(CC::CloseCodeProtocolError, "control frames must be whole and short");
        // Refused on the header: a frame over the limit is never buffered. (Control frames are
        // held to 125 bytes above.)
        if (!control && length > quint64(m_maxFrameBytes))
            return fail(CC::CloseCodeTooMuchData, "frame too large");
        if (!control) {
            if (opcode == Continuation && m_messageOpcode < 0)
                return fail(CC::CloseCodeProtocolError, "continuation without a message");
            if (opcode != Continuation && m_messageOpcode >= 0)
                return fail(CC::CloseCodeProtocolError, "new message before the last one ended");
            const qsizetype sofar = m_messageOpcode >= 0 ? m_message.size() : 0;
            if (sofar + qsizetype(length) > m_maxMessageBytes)
                return fail(CC::CloseCodeTooMuchData, "message too large");
        }
        const qsizetype frameSize = headerSize + 4 + qsizetype(length);
        if (data.size() - at < frameSize)
            break;
        const char *mask = data.data() + at + headerSize;
        const char *payload = mask + 4;
        at += frameSize;

        if (!control) {
            if (opcode != Continuation)
                m_messageOpcode = opcode;
            const qsizetype start = m_message.size();
            m_message.resize(start + qsizetype(length));
            unmask(payload, qsizetype(length), mask, m_message.data() + start);
            if (!fin)
                continue;
            const QByteArray message = std::exchange(m_message, QByteArray());
            const bool text = m_messageOpcode == Text;
            m_messageOpcode = -1;
            if (text && !QByteArrayView(message).isValidUtf8())
                return fail(CC::CloseCodeWrongDatatype, "text is not UTF-8");
            if (!handler(text ? Kind::Text : Kind::Binary, message))
                return stop(used, data.size());
            continue;
        }

        QByteArray body(qsizetype(length), Qt::Uninitialized);
        unmask(payload, body.size(), mask, body.data());
        if (opcode == Close) {
            if (body.size() == 1)
                return fail(CC::CloseCodeProtocolError, "close frame with half a code");
            if (body.size() >= 2 && !isSendableCloseCode(qFromBigEndian<quint16>(body.constData())))
                return fail(CC::CloseCodeProtocolError, "invalid close code");
            if (!QByteArrayView(body).sliced(std::min<qsizetype>(2, body.size())).isValidUtf8())
                return fail(CC::CloseCodeWrongDatatype, "close reason is not UTF-8");
            handler(Kind::Close, body);
            return stop(used, data.size()); // nothing after a close frame counts
        }
        if (!handler(opcode == Ping ? Kind::Ping : Kind::Pong, body))
            return stop(used, data.size());
    }
    *used = at;
    return std::nullopt;
}

QWebSocketProtocol::CloseCode FrameReader::closeCode(QByteArrayView closePayload)
{
    if (closePayload.size() < 2)
        return QWebSocketProtocol::CloseCodeMissingStatusCode;
    return QWebSocketProtocol::CloseCode(qFromBigEndian<quint16>(closePayload.data()));
}

} // namespace tincan
