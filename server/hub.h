#pragma once

#include "protocol/limits.h"
#include "protocol/messages.h"
#include "server/deadlinequeue.h"
#include "server/roster.h"
#include "server/wireframe.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWebSocketProtocol>

#include <deque>
#include <memory>
#include <unordered_map>
#include <vector>

namespace tincan {

class ChatConnection;
class HistoryStore;
struct Peer;

// The room: who is in it, the order of messages (seq), delivery to everyone, resume and
// scrollback, presence and typing. Owns the chat sockets the front door hands it.
class Hub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Hub)

public:
    // `store` may be closed (history could not be opened): the room then runs from memory.
    Hub(const QString &roomName, HistoryStore *store, QObject *parent = nullptr);
    ~Hub() override;

    // Takes a new chat connection into the room (it must say hello in time) and starts it.
    void adopt(ChatConnection *connection);
    // Pings every connection each `pingIntervalMs` and cuts one not heard for `pongTimeoutMs`
    // (by default the limits in protocol/limits.h).
    void setLiveness(int pingIntervalMs, int pongTimeoutMs);
    // Closes every connection with `code`; emits allDisconnected() once none is left.
    void closeAll(QWebSocketProtocol::CloseCode code, const QString &reason);
    void abortAll();

    int joinedCount() const;
    int connectionCount() const;
    QString roomName() const;

Q_SIGNALS:
    void joinedCountChanged(int count);
    void storageError(const QString &reason);
    void allDisconnected();

private:
    struct PresenceEvent
    {
        enum Kind { Joined, Left, Renamed } kind;
        QString nick;
        QString newNick;
    };
    struct Recent
    {
        protocol::ChatMessage message;
        QByteArray json; // as delivered, reused by welcomes and history answers
    };
    struct PendingSend
    {
        ChatConnection *sender;
        protocol::ChatMessage message;
        bool duplicateInBatch;
    };

    Peer *peerFor(ChatConnection *connection) const;
    void onText(ChatConnection *connection, const QByteArray &utf8);
    void onHello(Peer &peer, const QJsonObject &object);
    void onSend(Peer &peer, const QJsonObject &object);
    void onTyping(Peer &peer, const QJsonObject &object);
    void onHistory(Peer &peer, const QJsonObject &object);
    void onRename(Peer &peer, const QJsonObject &object);
    void removePeer(ChatConnection *connection);
    void sweepLiveness();

    // Queues a frame for the peer; queued frames are written together at the end of the turn.
    void sendTo(Peer &peer, const wire::Frame &frame);
    void sendJson(Peer &peer, const QJsonObject &object);
    void writeOutbox(Peer &peer);
    void writeOutboxes();
    void sendError(Peer &peer, protocol::ErrorCode code, const QString &clientMsgId = {},
                   const QString &suggestion = {});
    void drop(Peer &peer, QWebSocketProtocol::CloseCode code, const QString &reason);
    bool isNickTaken(const QString &nick, const Peer *except) const;

    void scheduleFlush();
    void flush();
    void flushMessages();
    void flushPresence();
    void remember(const protocol::ChatMessage &message, QByteArray json = {});
    void reportStorageFailure();

    // Delivered history as encoded message objects, oldest first; `more` says whether more
    // exists beyond the answer.
    QList<QByteArray> messagesAfter(qint64 after, int limit, bool *more);
    QList<QByteArray> messagesBefore(qint64 before, int limit, bool *more);

    QString m_roomName;
    HistoryStore *m_store;
    QElapsedTimer m_clock;
    QTimer m_pingTimer;
    int m_pongTimeoutMs = limits::pongTimeoutMs;
    DeadlineQueue<QPointer<ChatConnection>> m_helloDeadlines;

    std::unordered_map<ChatConnection *, std::unique_ptr<Peer>> m_peers;
    QHash<QString, Peer *> m_byNickKey; // joined peers only
    bool m_closing = false;

    qint64 m_lastAssignedSeq = 0;
    qint64 m_lastDeliveredSeq = 0;
    qint64 m_firstSeq = 0; // oldest seq in history, 0 when empty
    std::deque<Recent> m_recent;
    QHash<QString, std::pair<qint64, qint64>> m_knownIds; // clientMsgId -> (seq, ts)
    std::deque<QString> m_knownOrder;

    Roster m_roster;
    QByteArray m_roomJson;
    // Peers with frames queued this turn.
    std::vector<ChatConnection *> m_outboxQueue;

    QList<PendingSend> m_pending;
    QSet<QString> m_pendingIds;
    QList<PresenceEvent> m_presence;
    bool m_flushScheduled = false;
    bool m_storageFailing = false;
};

} // namespace tincan
