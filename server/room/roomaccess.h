#pragma once

#include "protocol/limits.h"
#include "protocol/messages.h"
#include "server/room/tokenbucket.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QString>

#include <deque>
#include <vector>
#include <optional>

namespace tincan {

// Who may come in: the room's access code, its lock, the people the host banned, and the
// host's own session. Every hello passes here before anything of the room is shown.
class RoomAccess final
{
public:
    // The secret the hosting desktop gives its own window in-process (empty: no such window).
    void setHostKey(const QString &key);
    // Empty: no code needed.
    void setAccessCode(const QString &code);
    bool codeRequired() const { return !m_codeDigest.isEmpty(); }
    void setLocked(bool locked) { m_locked = locked; }
    bool isLocked() const { return m_locked; }

    struct Verdict
    {
        std::optional<protocol::ErrorCode> refusal; // nothing: come in
        bool host = false;                          // the host's own session
    };
    // Whether this hello from `address` may join at monotonic time `nowMs`, in the order
    // docs/PROTOCOL.md gives ("Keeping the room"). A wrong code counts against the address (past
    // limits::wrongCodeTries in limits::wrongCodeWindowMs it is blocked for
    // limits::wrongCodeBlockMs) and against the room (past limits::roomWrongCodeBurst, codes are
    // not even compared for a while: rate-limited). Whoever holds a resume token this hosting
    // session gave them, and was not removed since, is back, not new: neither the lock nor a
    // changed code nor a blocked address keeps them out.
    Verdict check(const QHostAddress &address, const protocol::Hello &hello, qint64 nowMs);

    // A resume token given out in a welcome to whoever said hello with `helloToken`: the same
    // person when that token was theirs. Each person keeps their newest two tokens (a welcome
    // may be lost on the way); older ones no longer let anyone in. At most
    // limits::resumeTokensKept people are remembered, the longest unseen forgotten first.
    void issued(const QString &resumeToken, const QString &helloToken);
    // Keeps the person who holds `resumeToken`, and `address`, out for this hosting session.
    // False when limits::maxBans are already banned.
    bool ban(const QHostAddress &address, const QString &resumeToken);
    bool isBanned(const QHostAddress &address) const;
    // Whether the person who holds this token is banned.
    bool isBannedToken(const QString &resumeToken) const;
    // The person who holds this token is removed (a kick): their tokens no longer let them back
    // in past the lock or the code.
    void forget(const QString &resumeToken);

    // Who holds this token, as a number that stays the same across their reconnects; 0 when
    // nobody does.
    quint64 personOf(const QString &resumeToken) const
    {
        return resumeToken.isEmpty() ? 0 : m_tokenOwner.value(resumeToken, 0);
    }

    // How addresses are told apart (IPv4-mapped IPv6 addresses as IPv4).
    static QString addressKey(const QHostAddress &address);

private:
    struct Tries
    {
        qint64 windowStartMs = 0;
        int wrong = 0;
        qint64 blockedUntilMs = -1;
        qint64 lastMs = 0;
    };
    struct Person
    {
        QString current;   // the newest token given out
        QString previous;  // the one before (its welcome may not have arrived)
        bool banned = false;
        quint64 seen = 0;  // when last given a token (a counter)
    };
    bool codeMatches(const QString &code) const;
    bool wrongCode(const QString &addressKey, qint64 nowMs); // true: now blocked
    const Person *personFor(const QString &token) const;
    void dropPerson(quint64 id);

    QByteArray m_hostKeyDigest; // empty: no window hosts
    QByteArray m_codeDigest;
    bool m_locked = false;
    QSet<QString> m_bannedAddresses;
    int m_bans = 0;
    QHash<QString, quint64> m_tokenOwner;   // valid token -> person
    QHash<quint64, Person> m_people;
    std::deque<std::pair<quint64, quint64>> m_peopleOrder; // (person, seen), oldest first
    quint64 m_nextPerson = 0;
    quint64 m_seenCount = 0;
    QHash<QString, Tries> m_tries;
    TokenBucket m_roomTries{limits::roomWrongCodeBurst, limits::roomWrongCodesPerSecond};
};

} // namespace tincan
