#include "server/room/welcomebuilder.h"

#include "protocol/encodedparts.h"
#include "protocol/limits.h"
#include "server/room/historystore.h"
#include "server/room/recenthistory.h"
#include "server/room/roster.h"

#include <algorithm>

namespace tincan {

namespace {

// Room for a welcome's fields besides roster and history (name, room, token, limits).
constexpr qsizetype welcomeOverheadBytes = 1024;

} // namespace

WelcomeBuilder::WelcomeBuilder(const QString &roomName, const Roster &roster,
                               const RecentHistory &history, HistoryStore *store)
    : m_roomName(roomName)
    , m_roster(roster)
    , m_history(history)
    , m_store(store)
{
}

QByteArray WelcomeBuilder::build(const QString &nick, const QString &resumeToken,
                                 std::optional<qint64> lastSeq, const QString &host,
                                 const QString &personId) const
{
    // Bounded in bytes as well as in count: the roster comes first, the history gets what is
    // left of maxAnswerBytes, and hasMore sends the client to fetch the rest by `history`.
    qsizetype budget = std::max<qsizetype>(0, limits::maxAnswerBytes - m_roster.json().size()
                                                  - m_roster.idsJson().size() - welcomeOverheadBytes);
    const HistoryStore::Reader reader{personId, {}};
    const RecentHistory::Page page = lastSeq
        ? m_history.after(*lastSeq, limits::resumeMax, budget, reader)
        : m_history.before(m_history.lastSeq() + 1, limits::welcomeHistory, budget, reader);
    // A resume also gets the messages it had that changed since, in what is left.
    QList<QByteArray> updates;
    if (lastSeq && m_store && m_store->isOpen()) {
        budget -= page.bytes;
        const QList<protocol::ChatMessage> changed =
            m_store->changedSince(*lastSeq, *lastSeq, limits::resumeUpdatesMax, reader);
        for (const protocol::ChatMessage &message : changed) {
            QByteArray json = protocol::encode(message);
            if (json.size() > budget)
                break;
            budget -= json.size();
            updates.append(std::move(json));
        }
    }
    protocol::Welcome welcome;
    welcome.nick = nick;
    welcome.room = m_roomName;
    welcome.hasMore = page.hasMore;
    welcome.lastSeq = m_history.newestSeq();
    welcome.limits = {limits::maxTextLength, limits::maxNickLength, limits::historyPageSize};
    welcome.resumeToken = resumeToken;
    welcome.host = host;
    welcome.id = personId;
    return protocol::parts::welcome(welcome, m_roster.json(), m_roster.idsJson(), page.messages, updates);
}

} // namespace tincan
