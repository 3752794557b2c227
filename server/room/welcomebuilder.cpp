#include "server/room/welcomebuilder.h"

#include "protocol/encodedparts.h"
#include "protocol/limits.h"
#include "server/room/recenthistory.h"
#include "server/room/roster.h"

namespace tincan {

WelcomeBuilder::WelcomeBuilder(const QString &roomName, const Roster &roster,
                               const RecentHistory &history)
    : m_roomName(roomName)
    , m_roster(roster)
    , m_history(history)
{
}

QByteArray WelcomeBuilder::build(const QString &nick, const QString &resumeToken,
                                 std::optional<qint64> lastSeq) const
{
    const RecentHistory::Page page = lastSeq
        ? m_history.after(*lastSeq, limits::resumeMax)
        : m_history.before(m_history.lastSeq() + 1, limits::welcomeHistory);
    protocol::Welcome welcome;
    welcome.nick = nick;
    welcome.room = m_roomName;
    welcome.hasMore = page.hasMore;
    welcome.lastSeq = m_history.lastSeq();
    welcome.limits = {limits::maxTextLength, limits::maxNickLength, limits::historyPageSize};
    welcome.resumeToken = resumeToken;
    return protocol::parts::welcome(welcome, m_roster.json(), page.messages);
}

} // namespace tincan
