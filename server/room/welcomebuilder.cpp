#include "server/room/welcomebuilder.h"

#include "protocol/encodedparts.h"
#include "protocol/limits.h"
#include "server/room/recenthistory.h"
#include "server/room/roster.h"

#include <algorithm>

namespace tincan {

namespace {

// Room for a welcome's fields besides roster and history (name, room, token, limits).
constexpr qsizetype welcomeOverheadBytes = 1024;

} // namespace

WelcomeBuilder::WelcomeBuilder(const QString &roomName, const Roster &roster,
                               const RecentHistory &history)
    : m_roomName(roomName)
    , m_roster(roster)
    , m_history(history)
{
}

QByteArray WelcomeBuilder::build(const QString &nick, const QString &resumeToken,
                                 std::optional<qint64> lastSeq, const QString &host) const
{
    // Bounded in bytes as well as in count: the roster comes first, the history gets what is
    // left of maxAnswerBytes, and hasMore sends the client to fetch the rest by `history`.
    const qsizetype budget = std::max<qsizetype>(0, limits::maxAnswerBytes - m_roster.json().size()
                                                        - welcomeOverheadBytes);
    const RecentHistory::Page page = lastSeq
        ? m_history.after(*lastSeq, limits::resumeMax, budget)
        : m_history.before(m_history.lastSeq() + 1, limits::welcomeHistory, budget);
    protocol::Welcome welcome;
    welcome.nick = nick;
    welcome.room = m_roomName;
    welcome.hasMore = page.hasMore;
    welcome.lastSeq = m_history.lastSeq();
    welcome.limits = {limits::maxTextLength, limits::maxNickLength, limits::historyPageSize};
    welcome.resumeToken = resumeToken;
    welcome.host = host;
    return protocol::parts::welcome(welcome, m_roster.json(), page.messages);
}

} // namespace tincan
