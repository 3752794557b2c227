#pragma once

#include "protocol/messages.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

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
    // The seq of the newest change to a message (0: none).
    qint64 lastChangeSeq() const;
    // The room's seq numbers up to this one may have been handed out by an earlier run, stored
    // or not (a full disk): a new run starts above it. 0 when none was reserved.
    qint64 reservedSeq() const;
    bool reserveSeq(qint64 upTo);

    // Stores the messages in one transaction. A message whose clientMsgId is already stored is
    // not stored again: its slot in `existing` gets the stored message; otherwise nullopt.
    bool append(const QList<protocol::ChatMessage> &messages,
                QList<std::optional<protocol::ChatMessage>> *existing);

    // Who is reading: messages a person may see (the room's and their own private ones), or
    // only their private conversation with `with`. An empty person sees everything (the room's
    // own memory).
    struct Reader
    {
        QString person;
        QString with;
    };

    // Messages with seq < before (the newest `limit` of them) that `reader` may see, oldest first.
    QList<protocol::ChatMessage> before(qint64 before, int limit, const Reader &reader = {});
    // Messages with seq > after (the oldest `limit` of them) that `reader` may see, oldest first.
    QList<protocol::ChatMessage> after(qint64 after, int limit, const Reader &reader = {});
    // Messages with seq <= upTo changed after `since`, that `reader` may see, the most recently
    // changed `limit` of them, oldest first.
    QList<protocol::ChatMessage> changedSince(qint64 since, qint64 upTo, int limit, const Reader &reader);
    // One message as it is now; nothing when there is none.
    std::optional<protocol::ChatMessage> message(qint64 seq);

    // Changes to one message, each in its own transaction, `changeSeq` being the change's place
    // in the room's numbering. Quotes of the message in replies follow an edit or a delete.
    bool edit(qint64 seq, const QString &text, qint64 editedTs, qint64 changeSeq, const QString &quote);
    // Deletes the text, file, quote and reactions of a message; SQLite overwrites the freed
    // pages and its log is emptied. The search index keeps the words until purgeStep() is done.
    bool remove(qint64 seq, qint64 changeSeq);
    // One bounded step of merging the search index after deletes; true while more is to do.
    bool purgeStep();
    bool purgePending() const { return m_purgePending; }
    // Adds or takes back a reaction; `changed` says whether anything changed.
    // `tooMany`: the person has given maxReactionsPerPerson other emoji already (nothing changed).
    bool react(qint64 seq, const QString &emoji, const QString &person, const QString &nick, bool on,
               qint64 changeSeq, bool *changed, bool *tooMany);

    // Messages the reader may see whose text has a word starting with each of `terms`
    // (lower-cased words), seq < before, newest first; `limit` of them.
    QList<protocol::ChatMessage> search(const QStringList &terms, qint64 before, int limit,
                                        const Reader &reader);
    bool canSearch() const { return m_searchable; }

    // The room's secret for resume tokens (docs/PROTOCOL.md, "People"), made once and kept.
    // Empty when it can be neither read nor kept.
    QByteArray identitySecret();

private:
    bool openWritable();
    bool openReadOnly();
    void closeDatabase();
    bool exec(const QString &statement);
    bool hasColumn(const QString &name) const;
    bool addColumn(const QString &name, const QString &definition);
    bool migrate();
    void chooseColumns();
    qint64 number(const QString &statement) const; // one integer; 0 when there is none
    QList<protocol::ChatMessage> read(const QString &where, const QVariantList &values, bool newestFirst);
    bool storeReactions(qint64 seq, qint64 changeSeq);
    void notePurgePending();
    bool setQuotes(qint64 seq, const QString &quoteJson);
    bool fail(const QString &what, const QString &detail);

    QString m_connectionName;
    QString m_filePath;
    QString m_error;
    bool m_open = false;
    bool m_readOnly = false;
    bool m_searchable = false;
    bool m_hasChanges = false; // the file has the `changed` column (an older read-only one may not)
    bool m_purgePending = false;
    QString m_columns; // what read() selects (older history files lack some columns)
};

} // namespace tincan
