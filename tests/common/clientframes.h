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

// A frame whose length is written in the wider form RFC 6455 forbids for its size (`form`: 126
// for two bytes, 127 for eight), or with the eight-byte form's highest bit set (`form` -1).
inline QByteArray frameWithLengthForm(int opcode, const QByteArray &payload, int form)
{
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    if (form == 126) {
        frame.append(char(0x80 | 126));
        frame.append(char(payload.size() >> 8));
        frame.append(char(payload.size() & 0xff));
    } else {
        frame.append(char(0x80 | 127));
        frame.append(char(form < 0 ? 0x80 : 0));
        for (int shift = 48; shift >= 0; shift -= 8)
            frame.append(char((quint64(payload.size()) >> shift) & 0xff));
    }
    frame.append(QByteArray(4, '\0')); // a zero mask leaves the payload as it is
    frame.append(payload);
    return frame;
}

// A `send` whose JSON is exactly `size` bytes (at least 40), its text padded with 'x'.
inline QByteArray sizedSend(const QByteArray &clientMsgId, qsizetype size)
{
    const QByteArray start = R"({"type":"send","clientMsgId":")" + clientMsgId + R"(","text":")";
    return start + QByteArray(size - start.size() - 2, 'x') + "\"}";
}

// The payload of a close frame: the code, then the reason.
inline QByteArray closePayload(quint16 code, const QByteArray &reason = {})
{
    QByteArray payload(2, '\0');
    qToBigEndian(code, payload.data());
    return payload + reason;
}

} // namespace clientframes
