#include "ui/conversationfilter.h"

#include "ui/messagemodel.h"

#include <QDateTime>

namespace tincan {

ConversationFilter::ConversationFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    // A line that joins this view may change how the one below it is drawn (grouped with it, or
    // under a day label); the source only says so for its own neighbour, which may be hidden here.
    connect(this, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int, int last) { touchNeighbour(last + 1); });
    connect(this, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int) { touchNeighbour(first); });
}

void ConversationFilter::setConversation(const QString &personId)
{
    if (personId == m_conversation)
        return;
    m_conversation = personId;
    invalidateFilter();
}

bool ConversationFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex line = sourceModel()->index(sourceRow, 0, sourceParent);
    return line.data(MessageModel::ConversationRole).toString() == m_conversation;
}

void ConversationFilter::touchNeighbour(int row)
{
    if (row >= 0 && row < rowCount())
        Q_EMIT dataChanged(index(row, 0), index(row, 0), {MessageModel::GroupedRole, MessageModel::DayBreakRole});
}

QVariant ConversationFilter::data(const QModelIndex &index, int role) const
{
    if (role != MessageModel::GroupedRole && role != MessageModel::DayBreakRole)
        return QSortFilterProxyModel::data(index, role);
    if (!index.isValid())
        return {};
    const auto day = [](const QModelIndex &line) {
        return line.data(MessageModel::TimeRole).toDateTime().date();
    };
    const bool pending = index.data(MessageModel::PendingRole).toBool();
    const QModelIndex previous = index.row() > 0 ? this->index(index.row() - 1, 0) : QModelIndex();
    const bool startsDay = !pending && (!previous.isValid() || day(previous) != day(index));
    if (role == MessageModel::DayBreakRole)
        return startsDay;
    if (!previous.isValid() || startsDay)
        return false;
    const auto kind = [](const QModelIndex &line) {
        return line.data(MessageModel::KindRole).value<MessageModel::Kind>();
    };
    const qint64 ts = index.data(MessageModel::TimeRole).toDateTime().toMSecsSinceEpoch();
    const qint64 previousTs = previous.data(MessageModel::TimeRole).toDateTime().toMSecsSinceEpoch();
    return kind(index) == MessageModel::Kind::Message && kind(previous) == MessageModel::Kind::Message
        && index.data(MessageModel::SenderRole) == previous.data(MessageModel::SenderRole)
        && ts - previousTs < MessageModel::groupWindowMs && ts >= previousTs;
}

} // namespace tincan
