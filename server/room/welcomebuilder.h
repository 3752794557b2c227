#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace tincan {

class RecentHistory;
class Roster;

// Puts together the `welcome` for someone joining (the newest history) or coming back (what
// they missed since `lastSeq`), from the parts the room keeps encoded: the roster and the
// delivered messages. No JSON is built per welcome.
class WelcomeBuilder final
{
    Q_DISABLE_COPY_MOVE(WelcomeBuilder)

public:
    WelcomeBuilder(const QString &roomName, const Roster &roster, const RecentHistory &history);

    // `host`: who in the roster is the host (empty: nobody).
    QByteArray build(const QString &nick, const QString &resumeToken,
                     std::optional<qint64> lastSeq, const QString &host = {}) const;

private:
    QString m_roomName;
    const Roster &m_roster;
    const RecentHistory &m_history;
};

} // namespace tincan
