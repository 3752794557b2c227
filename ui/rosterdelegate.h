#pragma once

#include <QStyledItemDelegate>

namespace tincan {

// Draws one person in the people list as the style would (avatar, name), with a small "host"
// badge at the right end of the host's entry, so everyone can see who runs the room.
class RosterDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterDelegate)

public:
    explicit RosterDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The badge's word, in the language of the moment.
    static QString badgeText();
    // Where the badge goes in an entry's rectangle (empty for everyone but the host).
    QRect badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace tincan
