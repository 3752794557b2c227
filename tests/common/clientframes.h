#pragma once

#include <QByteArray>
#include <QtEndian>

// What a WebSocket client puts on the wire, made by hand so tests can also break the rules.
namespace clientframes {

// RFC 6455 section 1.3's sample key; its accept value is s3pPLMBiTxaQ9kYGzzhZRbK+xOo=.
inline constexpr char sampleKey[] = "dGhlIHNhbXBsZSBub25jZQ==";

// The head of an upgrade request to the chat path of a host on 127.0.0.1:`port`.
inline QByteArray upgradeRequest(quint16 port, const QByteArray &version = "13",
                                 const QByteArray &key = sampleKey)
{
    return "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
        + "\r\nSec-WebSocket-Version: " + version + "\r\n\r\n";
}

// One frame as a client sends it: masked with a mask that changes every byte, unless told not to.
inline QByteArray clientFrame(int opcode, const QByteArray &payload, bool fin = true,
                              bool masked = true, int reservedBits = 0)
{
    QByteArray frame;
    frame.append(char((fin ? 0x80 : 0) | (reservedBits << 4) | opcode));
    const char maskBit = masked ? char(0x80) : char(0);
    if (payload.size() < 126) {
        frame.append(char(maskBit | payload.size()));
    } else if (payload.size() < 65536) {
        frame.append(char(maskBit | 126));
        frame.append(char(payload.size() >> 8));
        frame.append(char(payload.size() & 0xff));
    } else {
        frame.append(char(maskBit | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((quint64(payload.size()) >> shift) & 0xff));
    }
    const char mask[4] = {char(0x37), char(0xfa), char(0x21), char(0x3d)};
    if (masked)
        frame.append(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(masked ? char(payload[i] ^ mask[i & 3]) : payload[i]);
    return frame;
}

// The payload of a close frame: the code, then the reason.
inline QByteArray closePayload(quint16 code, const QByteArray &reason = {})
{
    QByteArray payload(2, '\0');
    qToBigEndian(code, payload.data());
    return payload + reason;
}

} // namespace clientframes
