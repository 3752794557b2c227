#pragma once

#include "protocol/limits.h"
#include "server/room/tokenbucket.h"

#include <QByteArray>
#include <QString>

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
    bool outboxQueued = false;
    QString nick;
    QString nickKey;
    // Secret given in this peer's welcome: a later hello with it may take over the name while
    // this connection is still held open by a network that went away silently.
    QString resumeToken;
    bool joined = false;
    bool dropping = false;
    qint64 lastHeardMs;
    // Where this peer's own join sits in the presence batch being gathered; -1 when it joined
    // before the batch began (it then receives the whole batch).
    qsizetype presenceMark = -1;
    TokenBucket sendBucket{limits::sendBurst, limits::sendPerSecond};
    TokenBucket typingBucket{limits::typingPerSecond, limits::typingPerSecond};
    TokenBucket controlBucket{limits::controlBurst, limits::controlPerSecond};
};

} // namespace tincan
