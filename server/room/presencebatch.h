#pragma once

#include "protocol/messages.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tincan {

// The roster changes of one turn of the event loop, told to everyone in one `presence`.
// Someone who joined during the turn already has the roster in their welcome: they are told
// only what changed after it (from their mark on).
class PresenceBatch final
{
public:
    void joined(const QString &nick, const QString &id);
    void left(const QString &nick);
    // Removed by the host (kick or ban).
    void removed(const QString &nick);
    void renamed(const QString &from, const QString &to, const QString &id);
    // Who hosts changed with nothing else to say: the next `presence` carries the new `host`.
    void hostChanged();
    // Whether a change in the batch is about this name (exactly as written).
    bool mentions(const QString &nick) const;

    bool isEmpty() const { return m_events.isEmpty(); }
    // Where a change made now would go: a peer that joins now is told what comes from here on.
    qsizetype mark() const { return m_events.size(); }
    qsizetype size() const { return m_events.size(); }

    // The `presence` with the changes from `first` on, `count` being the people in the room
    // and `host` the one of them who hosts.
    protocol::Presence presence(qsizetype first, int count, const QString &host = {}) const;
    void clear() { m_events.clear(); }

private:
    struct Event
    {
        enum Kind { Joined, Left, Removed, Renamed, HostChanged } kind;
        QString nick;
        QString newNick;
        QString id; // joined, renamed: the person's id
    };
    QList<Event> m_events;
};

} // namespace tincan
