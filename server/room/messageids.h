#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <optional>

namespace tincan {

// The clientMsgIds of the room's newest messages, each with the seq and time it was stored
// under, so a resend is acknowledged again without a look in SQLite. Holds at most `capacity`
// ids; an older resend is still caught by the store's unique index.
class MessageIds final
{
public:
    struct Stored
    {
        qint64 seq = 0;
        qint64 ts = 0;
    };

    explicit MessageIds(qsizetype capacity);

    void insert(const QString &clientMsgId, qint64 seq, qint64 ts);
    std::optional<Stored> find(const QString &clientMsgId) const;
    qsizetype size() const { return m_ids.size(); }

private:
    qsizetype m_capacity;
    QHash<QString, Stored> m_ids;
    std::deque<QString> m_order; // oldest first
};

} // namespace tincan
