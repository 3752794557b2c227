#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Encoding and decoding of protocol v1 (docs/PROTOCOL.md), shared by the host and the clients.
namespace tincan::protocol {

inline constexpr int version = 1;
inline constexpr QLatin1StringView chatPath{"/ws"};

// Message type names, as they appear in the "type" field.
namespace type {
inline constexpr QLatin1StringView hello{"hello"};
inline constexpr QLatin1StringView welcome{"welcome"};
inline constexpr QLatin1StringView send{"send"};
inline constexpr QLatin1StringView ack{"ack"};
inline constexpr QLatin1StringView message{"message"};
inline constexpr QLatin1StringView presence{"presence"};
inline constexpr QLatin1StringView typing{"typing"};
inline constexpr QLatin1StringView history{"history"};
inline constexpr QLatin1StringView rename{"rename"};
inline constexpr QLatin1StringView renamed{"renamed"};
inline constexpr QLatin1StringView error{"error"};
} // namespace type

// Stable error codes of the `error` message.
enum class ErrorCode {
    BadJson,
    BadMessage,
    UnknownType,
    HelloRequired,
    AlreadyJoined,
    VersionUnsupported,
    NickInvalid,
    NickTaken,
    TextInvalid,
    TextTooLong,
    RateLimited,
    RoomFull,
    StorageFailed,
    Replaced,
};

QString errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(QStringView name);
// The English sentence that goes with a code on the wire (for logs; UIs translate the code).
QString errorSentence(ErrorCode code);

// One chat message as stored and delivered.
struct ChatMessage
{
    qint64 seq = 0;
    qint64 ts = 0;
    QString from;
    QString text;
    QString clientMsgId;

    // The `message` object (with "type"); the same shape is used inside history arrays.
    QJsonObject toJson() const;
    static std::optional<ChatMessage> fromJson(const QJsonObject &object);

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

// ws://HOST:PORT/ws for a host name or address (IPv6 addresses get their brackets).
QUrl chatUrl(const QString &host, quint16 port);

// One JSON object as compact UTF-8 text for a text frame.
QString encode(const QJsonObject &object);
// A frame's JSON object, or nothing when the text is not a JSON object.
std::optional<QJsonObject> decode(const QByteArray &utf8);
std::optional<QJsonObject> decode(const QString &frame);

QString typeOf(const QJsonObject &object);

// A clientMsgId is 1..maxClientMsgIdLength printable ASCII characters.
bool isValidClientMsgId(const QString &id);

// Builders for the messages clients send.
QJsonObject makeHello(const QString &nick, std::optional<qint64> lastSeq = std::nullopt,
                      const QString &resumeToken = {});
QJsonObject makeSend(const QString &clientMsgId, const QString &text);
QJsonObject makeTyping(bool on);
QJsonObject makeHistoryBefore(qint64 before, int limit);
QJsonObject makeHistoryAfter(qint64 after, int limit);
QJsonObject makeRename(const QString &nick);

// Builders for the messages the host sends.
QJsonObject makeAck(const QString &clientMsgId, qint64 seq, qint64 ts, bool duplicate);
QJsonObject makeError(ErrorCode code, const QString &clientMsgId = {},
                      const QString &suggestion = {});
QJsonObject makeTypingNotice(const QString &nick, bool on);
QJsonObject makeRenamed(const QString &nick);

struct RenamedNick
{
    QString from;
    QString to;
};
QJsonObject makePresence(const QStringList &joined, const QStringList &left,
                         const QList<RenamedNick> &renamed, int count);

QJsonArray toJsonArray(const QList<ChatMessage> &messages);
QList<ChatMessage> messagesFromJson(const QJsonArray &array);

} // namespace tincan::protocol
