#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace tincan {

class HistoryStore;
class RecentHistory;
class Roster;

// Puts together the `welcome` for someone joining (the newest history) or coming back (what
// they missed since `lastSeq`), from the parts the room keeps encoded: the roster and the
// delivered messages. No JSON is built per welcome.
class WelcomeBuilder final
{
    Q_DISABLE_COPY_MOVE(WelcomeBuilder)

public:
    // `store` (may be null or closed): where a resume finds the messages that changed.
    WelcomeBuilder(const QString &roomName, const Roster &roster, const RecentHistory &history,
                   HistoryStore *store = nullptr);

    // `host`: who in the roster is the host (empty: nobody); `personId`: who is joining (what
    // they may read, and their id).
    QByteArray build(const QString &nick, const QString &resumeToken,
                     std::optional<qint64> lastSeq, const QString &host = {},
                     const QString &personId = {}) const;

private:
    QString m_roomName;
    const Roster &m_roster;
    const RecentHistory &m_history;
    HistoryStore *m_store;
};

} // namespace tincan
