#include "ui/messagedelegate.h"

#include "ui/messagemodel.h"
#include "ui/namecolor.h"
#include "ui/richtext.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDesktopServices>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

namespace tincan {

namespace {

constexpr int sideMargin = 10;
constexpr int innerPadding = 8;
constexpr int groupGap = 8;    // above the first message of a group
constexpr int groupedGap = 1;  // between messages of one group
constexpr int bottomPadding = 3;
constexpr int accentWidth = 3;

QColor blend(const QColor &base, const QColor &over, qreal amount)
{
    return QColor::fromRgbF(base.redF() * (1 - amount) + over.redF() * amount,
                            base.greenF() * (1 - amount) + over.greenF() * amount,
                            base.blueF() * (1 - amount) + over.blueF() * amount);
}

QColor mutedText(const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.6);
}

MessageModel::Kind kindOf(const QModelIndex &index)
{
    return index.data(MessageModel::KindRole).value<MessageModel::Kind>();
}

} // namespace

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_heights(4000)
{
}

int MessageDelegate::textWidth(const QStyleOptionViewItem &option) const
{
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    return std::max(80, width - 2 * sideMargin - 2 * innerPadding - accentWidth);
}

int MessageDelegate::headerHeight(const QStyleOptionViewItem &option) const
{
    QFont bold = option.font;
    bold.setBold(true);
    return QFontMetrics(bold).height() + 2;
}

void MessageDelegate::prepareDocument(QTextDocument &document, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    document.setDocumentMargin(0);
    document.setDefaultFont(option.font);
    document.setHtml(RichText::fromPlainText(index.data(MessageModel::TextRole).toString()));
    document.setTextWidth(textWidth(option));
}

int MessageDelegate::textHeight(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = index.data(MessageModel::TextRole).toString();
    const QString key = QString::number(textWidth(option)) + QLatin1Char('|') + option.font.key()
        + QLatin1Char('|') + text;
    if (const int *cached = m_heights.object(key))
        return *cached;
    QTextDocument document;
    prepareDocument(document, option, index);
    const int height = int(std::ceil(document.size().height()));
    m_heights.insert(key, new int(height), 1);
    return height;
}

MessageDelegate::Layout MessageDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                    const QModelIndex &index, int height) const
{
    const bool grouped = index.data(MessageModel::GroupedRole).toBool();
    const int top = option.rect.top() + (grouped ? groupedGap : groupGap);
    const int left = option.rect.left() + sideMargin;
    const int width = option.rect.width() - 2 * sideMargin;
    const int header = grouped ? 0 : headerHeight(option);
    Layout layout;
    layout.background = QRect(left, top, width, option.rect.bottom() - top + 1);
    layout.header = QRect(left + accentWidth + innerPadding, top + 3, width - accentWidth - 2 * innerPadding, header);
    layout.text = QRect(left + accentWidth + innerPadding, top + 3 + header,
                        width - accentWidth - 2 * innerPadding, height);
    return layout;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = textWidth(opt) + 2 * sideMargin + 2 * innerPadding + accentWidth;
    if (kindOf(index) == MessageModel::Kind::System) {
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        return {width, QFontMetrics(small).height() + 12};
    }
    const bool grouped = index.data(MessageModel::GroupedRole).toBool();
    const int height = (grouped ? groupedGap : groupGap) + 3 + (grouped ? 0 : headerHeight(opt))
        + textHeight(opt, index) + bottomPadding + 3;
    return {width, height};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QPalette &palette = opt.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    if (kindOf(index) == MessageModel::Kind::System) {
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        small.setItalic(true);
        painter->setFont(small);
        painter->setPen(mutedText(palette));
        const QString text = QFontMetrics(small).elidedText(index.data(MessageModel::TextRole).toString(),
                                                            Qt::ElideRight, opt.rect.width() - 2 * sideMargin);
        painter->drawText(opt.rect.adjusted(sideMargin, 0, -sideMargin, 0), Qt::AlignCenter, text);
        if (opt.state & QStyle::State_HasFocus) {
            painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DotLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(QRectF(opt.rect).adjusted(sideMargin + 0.5, 1.5, -sideMargin - 0.5, -1.5), 4, 4);
        }
        painter->restore();
        return;
    }

    const bool own = index.data(MessageModel::OwnRole).toBool();
    const bool pending = index.data(MessageModel::PendingRole).toBool();
    const bool mention = index.data(MessageModel::MentionRole).toBool();
    const bool grouped = index.data(MessageModel::GroupedRole).toBool();
    const QString sender = index.data(MessageModel::SenderRole).toString();
    const QColor nameColor = NameColor::forHue(index.data(MessageModel::HueRole).toInt(), palette);
    const Layout layout = layoutFor(opt, index, textHeight(opt, index));
    const QColor base = palette.color(QPalette::Base);

    // Background: own messages faintly tinted, mentions in a warm highlight, selection on top.
    QColor fill = Qt::transparent;
    if (mention)
        fill = blend(base, QColor(0xf5, 0xb7, 0x00), NameColor::isDark(palette) ? 0.22 : 0.18);
    else if (own)
        fill = blend(base, palette.color(QPalette::Highlight), NameColor::isDark(palette) ? 0.16 : 0.08);
    if (opt.state & QStyle::State_Selected)
        fill = blend(base, palette.color(QPalette::Highlight), 0.28);
    // A group of messages from one sender reads as one block: no gap and no inner corners
    // between its lines.
    const bool continues = index.siblingAtRow(index.row() + 1).data(MessageModel::GroupedRole).toBool();
    QRectF bubble(layout.background.left(), grouped ? opt.rect.top() : layout.background.top(),
                  layout.background.width(), 0);
    bubble.setBottom(opt.rect.bottom() + 1);
    const qreal radius = 4;
    QPainterPath shape;
    shape.addRoundedRect(bubble, radius, radius);
    if (grouped)
        shape.addRect(bubble.adjusted(0, 0, 0, -bubble.height() / 2));
    if (continues)
        shape.addRect(bubble.adjusted(0, bubble.height() / 2, 0, 0));
    shape.setFillRule(Qt::WindingFill);
    if (fill.alpha() > 0) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawPath(shape.simplified());
    }
    // Accent bar on the left: the sender's colour; mentions get a strong one.
    painter->setPen(Qt::NoPen);
    painter->setBrush(mention ? QColor(0xe0, 0x9b, 0x00) : nameColor);
    const QRectF accent(bubble.left(), bubble.top() + (grouped ? 0 : 2), accentWidth,
                        bubble.height() - (grouped ? 0 : 2) - (continues ? 0 : 2));
    painter->drawRect(accent);
    if (opt.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(bubble.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    }

    if (!grouped) {
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        const QString time = pending ? tr("sending…")
                                     : QLocale().toString(index.data(MessageModel::TimeRole).toDateTime().time(),
                                                          QLocale::ShortFormat);
        const QString name = own ? tr("%1 (you)").arg(sender) : sender;
        const int timeWidth = QFontMetrics(small).horizontalAdvance(time) + 12;
        const QString shownName = boldMetrics.elidedText(name, Qt::ElideRight, layout.header.width() - timeWidth);
        painter->setFont(bold);
        painter->setPen(nameColor);
        painter->drawText(layout.header, Qt::AlignLeft | Qt::AlignVCenter, shownName);
        painter->setFont(small);
        painter->setPen(mutedText(palette));
        const QRect timeRect = layout.header.adjusted(boldMetrics.horizontalAdvance(shownName) + 8, 0, 0, 0);
        painter->drawText(timeRect, Qt::AlignLeft | Qt::AlignVCenter, time);
    } else if (pending) {
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->setPen(mutedText(palette));
        painter->drawText(layout.text, Qt::AlignRight | Qt::AlignTop, tr("sending…"));
    }

    QTextDocument document;
    prepareDocument(document, opt, index);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette;
    context.palette.setColor(QPalette::Text, pending ? mutedText(palette) : palette.color(QPalette::Text));
    painter->translate(layout.text.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), layout.text.size()).adjusted(0, 0, 1, 1));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QString MessageDelegate::anchorAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                  const QPoint &pos) const
{
    if (kindOf(index) != MessageModel::Kind::Message)
        return {};
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout layout = layoutFor(opt, index, textHeight(opt, index));
    if (!layout.text.contains(pos))
        return {};
    QTextDocument document;
    prepareDocument(document, opt, index);
    return document.documentLayout()->anchorAt(pos - layout.text.topLeft());
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            const QString anchor = anchorAt(option, index, mouse->position().toPoint());
            if (!anchor.isEmpty()) {
                QDesktopServices::openUrl(QUrl(anchor, QUrl::StrictMode));
                return true;
            }
        }
    } else if (event->type() == QEvent::MouseMove) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
            const bool onLink = !anchorAt(option, index, mouse->position().toPoint()).isEmpty();
            view->viewport()->setCursor(onLink ? Qt::PointingHandCursor : Qt::ArrowCursor);
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace tincan
