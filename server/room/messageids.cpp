#include "server/room/messageids.h"

namespace tincan {

MessageIds::MessageIds(qsizetype capacity)
    : m_capacity(capacity)
{
}

void MessageIds::insert(const QString &clientMsgId, qint64 seq, qint64 ts)
{
    if (clientMsgId.isEmpty() || m_ids.contains(clientMsgId))
        return;
    m_ids.insert(clientMsgId, {seq, ts});
    m_order.push_back(clientMsgId);
    while (qsizetype(m_order.size()) > m_capacity) {
        m_ids.remove(m_order.front());
        m_order.pop_front();
    }
}

std::optional<MessageIds::Stored> MessageIds::find(const QString &clientMsgId) const
{
    const auto it = m_ids.constFind(clientMsgId);
    if (it == m_ids.cend())
        return std::nullopt;
    return *it;
}

} // namespace tincan
