#pragma once

#include "protocol/limits.h"
#include "server/room/tokenbucket.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace tincan {

class PeerSocket;

// What the room knows about one chat connection.
struct Peer
{
    explicit Peer(PeerSocket *peerSocket, qint64 nowMs)
        : socket(peerSocket)
        , lastHeardMs(nowMs)
    {
    }

    PeerSocket *socket;
    // Frames queued in this turn of the event loop, written in one go at its end.
    QByteArray outbox;
    qint64 outboxAnswerBytes = 0; // how much of the outbox answers what the peer asked for
    bool outboxQueued = false;
    QString nick;
    QString nickKey;
    // Secret given in this peer's welcome: a later hello with it may take over the name while
    // this connection is still held open by a network that went away silently.
    QString resumeToken;
    QHostAddress address;          // where the connection comes from
    quint64 person = 0;            // the same across this person's reconnects (RoomAccess)
    QString personId;              // the person's id on the wire: the same across restarts too
    bool joined = false;
    bool host = false;             // the host's own session (proved with the host key)
    bool awaitingCode = false;     // told access-denied: may say hello again with a code
    bool dropping = false;
    qint64 lastHeardMs;
    // Where this peer's own join sits in the presence batch being gathered; -1 when it joined
    // before the batch began (it then receives the whole batch).
    qsizetype presenceMark = -1;
    TokenBucket sendBucket{limits::sendBurst, limits::sendPerSecond};
    // The typing state the room was last told, when, and a change waiting for its turn.
    bool typingRelayed = false;
    qint64 typingRelayedAtMs = -limits::typingRelayIntervalMs;
    std::optional<bool> typingWaiting;
    TokenBucket controlBucket{limits::controlBurst, limits::controlPerSecond};
    TokenBucket editBucket{limits::editBurst, limits::editsPerSecond};
    TokenBucket reactionBucket{limits::reactionBurst, limits::reactionsPerSecond};
    TokenBucket searchBucket{limits::searchBurst, limits::searchesPerSecond};
};

} // namespace tincan
