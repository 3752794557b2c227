#pragma once

#include "protocol/limits.h"
#include "protocol/messages.h"
#include "server/room/historystore.h"

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <deque>

namespace tincan {

// The room's delivered messages as welcomes, resumes and scrollback read them: the newest
// limits::recentMessagesKept from memory, each kept as the JSON it was delivered as, and older
// ones from the history store. Answers are oldest first.
class RecentHistory final
{
    Q_DISABLE_COPY_MOVE(RecentHistory)

public:
    // Encoded messages, oldest first, and whether more exist beyond them in the direction asked.
    struct Page
    {
        QList<QByteArray> messages;
        bool hasMore = false;
        qsizetype bytes = 0;
    };

    // `store` may be null or closed: then only what was delivered since the start is known.
    explicit RecentHistory(HistoryStore *store);

    // Loads the newest stored messages into memory and returns them, oldest first.
    QList<protocol::ChatMessage> load();
    // A message that has just been delivered (`json`: as delivered; encoded here when empty).
    void append(const protocol::ChatMessage &message, QByteArray json = {});
    // A message that changed (edited, deleted, reacted to), if it is kept in memory.
    void replace(const protocol::ChatMessage &message, QByteArray json);
    // Message `seq` was edited or deleted: the replies to it kept in memory are read again from
    // the store (their quote changed there) when next served.
    void quotedChanged(qint64 seq);

    // The newest delivered seq (0 in an empty room).
    qint64 lastSeq() const { return m_lastSeq; }
    // A change to a message took this seq.
    void noteChange(qint64 seq) { m_lastChangeSeq = std::max(m_lastChangeSeq, seq); }
    // The newest seq a client can have seen: a message's or a change's.
    qint64 newestSeq() const { return std::max(m_lastSeq, m_lastChangeSeq); }
    qsizetype inMemory() const { return qsizetype(m_recent.size()); }

    // The oldest messages with seq > after that `reader` may see: at most `limit`, and at most
    // `maxBytes` of them.
    Page after(qint64 after, int limit, qsizetype maxBytes = limits::maxAnswerBytes,
               const HistoryStore::Reader &reader = {}) const;
    // The newest messages with seq < before that `reader` may see: at most `limit`, and at most
    // `maxBytes` of them.
    Page before(qint64 before, int limit, qsizetype maxBytes = limits::maxAnswerBytes,
                const HistoryStore::Reader &reader = {}) const;

private:
    struct Entry
    {
        qint64 seq;
        QByteArray json;
        QString author;
        QString recipient; // private: the other person (empty: the room)
        qint64 replyTo;    // the message it answers (0: none)
        bool stale = false; // its quote changed in the store since `json` was made
    };
    // The entry's JSON, read again from the store first if it is stale.
    const QByteArray &jsonOf(const Entry &entry) const;

    bool storeUsable() const;
    static bool visible(const Entry &entry, const HistoryStore::Reader &reader);
    static Entry entryFor(const protocol::ChatMessage &message, QByteArray json);

    HistoryStore *m_store;
    mutable std::deque<Entry> m_recent; // stale entries are refreshed as they are served
    qint64 m_firstSeq = 0; // oldest seq anywhere in history, 0 when empty
    qint64 m_lastSeq = 0;
    qint64 m_lastChangeSeq = 0;
};

} // namespace tincan
