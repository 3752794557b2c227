#pragma once

#include "client/transfermeter.h"
#include "protocol/messages.h"

#include <QAbstractListModel>
#include <QImage>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QSet>

namespace tincan {

class NameHues;
class ThumbnailCache;

// The lines of one chat window: messages in seq order (each once), the user's own messages that
// are still waiting to be sent at the end (files with their upload's progress), and system lines
// (joins, leaves, renames) where they happened. A message may carry a file: an image shown
// inline, or a card to save; a download's progress shows on its message.
class MessageModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageModel)

public:
    enum class Kind { Message, System };
    Q_ENUM(Kind)
    enum class Transfer { None, Upload, Download };
    Q_ENUM(Transfer)

    enum Role {
        KindRole = Qt::UserRole + 1,
        SenderRole,      // QString
        TextRole,        // QString, as typed
        TimeRole,        // QDateTime, local time
        SeqRole,         // qint64, 0 while pending and for system lines
        ClientMsgIdRole, // QString
        OwnRole,         // bool: sent by this user
        PendingRole,     // bool: not yet taken by the host
        GroupedRole,     // bool: same sender as the line above, shortly after it
        MentionRole,     // bool: someone else's message that names this user
        HueRole,         // int: the sender's hue in degrees (NameHues)
        DayBreakRole,    // bool: the first line of a local day (a day label goes above it)
        FileRole,        // protocol::FileInfo; invalid for a line without a file (a pending one
                         // has only name and size)
        FileNameRole,    // QString, as the host gave it (plain text)
        FileDetailsRole, // QString: "1.2 MB · PDF document"
        ImageRole,       // bool: the file is an image shown inline (a thumbnail exists)
        ImageSizeRole,   // QSize: the image's own size in pixels; invalid when unknown
        ThumbnailRole,   // QImage: null until it has arrived
        TransferRole,    // Transfer: a file of this line is being sent or fetched
        ProgressRole,    // double 0..1, -1 while unknown
        ProgressTextRole,// QString: "2.1 MB of 8 MB", or what the transfer waits for
        ProgressRateRole,// QString: "1.2 MB/s · 5 seconds left" as far as known, else empty
        CancellableRole, // bool: the transfer can still be stopped
        AuthorRole,      // QString: the sender's person id (empty: from before ids)
        ConversationRole,// QString: a private message's other person (their id); empty: the room
        EditedRole,      // bool: edited since it was sent ("(edited)")
        DeletedRole,     // bool: deleted (no text, file, quote or reactions)
        QuoteSeqRole,    // qint64: the message this one answers; 0 when it answers none
        QuoteSenderRole, // QString: who wrote that message
        QuoteTextRole,   // QString: the start of it; empty when it was deleted
        QuoteDeletedRole,// bool: that message was deleted
        ReactionsRole,   // QList<MessageModel::Chip>, in the order each emoji was first given
        HighlightRole,   // bool: the line a search result led to
    };

    // One reaction under a message, as shown.
    struct Chip
    {
        QString emoji;
        int count = 0;
        bool mine = false;     // this user gave it
        QStringList people;    // the names of (the first few of) those who gave it
    };

    explicit MessageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setOwnNick(const QString &nick);
    QString ownNick() const { return m_ownNick; }
    // This user's person id: whose messages are "own" rests on it.
    void setOwnId(const QString &id);
    // Replaces a message already shown with its current state (an edit, a delete, reactions),
    // and refreshes the quotes of the replies to it. False when it is not shown here.
    bool updateMessage(const protocol::ChatMessage &message);
    // Marks the line of `seq` as the one a search result led to (0: none).
    void setHighlightedSeq(qint64 seq);
    qint64 highlightedSeq() const { return m_highlightSeq; }
    // Whether this seq is the oldest, and anything is here at all.
    qint64 oldestSeq() const;
    // Who has which colour; without it, each sender has their preferred hue.
    void setNameHues(const NameHues *hues);
    // Where thumbnails come from; without it images show as empty boxes.
    void setThumbnails(ThumbnailCache *thumbnails);

    // Adds messages not seen before (by seq); a message that echoes a pending one replaces it.
    // Returns how many rows were new.
    int addMessages(const QList<protocol::ChatMessage> &messages);
    // `conversation`: the other person of a private message; `reply`: what it answers.
    void addPending(const QString &clientMsgId, const QString &text, const QString &conversation = {},
                    const std::optional<protocol::Quote> &reply = std::nullopt);
    // A file of the user's that is queued or being sent; `caption` is the message's text. A
    // picture at `localPath` (not too large to decode) shows as itself while it is sent.
    void addPendingFile(const QString &clientMsgId, const QString &name, qint64 size, const QString &caption,
                        const QString &localPath = {});
    void setUploadProgress(const QString &clientMsgId, const TransferProgress &progress);
    // Every byte is with the host: it cannot be cancelled any more.
    void setUploadSent(const QString &clientMsgId);
    void setDownloadProgress(const QString &fileId, const TransferProgress &progress);
    void endDownload(const QString &fileId);
    void acknowledge(const QString &clientMsgId, qint64 seq, qint64 ts);
    void removePending(const QString &clientMsgId);
    void addSystemLine(const QString &text);

    int pendingCount() const;
    qint64 newestSeq() const;
    bool hasSeq(qint64 seq) const { return m_seqs.contains(seq); }
    QString pendingText(const QString &clientMsgId) const;
    // The row holding this seq, or -1.
    int rowOfSeq(qint64 seq) const;
    // The row of a message still waiting to be sent, or -1.
    int rowOfPending(const QString &clientMsgId) const { return pendingRow(clientMsgId); }

    static constexpr qint64 groupWindowMs = 5 * 60 * 1000;

    // "2.1 MB of 8 MB · 1.2 MB/s · 5 seconds left", as far as it is known.
    static QString progressText(const TransferProgress &progress);
    // Its parts: "2.1 MB of 8 MB", and "1.2 MB/s · 5 seconds left" (empty while unknown).
    static QString amountText(const TransferProgress &progress);
    static QString rateText(const TransferProgress &progress);
    // What kind of file a type is, in words ("PDF document"), from the system's types.
    static QString typeLabel(const QString &mimeType, const QString &name);

private:
    struct Row
    {
        Kind kind = Kind::Message;
        qint64 seq = 0;
        int sub = 0; // orders system lines after the message they follow
        qint64 ts = 0;
        QString from;
        QString text;
        QString clientMsgId;
        bool pending = false;
        std::optional<protocol::FileInfo> file;
        Transfer transfer = Transfer::None;
        TransferProgress progress;
        bool sent = false; // an upload whose bytes are all with the host
        QImage preview;    // a picture being sent, from the user's own file
        QString author;
        QString conversation; // private: the other person's id
        std::optional<protocol::Quote> reply;
        bool edited = false;
        bool deleted = false;
        bool fromAck = false; // made from an ack: the host's own copy brings the rest
        QList<protocol::Reaction> reactions;
    };
    void takeState(Row &line, const protocol::ChatMessage &message) const;
    QList<Chip> chipsOf(const Row &line) const;

    int confirmedCount() const;
    int insertionRow(qint64 seq, int sub) const;
    void insertRow(int row, Row line);
    void removeRowAt(int row);
    int pendingRow(const QString &clientMsgId) const;
    bool isOwn(const Row &line) const;
    bool mentionsMe(const Row &line) const;
    bool groupedWithPrevious(int row) const;
    bool startsDay(int row) const;
    void touchRow(int row);
    void touchTransfer(int row);
    QString fileDetails(const protocol::FileInfo &file) const;

    QList<Row> m_rows;
    QSet<qint64> m_seqs;
    QSet<QString> m_ownIds;
    QString m_ownNick;
    QString m_ownId;
    qint64 m_highlightSeq = 0;
    QPointer<const NameHues> m_hues;
    QPointer<ThumbnailCache> m_thumbnails;
    int m_nextSub = 1;
};

} // namespace tincan

Q_DECLARE_METATYPE(tincan::protocol::FileInfo)
Q_DECLARE_METATYPE(tincan::MessageModel::Chip)
