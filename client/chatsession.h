#pragma once

#include "client/reconnectbackoff.h"
#include "client/transfermeter.h"
#include "protocol/messages.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QSettings;
class QWebSocket;

namespace tincan {

class FileDownload;
class FileUpload;

// One desktop user's seat in a room: hello/welcome, resume by lastSeq, an outbox that survives
// lost connections, reconnect with backoff, history paging, typing and rename, and files: sent
// one after another through upload slots (resumed after a reconnect), fetched from the same
// host. The host's own window uses it over loopback exactly like any other desktop.
class ChatSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatSession)

public:
    enum class State {
        Idle,         // not started, or left
        Connecting,   // socket opening or hello sent
        Connected,    // welcomed
        Reconnecting, // waiting for the next attempt (see reconnectSeconds())
        Refused,      // the host said no; see refusal()
        Ended,        // the host ended the chat; waits for rejoin()
        Unreachable,  // the first connection failed; see failure(); waits for rejoin()
        Removed,      // the host removed this person (refusal().code: "kicked" or "banned")
    };
    Q_ENUM(State)

    // Why the host refused: the protocol's error code name ("nick-taken", "room-full",
    // "version-unsupported", ...).
    struct Refusal
    {
        QString code;
        QString suggestion;
    };

    // Why a connection attempt failed.
    enum class Failure {
        None,
        Refused,      // the computer answered, but nothing accepts connections on that port
        HostNotFound, // no computer of that name
        NoRoute,      // the network has no way there
        TimedOut,     // no answer within limits::connectTimeoutMs
        Other,
    };
    Q_ENUM(Failure)

    // Where arriving messages come from, so a window can tell news from old history.
    enum class Origin {
        Recent, // the newest history handed over with a fresh welcome
        Missed, // sent while this client was away (resume and catch-up)
        Live,   // just sent by someone
    };
    Q_ENUM(Origin)

    struct OutgoingMessage
    {
        QString clientMsgId;
        QString text;
        QString to;                    // a private message to this person id (empty: the room)
        std::optional<qint64> replyTo; // the seq of the message this one answers
    };

    struct OutgoingFile
    {
        QString clientMsgId;
        QString path;    // read from here as it is sent
        QString name;    // what the room sees
        qint64 size = 0;
        QString caption;
    };

    // Why an upload stopped, besides the host's error codes (file-too-large, storage-full,
    // too-many-uploads, file-name-invalid, text-too-long, ...).
    static constexpr QLatin1StringView fileUnreadable{"file-unreadable"}; // cannot be opened
    static constexpr QLatin1StringView fileChanged{"file-changed"};       // not the size it had
    static constexpr QLatin1StringView uploadRefused{"upload-refused"};   // HTTP 403 again and again
    static constexpr QLatin1StringView uploadBroken{"upload-broken"};     // the network kept failing

    explicit ChatSession(QObject *parent = nullptr);
    ~ChatSession() override;

    // Opens the connection and says hello with this nickname.
    void open(const QUrl &chatUrl, const QString &nick);
    // Leaves the room for good (no reconnect).
    void close();
    // Skips the rest of the reconnect wait.
    void reconnectNow();
    // Connects again after the host ended the chat or could not be reached.
    void rejoin();
    // After a nick refusal: try again with another name.
    void retryWithNick(const QString &nick);
    // The room's access code, said with every hello from now on (empty: none).
    void setAccessCode(const QString &code) { m_accessCode = code; }
    QString accessCode() const { return m_accessCode; }
    // After an access-denied refusal: try again with this code.
    void retryWithAccessCode(const QString &code);
    // The hosting desktop's own window: the secret its host gave it in-process.
    void setHostKey(const QString &key) { m_hostKey = key; }
    // The host only (others get not-allowed): removes someone, for now (kick) or for as long as
    // the host runs (ban).
    void kick(const QString &nick);
    void ban(const QString &nick);

    // Where this person's resume token is kept, one per host (address and port), so that the
    // app is the same person in that room after it restarts. Read at open(), written with every
    // welcome. Without one the token lives in memory only.
    void setIdentityStore(QSettings *settings) { m_identityStore = settings; }
    static QString identityKey(const QUrl &chatUrl);

    // Queues a message; it is sent now if connected, otherwise after the next welcome. Returns
    // the clientMsgId it goes out with. `to`: a private message to this person id; `replyTo`:
    // the seq of the message it answers.
    QString send(const QString &text, const QString &to = {}, std::optional<qint64> replyTo = std::nullopt);
    // Changes the text of one of this person's messages; refusals come as changeRefused().
    // False (and nothing sent) while not connected.
    bool edit(qint64 seq, const QString &text);
    // Deletes one of this person's messages (the host's own window: anyone's).
    void deleteMessage(qint64 seq);
    // Adds (on) or takes back this person's reaction.
    void react(qint64 seq, const QString &emoji, bool on);
    // Searches what this person can read; answered by searchAnswered() or searchFailed(). False
    // while not connected.
    bool search(const QString &query, std::optional<qint64> before = std::nullopt);
    // Asks for one page of history before (or after) `seq`, only the private conversation with
    // `with` when given. Returns a number that comes back with historyAnswered(), or 0 while not
    // connected.
    int requestHistory(protocol::HistoryRequest::Direction direction, qint64 seq, const QString &with = {},
                       int limit = 0);
    // Queues a file (with the message's text, maybe empty); files go out one after another, in
    // the order given. `name` is what the room sees (default: the file's own name). Returns the
    // clientMsgId, or an empty string when the file cannot be read or is empty.
    QString sendFile(const QString &path, const QString &caption = {}, const QString &name = {});
    // Stops a file that is not completely sent yet and gives up its slot; false when it is too
    // late (every byte is with the host) or no such upload.
    bool cancelUpload(const QString &clientMsgId);
    QList<OutgoingFile> uploads() const;
    // Fetches a file of this room into `targetPath` (the caller starts it); nullptr when the id
    // is not one this protocol hands out.
    FileDownload *download(const protocol::FileInfo &file, const QString &targetPath, QObject *parent = nullptr);
    // http://HOST:PORT/files/ID (or /files/ID/thumb, /view); empty for an id of another shape.
    QUrl fileUrl(const QString &fileId, QStringView part = {}) const;
    // Lives on the session's thread; never goes through a proxy (the host is on this network).
    QNetworkAccessManager *network() const { return m_network; }

    // Called as the user types; sends typing on/off at the pace the protocol asks for.
    void noteTyping(bool hasText);
    // Asks for a page of messages older than the oldest one seen. No-op while one is on its way
    // or when there are none.
    bool requestOlder();
    void rename(const QString &nick);

    // This person's id in the room (welcome.id; empty before the first welcome).
    QString personId() const { return m_personId; }
    // The id of someone in the roster now, or empty.
    QString idOf(const QString &nick) const;
    // The name someone in the roster has now, or empty when they are not in the room.
    QString nickOf(const QString &personId) const;
    // Whether this person sent `message` (by id; by clientMsgId or name for messages from
    // before ids).
    bool isMine(const protocol::ChatMessage &message) const;

    State state() const { return m_state; }
    Refusal refusal() const { return m_refusal; }
    Failure failure() const { return m_failure; }
    int reconnectSeconds() const;
    QUrl url() const { return m_url; }
    QString nick() const { return m_nick; }
    QString room() const { return m_room; }
    QStringList roster() const { return m_roster; }
    // Who in the roster is the host (empty: the host is not in the room).
    QString hostNick() const { return m_hostNick; }
    bool isHost() const;
    QStringList typingNicks() const;
    qint64 lastSeq() const { return m_lastSeq; }
    bool hasOlder() const { return m_hasOlder; }
    bool isLoadingOlder() const { return m_olderRequested; }
    int maxTextLength() const { return m_maxTextLength; }
    // How the last connection ended (1001: the host stopped).
    int lastCloseCode() const { return m_lastCloseCode; }
    bool everWelcomed() const { return m_everWelcomed; }
    QList<OutgoingMessage> outbox() const { return m_outbox; }
    bool isOwnMessageId(const QString &clientMsgId) const { return m_ownIds.contains(clientMsgId); }

Q_SIGNALS:
    void stateChanged(tincan::ChatSession::State state);
    // Once a second while reconnecting.
    void reconnectSecondsChanged(int seconds);
    // resumed: this welcome continued an earlier one (messages are only the missed ones).
    void welcomed(const QString &room, const QString &nick, bool resumed);
    void nickChanged(const QString &nick);
    void rosterChanged(const QStringList &roster);
    void joined(const QStringList &nicks);
    void left(const QStringList &nicks);
    // The host removed these people.
    void removedPeers(const QStringList &nicks);
    void hostNickChanged(const QString &nick);
    void renamedPeer(const QString &from, const QString &to);
    void typingChanged(const QStringList &nicks);
    // Messages in seq order.
    void messagesArrived(const QList<tincan::protocol::ChatMessage> &messages,
                         tincan::ChatSession::Origin origin);
    // A message changed (edited, deleted, reacted to): its whole current state.
    void messageChanged(const tincan::protocol::ChatMessage &message);
    // The answer to a search.
    void searchAnswered(const tincan::protocol::SearchResults &results);
    // A search the host would not do: search-invalid, search-too-long, rate-limited,
    // storage-failed.
    void searchFailed(const QString &code);
    // An edit, delete, react or reply the host refused, with the message's seq: no-such-message,
    // not-yours, reaction-invalid, too-many-reactions, rate-limited, text-invalid, ...
    void changeRefused(const QString &code, qint64 seq);
    // A page asked for with requestHistory().
    void historyAnswered(int request, const QList<tincan::protocol::ChatMessage> &messages, bool hasMore);
    // Names and their person ids changed (with rosterChanged() when names did).
    void rosterIdsChanged();
    // A page from requestOlder(), oldest first.
    void olderMessagesArrived(const QList<tincan::protocol::ChatMessage> &messages, bool hasMore);
    void messageQueued(const QString &clientMsgId, const QString &text);
    void messageAcknowledged(const QString &clientMsgId, qint64 seq, qint64 ts);
    // The host will never take this message (too long, empty).
    void messageRejected(const QString &clientMsgId, const QString &code);
    void renameFailed(const QString &code, const QString &suggestion);
    // Errors worth telling the user about that change nothing else (storage-failed, ...).
    void hostError(const QString &code);

    void uploadQueued(const QString &clientMsgId, const QString &name, qint64 size, const QString &caption);
    void uploadProgress(const QString &clientMsgId, const tincan::TransferProgress &progress);
    // Every byte is with the host; the message follows once it has checked them.
    void uploadSent(const QString &clientMsgId);
    // The host announced the file (its `message` comes next, or came already).
    void uploadFinished(const QString &clientMsgId, qint64 seq, qint64 ts);
    // The file will not be sent: a host error code or one of the problems above.
    void uploadFailed(const QString &clientMsgId, const QString &problem);
    void uploadCancelled(const QString &clientMsgId);

private:
    enum class Request { Older, CatchUp, Page, Search };
    struct PendingRequest
    {
        Request kind = Request::Older;
        int tag = 0; // Page: what requestHistory() returned
    };

    void connectSocket();
    void onConnected();
    void sayHello();
    void onDisconnected();
    void onTextMessage(const QString &frame);
    // One per message type the host sends (dispatched by protocol::decodeHostMessage()).
    void handle(const protocol::Welcome &welcome);
    void handle(const protocol::ChatMessage &message);
    void handle(const protocol::Ack &ack);
    void handle(const protocol::Presence &presence);
    void handle(const protocol::TypingNotice &notice);
    void handle(const protocol::HistoryPage &page);
    void handle(const protocol::Renamed &renamed);
    void handle(const protocol::Error &error);
    void handle(const protocol::UploadReady &ready);
    void handle(const protocol::Update &update);
    void handle(const protocol::SearchResults &results);
    void handle(const protocol::DecodeError &error);
    void refuse(const QString &code, const QString &suggestion);
    void requestCatchUp();
    void flushOutbox();
    template <typename Message>
    void sendMessage(const Message &message);
    void setState(State state);
    void scheduleReconnect();
    void setRoster(QStringList roster, QHash<QString, QString> ids);
    void noteSeenSeq(qint64 seq);
    void saveResumeToken();
    void setHostNick(const QString &nick);
    void noteSeen(const QList<protocol::ChatMessage> &messages);
    void expireTyping();
    void stopTyping();

    struct UploadEntry;
    UploadEntry *findUpload(const QString &clientMsgId);
    QUrl hostUrl(const QString &path) const;
    void advanceUploads();
    void startPut(UploadEntry &entry, const QUrl &url, qint64 offset);
    void onPutFinished(const QString &clientMsgId, int outcome, qint64 hostOffset);
    void retryUpload(UploadEntry &entry, const QString &problemIfExhausted);
    void failUpload(const QString &clientMsgId, const QString &problem);
    void pauseUploads();

    QWebSocket *m_socket = nullptr;
    QUrl m_url;
    State m_state = State::Idle;
    Refusal m_refusal;
    QString m_nick;
    QString m_room;
    QStringList m_roster;
    QString m_hostNick;
    QString m_accessCode;
    QString m_hostKey;
    bool m_everWelcomed = false;
    QString m_resumeToken;      // from the last welcome
    QString m_personId;         // welcome.id
    QHash<QString, QString> m_ids; // nickKey of each roster name -> person id
    QSettings *m_identityStore = nullptr;
    Failure m_failure = Failure::None;
    bool m_hostEnded = false;   // the host said it is leaving (before its close)
    QTimer m_connectTimer;
    bool m_closing = false;
    int m_lastCloseCode = 0;

    qint64 m_lastSeq = 0;       // every message up to here has been received
    qint64 m_liveMaxSeq = 0;    // highest seq seen live while still catching up
    qint64 m_oldestSeq = 0;     // lowest seq seen (for paging back)
    bool m_hasOlder = false;
    bool m_catchingUp = false;
    bool m_olderRequested = false;
    QList<PendingRequest> m_requests;
    int m_nextTag = 0;
    int m_maxTextLength;
    int m_historyPageSize;

    QList<OutgoingMessage> m_outbox;
    int m_inFlight = 0;          // outbox entries sent since the last welcome
    QSet<QString> m_ownIds;
    QTimer m_outboxRetry;

    ReconnectBackoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_countdown;
    qint64 m_reconnectAt = 0;

    QHash<QString, qint64> m_typing; // nick -> when the typing state expires (ms since epoch)
    QTimer m_typingExpiry;
    bool m_typingSent = false;
    qint64 m_typingSentAt = 0;
    QTimer m_typingIdle;

    struct UploadEntry
    {
        enum class Stage { Queued, Asking, Sending, Sent };
        OutgoingFile file;
        Stage stage = Stage::Queued;
        bool asked = false;       // the host may hold a slot for it
        FileUpload *put = nullptr;
        QUrl url;
        TransferMeter meter;
        int tries = 0;            // attempts in a row that moved no byte
        qint64 doneAtTry = 0;
    };
    QNetworkAccessManager *m_network;
    QList<UploadEntry> m_uploads; // in order; only the first moves
    QTimer m_uploadRetry;
};

} // namespace tincan
