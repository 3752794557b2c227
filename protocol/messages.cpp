#include "protocol/messages.h"

#include "protocol/limits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace tincan::protocol {

namespace {

struct ErrorInfo
{
    ErrorCode code;
    QLatin1StringView name;
    const char *sentence;
    bool refusal; // said before a welcome: the host will say it again, so stop trying
};

constexpr std::array errorTable{
    ErrorInfo{ErrorCode::BadJson, "bad-json"_L1, "The message is not a JSON object.", false},
    ErrorInfo{ErrorCode::BadMessage, "bad-message"_L1,
              "The message is missing a field or has a field of the wrong kind.", false},
    ErrorInfo{ErrorCode::UnknownType, "unknown-type"_L1,
              "The host does not know this message type.", false},
    ErrorInfo{ErrorCode::HelloRequired, "hello-required"_L1,
              "Say hello with a nickname before anything else.", false},
    ErrorInfo{ErrorCode::AlreadyJoined, "already-joined"_L1,
              "You have already joined this room.", false},
    ErrorInfo{ErrorCode::VersionUnsupported, "version-unsupported"_L1,
              "This host speaks protocol version 1 only.", true},
    ErrorInfo{ErrorCode::NickInvalid, "nick-invalid"_L1,
              "A nickname has 1 to 32 characters, something visible among them, and no control, "
              "direction or invisible characters.", true},
    ErrorInfo{ErrorCode::NickTaken, "nick-taken"_L1,
              "Someone in the room already uses this nickname.", true},
    ErrorInfo{ErrorCode::TextInvalid, "text-invalid"_L1,
              "A message needs something visible and no control characters other than newline "
              "and tab.", false},
    ErrorInfo{ErrorCode::TextTooLong, "text-too-long"_L1, "The message is too long.", false},
    ErrorInfo{ErrorCode::RateLimited, "rate-limited"_L1,
              "Too many messages too fast; the message was not sent. Try again in a moment.", false},
    ErrorInfo{ErrorCode::RoomFull, "room-full"_L1, "The room is full.", true},
    ErrorInfo{ErrorCode::StorageFailed, "storage-failed"_L1,
              "The host could not save the chat history; messages from now on may be missing "
              "after the host restarts.", false},
    ErrorInfo{ErrorCode::Replaced, "replaced"_L1,
              "You joined again from another connection; this one is closed.", true},
    ErrorInfo{ErrorCode::HostLeaving, "host-leaving"_L1,
              "The host has ended the chat.", false},
    ErrorInfo{ErrorCode::AccessDenied, "access-denied"_L1,
              "This room needs an access code, and this is not it.", true},
    ErrorInfo{ErrorCode::AccessBlocked, "access-blocked"_L1,
              "Too many wrong access codes from this address; try again later.", true},
    ErrorInfo{ErrorCode::Banned, "banned"_L1, "The host has banned you from this room.", true},
    ErrorInfo{ErrorCode::Kicked, "kicked"_L1, "The host has removed you from the room.", false},
    ErrorInfo{ErrorCode::RoomLocked, "room-locked"_L1,
              "The host has locked the room: nobody new may join.", true},
    ErrorInfo{ErrorCode::NotAllowed, "not-allowed"_L1,
              "Only the host may do that, and not to the host.", false},
    ErrorInfo{ErrorCode::NoSuchMember, "no-such-member"_L1, "Nobody by that name is in the room.",
              false},
    ErrorInfo{ErrorCode::FileNameInvalid, "file-name-invalid"_L1,
              "A file name has 1 to 255 characters, something visible among them.", false},
    ErrorInfo{ErrorCode::FileTooLarge, "file-too-large"_L1,
              "The file is larger than this host takes.", false},
    ErrorInfo{ErrorCode::StorageFull, "storage-full"_L1,
              "The host has no room left for this file.", false},
    ErrorInfo{ErrorCode::TooManyUploads, "too-many-uploads"_L1,
              "Too many uploads at once; wait for one to finish.", false},
    ErrorInfo{ErrorCode::NoSuchUpload, "no-such-upload"_L1, "There is no such upload of yours.",
              false},
    ErrorInfo{ErrorCode::NoSuchMessage, "no-such-message"_L1,
              "There is no such message that you can see.", false},
    ErrorInfo{ErrorCode::NotYours, "not-yours"_L1,
              "Only the person who sent a message may change it; the host may delete it.", false},
    ErrorInfo{ErrorCode::ReactionInvalid, "reaction-invalid"_L1, "A reaction is one emoji.", false},
    ErrorInfo{ErrorCode::TooManyReactions, "too-many-reactions"_L1,
              "This message has as many different reactions as it may have.", false},
    ErrorInfo{ErrorCode::SearchInvalid, "search-invalid"_L1,
              "A search needs at least one word of letters or digits.", false},
    ErrorInfo{ErrorCode::SearchTooLong, "search-too-long"_L1,
              "A search has at most 200 characters.", false},
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
    return QJsonObject{{u"type"_s, QString(type)}};
}

// A whole number from 0 to maxWireInteger; anything else (a fraction, 1e300, a string) is not.
std::optional<qint64> wireInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!(number >= 0 && number <= double(maxWireInteger)) || std::trunc(number) != number)
        return std::nullopt;
    return qint64(number);
}

// An optional integer field: absent is fine (nullopt inside), present must be a wire integer.
bool optionalInteger(const QJsonObject &object, QLatin1StringView name, std::optional<qint64> *out)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined()) {
        *out = std::nullopt;
        return true;
    }
    *out = wireInteger(value);
    return out->has_value();
}

// An optional string field: absent reads as empty.
bool optionalString(const QJsonObject &object, QLatin1StringView name, QString *out)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined()) {
        out->clear();
        return true;
    }
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

bool stringList(const QJsonValue &value, QStringList *out)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    out->reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return false;
        out->append(item.toString());
    }
    return true;
}

bool messageList(const QJsonValue &value, QList<ChatMessage> *out)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    out->reserve(array.size());
    for (const QJsonValue &item : array) {
        std::optional<ChatMessage> message = ChatMessage::fromJson(item.toObject());
        if (!message)
            return false;
        out->append(std::move(*message));
    }
    return true;
}

QJsonArray toArray(const QList<ChatMessage> &messages)
{
    QJsonArray array;
    for (const ChatMessage &message : messages)
        array.append(message.toJson());
    return array;
}

std::optional<QJsonObject> parseObject(QByteArrayView utf8)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

template <typename Result, typename Message>
Result decodeAs(const QJsonObject &object)
{
    if (std::optional<Message> message = Message::fromJson(object))
        return std::move(*message);
    return DecodeError{ErrorCode::BadMessage, {}};
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

bool isRefusal(ErrorCode code)
{
    return infoFor(code).refusal;
}

// --- ChatMessage ---

bool isFileId(QStringView id)
{
    if (id.size() != 22)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_';
    });
}

bool isPersonId(QStringView id)
{
    return isFileId(id);
}

bool FileInfo::isImage() const
{
    return type == "image/png"_L1 || type == "image/jpeg"_L1 || type == "image/gif"_L1
        || type == "image/webp"_L1;
}

QJsonObject FileInfo::toJson() const
{
    QJsonObject object{{u"id"_s, id}, {u"name"_s, name}, {u"size"_s, size}, {u"type"_s, type},
                       {u"sha256"_s, sha256}};
    if (width > 0 && height > 0) {
        object.insert(u"width"_s, width);
        object.insert(u"height"_s, height);
    }
    if (thumb)
        object.insert(u"thumb"_s, true);
    return object;
}

std::optional<FileInfo> FileInfo::fromJson(const QJsonObject &object)
{
    FileInfo file;
    const QJsonValue id = object.value("id"_L1);
    const QJsonValue name = object.value("name"_L1);
    const std::optional<qint64> size = wireInteger(object.value("size"_L1));
    std::optional<qint64> width;
    std::optional<qint64> height;
    const QJsonValue thumb = object.value("thumb"_L1);
    if (!id.isString() || !isFileId(id.toString()) || !name.isString() || !size
        || !optionalString(object, "type"_L1, &file.type)
        || !optionalString(object, "sha256"_L1, &file.sha256)
        || !optionalInteger(object, "width"_L1, &width)
        || !optionalInteger(object, "height"_L1, &height)
        || !(thumb.isUndefined() || thumb.isBool()))
        return std::nullopt;
    file.id = id.toString();
    file.name = name.toString();
    file.size = *size;
    file.width = int(std::min<qint64>(width.value_or(0), std::numeric_limits<int>::max()));
    file.height = int(std::min<qint64>(height.value_or(0), std::numeric_limits<int>::max()));
    file.thumb = thumb.toBool();
    return file;
}

QJsonObject ChatMessage::toJson() const
{
    QJsonObject object = typed(type::message);
    object.insert(u"seq"_s, seq);
    object.insert(u"ts"_s, ts);
    object.insert(u"from"_s, from);
    object.insert(u"text"_s, text);
    if (!clientMsgId.isEmpty())
        object.insert(u"clientMsgId"_s, clientMsgId);
    if (file)
        object.insert(u"file"_s, file->toJson());
    if (!author.isEmpty())
        object.insert(u"author"_s, author);
    if (!to.isEmpty()) {
        object.insert(u"to"_s, to);
        object.insert(u"toNick"_s, toNick);
    }
    if (reply)
        object.insert(u"reply"_s, reply->toJson());
    if (edited > 0)
        object.insert(u"edited"_s, edited);
    if (deleted)
        object.insert(u"deleted"_s, true);
    if (!reactions.isEmpty()) {
        QJsonArray array;
        for (const Reaction &reaction : reactions) {
            QJsonArray people;
            for (const Reactor &reactor : reaction.people)
                people.append(QJsonObject{{u"id"_s, reactor.id}, {u"nick"_s, reactor.nick}});
            array.append(QJsonObject{{u"emoji"_s, reaction.emoji},
                                     {u"count"_s, reaction.count},
                                     {u"people"_s, people}});
        }
        object.insert(u"reactions"_s, array);
    }
    return object;
}

std::optional<ChatMessage> ChatMessage::fromJson(const QJsonObject &object)
{
    const std::optional<qint64> seq = wireInteger(object.value("seq"_L1));
    const std::optional<qint64> ts = wireInteger(object.value("ts"_L1));
    const QJsonValue from = object.value("from"_L1);
    const QJsonValue text = object.value("text"_L1);
    ChatMessage message;
    if (!seq || *seq <= 0 || !ts || !from.isString() || !text.isString()
        || !optionalString(object, "clientMsgId"_L1, &message.clientMsgId))
        return std::nullopt;
    message.seq = *seq;
    message.ts = *ts;
    message.from = from.toString();
    message.text = text.toString();
    const QJsonValue file = object.value("file"_L1);
    if (!file.isUndefined()) {
        if (!file.isObject())
            return std::nullopt;
        message.file = FileInfo::fromJson(file.toObject());
        if (!message.file)
            return std::nullopt;
    }
    std::optional<qint64> edited;
    const QJsonValue deleted = object.value("deleted"_L1);
    if (!optionalString(object, "author"_L1, &message.author)
        || !optionalString(object, "to"_L1, &message.to)
        || !optionalString(object, "toNick"_L1, &message.toNick)
        || !optionalInteger(object, "edited"_L1, &edited)
        || !(deleted.isUndefined() || deleted.isBool()))
        return std::nullopt;
    message.edited = edited.value_or(0);
    message.deleted = deleted.toBool();
    const QJsonValue reply = object.value("reply"_L1);
    if (!reply.isUndefined()) {
        message.reply = reply.isObject() ? Quote::fromJson(reply.toObject()) : std::nullopt;
        if (!message.reply)
            return std::nullopt;
    }
    const QJsonValue reactions = object.value("reactions"_L1);
    if (!reactions.isUndefined()) {
        if (!reactions.isArray())
            return std::nullopt;
        const QJsonArray array = reactions.toArray();
        for (const QJsonValue &item : array) {
            const QJsonObject entry = item.toObject();
            const QJsonValue emoji = entry.value("emoji"_L1);
            const std::optional<qint64> count = wireInteger(entry.value("count"_L1));
            const QJsonValue people = entry.value("people"_L1);
            if (!emoji.isString() || !count || !(people.isUndefined() || people.isArray()))
                return std::nullopt;
            Reaction reaction;
            reaction.emoji = emoji.toString();
            reaction.count = int(std::min<qint64>(*count, std::numeric_limits<int>::max()));
            const QJsonArray list = people.toArray();
            for (const QJsonValue &person : list) {
                const QJsonValue id = person.toObject().value("id"_L1);
                const QJsonValue nick = person.toObject().value("nick"_L1);
                if (!id.isString() || !nick.isString())
                    return std::nullopt;
                reaction.people.append({id.toString(), nick.toString()});
            }
            message.reactions.append(std::move(reaction));
        }
    }
    return message;
}

QJsonObject Quote::toJson() const
{
    QJsonObject object{{u"seq"_s, seq}, {u"from"_s, from}, {u"text"_s, text}};
    if (!author.isEmpty())
        object.insert(u"author"_s, author);
    if (deleted)
        object.insert(u"deleted"_s, true);
    return object;
}

std::optional<Quote> Quote::fromJson(const QJsonObject &object)
{
    Quote quote;
    const std::optional<qint64> seq = wireInteger(object.value("seq"_L1));
    const QJsonValue deleted = object.value("deleted"_L1);
    if (!seq || *seq <= 0 || !optionalString(object, "from"_L1, &quote.from)
        || !optionalString(object, "text"_L1, &quote.text)
        || !optionalString(object, "author"_L1, &quote.author)
        || !(deleted.isUndefined() || deleted.isBool()))
        return std::nullopt;
    quote.seq = *seq;
    quote.deleted = deleted.toBool();
    return quote;
}

// --- Client to host ---

QJsonObject Hello::toJson() const
{
    QJsonObject object = typed(type::hello);
    object.insert(u"version"_s, version);
    object.insert(u"nick"_s, nick);
    if (lastSeq)
        object.insert(u"lastSeq"_s, *lastSeq);
    if (!resumeToken.isEmpty())
        object.insert(u"resumeToken"_s, resumeToken);
    if (!accessCode.isEmpty())
        object.insert(u"accessCode"_s, accessCode);
    if (!hostKey.isEmpty())
        object.insert(u"hostKey"_s, hostKey);
    return object;
}

std::optional<Hello> Hello::fromJson(const QJsonObject &object)
{
    const std::optional<qint64> versionNumber = wireInteger(object.value("version"_L1));
    const QJsonValue nick = object.value("nick"_L1);
    Hello hello;
    if (!versionNumber || !nick.isString() || !optionalInteger(object, "lastSeq"_L1, &hello.lastSeq)
        || !optionalString(object, "resumeToken"_L1, &hello.resumeToken)
        || !optionalString(object, "accessCode"_L1, &hello.accessCode)
        || !optionalString(object, "hostKey"_L1, &hello.hostKey))
        return std::nullopt;
    // Any other version is answered (version-unsupported), so it is kept, within int.
    hello.version = int(std::min<qint64>(*versionNumber, std::numeric_limits<int>::max()));
    hello.nick = nick.toString();
    return hello;
}

QJsonObject Send::toJson() const
{
    QJsonObject object = typed(type::send);
    object.insert(u"clientMsgId"_s, clientMsgId);
    object.insert(u"text"_s, text);
    if (!to.isEmpty())
        object.insert(u"to"_s, to);
    if (replyTo)
        object.insert(u"replyTo"_s, *replyTo);
    return object;
}

std::optional<Send> Send::fromJson(const QJsonObject &object)
{
    const QJsonValue id = object.value("clientMsgId"_L1);
    const QJsonValue text = object.value("text"_L1);
    Send send;
    if (!id.isString() || !text.isString() || !isValidClientMsgId(id.toString())
        || !optionalString(object, "to"_L1, &send.to)
        || !optionalInteger(object, "replyTo"_L1, &send.replyTo) || (send.replyTo && *send.replyTo <= 0))
        return std::nullopt;
    send.clientMsgId = id.toString();
    send.text = text.toString();
    return send;
}

QJsonObject Edit::toJson() const
{
    QJsonObject object = typed(type::edit);
    object.insert(u"seq"_s, seq);
    object.insert(u"text"_s, text);
    return object;
}

std::optional<Edit> Edit::fromJson(const QJsonObject &object)
{
    const std::optional<qint64> seq = wireInteger(object.value("seq"_L1));
    const QJsonValue text = object.value("text"_L1);
    if (!seq || *seq <= 0 || !text.isString())
        return std::nullopt;
    return Edit{*seq, text.toString()};
}

QJsonObject Delete::toJson() const
{
    QJsonObject object = typed(type::deleteMessage);
    object.insert(u"seq"_s, seq);
    return object;
}

std::optional<Delete> Delete::fromJson(const QJsonObject &object)
{
    const std::optional<qint64> seq = wireInteger(object.value("seq"_L1));
    if (!seq || *seq <= 0)
        return std::nullopt;
    return Delete{*seq};
}

QJsonObject React::toJson() const
{
    QJsonObject object = typed(type::react);
    object.insert(u"seq"_s, seq);
    object.insert(u"emoji"_s, emoji);
    object.insert(u"on"_s, on);
    return object;
}

std::optional<React> React::fromJson(const QJsonObject &object)
{
    const std::optional<qint64> seq = wireInteger(object.value("seq"_L1));
    const QJsonValue emoji = object.value("emoji"_L1);
    const QJsonValue on = object.value("on"_L1);
    if (!seq || *seq <= 0 || !emoji.isString() || !(on.isUndefined() || on.isBool()))
        return std::nullopt;
    return React{*seq, emoji.toString(), on.isUndefined() || on.toBool()};
}

QJsonObject Search::toJson() const
{
    QJsonObject object = typed(type::search);
    object.insert(u"query"_s, query);
    if (before)
        object.insert(u"before"_s, *before);
    if (limit)
        object.insert(u"limit"_s, *limit);
    return object;
}

std::optional<Search> Search::fromJson(const QJsonObject &object)
{
    Search search;
    const QJsonValue query = object.value("query"_L1);
    if (!query.isString() || !optionalInteger(object, "before"_L1, &search.before)
        || !optionalInteger(object, "limit"_L1, &search.limit) || (search.limit && *search.limit < 1))
        return std::nullopt;
    search.query = query.toString();
    return search;
}

QJsonObject Typing::toJson() const
{
    QJsonObject object = typed(type::typing);
    object.insert(u"on"_s, on);
    return object;
}

std::optional<Typing> Typing::fromJson(const QJsonObject &object)
{
    const QJsonValue on = object.value("on"_L1);
    if (!on.isBool())
        return std::nullopt;
    return Typing{on.toBool()};
}

QJsonObject HistoryRequest::toJson() const
{
    QJsonObject object = typed(type::history);
    object.insert(direction == Direction::Before ? u"before"_s : u"after"_s, seq);
    if (limit)
        object.insert(u"limit"_s, *limit);
    if (!with.isEmpty())
        object.insert(u"with"_s, with);
    return object;
}

std::optional<HistoryRequest> HistoryRequest::fromJson(const QJsonObject &object)
{
    std::optional<qint64> before;
    std::optional<qint64> after;
    HistoryRequest request;
    if (!optionalInteger(object, "before"_L1, &before) || !optionalInteger(object, "after"_L1, &after)
        || !optionalInteger(object, "limit"_L1, &request.limit) || before.has_value() == after.has_value()
        || (request.limit && *request.limit < 1) || !optionalString(object, "with"_L1, &request.with))
        return std::nullopt;
    request.direction = before ? Direction::Before : Direction::After;
    request.seq = before ? *before : *after;
    return request;
}

QJsonObject Rename::toJson() const
{
    QJsonObject object = typed(type::rename);
    object.insert(u"nick"_s, nick);
    return object;
}

std::optional<Rename> Rename::fromJson(const QJsonObject &object)
{
    const QJsonValue nick = object.value("nick"_L1);
    if (!nick.isString())
        return std::nullopt;
    return Rename{nick.toString()};
}

QJsonObject Remove::toJson() const
{
    QJsonObject object = typed(kind == Kind::Ban ? type::ban : type::kick);
    object.insert(u"nick"_s, nick);
    return object;
}

std::optional<Remove> Remove::fromJson(const QJsonObject &object, Kind kind)
{
    const QJsonValue nick = object.value("nick"_L1);
    if (!nick.isString())
        return std::nullopt;
    return Remove{kind, nick.toString()};
}

// --- Host to client ---

QJsonObject Welcome::toJson() const
{
    QJsonObject object = typed(type::welcome);
    object.insert(u"version"_s, version);
    object.insert(u"nick"_s, nick);
    object.insert(u"room"_s, room);
    object.insert(u"roster"_s, QJsonArray::fromStringList(roster));
    object.insert(u"rosterIds"_s, QJsonArray::fromStringList(rosterIds));
    object.insert(u"id"_s, id);
    object.insert(u"host"_s, host);
    object.insert(u"history"_s, toArray(history));
    if (!updates.isEmpty())
        object.insert(u"updates"_s, toArray(updates));
    object.insert(u"hasMore"_s, hasMore);
    object.insert(u"lastSeq"_s, lastSeq);
    object.insert(u"limits"_s, QJsonObject{{u"maxTextLength"_s, limits.maxTextLength},
                                           {u"maxNickLength"_s, limits.maxNickLength},
                                           {u"historyPageSize"_s, limits.historyPageSize}});
    object.insert(u"resumeToken"_s, resumeToken);
    return object;
}

std::optional<Welcome> Welcome::fromJson(const QJsonObject &object)
{
    Welcome welcome;
    const std::optional<qint64> versionNumber = wireInteger(object.value("version"_L1));
    const std::optional<qint64> lastSeq = wireInteger(object.value("lastSeq"_L1));
    const QJsonValue nick = object.value("nick"_L1);
    const QJsonValue room = object.value("room"_L1);
    const QJsonValue hasMore = object.value("hasMore"_L1);
    if (!versionNumber || !lastSeq || !nick.isString() || !room.isString() || !hasMore.isBool()
        || !stringList(object.value("roster"_L1), &welcome.roster)
        || !messageList(object.value("history"_L1), &welcome.history)
        || !optionalString(object, "resumeToken"_L1, &welcome.resumeToken)
        || !optionalString(object, "host"_L1, &welcome.host)
        || !optionalString(object, "id"_L1, &welcome.id)
        || !stringList(object.value("rosterIds"_L1), &welcome.rosterIds)
        || !(object.value("updates"_L1).isUndefined()
             || messageList(object.value("updates"_L1), &welcome.updates)))
        return std::nullopt;
    welcome.version = int(std::min<qint64>(*versionNumber, std::numeric_limits<int>::max()));
    welcome.lastSeq = *lastSeq;
    welcome.nick = nick.toString();
    welcome.room = room.toString();
    welcome.hasMore = hasMore.toBool();
    // Limits a client does not find keep its own defaults.
    const QJsonObject limitsObject = object.value("limits"_L1).toObject();
    const auto limitOr = [&limitsObject](QLatin1StringView name, int fallback) {
        const std::optional<qint64> value = wireInteger(limitsObject.value(name));
        return value && *value > 0 ? int(std::min<qint64>(*value, std::numeric_limits<int>::max()))
                                   : fallback;
    };
    welcome.limits.maxTextLength = limitOr("maxTextLength"_L1, tincan::limits::maxTextLength);
    welcome.limits.maxNickLength = limitOr("maxNickLength"_L1, tincan::limits::maxNickLength);
    welcome.limits.historyPageSize = limitOr("historyPageSize"_L1, tincan::limits::historyPageSize);
    return welcome;
}

QJsonObject Upload::toJson() const
{
    QJsonObject object = typed(type::upload);
    object.insert(u"clientMsgId"_s, clientMsgId);
    object.insert(u"name"_s, name);
    object.insert(u"size"_s, size);
    if (!caption.isEmpty())
        object.insert(u"caption"_s, caption);
    return object;
}

std::optional<Upload> Upload::fromJson(const QJsonObject &object)
{
    Upload upload;
    const QJsonValue id = object.value("clientMsgId"_L1);
    const QJsonValue name = object.value("name"_L1);
    const std::optional<qint64> size = wireInteger(object.value("size"_L1));
    if (!id.isString() || !isValidClientMsgId(id.toString()) || !name.isString() || !size
        || !optionalString(object, "caption"_L1, &upload.caption))
        return std::nullopt;
    upload.clientMsgId = id.toString();
    upload.name = name.toString();
    upload.size = *size;
    return upload;
}

QJsonObject UploadCancel::toJson() const
{
    QJsonObject object = typed(type::uploadCancel);
    object.insert(u"clientMsgId"_s, clientMsgId);
    return object;
}

std::optional<UploadCancel> UploadCancel::fromJson(const QJsonObject &object)
{
    const QJsonValue id = object.value("clientMsgId"_L1);
    if (!id.isString() || !isValidClientMsgId(id.toString()))
        return std::nullopt;
    return UploadCancel{id.toString()};
}

QJsonObject UploadReady::toJson() const
{
    QJsonObject object = typed(type::uploadReady);
    object.insert(u"clientMsgId"_s, clientMsgId);
    object.insert(u"url"_s, url);
    object.insert(u"offset"_s, offset);
    return object;
}

std::optional<UploadReady> UploadReady::fromJson(const QJsonObject &object)
{
    const QJsonValue id = object.value("clientMsgId"_L1);
    const QJsonValue url = object.value("url"_L1);
    const std::optional<qint64> offset = wireInteger(object.value("offset"_L1));
    if (!id.isString() || !url.isString() || !url.toString().startsWith(uploadPath) || !offset)
        return std::nullopt;
    return UploadReady{id.toString(), url.toString(), *offset};
}

QJsonObject Ack::toJson() const
{
    QJsonObject object = typed(type::ack);
    object.insert(u"clientMsgId"_s, clientMsgId);
    object.insert(u"seq"_s, seq);
    object.insert(u"ts"_s, ts);
    if (duplicate)
        object.insert(u"duplicate"_s, true);
    return object;
}

std::optional<Ack> Ack::fromJson(const QJsonObject &object)
{
    const QJsonValue id = object.value("clientMsgId"_L1);
    const std::optional<qint64> seq = wireInteger(object.value("seq"_L1));
    const std::optional<qint64> ts = wireInteger(object.value("ts"_L1));
    if (!id.isString() || !seq || !ts)
        return std::nullopt;
    return Ack{id.toString(), *seq, *ts, object.value("duplicate"_L1).toBool()};
}

QJsonObject Presence::toJson() const
{
    QJsonObject object = typed(type::presence);
    if (!joined.isEmpty())
        object.insert(u"joined"_s, QJsonArray::fromStringList(joined));
    if (!left.isEmpty())
        object.insert(u"left"_s, QJsonArray::fromStringList(left));
    if (!removed.isEmpty())
        object.insert(u"removed"_s, QJsonArray::fromStringList(removed));
    object.insert(u"host"_s, host);
    if (!renamed.isEmpty()) {
        QJsonArray pairs;
        for (const RenamedNick &change : renamed)
            pairs.append(QJsonObject{{u"from"_s, change.from}, {u"to"_s, change.to}});
        object.insert(u"renamed"_s, pairs);
    }
    object.insert(u"count"_s, count);
    if (!ids.isEmpty()) {
        QJsonObject map;
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            map.insert(it.key(), it.value());
        object.insert(u"ids"_s, map);
    }
    return object;
}

std::optional<Presence> Presence::fromJson(const QJsonObject &object)
{
    Presence presence;
    const std::optional<qint64> count = wireInteger(object.value("count"_L1));
    if (!count || !stringList(object.value("joined"_L1), &presence.joined)
        || !stringList(object.value("left"_L1), &presence.left)
        || !stringList(object.value("removed"_L1), &presence.removed)
        || !optionalString(object, "host"_L1, &presence.host))
        return std::nullopt;
    presence.count = int(std::min<qint64>(*count, std::numeric_limits<int>::max()));
    const QJsonValue renamed = object.value("renamed"_L1);
    if (!renamed.isUndefined() && !renamed.isArray())
        return std::nullopt;
    const QJsonArray pairs = renamed.toArray();
    for (const QJsonValue &pair : pairs) {
        const QJsonValue from = pair.toObject().value("from"_L1);
        const QJsonValue to = pair.toObject().value("to"_L1);
        if (!from.isString() || !to.isString())
            return std::nullopt;
        presence.renamed.append({from.toString(), to.toString()});
    }
    const QJsonValue ids = object.value("ids"_L1);
    if (!ids.isUndefined() && !ids.isObject())
        return std::nullopt;
    const QJsonObject map = ids.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString())
            return std::nullopt;
        presence.ids.insert(it.key(), it.value().toString());
    }
    return presence;
}

QJsonObject TypingNotice::toJson() const
{
    QJsonObject object = typed(type::typing);
    object.insert(u"nick"_s, nick);
    object.insert(u"on"_s, on);
    return object;
}

std::optional<TypingNotice> TypingNotice::fromJson(const QJsonObject &object)
{
    const QJsonValue nick = object.value("nick"_L1);
    const QJsonValue on = object.value("on"_L1);
    if (!nick.isString() || !on.isBool())
        return std::nullopt;
    return TypingNotice{nick.toString(), on.toBool()};
}

QJsonObject HistoryPage::toJson() const
{
    QJsonObject object = typed(type::history);
    object.insert(u"messages"_s, toArray(messages));
    object.insert(u"hasMore"_s, hasMore);
    return object;
}

std::optional<HistoryPage> HistoryPage::fromJson(const QJsonObject &object)
{
    HistoryPage page;
    const QJsonValue hasMore = object.value("hasMore"_L1);
    if (!hasMore.isBool() || !messageList(object.value("messages"_L1), &page.messages))
        return std::nullopt;
    page.hasMore = hasMore.toBool();
    return page;
}

QJsonObject Update::toJson() const
{
    QJsonObject object = typed(type::update);
    object.insert(u"seq"_s, seq);
    QJsonObject inner = message.toJson();
    inner.remove(u"type"_s);
    object.insert(u"message"_s, inner);
    return object;
}

std::optional<Update> Update::fromJson(const QJsonObject &object)
{
    const std::optional<qint64> seq = wireInteger(object.value("seq"_L1));
    const QJsonValue inner = object.value("message"_L1);
    if (!seq || !inner.isObject())
        return std::nullopt;
    std::optional<ChatMessage> message = ChatMessage::fromJson(inner.toObject());
    if (!message)
        return std::nullopt;
    return Update{*seq, std::move(*message)};
}

QJsonObject SearchResults::toJson() const
{
    QJsonObject object = typed(type::searchResults);
    object.insert(u"query"_s, query);
    object.insert(u"terms"_s, QJsonArray::fromStringList(terms));
    object.insert(u"messages"_s, toArray(messages));
    object.insert(u"hasMore"_s, hasMore);
    return object;
}

std::optional<SearchResults> SearchResults::fromJson(const QJsonObject &object)
{
    SearchResults results;
    const QJsonValue hasMore = object.value("hasMore"_L1);
    if (!hasMore.isBool() || !optionalString(object, "query"_L1, &results.query)
        || !stringList(object.value("terms"_L1), &results.terms)
        || !messageList(object.value("messages"_L1), &results.messages))
        return std::nullopt;
    results.hasMore = hasMore.toBool();
    return results;
}

QJsonObject Renamed::toJson() const
{
    QJsonObject object = typed(type::renamed);
    object.insert(u"nick"_s, nick);
    return object;
}

std::optional<Renamed> Renamed::fromJson(const QJsonObject &object)
{
    const QJsonValue nick = object.value("nick"_L1);
    if (!nick.isString())
        return std::nullopt;
    return Renamed{nick.toString()};
}

Error::Error(ErrorCode errorCode, const QString &messageId, const QString &suggested)
    : codeName(errorCodeName(errorCode))
    , code(errorCode)
    , clientMsgId(messageId)
    , suggestion(suggested)
{
}

QJsonObject Error::toJson() const
{
    QJsonObject object = typed(type::error);
    object.insert(u"code"_s, codeName);
    object.insert(u"message"_s, code ? errorSentence(*code) : QString());
    if (!clientMsgId.isEmpty())
        object.insert(u"clientMsgId"_s, clientMsgId);
    if (!suggestion.isEmpty())
        object.insert(u"suggestion"_s, suggestion);
    if (seq > 0)
        object.insert(u"seq"_s, seq);
    return object;
}

std::optional<Error> Error::fromJson(const QJsonObject &object)
{
    const QJsonValue codeValue = object.value("code"_L1);
    Error error;
    if (!codeValue.isString() || !optionalString(object, "clientMsgId"_L1, &error.clientMsgId)
        || !optionalString(object, "suggestion"_L1, &error.suggestion))
        return std::nullopt;
    std::optional<qint64> seq;
    if (!optionalInteger(object, "seq"_L1, &seq))
        return std::nullopt;
    error.seq = seq.value_or(0);
    error.codeName = codeValue.toString();
    error.code = errorCodeFromName(error.codeName);
    return error;
}

// --- Frames ---

ClientMessage decodeClientMessage(QByteArrayView utf8)
{
    const std::optional<QJsonObject> object = parseObject(utf8);
    if (!object)
        return DecodeError{ErrorCode::BadJson, {}};
    const QJsonValue typeValue = object->value("type"_L1);
    const QString type = typeValue.toString();
    if (type == type::send) {
        if (std::optional<Send> send = Send::fromJson(*object))
            return std::move(*send);
        // Answered with the id when it has one, cut to the longest an id may be.
        const QJsonValue id = object->value("clientMsgId"_L1);
        return DecodeError{ErrorCode::BadMessage,
                           id.isString() ? id.toString().left(limits::maxClientMsgIdLength) : QString()};
    }
    if (type == type::hello)
        return decodeAs<ClientMessage, Hello>(*object);
    if (type == type::typing)
        return decodeAs<ClientMessage, Typing>(*object);
    if (type == type::history)
        return decodeAs<ClientMessage, HistoryRequest>(*object);
    if (type == type::rename)
        return decodeAs<ClientMessage, Rename>(*object);
    if (type == type::upload) {
        if (std::optional<Upload> upload = Upload::fromJson(*object))
            return std::move(*upload);
        const QJsonValue id = object->value("clientMsgId"_L1);
        return DecodeError{ErrorCode::BadMessage,
                           id.isString() ? id.toString().left(limits::maxClientMsgIdLength) : QString()};
    }
    if (type == type::uploadCancel)
        return decodeAs<ClientMessage, UploadCancel>(*object);
    if (type == type::edit)
        return decodeAs<ClientMessage, Edit>(*object);
    if (type == type::deleteMessage)
        return decodeAs<ClientMessage, Delete>(*object);
    if (type == type::react)
        return decodeAs<ClientMessage, React>(*object);
    if (type == type::search)
        return decodeAs<ClientMessage, Search>(*object);
    if (type == type::kick || type == type::ban) {
        const auto kind = type == type::ban ? Remove::Kind::Ban : Remove::Kind::Kick;
        if (std::optional<Remove> remove = Remove::fromJson(*object, kind))
            return std::move(*remove);
        return DecodeError{ErrorCode::BadMessage, {}};
    }
    return DecodeError{ErrorCode::UnknownType, {}};
}

HostMessage decodeHostMessage(QByteArrayView utf8)
{
    const std::optional<QJsonObject> object = parseObject(utf8);
    if (!object)
        return DecodeError{ErrorCode::BadJson, {}};
    const QString type = object->value("type"_L1).toString();
    if (type == type::message)
        return decodeAs<HostMessage, ChatMessage>(*object);
    if (type == type::ack)
        return decodeAs<HostMessage, Ack>(*object);
    if (type == type::presence)
        return decodeAs<HostMessage, Presence>(*object);
    if (type == type::typing)
        return decodeAs<HostMessage, TypingNotice>(*object);
    if (type == type::welcome)
        return decodeAs<HostMessage, Welcome>(*object);
    if (type == type::history)
        return decodeAs<HostMessage, HistoryPage>(*object);
    if (type == type::renamed)
        return decodeAs<HostMessage, Renamed>(*object);
    if (type == type::error)
        return decodeAs<HostMessage, Error>(*object);
    if (type == type::uploadReady)
        return decodeAs<HostMessage, UploadReady>(*object);
    if (type == type::update)
        return decodeAs<HostMessage, Update>(*object);
    if (type == type::searchResults)
        return decodeAs<HostMessage, SearchResults>(*object);
    return DecodeError{ErrorCode::UnknownType, {}};
}

QByteArray encode(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QUrl chatUrl(const QString &host, quint16 port)
{
    QUrl url;
    url.setScheme(u"ws"_s);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QString(chatPath));
    return url;
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

} // namespace tincan::protocol

namespace tincan::protocol {

Quote quoteOf(const ChatMessage &original)
{
    Quote quote;
    quote.seq = original.seq;
    quote.from = original.from;
    quote.author = original.author;
    quote.deleted = original.deleted;
    if (original.deleted)
        return quote;
    QString text = original.text.isEmpty() && original.file ? original.file->name : original.text;
    text = text.simplified();
    if (text.size() > limits::quoteLength) {
        qsizetype cut = limits::quoteLength - 1;
        if (text[cut - 1].isHighSurrogate())
            --cut;
        text = text.first(cut) + QChar(0x2026);
    }
    quote.text = text;
    return quote;
}

bool isValidEmoji(const QString &emoji)
{
    // One emoji as Unicode Technical Standard #51 spells them (ICU's properties): pictographs
    // with a variation selector and a skin tone, flags (a pair of regional indicators, or a black
    // flag with tags), keycaps, and sequences of those joined by zero-width joiners.
    if (emoji.isEmpty() || emoji.size() > limits::maxEmojiLength)
        return false;
    const QList<uint> points = emoji.toUcs4();
    const qsizetype n = points.size();
    const auto at = [&points, n](qsizetype i) { return i < n ? UChar32(points[i]) : UChar32(-1); };
    const auto isVariation = [](UChar32 c) { return c == 0xFE0F || c == 0xFE0E; };
    qsizetype i = 0;
    while (i < n) {
        const UChar32 c = at(i);
        if ((c >= u'0' && c <= u'9') || c == u'#' || c == u'*') {
            ++i;
            if (isVariation(at(i)))
                ++i;
            if (at(i) != 0x20E3)
                return false;
            ++i;
        } else if (u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR)) {
            if (!u_hasBinaryProperty(at(i + 1), UCHAR_REGIONAL_INDICATOR))
                return false;
            i += 2;
        } else if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) {
            ++i;
            if (isVariation(at(i)))
                ++i;
            if (u_hasBinaryProperty(at(i), UCHAR_EMOJI_MODIFIER))
                ++i;
            if (c == 0x1F3F4 && at(i) >= 0xE0020 && at(i) <= 0xE007E) {
                while (at(i) >= 0xE0020 && at(i) <= 0xE007E)
                    ++i;
                if (at(i) != 0xE007F)
                    return false;
                ++i;
            }
        } else {
            return false;
        }
        if (i < n) {
            // Another part follows only after a joiner.
            if (at(i) != 0x200D || i + 1 >= n)
                return false;
            ++i;
        }
    }
    return true;
}

QStringList searchTerms(const QString &query)
{
    QStringList terms;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty() && terms.size() < limits::maxSearchTerms && !terms.contains(word))
            terms.append(word);
        word.clear();
    };
    for (const char32_t c : query.toUcs4()) {
        if (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing
            || QChar::category(c) == QChar::Mark_SpacingCombining)
            word.append(QString::fromUcs4(&c, 1));
        else
            flush();
    }
    flush();
    for (QString &term : terms)
        term = term.toLower();
    return terms;
}

} // namespace tincan::protocol
