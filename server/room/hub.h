#pragma once

#include "protocol/limits.h"
#include "protocol/messages.h"
#include "server/deadlinequeue.h"
#include "server/room/identities.h"
#include "server/room/messageids.h"
#include "server/room/presencebatch.h"
#include "server/room/recenthistory.h"
#include "server/room/roomaccess.h"
#include "server/room/roster.h"
#include "server/room/tokenbucket.h"
#include "server/room/welcomebuilder.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWebSocketProtocol>

#include <memory>
#include <unordered_map>
#include <vector>

class QTcpSocket;
class QWebSocket;

namespace tincan {

class FileStore;
class HistoryStore;
class PeerSocket;
struct Peer;

// The room: who is in it, the order of messages (seq), delivery to everyone, and the answers
// to each request. It coordinates the parts that keep the room's state (Roster, RecentHistory,
// MessageIds, PresenceBatch) and the people's connections (PeerSocket).
class Hub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Hub)

public:
    // `store` may be closed (history could not be opened): the room then runs from memory.
    Hub(const QString &roomName, HistoryStore *store, QObject *parent = nullptr);
    ~Hub() override;

    // Where files sent to the room are kept (none: uploads are refused with storage-failed).
    void setFileStore(FileStore *files);

    // Takes an upgraded chat connection into the room (it must say hello in time).
    void adopt(QWebSocket *socket, QTcpSocket *transport);
    // Pings every connection each `pingIntervalMs` and cuts one not heard for `pongTimeoutMs`
    // (by default the limits in protocol/limits.h).
    void setLiveness(int pingIntervalMs, int pongTimeoutMs);
    // How long a leave waits to be announced (by default limits::rejoinGraceMs).
    void setRejoinGrace(int graceMs);
    // Closes every connection with `code`; emits allDisconnected() once none is left.
    void closeAll(QWebSocketProtocol::CloseCode code, const QString &reason);
    void abortAll();

    // Who may come in (docs/PROTOCOL.md, "Keeping the room"). The host key is the secret the
    // hosting desktop gives its own window; an empty code lets anyone in.
    void setHostKey(const QString &key);
    void setAccessCode(const QString &code);
    void setLocked(bool locked);
    bool codeRequired() const { return m_access.codeRequired(); }
    bool isLocked() const { return m_access.isLocked(); }
    // Removes someone from the room (the host's own decision, from its console or its window):
    // nothing, or why not (no-such-member, not-allowed for the host itself or too many bans).
    // `removed` gets the names that left the room, as the room knew them (a ban may take the same
    // computer's other names too).
    std::optional<protocol::ErrorCode> removeMember(const QString &nick, protocol::Remove::Kind kind,
                                                    QStringList *removed = nullptr);

    int joinedCount() const;
    int connectionCount() const;
    QString roomName() const;

Q_SIGNALS:
    void joinedCountChanged(int count);
    // The access code was set or removed, or the room was locked or unlocked.
    void accessChanged(bool codeRequired, bool locked);
    void storageError(const QString &reason);
    void allDisconnected();

private:
    struct PendingSend
    {
        PeerSocket *sender;
        protocol::ChatMessage message;
        bool duplicateInBatch;
    };

    Peer *peerFor(PeerSocket *socket) const;
    void onText(PeerSocket *socket, const QString &text);
    void dispatch(Peer &peer, const protocol::ClientMessage &message, qint64 now);
    void onHello(Peer &peer, const protocol::Hello &hello);
    void onSend(Peer &peer, const protocol::Send &send);
    void onTyping(Peer &peer, const protocol::Typing &typing);
    void relayTyping(Peer &peer, bool on, qint64 now);
    void relayWaitingTyping();
    void onHistory(Peer &peer, const protocol::HistoryRequest &request);
    void onRename(Peer &peer, const protocol::Rename &rename);
    void onRemove(Peer &peer, const protocol::Remove &remove);
    void onUpload(Peer &peer, const protocol::Upload &upload);
    void onUploadCancel(Peer &peer, const protocol::UploadCancel &cancel);
    void onFileStored(const void *connection, quint64 person, const QString &nick, const QString &authorId,
                      const QString &clientMsgId, const QString &caption, const protocol::FileInfo &file);
    void onUploadFailed(const void *connection, const QString &clientMsgId);
    void onEdit(Peer &peer, const protocol::Edit &edit);
    void onDelete(Peer &peer, const protocol::Delete &request);
    void onReact(Peer &peer, const protocol::React &react);
    void onSearch(Peer &peer, const protocol::Search &search);
    // The message `seq` as `peer` may see it (nothing: none, or not theirs to read). Messages
    // still waiting to be stored are stored first.
    std::optional<protocol::ChatMessage> readable(const Peer &peer, qint64 seq);
    static bool mayRead(const Peer &peer, const protocol::ChatMessage &message);
    // Whether changes can be kept (the history takes writes); answers storage-failed if not.
    bool changesPossible(Peer &peer, qint64 seq);
    // The next seq for a change; tells everyone who may read the message its new state.
    qint64 nextChangeSeq();
    // `quoteChanged`: an edit or a delete (replies quote the message anew).
    void announceChange(qint64 changeSeq, qint64 messageSeq, bool quoteChanged);
    // Purges deleted words from the search index once deletes pause (see limits.h).
    void schedulePurge();
    // Sends a frame to everyone who may read this message (a private one: its two people).
    void deliver(const protocol::ChatMessage &message, const QByteArray &frame);
    // Whether someone with this person id is in the room (or within the rejoin grace).
    bool personPresent(const QString &personId) const;
    // A message id already stored or on its way: the sender is answered as for a resend.
    bool answerAsResend(Peer &peer, const QString &clientMsgId);
    // Why a message's text (or a file's caption) is refused, if it is.
    static std::optional<protocol::ErrorCode> textRefusal(const QString &text);
    // The next seq, and its place in the turn's batch of messages to store and deliver.
    void queueMessage(PeerSocket *sender, protocol::ChatMessage message);
    void removeJoined(Peer &target, bool ban);
    void removeDeparted(const QString &nickKey, bool ban);
    QString hostNick() const;
    void removePeer(PeerSocket *socket);
    void finishDeparture(const std::pair<QString, quint64> &departure);
    void sweepLiveness();

    // Queues a frame for the peer; queued frames are written together at the end of the turn.
    // `answer`: the frame answers what the peer asked for (see PeerSocket::sendFrames).
    void sendFrame(Peer &peer, const QByteArray &frame, bool answer = false);
    template <typename Message>
    void sendMessage(Peer &peer, const Message &message);
    void sendError(Peer &peer, protocol::ErrorCode code, const QString &clientMsgId = {},
                   const QString &suggestion = {});
    void writeOutbox(Peer &peer);
    void writeOutboxes();
    void drop(Peer &peer, QWebSocketProtocol::CloseCode code, const QString &reason);
    bool isNickTaken(const QString &nick, const Peer *except) const;

    void scheduleFlush();
    void flush();
    void flushMessages();
    void flushPresence();
    void reserveSeqs();
    void reportStorageFailure();

    QString m_roomName;
    HistoryStore *m_store;
    FileStore *m_files = nullptr;
    QElapsedTimer m_clock;
    QTimer m_pingTimer;
    QTimer m_typingTimer;
    QTimer m_purgeTimer; // merges the search index, step by step, after deletes
    QElapsedTimer m_lastPurge; // when the last purge ended (invalid: none yet)
    QSet<QString> m_bannedPersons; // person ids banned in this hosting session
    std::vector<PeerSocket *> m_typingWaiting; // peers with a typing change waiting for its turn
    int m_pongTimeoutMs = limits::pongTimeoutMs;
    DeadlineQueue<QPointer<PeerSocket>> m_helloDeadlines;
    DeadlineQueue<QPointer<PeerSocket>> m_codeDeadlines; // told access-denied: time to type a code

    std::unordered_map<PeerSocket *, std::unique_ptr<Peer>> m_peers;
    QHash<QString, Peer *> m_byNickKey; // joined peers only
    QMultiHash<QString, Peer *> m_byPerson; // joined peers only, by person id
    // People who left less than the rejoin grace ago: still in the roster, their leave not yet
    // announced; who joins again under the same name in time never left. By name key.
    struct Departure
    {
        QString nick;
        quint64 id;
        QHostAddress address;  // for a ban while the leave is not announced yet
        QString resumeToken;
        bool host;
        QString personId;
    };
    QHash<QString, Departure> m_departing;
    quint64 m_nextDepartureId = 0;
    DeadlineQueue<std::pair<QString, quint64>> m_departures;
    bool m_closing = false;

    qint64 m_lastAssignedSeq = 0;
    qint64 m_reservedSeq = 0; // reserved on disk up to here (or, failing that, tried again past it)
    RecentHistory m_history;
    MessageIds m_ids;
    Roster m_roster;
    RoomAccess m_access;
    Identities m_identities;
    TokenBucket m_roomSearches{limits::roomSearchBurst, limits::roomSearchesPerSecond};
    QString m_hostNickKey; // the host's session, joined or departing (empty: none)
    WelcomeBuilder m_welcomes;
    PresenceBatch m_presence;

    // Peers with frames queued this turn.
    std::vector<PeerSocket *> m_outboxQueue;
    QList<PendingSend> m_pending;
    QSet<QString> m_pendingIds;
    bool m_flushScheduled = false;
    bool m_storageFailing = false;
};

} // namespace tincan
