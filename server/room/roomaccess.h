#pragma once

#include "protocol/messages.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QString>

#include <deque>
#include <optional>

namespace tincan {

// Who may come in: the room's access code, its lock, the people the host banned, and the
// host's own session. Every hello passes here before anything of the room is shown.
class RoomAccess final
{
public:
    // The secret the hosting desktop gives its own window in-process (empty: no such window).
    void setHostKey(const QString &key) { m_hostKey = key.toUtf8(); }
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
    // Whether this hello from `address` may join at monotonic time `nowMs`. A wrong code counts
    // against the address: past limits::wrongCodeTries in limits::wrongCodeWindowMs it is
    // blocked for limits::wrongCodeBlockMs. Whoever holds a resume token this hosting session
    // gave out is back, not new: neither the lock nor a changed code keeps them out.
    Verdict check(const QHostAddress &address, const protocol::Hello &hello, qint64 nowMs);

    // A resume token given out in a welcome (the newest limits::resumeTokensKept are kept).
    void issued(const QString &resumeToken);
    // Keeps `address` and `resumeToken` out for this hosting session. False when
    // limits::maxBans are already banned.
    bool ban(const QHostAddress &address, const QString &resumeToken);
    bool isBanned(const QHostAddress &address) const;
    // The token no longer lets its holder back in past the lock or the code (a kick).
    void forget(const QString &resumeToken) { m_tokens.remove(resumeToken); }

private:
    struct Tries
    {
        qint64 windowStartMs = 0;
        int wrong = 0;
        qint64 blockedUntilMs = -1;
        qint64 lastMs = 0;
    };
    bool codeMatches(const QString &code) const;
    bool wrongCode(const QString &addressKey, qint64 nowMs); // true: now blocked

    QByteArray m_hostKey;
    QByteArray m_codeDigest;
    bool m_locked = false;
    QSet<QString> m_bannedAddresses;
    QSet<QString> m_bannedTokens;
    QSet<QString> m_tokens;
    std::deque<QString> m_tokenOrder;
    QHash<QString, Tries> m_tries;
};

} // namespace tincan
