#pragma once

#include "protocol/messages.h"

#include <QList>
#include <QString>

#include <optional>

namespace tincan {

// The room's lasting history: one SQLite file (Qt Sql) in the host's data directory.
// Every method reports failure instead of throwing; the room keeps running without it. A file
// that cannot be written is opened read-only: its history is still served.
class HistoryStore final
{
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    HistoryStore();
    ~HistoryStore();

    // True when the history can at least be read; isReadOnly() then says whether it takes writes.
    bool open(const QString &filePath);
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString errorString() const;
    QString filePath() const;

    qint64 lastSeq() const;
    qint64 firstSeq() const;
    // The room's seq numbers up to this one may have been handed out by an earlier run, stored
    // or not (a full disk): a new run starts above it. 0 when none was reserved.
    qint64 reservedSeq() const;
    bool reserveSeq(qint64 upTo);

    // Stores the messages in one transaction. A message whose clientMsgId is already stored is
    // not stored again: its slot in `existing` gets the stored message; otherwise nullopt.
    bool append(const QList<protocol::ChatMessage> &messages,
                QList<std::optional<protocol::ChatMessage>> *existing);

    // Messages with seq < before (the newest `limit` of them), oldest first.
    QList<protocol::ChatMessage> before(qint64 before, int limit);
    // Messages with seq > after (the oldest `limit` of them), oldest first.
    QList<protocol::ChatMessage> after(qint64 after, int limit);

private:
    bool openWritable();
    bool openReadOnly();
    void closeDatabase();
    bool exec(const QString &statement);
    bool hasFileColumn() const;
    qint64 number(const QString &statement) const; // one integer; 0 when there is none
    QList<protocol::ChatMessage> read(const QString &where, qint64 seq, int limit, bool newestFirst);
    bool fail(const QString &what, const QString &detail);

    QString m_connectionName;
    QString m_filePath;
    QString m_error;
    bool m_open = false;
    bool m_readOnly = false;
};

} // namespace tincan
