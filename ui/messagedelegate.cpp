#include "ui/messagedelegate.h"

#include "ui/avatar.h"
#include "ui/messagemodel.h"
#include "ui/namecolor.h"
#include "ui/richtext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>
#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

#include <cmath>

namespace tincan {

namespace {

// Sizes in device-independent pixels; the browser page uses the same (resources/web/style.css).
constexpr int sideMargin = 12;
constexpr int maxColumnWidth = 880; // the conversation's column on a wide window
constexpr int maxBubbleWidth = 680;
constexpr qreal bubbleShare = 0.78; // of the column
constexpr int minBubbleWidth = 48;
constexpr int avatarSize = 32;
constexpr int avatarGap = 8;
constexpr int padX = 12;
constexpr int padTop = 6;
constexpr int padBottom = 7;
constexpr int headerGap = 1;
constexpr int groupGap = 12;  // above the first message of a group
constexpr int groupedGap = 3; // between messages of one group
constexpr int systemGap = 6;  // above and below a system line
constexpr int dayGap = 10;    // above and below a day label
constexpr qreal radius = 14;
constexpr qreal innerRadius = 5; // the corner by the avatar
constexpr int mentionAccent = 3;
constexpr int maxImageEdge = 300;  // an inline image's longer side, at most
constexpr int minImageEdge = 48;
constexpr int maxCardWidth = 340;
constexpr int cardHeight = 56;
constexpr int cardIcon = 38;
constexpr int fileGap = 6;         // between a file and its progress, or its text
constexpr int progressBarHeight = 4;

QColor blend(const QColor &base, const QColor &over, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + over.redF() * amount),
                            float(base.greenF() * (1 - amount) + over.greenF() * amount),
                            float(base.blueF() * (1 - amount) + over.blueF() * amount));
}

// The chat's colours, from the palette of the view (whose background is the Window colour).
struct Colors
{
    explicit Colors(const QPalette &palette)
        : dark(NameColor::isDark(palette))
        , background(palette.color(QPalette::Window))
        , bubble(dark ? blend(background, palette.color(QPalette::Text), 0.09) : palette.color(QPalette::Base))
        , shadow(blend(background, palette.color(QPalette::Text), dark ? 0.0 : 0.10))
        , text(palette.color(QPalette::Text))
        , muted(blend(background, palette.color(QPalette::Text), 0.62))
        , own(palette.color(QPalette::Highlight))
        , ownText(palette.color(QPalette::HighlightedText))
        , ownMuted(blend(own, ownText, 0.8))
        , mention(blend(bubble, QColor(0xf5, 0xb7, 0x00), dark ? 0.24 : 0.2))
        , mentionAccent(dark ? QColor(0xf0, 0xa6, 0x40) : QColor(0xe0, 0x9b, 0x00))
        , chip(blend(background, palette.color(QPalette::Text), dark ? 0.10 : 0.06))
        , line(blend(background, palette.color(QPalette::Text), dark ? 0.18 : 0.12))
        , focus(palette.color(QPalette::Highlight))
    {
    }

    bool dark;
    QColor background, bubble, shadow, text, muted, own, ownText, ownMuted, mention, mentionAccent, chip, line,
        focus;
};

QFont scaled(const QFont &font, qreal factor, bool bold = false)
{
    QFont result = font;
    if (font.pointSizeF() > 0)
        result.setPointSizeF(font.pointSizeF() * factor);
    else
        result.setPixelSize(std::max(6, int(std::lround(font.pixelSize() * factor))));
    if (bold)
        result.setBold(true);
    return result;
}

QFont nameFont(const QFont &font) { return scaled(font, 0.9, true); }
QFont timeFont(const QFont &font) { return scaled(font, 0.8); }
QFont dayFont(const QFont &font) { return scaled(font, 0.82, true); }
QFont systemFont(const QFont &font) { return scaled(font, 0.87); }
QFont detailFont(const QFont &font) { return scaled(font, 0.82); }
QFont badgeFont(const QFont &font) { return scaled(font, 0.66, true); }

int headerHeight(const QFont &font)
{
    return std::max(QFontMetrics(nameFont(font)).height(), QFontMetrics(timeFont(font)).height());
}

int dayHeight(const QFont &font) { return QFontMetrics(dayFont(font)).height() + 2 * dayGap; }

MessageModel::Kind kindOf(const QModelIndex &index)
{
    return index.data(MessageModel::KindRole).value<MessageModel::Kind>();
}

// A rounded rectangle whose corners may differ.
QPainterPath bubblePath(const QRectF &r, qreal topLeft, qreal topRight, qreal bottomRight, qreal bottomLeft)
{
    QPainterPath path;
    path.moveTo(r.left() + topLeft, r.top());
    path.lineTo(r.right() - topRight, r.top());
    path.arcTo(QRectF(r.right() - 2 * topRight, r.top(), 2 * topRight, 2 * topRight), 90, -90);
    path.lineTo(r.right(), r.bottom() - bottomRight);
    path.arcTo(QRectF(r.right() - 2 * bottomRight, r.bottom() - 2 * bottomRight, 2 * bottomRight, 2 * bottomRight),
               0, -90);
    path.lineTo(r.left() + bottomLeft, r.bottom());
    path.arcTo(QRectF(r.left(), r.bottom() - 2 * bottomLeft, 2 * bottomLeft, 2 * bottomLeft), 270, -90);
    path.lineTo(r.left(), r.top() + topLeft);
    path.arcTo(QRectF(r.left(), r.top(), 2 * topLeft, 2 * topLeft), 180, -90);
    path.closeSubpath();
    return path;
}

} // namespace

QString MessageDelegate::dayLabel(const QDate &day, const QDate &today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_sizes(4000)
{
}

MessageDelegate::Column MessageDelegate::columnFor(const QStyleOptionViewItem &option) const
{
    int width = option.rect.width();
    int left = option.rect.left();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
        width = view->viewport()->width();
        left = 0;
    }
    Column column;
    const int inner = std::max(120, width - 2 * sideMargin);
    const int columnWidth = std::min(inner, maxColumnWidth);
    column.left = left + (width - columnWidth) / 2;
    column.right = column.left + columnWidth;
    const int bubble = std::min(maxBubbleWidth, int(columnWidth * bubbleShare));
    column.maxTextWidth = std::max(60, std::min(bubble, columnWidth - avatarSize - avatarGap) - 2 * padX);
    return column;
}

void MessageDelegate::prepareDocument(QTextDocument &document, const QStyleOptionViewItem &option,
                                      const QModelIndex &index, int width, const QColor &link) const
{
    document.setDocumentMargin(0);
    document.setDefaultFont(option.font);
    // Links take the palette's link colour when the HTML is read, unless told otherwise.
    if (link.isValid())
        document.setDefaultStyleSheet(QStringLiteral("a { color: %1; }").arg(link.name()));
    if (index.data(MessageModel::DeletedRole).toBool())
        document.setHtml(QStringLiteral("<i>") + tr("message deleted").toHtmlEscaped() + QStringLiteral("</i>"));
    else
        document.setHtml(RichText::fromPlainText(index.data(MessageModel::TextRole).toString()));
    document.setTextWidth(width);
}

MessageDelegate::TextSize MessageDelegate::textSize(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                    int width) const
{
    const QString text = index.data(MessageModel::TextRole).toString();
    const QString key = QString::number(width) + QLatin1Char('|') + option.font.key()
        + (index.data(MessageModel::DeletedRole).toBool() ? QLatin1Char('D') : QLatin1Char('|')) + text;
    if (const TextSize *cached = m_sizes.object(key))
        return *cached;
    QTextDocument document;
    prepareDocument(document, option, index, width);
    TextSize size;
    size.width = std::min(width, int(std::ceil(document.idealWidth())));
    size.height = int(std::ceil(document.size().height()));
    m_sizes.insert(key, new TextSize(size), 1);
    return size;
}

bool MessageDelegate::showsHeader(const QModelIndex &index) const
{
    // Others' messages start a group with name and time; one's own show the time (or that they
    // are being sent) the same way, and always while they wait.
    return !index.data(MessageModel::GroupedRole).toBool() || index.data(MessageModel::PendingRole).toBool()
        || index.data(MessageModel::EditedRole).toBool();
}

QString MessageDelegate::headerName(const QModelIndex &index) const
{
    return index.data(MessageModel::OwnRole).toBool() ? QString() : index.data(MessageModel::SenderRole).toString();
}

QString MessageDelegate::headerTime(const QModelIndex &index) const
{
    if (index.data(MessageModel::PendingRole).toBool())
        return tr("sending…");
    const QString time = QLocale().toString(index.data(MessageModel::TimeRole).toDateTime().time(), QLocale::ShortFormat);
    //: After a message's time: the message was changed after it was sent.
    return index.data(MessageModel::EditedRole).toBool() ? time + u' ' + tr("(edited)") : time;
}

MessageDelegate::Layout MessageDelegate::layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Column column = columnFor(option);
    Layout layout;
    int top = option.rect.top();
    if (index.data(MessageModel::DayBreakRole).toBool()) {
        layout.day = QRect(column.left, top, column.right - column.left, dayHeight(option.font));
        top = layout.day.bottom() + 1;
    }

    if (kindOf(index) == MessageModel::Kind::System) {
        const QFont font = systemFont(option.font);
        const QFontMetrics metrics(font);
        const int maxWidth = column.right - column.left;
        // A few pixels to spare: glyphs are placed at fractional positions.
        const int width = std::min(maxWidth, metrics.horizontalAdvance(index.data(MessageModel::TextRole).toString()) + 28);
        const int height = metrics.height() + 6;
        layout.bubble = QRect(column.left + (maxWidth - width) / 2, top + systemGap, width, height);
        layout.text = layout.bubble.adjusted(12, 3, -12, -3);
        return layout;
    }

    const bool own = index.data(MessageModel::OwnRole).toBool();
    const bool grouped = index.data(MessageModel::GroupedRole).toBool();
    top += grouped ? groupedGap : groupGap;
    const bool hasFile = index.data(MessageModel::FileRole).isValid();
    const bool hasText = !hasFile || !index.data(MessageModel::TextRole).toString().isEmpty();
    const TextSize text = hasText ? textSize(option, index, column.maxTextWidth) : TextSize{};
    int contentWidth = text.width;
    const QSize attachment = hasFile ? attachmentSize(option, index, column.maxTextWidth) : QSize();
    const bool transferring = hasFile
        && index.data(MessageModel::TransferRole).value<MessageModel::Transfer>() != MessageModel::Transfer::None;
    const int detailHeight = QFontMetrics(detailFont(option.font)).height();
    int fileHeight = 0;
    if (hasFile) {
        contentWidth = std::max(contentWidth, attachment.width());
        fileHeight = attachment.height();
        if (transferring)
            fileHeight += fileGap + progressBarHeight + 3 + 2 * detailHeight;
        if (hasText)
            fileHeight += fileGap;
    }
    const bool quoted = index.data(MessageModel::QuoteSeqRole).toLongLong() > 0;
    const int quoteHeight = quoted ? 2 * detailHeight + 8 : 0;
    if (quoted) {
        const QFontMetrics small(detailFont(option.font));
        const int wanted = std::max(small.horizontalAdvance(index.data(MessageModel::QuoteSenderRole).toString()),
                                    small.horizontalAdvance(quoteLine(index)))
            + 14;
        contentWidth = std::max(contentWidth, std::min(wanted, column.maxTextWidth));
    }
    int header = 0;
    if (showsHeader(index)) {
        header = headerHeight(option.font) + headerGap;
        const QString name = headerName(index);
        const int nameWidth = name.isEmpty() ? 0 : QFontMetrics(nameFont(option.font)).horizontalAdvance(name) + 8;
        contentWidth = std::max(contentWidth, nameWidth + QFontMetrics(timeFont(option.font)).horizontalAdvance(headerTime(index)));
    }
    const int bubbleWidth = std::clamp(contentWidth + 2 * padX, minBubbleWidth, column.maxTextWidth + 2 * padX);
    const int bubbleHeight = padTop + header + (quoted ? quoteHeight + fileGap : 0) + fileHeight + text.height
        + padBottom;
    const int bubbleLeft = own ? column.right - bubbleWidth : column.left + avatarSize + avatarGap;
    layout.bubble = QRect(bubbleLeft, top, bubbleWidth, bubbleHeight);
    if (!own && !grouped)
        layout.avatar = QRect(column.left, top, avatarSize, avatarSize);
    if (header > 0)
        layout.header = QRect(bubbleLeft + padX, top + padTop, bubbleWidth - 2 * padX, header - headerGap);
    int y = top + padTop + header;
    if (quoted) {
        layout.quote = QRect(bubbleLeft + padX, y, bubbleWidth - 2 * padX, quoteHeight);
        y = layout.quote.bottom() + 1 + fileGap;
    }
    if (hasFile) {
        layout.attachment = QRect(bubbleLeft + padX, y, attachment.width(), attachment.height());
        if (!index.data(MessageModel::ImageRole).toBool() && !index.data(MessageModel::PendingRole).toBool()) {
            //: On a file's card in the chat: saves the file (keep it short).
            const int saveWidth = QFontMetrics(detailFont(option.font)).horizontalAdvance(tr("Save")) + 16;
            layout.save = QRect(layout.attachment.right() - saveWidth, layout.attachment.top(), saveWidth,
                                layout.attachment.height());
        }
        y = layout.attachment.bottom() + 1;
        if (transferring) {
            layout.progressBar = QRect(layout.attachment.left(), y + fileGap, layout.attachment.width(), progressBarHeight);
            layout.progressText = QRect(layout.attachment.left(), layout.progressBar.bottom() + 4,
                                        layout.attachment.width(), detailHeight);
            if (index.data(MessageModel::CancellableRole).toBool()) {
                const int cancelWidth = QFontMetrics(detailFont(option.font)).horizontalAdvance(tr("Cancel")) + 8;
                layout.cancel = QRect(layout.progressText.right() - cancelWidth + 1, layout.progressText.top(),
                                      cancelWidth, detailHeight);
                layout.progressText.setRight(layout.cancel.left() - 4);
            }
            // The amounts and Cancel on the first line, speed and time left on the second.
            layout.progressText.setBottom(layout.progressText.top() + 2 * detailHeight - 1);
            y = layout.progressText.bottom() + 1;
        }
        if (hasText)
            y += fileGap;
    }
    // Text as wide as the bubble's inside, so that right-to-left text lines up on the right.
    if (hasText)
        layout.text = QRect(bubbleLeft + padX, y, bubbleWidth - 2 * padX, text.height);

    // Reactions as chips under the bubble, on its side; they wrap onto more rows when many.
    const QList<MessageModel::Chip> chips = index.data(MessageModel::ReactionsRole).value<QList<MessageModel::Chip>>();
    if (!chips.isEmpty()) {
        const QFontMetrics metrics(detailFont(option.font));
        const int chipHeight = metrics.height() + 6;
        const int left = bubbleLeft;
        const int right = own ? column.right : bubbleLeft + column.maxTextWidth + 2 * padX;
        int x = left;
        int rowTop = layout.bubble.bottom() + 1 + 4;
        for (const MessageModel::Chip &chip : chips) {
            const int width = metrics.horizontalAdvance(chipText(chip)) + 16;
            if (x > left && x + width > right) {
                x = left;
                rowTop += chipHeight + 4;
            }
            layout.chips.append(QRect(x, rowTop, width, chipHeight));
            x += width + 4;
        }
        if (own) {
            // Lined up with the bubble's right edge, row by row.
            int first = 0;
            while (first < layout.chips.size()) {
                int last = first;
                while (last + 1 < layout.chips.size() && layout.chips.at(last + 1).top() == layout.chips.at(first).top())
                    ++last;
                const int shift = layout.bubble.right() - layout.chips.at(last).right();
                for (int i = first; i <= last; ++i)
                    layout.chips[i].translate(shift, 0);
                first = last + 1;
            }
        }
    }
    return layout;
}

QString MessageDelegate::chipText(const MessageModel::Chip &chip)
{
    return chip.emoji + u' ' + QLocale().toString(chip.count);
}

QString MessageDelegate::quoteLine(const QModelIndex &index)
{
    return index.data(MessageModel::QuoteDeletedRole).toBool() ? tr("message deleted")
                                                                 : index.data(MessageModel::QuoteTextRole).toString();
}

QSize MessageDelegate::attachmentSize(const QStyleOptionViewItem &option, const QModelIndex &index, int maxWidth) const
{
    if (index.data(MessageModel::ImageRole).toBool()) {
        // The image's own shape (from the message, before any byte of it is here), at most
        // maxImageEdge on its longer side and never wider than the bubble.
        QSize size = index.data(MessageModel::ImageSizeRole).toSize();
        if (!size.isValid() || size.isEmpty())
            size = QSize(4, 3);
        const int edge = std::min(maxImageEdge, maxWidth);
        if (size.width() > edge || size.height() > edge)
            size = size.scaled(edge, edge, Qt::KeepAspectRatio);
        else if (size.width() < minImageEdge && size.height() < minImageEdge)
            size = size.scaled(minImageEdge, minImageEdge, Qt::KeepAspectRatio);
        return size.boundedTo(QSize(maxWidth, maxImageEdge)).expandedTo(QSize(8, 8));
    }
    const QFontMetrics name(nameFont(option.font));
    const int wanted = cardIcon + 10 + name.horizontalAdvance(index.data(MessageModel::FileNameRole).toString()) + 70;
    return {std::clamp(wanted, std::min(220, maxWidth), std::min(maxCardWidth, maxWidth)), cardHeight};
}

void MessageDelegate::paintFile(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                const Layout &layout) const
{
    const Colors colors(option.palette);
    const bool own = index.data(MessageModel::OwnRole).toBool();
    const QColor text = own ? colors.ownText : colors.text;
    const QColor muted = own ? colors.ownMuted : colors.muted;
    const QRectF area(layout.attachment);

    if (index.data(MessageModel::ImageRole).toBool()) {
        QPainterPath frame;
        frame.addRoundedRect(area, 8, 8);
        const QImage thumbnail = index.data(MessageModel::ThumbnailRole).value<QImage>();
        painter->save();
        painter->setClipPath(frame);
        if (thumbnail.isNull()) {
            painter->fillRect(area, own ? blend(colors.own, colors.ownText, 0.18) : colors.chip);
        } else {
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
            painter->drawImage(area, thumbnail);
        }
        painter->restore();
    } else {
        const QColor card = own ? blend(colors.own, colors.ownText, 0.14) : blend(colors.bubble, colors.text, colors.dark ? 0.08 : 0.05);
        QPainterPath shape;
        shape.addRoundedRect(area, 8, 8);
        painter->setPen(Qt::NoPen);
        painter->setBrush(card);
        painter->drawPath(shape);

        // A badge with the file's extension, as file managers show it.
        const QRectF icon(area.left() + 9, area.center().y() - cardIcon / 2.0, cardIcon * 0.8, cardIcon);
        painter->setBrush(own ? colors.ownText : colors.focus);
        painter->drawRoundedRect(icon, 5, 5);
        const QString name = index.data(MessageModel::FileNameRole).toString();
        const QString suffix = name.contains(u'.') ? name.section(u'.', -1).left(4).toUpper() : QString();
        painter->setFont(badgeFont(option.font));
        painter->setPen(own ? colors.own : option.palette.color(QPalette::HighlightedText));
        painter->drawText(icon.adjusted(1, 0, -1, 0), Qt::AlignCenter,
                          QFontMetrics(painter->font()).elidedText(suffix, Qt::ElideRight, int(icon.width()) - 2));

        const int textLeft = int(icon.right()) + 10;
        const int textRight = (layout.save.isEmpty() ? layout.attachment.right() - 8 : layout.save.left());
        const int width = std::max(0, textRight - textLeft);
        const QFont bold = nameFont(option.font);
        const QFont small = detailFont(option.font);
        const int nameHeight = QFontMetrics(bold).height();
        const int detailHeight = QFontMetrics(small).height();
        const int firstTop = layout.attachment.center().y() - (nameHeight + detailHeight) / 2;
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(QRect(textLeft, firstTop, width, nameHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(name, Qt::ElideMiddle, width));
        painter->setFont(small);
        painter->setPen(muted);
        painter->drawText(QRect(textLeft, firstTop + nameHeight, width, detailHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(small).elidedText(index.data(MessageModel::FileDetailsRole).toString(),
                                                         Qt::ElideRight, width));
        if (!layout.save.isEmpty()) {
            QColor link = option.palette.color(QPalette::Link);
            if (colors.dark && link.lightness() < 140)
                link = blend(link, Qt::white, 0.45);
            painter->setFont(scaled(option.font, 0.82, true));
            painter->setPen(own ? colors.ownText : link);
            painter->drawText(layout.save, Qt::AlignCenter, tr("Save"));
        }
    }

    if (!layout.progressBar.isEmpty()) {
        const double fraction = index.data(MessageModel::ProgressRole).toDouble();
        const QRectF bar(layout.progressBar);
        painter->setPen(Qt::NoPen);
        painter->setBrush(own ? blend(colors.own, colors.ownText, 0.3) : colors.line);
        painter->drawRoundedRect(bar, bar.height() / 2, bar.height() / 2);
        if (fraction > 0) {
            painter->setBrush(own ? colors.ownText : colors.focus);
            painter->drawRoundedRect(QRectF(bar.left(), bar.top(), std::max(bar.height(), bar.width() * std::min(1.0, fraction)),
                                            bar.height()),
                                     bar.height() / 2, bar.height() / 2);
        }
        const QFont small = detailFont(option.font);
        painter->setFont(small);
        painter->setPen(muted);
        const QFontMetrics metrics(small);
        const QRect first(layout.progressText.left(), layout.progressText.top(), layout.progressText.width(),
                          metrics.height());
        const QRect second(first.left(), first.bottom() + 1, layout.attachment.width(), metrics.height());
        painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(index.data(MessageModel::ProgressTextRole).toString(), Qt::ElideRight,
                                             first.width()));
        painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(index.data(MessageModel::ProgressRateRole).toString(), Qt::ElideRight,
                                             second.width()));
        if (!layout.cancel.isEmpty()) {
            painter->setFont(scaled(option.font, 0.82, true));
            painter->setPen(text);
            painter->drawText(layout.cancel, Qt::AlignRight | Qt::AlignVCenter, tr("Cancel"));
        }
    }
}

MessageDelegate::FileAction MessageDelegate::fileActionAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                          const QPoint &pos) const
{
    if (kindOf(index) != MessageModel::Kind::Message || !index.data(MessageModel::FileRole).isValid())
        return FileAction::None;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout layout = layoutFor(opt, index);
    if (layout.cancel.adjusted(-4, -4, 4, 4).contains(pos))
        return FileAction::Cancel;
    if (index.data(MessageModel::PendingRole).toBool() || !layout.attachment.contains(pos))
        return FileAction::None;
    return index.data(MessageModel::ImageRole).toBool() ? FileAction::Open : FileAction::Save;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.rect.moveTop(0);
    const Layout layout = layoutFor(opt, index);
    int bottom = layout.bubble.bottom() + 1 + (kindOf(index) == MessageModel::Kind::System ? systemGap : 0);
    if (!layout.chips.isEmpty())
        bottom = layout.chips.constLast().bottom() + 1;
    const Column column = columnFor(opt);
    return {column.right - column.left, bottom - opt.rect.top()};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Colors colors(opt.palette);
    const Layout layout = layoutFor(opt, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    if (!layout.day.isEmpty()) {
        const QFont font = dayFont(opt.font);
        const QString label = dayLabel(index.data(MessageModel::TimeRole).toDateTime().date(), QDate::currentDate());
        const QFontMetrics metrics(font);
        const int labelWidth = std::min(layout.day.width() - 40, metrics.horizontalAdvance(label) + 4);
        const int middle = layout.day.center().y();
        const int labelLeft = layout.day.center().x() - labelWidth / 2;
        painter->setPen(QPen(colors.line, 1));
        painter->drawLine(QPointF(layout.day.left(), middle + 0.5), QPointF(labelLeft - 12, middle + 0.5));
        painter->drawLine(QPointF(labelLeft + labelWidth + 12, middle + 0.5), QPointF(layout.day.right(), middle + 0.5));
        painter->setFont(font);
        painter->setPen(colors.muted);
        painter->drawText(QRect(labelLeft, layout.day.top(), labelWidth, layout.day.height()), Qt::AlignCenter,
                          metrics.elidedText(label, Qt::ElideRight, labelWidth));
    }

    const bool selected = opt.state & QStyle::State_Selected;
    const bool focused = opt.state & QStyle::State_HasFocus;
    const auto drawRing = [&](const QPainterPath &shape) {
        if (selected) {
            painter->setPen(QPen(colors.focus, 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(shape);
        } else if (focused) {
            painter->setPen(QPen(colors.focus, 1, Qt::DotLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(shape);
        }
    };

    if (kindOf(index) == MessageModel::Kind::System) {
        QPainterPath chip;
        chip.addRoundedRect(QRectF(layout.bubble), layout.bubble.height() / 2.0, layout.bubble.height() / 2.0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.chip);
        painter->drawPath(chip);
        const QFont font = systemFont(opt.font);
        painter->setFont(font);
        painter->setPen(colors.muted);
        painter->drawText(layout.text, Qt::AlignCenter,
                          QFontMetrics(font).elidedText(index.data(MessageModel::TextRole).toString(), Qt::ElideRight,
                                                        layout.text.width()));
        drawRing(chip);
        painter->restore();
        return;
    }

    const bool own = index.data(MessageModel::OwnRole).toBool();
    const bool pending = index.data(MessageModel::PendingRole).toBool();
    const bool mention = index.data(MessageModel::MentionRole).toBool();
    const int hue = index.data(MessageModel::HueRole).toInt();
    const QString sender = index.data(MessageModel::SenderRole).toString();

    if (!layout.avatar.isEmpty())
        Avatar::paint(painter, QRectF(layout.avatar), sender, hue, opt.palette);

    const QRectF bubbleRect(layout.bubble);
    const QPainterPath shape = own ? bubblePath(bubbleRect, radius, innerRadius, radius, radius)
                                   : bubblePath(bubbleRect, innerRadius, radius, radius, radius);
    painter->setPen(Qt::NoPen);
    if (!own && !colors.dark) {
        painter->setBrush(colors.shadow);
        painter->drawPath(shape.translated(0, 1));
    }
    painter->setBrush(own ? colors.own : mention ? colors.mention : colors.bubble);
    painter->setOpacity(pending ? 0.8 : 1.0);
    painter->drawPath(shape);
    if (mention) {
        painter->save();
        painter->setClipPath(shape);
        painter->setBrush(colors.mentionAccent);
        painter->drawRect(QRectF(bubbleRect.left(), bubbleRect.top(), mentionAccent, bubbleRect.height()));
        painter->restore();
    }
    painter->setOpacity(1.0);
    drawRing(shape);
    if (index.data(MessageModel::HighlightRole).toBool()) {
        // The message a search result or a quote led to.
        painter->setPen(QPen(colors.mentionAccent, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(shape);
    }

    if (!layout.quote.isEmpty()) {
        const QFont small = detailFont(opt.font);
        const QFontMetrics metrics(small);
        const QRect area = layout.quote;
        painter->setPen(Qt::NoPen);
        painter->setBrush(own ? blend(colors.own, colors.ownText, 0.16) : blend(colors.bubble, colors.text, 0.07));
        painter->drawRoundedRect(QRectF(area), 6, 6);
        painter->setBrush(own ? colors.ownText : colors.focus);
        painter->drawRect(QRectF(area.left(), area.top() + 2, 3, area.height() - 4));
        const QRect lines = area.adjusted(9, 4, -6, -4);
        QFont bold = small;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(own ? colors.ownText : colors.text);
        painter->drawText(QRect(lines.left(), lines.top(), lines.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(index.data(MessageModel::QuoteSenderRole).toString(),
                                                        Qt::ElideRight, lines.width()));
        QFont line = small;
        line.setItalic(index.data(MessageModel::QuoteDeletedRole).toBool());
        painter->setFont(line);
        painter->setPen(own ? colors.ownMuted : colors.muted);
        painter->drawText(QRect(lines.left(), lines.top() + metrics.height(), lines.width(), metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(line).elidedText(quoteLine(index), Qt::ElideRight, lines.width()));
    }

    if (!layout.chips.isEmpty()) {
        const QList<MessageModel::Chip> chips = index.data(MessageModel::ReactionsRole).value<QList<MessageModel::Chip>>();
        painter->setFont(detailFont(opt.font));
        for (int i = 0; i < chips.size() && i < layout.chips.size(); ++i) {
            const QRectF chip(layout.chips.at(i));
            const bool mine = chips.at(i).mine;
            painter->setPen(mine ? QPen(colors.focus, 1.2) : QPen(colors.line, 1));
            painter->setBrush(mine ? blend(colors.background, colors.focus, 0.18) : colors.bubble);
            painter->drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), chip.height() / 2, chip.height() / 2);
            painter->setPen(colors.text);
            painter->drawText(chip, Qt::AlignCenter, chipText(chips.at(i)));
        }
    }

    if (!layout.header.isEmpty()) {
        const QString name = headerName(index);
        const QString time = headerTime(index);
        const QFont small = timeFont(opt.font);
        const int timeWidth = QFontMetrics(small).horizontalAdvance(time);
        if (own) {
            painter->setFont(small);
            painter->setPen(colors.ownMuted);
            painter->drawText(layout.header, Qt::AlignRight | Qt::AlignVCenter, time);
        } else {
            const QFont bold = nameFont(opt.font);
            const QFontMetrics boldMetrics(bold);
            const QString shownName
                = boldMetrics.elidedText(name, Qt::ElideRight, std::max(0, layout.header.width() - timeWidth - 8));
            painter->setFont(bold);
            painter->setPen(NameColor::forHue(hue, opt.palette));
            painter->drawText(layout.header, Qt::AlignLeft | Qt::AlignVCenter, shownName);
            painter->setFont(small);
            painter->setPen(colors.muted);
            painter->drawText(layout.header.adjusted(boldMetrics.horizontalAdvance(shownName) + 8, 0, 0, 0),
                              Qt::AlignLeft | Qt::AlignVCenter, time);
        }
    }

    if (!layout.attachment.isEmpty())
        paintFile(painter, opt, index, layout);
    if (layout.text.isEmpty()) {
        painter->restore();
        return;
    }

    QColor link = opt.palette.color(QPalette::Link);
    if (own)
        link = colors.ownText;
    else if (colors.dark && link.lightness() < 140)
        link = blend(link, Qt::white, 0.45);
    QTextDocument document;
    prepareDocument(document, opt, index, layout.text.width(), link);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, own ? (pending ? colors.ownMuted : colors.ownText) : colors.text);
    painter->translate(layout.text.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), layout.text.size()).adjusted(-1, -1, 1, 1));
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
    const Layout layout = layoutFor(opt, index);
    if (!layout.text.contains(pos))
        return {};
    QTextDocument document;
    prepareDocument(document, opt, index, layout.text.width());
    return document.documentLayout()->anchorAt(pos - layout.text.topLeft());
}

QString MessageDelegate::chipAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const
{
    if (kindOf(index) != MessageModel::Kind::Message)
        return {};
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout layout = layoutFor(opt, index);
    const QList<MessageModel::Chip> chips = index.data(MessageModel::ReactionsRole).value<QList<MessageModel::Chip>>();
    for (int i = 0; i < chips.size() && i < layout.chips.size(); ++i) {
        if (layout.chips.at(i).contains(pos))
            return chips.at(i).emoji;
    }
    return {};
}

bool MessageDelegate::quoteAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const
{
    if (kindOf(index) != MessageModel::Kind::Message)
        return false;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    return layoutFor(opt, index).quote.contains(pos);
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    const QString emoji = chipAt(option, index, event->pos());
    if (!emoji.isEmpty()) {
        const QList<MessageModel::Chip> chips = index.data(MessageModel::ReactionsRole).value<QList<MessageModel::Chip>>();
        for (const MessageModel::Chip &chip : chips) {
            if (chip.emoji != emoji)
                continue;
            QString who = QLocale().createSeparatedList(chip.people);
            if (chip.count > chip.people.size())
                who = tr("%1 and %n more", nullptr, int(chip.count - chip.people.size())).arg(who);
            // Names are anyone's input: escaped, inside markup so the tooltip never guesses.
            QToolTip::showText(event->globalPos(), QStringLiteral("<p>") + who.toHtmlEscaped() + QStringLiteral("</p>"), view->viewport());
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            const QString emoji = chipAt(option, index, mouse->position().toPoint());
            if (!emoji.isEmpty()) {
                Q_EMIT reactionClicked(index, emoji);
                return true;
            }
            if (quoteAt(option, index, mouse->position().toPoint())) {
                Q_EMIT quoteClicked(index);
                return true;
            }
            const FileAction action = fileActionAt(option, index, mouse->position().toPoint());
            if (action != FileAction::None) {
                Q_EMIT fileActionRequested(index, action);
                return true;
            }
            const QString anchor = anchorAt(option, index, mouse->position().toPoint());
            if (!anchor.isEmpty()) {
                QDesktopServices::openUrl(QUrl(anchor, QUrl::StrictMode));
                return true;
            }
        }
    } else if (event->type() == QEvent::MouseMove) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
            const bool onLink = !anchorAt(option, index, mouse->position().toPoint()).isEmpty()
                || !chipAt(option, index, mouse->position().toPoint()).isEmpty()
                || quoteAt(option, index, mouse->position().toPoint())
                || fileActionAt(option, index, mouse->position().toPoint()) != FileAction::None;
            view->viewport()->setCursor(onLink ? Qt::PointingHandCursor : Qt::ArrowCursor);
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace tincan
