#include "protocol/messages.h"

#include "protocol/limits.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <array>
#include <utility>

namespace tincan::protocol {

namespace {

struct ErrorInfo
{
    ErrorCode code;
    QLatin1StringView name;
    const char *sentence;
};

constexpr std::array errorTable{
    ErrorInfo{ErrorCode::BadJson, QLatin1StringView("bad-json"),
              "The message is not a JSON object."},
    ErrorInfo{ErrorCode::BadMessage, QLatin1StringView("bad-message"),
              "The message is missing a field or has a field of the wrong kind."},
    ErrorInfo{ErrorCode::UnknownType, QLatin1StringView("unknown-type"),
              "The host does not know this message type."},
    ErrorInfo{ErrorCode::HelloRequired, QLatin1StringView("hello-required"),
              "Say hello with a nickname before anything else."},
    ErrorInfo{ErrorCode::AlreadyJoined, QLatin1StringView("already-joined"),
              "You have already joined this room."},
    ErrorInfo{ErrorCode::VersionUnsupported, QLatin1StringView("version-unsupported"),
              "This host speaks protocol version 1 only."},
    ErrorInfo{ErrorCode::NickInvalid, QLatin1StringView("nick-invalid"),
              "A nickname has 1 to 32 characters and no control or direction characters."},
    ErrorInfo{ErrorCode::NickTaken, QLatin1StringView("nick-taken"),
              "Someone in the room already uses this nickname."},
    ErrorInfo{ErrorCode::TextInvalid, QLatin1StringView("text-invalid"),
              "An empty message cannot be sent."},
    ErrorInfo{ErrorCode::TextTooLong, QLatin1StringView("text-too-long"),
              "The message is too long."},
    ErrorInfo{ErrorCode::RateLimited, QLatin1StringView("rate-limited"),
              "Too many messages too fast; the message was not sent. Try again in a moment."},
    ErrorInfo{ErrorCode::RoomFull, QLatin1StringView("room-full"),
              "The room is full."},
    ErrorInfo{ErrorCode::StorageFailed, QLatin1StringView("storage-failed"),
              "The host could not save the chat history; messages from now on may be missing "
              "after the host restarts."},
    ErrorInfo{ErrorCode::Replaced, QLatin1StringView("replaced"),
              "You joined again from another connection; this one is closed."},
};

const ErrorInfo &infoFor(ErrorCode code)
{
    for (const ErrorInfo &info : errorTable) {
        if (info.code == code)
            return info;
    }
    Q_UNREACHABLE();
}

QJsonObject typed(QLatin1StringView type)
{
    return QJsonObject{{QStringLiteral("type"), QString(type)}};
}

} // namespace

QString errorCodeName(ErrorCode code)
{
    return QString(infoFor(code).name);
}

std::optional<ErrorCode> errorCodeFromName(QStringView name)
{
    for (const ErrorInfo &info : errorTable) {
        if (name == info.name)
            return info.code;
    }
    return std::nullopt;
}

QString errorSentence(ErrorCode code)
{
    return QString::fromUtf8(infoFor(code).sentence);
}

QJsonObject ChatMessage::toJson() const
{
    QJsonObject object = typed(type::message);
    object.insert(QStringLiteral("seq"), seq);
    object.insert(QStringLiteral("ts"), ts);
    object.insert(QStringLiteral("from"), from);
    object.insert(QStringLiteral("text"), text);
    if (!clientMsgId.isEmpty())
        object.insert(QStringLiteral("clientMsgId"), clientMsgId);
    return object;
}

std::optional<ChatMessage> ChatMessage::fromJson(const QJsonObject &object)
{
    const QJsonValue seq = object.value(QLatin1StringView("seq"));
    const QJsonValue ts = object.value(QLatin1StringView("ts"));
    const QJsonValue from = object.value(QLatin1StringView("from"));
    const QJsonValue text = object.value(QLatin1StringView("text"));
    if (!seq.isDouble() || !ts.isDouble() || !from.isString() || !text.isString())
        return std::nullopt;
    ChatMessage message;
    message.seq = seq.toInteger();
    message.ts = ts.toInteger();
    message.from = from.toString();
    message.text = text.toString();
    message.clientMsgId = object.value(QLatin1StringView("clientMsgId")).toString();
    if (message.seq <= 0)
        return std::nullopt;
    return message;
}

QUrl chatUrl(const QString &host, quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QString(chatPath));
    return url;
}

QString encode(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> decode(const QString &frame)
{
    return decode(frame.toUtf8());
}

std::optional<QJsonObject> decode(const QByteArray &utf8)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString typeOf(const QJsonObject &object)
{
    return object.value(QLatin1StringView("type")).toString();
}

bool isValidClientMsgId(const QString &id)
{
    if (id.isEmpty() || id.size() > limits::maxClientMsgIdLength)
        return false;
    for (const QChar c : id) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QJsonObject makeHello(const QString &nick, std::optional<qint64> lastSeq, const QString &resumeToken)
{
    QJsonObject object = typed(type::hello);
    object.insert(QStringLiteral("version"), version);
    object.insert(QStringLiteral("nick"), nick);
    if (lastSeq)
        object.insert(QStringLiteral("lastSeq"), *lastSeq);
    if (!resumeToken.isEmpty())
        object.insert(QStringLiteral("resumeToken"), resumeToken);
    return object;
}

QJsonObject makeSend(const QString &clientMsgId, const QString &text)
{
    QJsonObject object = typed(type::send);
    object.insert(QStringLiteral("clientMsgId"), clientMsgId);
    object.insert(QStringLiteral("text"), text);
    return object;
}

QJsonObject makeTyping(bool on)
{
    QJsonObject object = typed(type::typing);
    object.insert(QStringLiteral("on"), on);
    return object;
}

QJsonObject makeHistoryBefore(qint64 before, int limit)
{
    QJsonObject object = typed(type::history);
    object.insert(QStringLiteral("before"), before);
    object.insert(QStringLiteral("limit"), limit);
    return object;
}

QJsonObject makeHistoryAfter(qint64 after, int limit)
{
    QJsonObject object = typed(type::history);
    object.insert(QStringLiteral("after"), after);
    object.insert(QStringLiteral("limit"), limit);
    return object;
}

QJsonObject makeRename(const QString &nick)
{
    QJsonObject object = typed(type::rename);
    object.insert(QStringLiteral("nick"), nick);
    return object;
}

QJsonObject makeAck(const QString &clientMsgId, qint64 seq, qint64 ts, bool duplicate)
{
    QJsonObject object = typed(type::ack);
    object.insert(QStringLiteral("clientMsgId"), clientMsgId);
    object.insert(QStringLiteral("seq"), seq);
    object.insert(QStringLiteral("ts"), ts);
    if (duplicate)
        object.insert(QStringLiteral("duplicate"), true);
    return object;
}

QJsonObject makeError(ErrorCode code, const QString &clientMsgId, const QString &suggestion)
{
    QJsonObject object = typed(type::error);
    object.insert(QStringLiteral("code"), errorCodeName(code));
    object.insert(QStringLiteral("message"), errorSentence(code));
    if (!clientMsgId.isEmpty())
        object.insert(QStringLiteral("clientMsgId"), clientMsgId);
    if (!suggestion.isEmpty())
        object.insert(QStringLiteral("suggestion"), suggestion);
    return object;
}

QJsonObject makeTypingNotice(const QString &nick, bool on)
{
    QJsonObject object = typed(type::typing);
    object.insert(QStringLiteral("nick"), nick);
    object.insert(QStringLiteral("on"), on);
    return object;
}

QJsonObject makeRenamed(const QString &nick)
{
    QJsonObject object = typed(type::renamed);
    object.insert(QStringLiteral("nick"), nick);
    return object;
}

QJsonObject makePresence(const QStringList &joined, const QStringList &left,
                         const QList<RenamedNick> &renamed, int count)
{
    QJsonObject object = typed(type::presence);
    if (!joined.isEmpty())
        object.insert(QStringLiteral("joined"), QJsonArray::fromStringList(joined));
    if (!left.isEmpty())
        object.insert(QStringLiteral("left"), QJsonArray::fromStringList(left));
    if (!renamed.isEmpty()) {
        QJsonArray pairs;
        for (const RenamedNick &change : renamed)
            pairs.append(QJsonObject{{QStringLiteral("from"), change.from},
                                     {QStringLiteral("to"), change.to}});
        object.insert(QStringLiteral("renamed"), pairs);
    }
    object.insert(QStringLiteral("count"), count);
    return object;
}

QJsonArray toJsonArray(const QList<ChatMessage> &messages)
{
    QJsonArray array;
    for (const ChatMessage &message : messages)
        array.append(message.toJson());
    return array;
}

QList<ChatMessage> messagesFromJson(const QJsonArray &array)
{
    QList<ChatMessage> messages;
    messages.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (auto message = ChatMessage::fromJson(value.toObject()))
            messages.append(std::move(*message));
    }
    return messages;
}

} // namespace tincan::protocol
