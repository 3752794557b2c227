#pragma once

#include <QByteArray>
#include <QByteArrayView>

// A server-to-client WebSocket text frame (RFC 6455 section 5.2: FIN, opcode 1, no mask), made
// once and written as it is to every peer that receives the same message. This is the only
// frame Tincan builds itself: Qt reads the clients' frames and writes pongs and close frames.
namespace tincan::wire {

inline QByteArray textFrame(QByteArrayView payload)
{
    QByteArray frame;
    const qsizetype size = payload.size();
    frame.reserve(size + 10);
    frame.append(char(0x81));
    if (size < 126) {
        frame.append(char(size));
    } else if (size < 65536) {
        frame.append(char(126));
        frame.append(char(size >> 8));
        frame.append(char(size & 0xff));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((quint64(size) >> shift) & 0xff));
    }
    frame.append(payload);
    return frame;
}

} // namespace tincan::wire
