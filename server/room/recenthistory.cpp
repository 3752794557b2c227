#include "server/room/recenthistory.h"

#include "protocol/limits.h"
#include "server/room/historystore.h"

#include <algorithm>

namespace tincan {

namespace {

QList<QByteArray> encoded(const QList<protocol::ChatMessage> &messages)
{
    QList<QByteArray> result;
    result.reserve(messages.size());
    for (const protocol::ChatMessage &message : messages)
        result.append(protocol::encode(message));
    return result;
}

} // namespace

RecentHistory::RecentHistory(HistoryStore *store)
    : m_store(store)
{
}

bool RecentHistory::storeUsable() const
{
    return m_store && m_store->isOpen();
}

QList<protocol::ChatMessage> RecentHistory::load()
{
    m_recent.clear();
    m_firstSeq = m_lastSeq = 0;
    if (!storeUsable())
        return {};
    m_firstSeq = m_store->firstSeq();
    m_lastSeq = m_store->lastSeq();
    const QList<protocol::ChatMessage> newest = m_store->before(m_lastSeq + 1, limits::recentMessagesKept);
    for (const protocol::ChatMessage &message : newest)
        m_recent.push_back({message.seq, protocol::encode(message)});
    return newest;
}

void RecentHistory::append(const protocol::ChatMessage &message, QByteArray json)
{
    if (json.isEmpty())
        json = protocol::encode(message);
    m_recent.push_back({message.seq, std::move(json)});
    if (m_recent.size() > size_t(limits::recentMessagesKept))
        m_recent.pop_front();
    if (m_firstSeq == 0)
        m_firstSeq = message.seq;
    m_lastSeq = message.seq;
}

RecentHistory::Page RecentHistory::after(qint64 after, int limit, qsizetype maxBytes) const
{
    Page page;
    if (after >= m_lastSeq || limit < 1)
        return page;
    if (!m_recent.empty() && m_recent.front().seq <= after + 1) {
        auto it = std::upper_bound(m_recent.begin(), m_recent.end(), after,
                                   [](qint64 seq, const Entry &entry) { return seq < entry.seq; });
        for (; it != m_recent.end() && page.messages.size() < limit; ++it) {
            if (page.bytes + it->json.size() > maxBytes)
                break;
            page.bytes += it->json.size();
            page.messages.append(it->json);
        }
        page.hasMore = it != m_recent.end();
        return page;
    }
    if (!storeUsable())
        return page;
    const QList<QByteArray> stored = encoded(m_store->after(after, limit + 1));
    for (const QByteArray &json : stored) {
        if (page.messages.size() == limit || page.bytes + json.size() > maxBytes) {
            page.hasMore = true;
            break;
        }
        page.bytes += json.size();
        page.messages.append(json);
    }
    return page;
}

RecentHistory::Page RecentHistory::before(qint64 before, int limit, qsizetype maxBytes) const
{
    Page page;
    if (limit < 1)
        return page;
    const auto end = std::lower_bound(m_recent.begin(), m_recent.end(), before,
                                      [](const Entry &entry, qint64 seq) { return entry.seq < seq; });
    const qsizetype inMemory = end - m_recent.begin();
    const bool memoryHasAll = !m_recent.empty() && m_recent.front().seq == m_firstSeq;
    QList<QByteArray> newestFirst;
    if (inMemory > limit || memoryHasAll || !storeUsable()) {
        // Newest first, as many as fit; more exist when one was left out or older ones are in
        // the store.
        auto it = end;
        while (it != m_recent.begin() && newestFirst.size() < limit) {
            const QByteArray &json = std::prev(it)->json;
            if (page.bytes + json.size() > maxBytes)
                break;
            page.bytes += json.size();
            newestFirst.append(json);
            --it;
        }
        page.hasMore = it != m_recent.begin()
            || (!memoryHasAll && it != end && it->seq > m_firstSeq && storeUsable());
    } else {
        const QList<protocol::ChatMessage> stored = m_store->before(before, limit + 1);
        for (auto it = stored.crbegin(); it != stored.crend(); ++it) {
            const QByteArray json = protocol::encode(*it);
            if (newestFirst.size() == limit || page.bytes + json.size() > maxBytes) {
                page.hasMore = true;
                break;
            }
            page.bytes += json.size();
            newestFirst.append(json);
        }
    }
    page.messages.reserve(newestFirst.size());
    std::reverse_copy(newestFirst.cbegin(), newestFirst.cend(), std::back_inserter(page.messages));
    return page;
}

} // namespace tincan
