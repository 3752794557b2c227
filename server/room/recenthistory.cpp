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

bool RecentHistory::visible(const Entry &entry, const HistoryStore::Reader &reader)
{
    if (reader.person.isEmpty())
        return true;
    if (!reader.with.isEmpty()) {
        return !entry.recipient.isEmpty()
            && ((entry.author == reader.person && entry.recipient == reader.with)
                || (entry.author == reader.with && entry.recipient == reader.person));
    }
    return entry.recipient.isEmpty() || entry.recipient == reader.person || entry.author == reader.person;
}

RecentHistory::Entry RecentHistory::entryFor(const protocol::ChatMessage &message, QByteArray json)
{
    if (json.isEmpty())
        json = protocol::encode(message);
    return {message.seq, std::move(json), message.author, message.to, message.reply ? message.reply->seq : 0};
}

void RecentHistory::quotedChanged(qint64 seq)
{
    for (auto it = std::upper_bound(m_recent.begin(), m_recent.end(), seq,
                                    [](qint64 value, const Entry &entry) { return value < entry.seq; });
         it != m_recent.end(); ++it) {
        if (it->replyTo == seq)
            it->stale = true;
    }
}

const QByteArray &RecentHistory::jsonOf(const Entry &entry) const
{
    if (entry.stale && storeUsable()) {
        auto &kept = const_cast<Entry &>(entry); // an element of the mutable m_recent
        if (const std::optional<protocol::ChatMessage> now = m_store->message(entry.seq))
            kept.json = protocol::encode(*now);
        kept.stale = false;
    }
    return entry.json;
}

QList<protocol::ChatMessage> RecentHistory::load()
{
    m_recent.clear();
    m_firstSeq = m_lastSeq = m_lastChangeSeq = 0;
    if (!storeUsable())
        return {};
    m_firstSeq = m_store->firstSeq();
    m_lastSeq = m_store->lastSeq();
    m_lastChangeSeq = m_store->lastChangeSeq();
    const QList<protocol::ChatMessage> newest = m_store->before(m_lastSeq + 1, limits::recentMessagesKept);
    for (const protocol::ChatMessage &message : newest)
        m_recent.push_back(entryFor(message, {}));
    return newest;
}

void RecentHistory::append(const protocol::ChatMessage &message, QByteArray json)
{
    m_recent.push_back(entryFor(message, std::move(json)));
    if (m_recent.size() > size_t(limits::recentMessagesKept))
        m_recent.pop_front();
    if (m_firstSeq == 0)
        m_firstSeq = message.seq;
    m_lastSeq = message.seq;
}

void RecentHistory::replace(const protocol::ChatMessage &message, QByteArray json)
{
    const auto it = std::lower_bound(m_recent.begin(), m_recent.end(), message.seq,
                                     [](const Entry &entry, qint64 seq) { return entry.seq < seq; });
    if (it != m_recent.end() && it->seq == message.seq)
        *it = entryFor(message, std::move(json));
}

RecentHistory::Page RecentHistory::after(qint64 after, int limit, qsizetype maxBytes,
                                         const HistoryStore::Reader &reader) const
{
    Page page;
    if (after >= m_lastSeq || limit < 1)
        return page;
    if (!m_recent.empty() && m_recent.front().seq <= after + 1) {
        auto it = std::upper_bound(m_recent.begin(), m_recent.end(), after,
                                   [](qint64 seq, const Entry &entry) { return seq < entry.seq; });
        for (; it != m_recent.end(); ++it) {
            if (!visible(*it, reader))
                continue;
            const QByteArray &json = jsonOf(*it);
            if (page.messages.size() == limit || page.bytes + json.size() > maxBytes) {
                page.hasMore = true;
                break;
            }
            page.bytes += json.size();
            page.messages.append(json);
        }
        return page;
    }
    if (!storeUsable())
        return page;
    const QList<QByteArray> stored = encoded(m_store->after(after, limit + 1, reader));
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

RecentHistory::Page RecentHistory::before(qint64 before, int limit, qsizetype maxBytes,
                                          const HistoryStore::Reader &reader) const
{
    Page page;
    if (limit < 1)
        return page;
    const auto end = std::lower_bound(m_recent.begin(), m_recent.end(), before,
                                      [](const Entry &entry, qint64 seq) { return entry.seq < seq; });
    const bool memoryHasAll = !m_recent.empty() && m_recent.front().seq == m_firstSeq;
    // Newest first from memory, as many as fit.
    QList<QByteArray> newestFirst;
    auto it = end;
    bool full = false;
    while (it != m_recent.begin()) {
        const Entry &entry = *std::prev(it);
        if (visible(entry, reader)) {
            const QByteArray &json = jsonOf(entry);
            if (newestFirst.size() == limit || page.bytes + json.size() > maxBytes) {
                full = true;
                break;
            }
            page.bytes += json.size();
            newestFirst.append(json);
        }
        --it;
    }
    if (full || memoryHasAll || !storeUsable()) {
        page.hasMore = full; // one visible to the reader was left out
    } else {
        // Memory ran out before the page was full: the store has the older ones.
        page = {};
        newestFirst.clear();
        const QList<protocol::ChatMessage> stored = m_store->before(before, limit + 1, reader);
        for (auto message = stored.crbegin(); message != stored.crend(); ++message) {
            const QByteArray json = protocol::encode(*message);
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
