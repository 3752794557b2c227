#pragma once

#include <QSortFilterProxyModel>

namespace tincan {

// The lines of one conversation out of a MessageModel that holds them all: the room (its
// messages and the system lines) or the private messages with one person. Grouping and day
// breaks are worked out between the lines this view shows, not those it leaves out.
class ConversationFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationFilter)

public:
    explicit ConversationFilter(QObject *parent = nullptr);

    // The other person's id; empty: the room.
    void setConversation(const QString &personId);
    QString conversation() const { return m_conversation; }

    QVariant data(const QModelIndex &index, int role) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void touchNeighbour(int row);

    QString m_conversation;
};

} // namespace tincan
