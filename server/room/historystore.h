#pragma once

#include "protocol/messages.h"

#include <QList>
#include <QString>

#include <optional>

namespace tincan {

// The room's lasting history: one SQLite file (Qt Sql) in the host's data directory.
// Every method reports failure instead of throwing; the room keeps running without it.
class HistoryStore final
{
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    HistoryStore();
    ~HistoryStore();

    bool open(const QString &filePath);
    bool isOpen() const;
    QString errorString() const;
    QString filePath() const;

    qint64 lastSeq() const;
    qint64 firstSeq() const;

    // Stores the messages in one transaction. A message whose clientMsgId is already stored is
    // not stored again: its slot in `existing` gets the stored message; otherwise nullopt.
    bool append(const QList<protocol::ChatMessage> &messages,
                QList<std::optional<protocol::ChatMessage>> *existing);

    // Messages with seq < before (the newest `limit` of them), oldest first.
    QList<protocol::ChatMessage> before(qint64 before, int limit);
    // Messages with seq > after (the oldest `limit` of them), oldest first.
    QList<protocol::ChatMessage> after(qint64 after, int limit);

private:
    bool exec(const QString &statement);
    qint64 number(const QString &statement) const; // one integer; 0 when there is none
    QList<protocol::ChatMessage> read(const QString &where, qint64 seq, int limit, bool newestFirst);
    bool fail(const QString &what, const QString &detail);

    QString m_connectionName;
    QString m_filePath;
    QString m_error;
    bool m_open = false;
};

} // namespace tincan
