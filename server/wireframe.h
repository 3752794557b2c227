#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

// What the host puts on the wire, built once and shared by every peer that receives it:
// compact UTF-8 JSON and complete WebSocket frames.
namespace tincan::wire {

// One JSON object as compact UTF-8.
inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A JSON string literal, quotes included, in UTF-8, escaped exactly as QJsonDocument escapes it.
inline QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2);
}

// Appends `[item,item,...]` for items that are already JSON.
inline void appendJsonArray(QByteArray &out, const QList<QByteArray> &items)
{
    qsizetype size = out.size() + 2;
    for (const QByteArray &item : items)
        size += item.size() + 1;
    out.reserve(size);
    out.append('[');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append(items[i]);
    }
    out.append(']');
}

// One complete server-to-client text frame (RFC 6455: FIN, opcode 1). A server never masks,
// so the same bytes can be written to every peer.
struct Frame
{
    QByteArray bytes;
    qsizetype headerSize = 0;

    QByteArrayView payload() const { return QByteArrayView(bytes).sliced(headerSize); }
};

// One complete frame with the given opcode (RFC 6455 section 5.2).
inline Frame frame(int opcode, QByteArrayView payload)
{
    Frame frame;
    const qsizetype size = payload.size();
    frame.bytes.reserve(size + 10);
    frame.bytes.append(char(0x80 | opcode));
    if (size < 126) {
        frame.bytes.append(char(size));
    } else if (size < 65536) {
        frame.bytes.append(char(126));
        frame.bytes.append(char(size >> 8));
        frame.bytes.append(char(size & 0xff));
    } else {
        frame.bytes.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.bytes.append(char((quint64(size) >> shift) & 0xff));
    }
    frame.headerSize = frame.bytes.size();
    frame.bytes.append(payload);
    return frame;
}

// RFC 6455 section 5.5: the most a ping, pong or close frame may carry.
inline constexpr qsizetype maxControlPayload = 125;

inline Frame textFrame(QByteArrayView payload)
{
    return frame(0x1, payload);
}

inline QByteArray pingFrame()
{
    return frame(0x9, {}).bytes;
}

inline QByteArray pongFrame(QByteArrayView payload)
{
    return frame(0xA, payload).bytes;
}

// A close frame with `code` and as much of `reason` as fits in a control frame (after the
// two-byte code, cut between characters). Code 1005 ("no status") is sent as an empty close frame.
inline QByteArray closeFrame(int code, const QString &reason)
{
    QByteArray payload;
    if (code != 1005) {
        payload.append(char(code >> 8));
        payload.append(char(code & 0xff));
        QByteArray text = reason.toUtf8();
        if (text.size() > maxControlPayload - 2) {
            qsizetype cut = maxControlPayload - 2;
            while (cut > 0 && (uchar(text[cut]) & 0xC0) == 0x80)
                --cut; // never split a character
            text.truncate(cut);
        }
        payload.append(text);
    }
    return frame(0x8, payload).bytes;
}

} // namespace tincan::wire
