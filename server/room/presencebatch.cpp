#include "server/room/presencebatch.h"

#include <algorithm>

namespace tincan {

void PresenceBatch::joined(const QString &nick, const QString &id)
{
    m_events.append({Event::Joined, nick, {}, id});
}

void PresenceBatch::left(const QString &nick)
{
    m_events.append({Event::Left, nick, {}});
}

void PresenceBatch::removed(const QString &nick)
{
    m_events.append({Event::Removed, nick, {}});
}

void PresenceBatch::renamed(const QString &from, const QString &to, const QString &id)
{
    m_events.append({Event::Renamed, from, to, id});
}

void PresenceBatch::hostChanged()
{
    m_events.append({Event::HostChanged, {}, {}});
}

bool PresenceBatch::mentions(const QString &nick) const
{
    return std::any_of(m_events.cbegin(), m_events.cend(), [&nick](const Event &event) {
        return event.kind != Event::HostChanged && (event.nick == nick || event.newNick == nick);
    });
}

protocol::Presence PresenceBatch::presence(qsizetype first, int count, const QString &host) const
{
    protocol::Presence presence;
    for (qsizetype i = first; i < m_events.size(); ++i) {
        const Event &event = m_events[i];
        switch (event.kind) {
        case Event::Joined:
            presence.joined.append(event.nick);
            presence.ids.insert(event.nick, event.id);
            break;
        case Event::Left: presence.left.append(event.nick); break;
        case Event::Removed: presence.removed.append(event.nick); break;
        case Event::Renamed:
            presence.renamed.append({event.nick, event.newNick});
            presence.ids.insert(event.newNick, event.id);
            break;
        case Event::HostChanged: break; // said by `host`, in every presence
        }
    }
    presence.count = count;
    presence.host = host;
    return presence;
}

} // namespace tincan
