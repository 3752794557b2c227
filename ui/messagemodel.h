#pragma once

#include "protocol/messages.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QSet>

namespace tincan {

class NameHues;

// The lines of one chat window: messages in seq order (each once), the user's own messages that
// are still waiting to be sent at the end, and system lines (joins, leaves, renames) where they
// happened.
class MessageModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageModel)

public:
    enum class Kind { Message, System };
    Q_ENUM(Kind)

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
    };

    explicit MessageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setOwnNick(const QString &nick);
    QString ownNick() const { return m_ownNick; }
    // Who has which colour; without it, each sender has their preferred hue.
    void setNameHues(const NameHues *hues);

    // Adds messages not seen before (by seq); a message that echoes a pending one replaces it.
    // Returns how many rows were new.
    int addMessages(const QList<protocol::ChatMessage> &messages);
    void addPending(const QString &clientMsgId, const QString &text);
    void acknowledge(const QString &clientMsgId, qint64 seq, qint64 ts);
    void removePending(const QString &clientMsgId);
    void addSystemLine(const QString &text);

    int pendingCount() const;
    qint64 newestSeq() const;
    bool hasSeq(qint64 seq) const { return m_seqs.contains(seq); }
    QString pendingText(const QString &clientMsgId) const;
    // The row holding this seq, or -1.
    int rowOfSeq(qint64 seq) const;

    static constexpr qint64 groupWindowMs = 5 * 60 * 1000;

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
    };

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

    QList<Row> m_rows;
    QSet<qint64> m_seqs;
    QSet<QString> m_ownIds;
    QString m_ownNick;
    QPointer<const NameHues> m_hues;
    int m_nextSub = 1;
};

} // namespace tincan
