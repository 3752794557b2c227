#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <variant>

// Protocol v1 (docs/PROTOCOL.md): one C++ type per wire message, each with its own toJson()
// and fromJson(), shared by the host and the desktop client. Nothing outside protocol/ builds
// or picks apart the JSON of a message.
namespace tincan::protocol {

inline constexpr int version = 1;
inline constexpr QLatin1StringView chatPath{"/ws"};
// The port a host listens on unless told otherwise (TCP: the page and the chat) and the port
// hosts announce themselves to (UDP).
inline constexpr quint16 defaultPort = 8787;
// The largest integer a field may carry: exact in a JSON number (a double) and in JavaScript.
inline constexpr qint64 maxWireInteger = (qint64(1) << 53) - 1;

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
inline constexpr QLatin1StringView kick{"kick"};
inline constexpr QLatin1StringView ban{"ban"};
inline constexpr QLatin1StringView upload{"upload"};
inline constexpr QLatin1StringView uploadReady{"upload-ready"};
inline constexpr QLatin1StringView uploadCancel{"upload-cancel"};
inline constexpr QLatin1StringView edit{"edit"};
inline constexpr QLatin1StringView deleteMessage{"delete"};
inline constexpr QLatin1StringView react{"react"};
inline constexpr QLatin1StringView search{"search"};
inline constexpr QLatin1StringView update{"update"};
inline constexpr QLatin1StringView searchResults{"search-results"};
} // namespace type

// The HTTP paths of files on the host (docs/PROTOCOL.md, "Files").
inline constexpr QLatin1StringView filesPath{"/files/"};
inline constexpr QLatin1StringView uploadPath{"/files/upload/"};

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
    HostLeaving,
    AccessDenied,
    AccessBlocked,
    Banned,
    Kicked,
    RoomLocked,
    NotAllowed,
    NoSuchMember,
    FileNameInvalid,
    FileTooLarge,
    StorageFull,
    TooManyUploads,
    NoSuchUpload,
    NoSuchMessage,
    NotYours,
    ReactionInvalid,
    TooManyReactions,
    SearchInvalid,
    SearchTooLong,
};

QString errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(QStringView name);
// The English sentence that goes with a code on the wire (for logs; UIs translate the code).
QString errorSentence(ErrorCode code);
// Whether a client that got this error before its welcome should stop trying: the host will
// say the same again (a refusal), as opposed to a hiccup worth a retry.
bool isRefusal(ErrorCode code);

// A file id: 22 URL-safe base64 characters (128 random bits), safe in a path or a URL.
bool isFileId(QStringView id);

// A person's id: the same 22-character form, given by the host and the same across the person's
// renames, reconnects and the host's restarts (docs/PROTOCOL.md, "People").
bool isPersonId(QStringView id);

// A file a message carries (docs/PROTOCOL.md, "Files").
struct FileInfo
{
    QString id;          // 22 URL-safe characters: how the file is fetched (/files/ID)
    QString name;        // as the host keeps it (cleaned of separators and control characters)
    qint64 size = 0;
    QString type;        // a recognised image type, or a type for display only
    QString sha256;      // lower-case hex
    int width = 0;       // recognised images only; 0 when unknown
    int height = 0;
    bool thumb = false;  // /files/ID/thumb has a thumbnail

    // Whether the host recognised the bytes as an image it shows inline.
    bool isImage() const;

    QJsonObject toJson() const;
    static std::optional<FileInfo> fromJson(const QJsonObject &object);

    friend bool operator==(const FileInfo &, const FileInfo &) = default;
};

// The message a reply answers, as a short quote (docs/PROTOCOL.md, "Replies").
struct Quote
{
    qint64 seq = 0;
    QString from;
    QString author;
    QString text;         // the start of its text (or its file's name), at most quoteLength
    bool deleted = false; // the original was deleted: no text

    QJsonObject toJson() const;
    static std::optional<Quote> fromJson(const QJsonObject &object);

    friend bool operator==(const Quote &, const Quote &) = default;
};

struct Reactor
{
    QString id;
    QString nick; // as the person was called when they reacted

    friend bool operator==(const Reactor &, const Reactor &) = default;
};

// One emoji on a message: how many people gave it, and (the first reactorsListed of) who.
struct Reaction
{
    QString emoji;
    int count = 0;
    QList<Reactor> people;

    friend bool operator==(const Reaction &, const Reaction &) = default;
};

// One chat message as stored and delivered: the `message` object, the items of
// `welcome.history`, `welcome.updates`, `history.messages` and `search-results.messages`, and
// `update.message`. Always in its current state (edited, deleted, reacted to).
struct ChatMessage
{
    ChatMessage() = default;
    ChatMessage(qint64 number, qint64 time, QString sender, QString body, QString messageId = {},
                std::optional<FileInfo> attached = {})
        : seq(number), ts(time), from(std::move(sender)), text(std::move(body)),
          clientMsgId(std::move(messageId)), file(std::move(attached))
    {
    }

    qint64 seq = 0;
    qint64 ts = 0;
    QString from;
    QString text;
    QString clientMsgId;
    std::optional<FileInfo> file; // a file message: `text` is its caption, maybe empty
    QString author;               // the sender's person id (empty: from before ids)
    QString to;                   // a private message: the other person's id (empty: the room)
    QString toNick;               // ... and their name when it was sent
    std::optional<Quote> reply;   // the message this one answers
    qint64 edited = 0;            // when it was last edited (0: never)
    bool deleted = false;         // deleted: no text, file, quote or reactions
    QList<Reaction> reactions;

    bool isPrivate() const { return !to.isEmpty(); }

    QJsonObject toJson() const;
    static std::optional<ChatMessage> fromJson(const QJsonObject &object);

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

// --- Client to host ---

struct Hello
{
    int version = protocol::version;
    QString nick;
    std::optional<qint64> lastSeq; // resume: the highest seq this client has seen
    QString resumeToken;           // from this client's last welcome
    QString accessCode;            // the room's access code, when it needs one
    QString hostKey;               // the hosting desktop's own window: the secret it was given
                                   // in-process by the host it runs (never sent to another host)

    QJsonObject toJson() const;
    static std::optional<Hello> fromJson(const QJsonObject &object);
};

struct Send
{
    Send() = default;
    Send(QString id, QString body, QString recipient = {}, std::optional<qint64> answering = {})
        : clientMsgId(std::move(id)), text(std::move(body)), to(std::move(recipient)), replyTo(answering)
    {
    }

    QString clientMsgId;
    QString text;
    QString to;                     // a private message to this person id
    std::optional<qint64> replyTo;  // the seq of the message this one answers

    QJsonObject toJson() const;
    static std::optional<Send> fromJson(const QJsonObject &object);
};

// Changes the text of one of your own messages (a file message: its caption).
struct Edit
{
    qint64 seq = 0;
    QString text;

    QJsonObject toJson() const;
    static std::optional<Edit> fromJson(const QJsonObject &object);
};

// Deletes one of your own messages (the host: anyone's).
struct Delete
{
    qint64 seq = 0;

    QJsonObject toJson() const;
    static std::optional<Delete> fromJson(const QJsonObject &object);
};

// Adds (on) or takes back (off) your reaction with one emoji.
struct React
{
    qint64 seq = 0;
    QString emoji;
    bool on = true;

    QJsonObject toJson() const;
    static std::optional<React> fromJson(const QJsonObject &object);
};

// Searches the history you can read (the room and your private conversations).
struct Search
{
    QString query;
    std::optional<qint64> before;  // results with seq < before (the next page)
    std::optional<qint64> limit;

    QJsonObject toJson() const;
    static std::optional<Search> fromJson(const QJsonObject &object);
};

// Asks for a slot to upload one file, or to resume one (the same clientMsgId, name and size).
struct Upload
{
    QString clientMsgId;
    QString name;
    qint64 size = 0;
    QString caption;

    QJsonObject toJson() const;
    static std::optional<Upload> fromJson(const QJsonObject &object);
};

struct UploadCancel
{
    QString clientMsgId;

    QJsonObject toJson() const;
    static std::optional<UploadCancel> fromJson(const QJsonObject &object);
};

struct Typing
{
    bool on = false;

    QJsonObject toJson() const;
    static std::optional<Typing> fromJson(const QJsonObject &object);
};

struct HistoryRequest
{
    enum class Direction { Before, After };
    HistoryRequest() = default;
    HistoryRequest(Direction towards, qint64 from, std::optional<qint64> most = {}, QString withPerson = {})
        : direction(towards), seq(from), limit(most), with(std::move(withPerson))
    {
    }

    Direction direction = Direction::Before;
    qint64 seq = 0;                // messages before (or after) this seq
    std::optional<qint64> limit;   // at least 1; the host caps it
    QString with;                  // only the private conversation with this person id

    QJsonObject toJson() const;
    static std::optional<HistoryRequest> fromJson(const QJsonObject &object);
};

struct Rename
{
    QString nick;

    QJsonObject toJson() const;
    static std::optional<Rename> fromJson(const QJsonObject &object);
};

// The host removes someone: `kick` (they may come back) or `ban` (not for this hosting
// session, from the same address or resume identity). Only the host's own session may ask.
struct Remove
{
    enum class Kind { Kick, Ban };
    Kind kind = Kind::Kick;
    QString nick;

    QJsonObject toJson() const;
    static std::optional<Remove> fromJson(const QJsonObject &object, Kind kind);
};

// --- Host to client ---

struct WelcomeLimits
{
    int maxTextLength = 0;
    int maxNickLength = 0;
    int historyPageSize = 0;

    friend bool operator==(const WelcomeLimits &, const WelcomeLimits &) = default;
};

struct Welcome
{
    int version = protocol::version;
    QString nick;
    QString room;
    QStringList roster;
    QStringList rosterIds;         // each roster name's person id, in the same order
    QString id;                    // your person id
    QString host;                  // who in the roster is the host (empty: the host is not in it)
    QList<ChatMessage> history;
    QList<ChatMessage> updates;    // resume: messages up to lastSeq changed since
    bool hasMore = false;
    qint64 lastSeq = 0;
    WelcomeLimits limits;
    QString resumeToken;

    QJsonObject toJson() const;
    static std::optional<Welcome> fromJson(const QJsonObject &object);
};

struct Ack
{
    QString clientMsgId;
    qint64 seq = 0;
    qint64 ts = 0;
    bool duplicate = false;

    QJsonObject toJson() const;
    static std::optional<Ack> fromJson(const QJsonObject &object);
};

// Where to PUT the bytes of a file, from which offset.
struct UploadReady
{
    QString clientMsgId;
    QString url;   // a path on the host: /files/upload/TOKEN
    qint64 offset = 0;

    QJsonObject toJson() const;
    static std::optional<UploadReady> fromJson(const QJsonObject &object);
};

struct RenamedNick
{
    QString from;
    QString to;

    friend bool operator==(const RenamedNick &, const RenamedNick &) = default;
};

struct Presence
{
    QStringList joined;
    QStringList left;
    QStringList removed;          // by the host (kick or ban): no longer in the room
    QList<RenamedNick> renamed;
    QString host;                 // who is the host now (empty: not in the room)
    int count = 0;
    QHash<QString, QString> ids;  // person id of each name in joined and renamed (to)

    QJsonObject toJson() const;
    static std::optional<Presence> fromJson(const QJsonObject &object);
};

// Someone else started or stopped typing (`typing` from the host carries a name).
struct TypingNotice
{
    QString nick;
    bool on = false;

    QJsonObject toJson() const;
    static std::optional<TypingNotice> fromJson(const QJsonObject &object);
};

struct HistoryPage
{
    QList<ChatMessage> messages;
    bool hasMore = false;

    QJsonObject toJson() const;
    static std::optional<HistoryPage> fromJson(const QJsonObject &object);
};

// A message changed (edited, deleted, reacted to): its whole current state. `seq` is the change's
// own place in the room's order (what a resume's lastSeq counts), not the message's.
struct Update
{
    qint64 seq = 0;
    ChatMessage message;

    QJsonObject toJson() const;
    static std::optional<Update> fromJson(const QJsonObject &object);
};

// The answer to `search`: matches, newest first.
struct SearchResults
{
    QString query;
    QStringList terms;             // the words searched for (each matched as a word's start)
    QList<ChatMessage> messages;
    bool hasMore = false;

    QJsonObject toJson() const;
    static std::optional<SearchResults> fromJson(const QJsonObject &object);
};

struct Renamed
{
    QString nick;

    QJsonObject toJson() const;
    static std::optional<Renamed> fromJson(const QJsonObject &object);
};

struct Error
{
    // The code as sent; `code` is empty when this client does not know it (a newer host).
    QString codeName;
    std::optional<ErrorCode> code;
    QString clientMsgId;
    QString suggestion;
    qint64 seq = 0;                // the message an edit, delete, react or reply was about

    Error() = default;
    explicit Error(ErrorCode errorCode, const QString &messageId = {}, const QString &suggested = {});

    QJsonObject toJson() const;
    static std::optional<Error> fromJson(const QJsonObject &object);
};

// --- Reading a frame ---

// Why a frame could not be read as a message: bad-json, bad-message or unknown-type, with the
// clientMsgId of a broken `send` when it has a usable one.
struct DecodeError
{
    ErrorCode code = ErrorCode::BadJson;
    QString clientMsgId;
};

using ClientMessage = std::variant<Hello, Send, Typing, HistoryRequest, Rename, Remove, Upload,
                                   UploadCancel, Edit, Delete, React, Search, DecodeError>;
using HostMessage = std::variant<Welcome, ChatMessage, Ack, Presence, TypingNotice, HistoryPage,
                                 Renamed, Error, UploadReady, Update, SearchResults, DecodeError>;

// What a client sent in one text frame.
ClientMessage decodeClientMessage(QByteArrayView utf8);
// What the host sent in one text frame.
HostMessage decodeHostMessage(QByteArrayView utf8);

// One JSON object as compact UTF-8, the form every message travels in.
QByteArray encode(const QJsonObject &object);
// A typed message, ready for a text frame.
template <typename Message>
QByteArray encode(const Message &message)
{
    return encode(message.toJson());
}

// ws://HOST:PORT/ws for a host name or address (IPv6 addresses get their brackets).
QUrl chatUrl(const QString &host, quint16 port);

// A clientMsgId is 1..maxClientMsgIdLength printable ASCII characters.
bool isValidClientMsgId(const QString &id);

// The quote a reply carries of `original` (as it is now): the start of its text (or its file's
// name) on one line, at most limits::quoteLength UTF-16 units.
Quote quoteOf(const ChatMessage &original);

// Whether `emoji` may be a reaction: 1..maxEmojiLength UTF-16 units of pictographs and symbols
// (with their joiners, variation selectors, skin tones and keycaps), no letters, spaces or
// control characters (docs/PROTOCOL.md, "Reactions").
bool isValidEmoji(const QString &emoji);

// The words of a search, lower-cased, as the host searches them: runs of letters and digits, at
// most limits::maxSearchTerms. Empty: nothing to search for.
QStringList searchTerms(const QString &query);

} // namespace tincan::protocol
