#include "ui/rosterdelegate.h"

#include "ui/rostermodel.h"

#include <QPainter>

#include <algorithm>

namespace tincan {

namespace {

constexpr int badgePadding = 6; // left and right of the word, inside the badge
constexpr int badgeMargin = 6;  // between the name and the badge, and after the badge

QFont badgeFont(const QFont &font)
{
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.8);
    else // a font sized in pixels
        small.setPixelSize(std::max(1, qRound(font.pixelSize() * 0.8)));
    small.setBold(true);
    return small;
}

} // namespace

RosterDelegate::RosterDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString RosterDelegate::badgeText()
{
    //: The small badge beside the name of the person who hosts the chat
    return tr("host");
}

QRect RosterDelegate::badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(RosterModel::HostRole).toBool())
        return {};
    const QFontMetrics metrics(badgeFont(option.font));
    const int width = metrics.horizontalAdvance(badgeText()) + 2 * badgePadding;
    const int height = metrics.height() + 2;
    const QRect &row = option.rect;
    const int left = option.direction == Qt::RightToLeft ? row.left() + badgeMargin
                                                         : row.right() + 1 - badgeMargin - width;
    return QRect(left, row.top() + (row.height() - height) / 2, width, height);
}

void RosterDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QRect badge = badgeRect(option, index);
    if (badge.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The name is elided before the badge, never drawn under it.
    QStyleOptionViewItem entry = option;
    const int room = badge.width() + 2 * badgeMargin;
    if (option.direction == Qt::RightToLeft)
        entry.rect.setLeft(entry.rect.left() + room);
    else
        entry.rect.setRight(entry.rect.right() - room);
    QStyledItemDelegate::paint(painter, entry, index);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette &palette = option.palette;
    const QColor accent = palette.color(QPalette::Highlight);
    const QColor fill = selected ? palette.color(QPalette::HighlightedText) : accent;
    const QColor text = selected ? accent : palette.color(QPalette::HighlightedText);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), badge.height() / 2.0,
                             badge.height() / 2.0);
    painter->setPen(text);
    painter->setFont(badgeFont(option.font));
    painter->drawText(badge, Qt::AlignCenter, badgeText());
    painter->restore();
}

QSize RosterDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(RosterModel::HostRole).toBool()) {
        const QFontMetrics metrics(badgeFont(option.font));
        size.rwidth() += metrics.horizontalAdvance(badgeText()) + 2 * badgePadding + 2 * badgeMargin;
    }
    return size;
}

} // namespace tincan
