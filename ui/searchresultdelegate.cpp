#include "ui/searchresultdelegate.h"

#include "ui/searchresultsmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace tincan {

namespace {

constexpr int padding = 6;

// The text laid out in `width`, at most maxTextLines lines; returns its height.
qreal layOut(QTextLayout &layout, qreal width)
{
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    qreal height = 0;
    for (int n = 0; n < SearchResultDelegate::maxTextLines; ++n) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

QString oneParagraph(QString text)
{
    // A result is a glimpse: its lines run together.
    return text.replace(u'\n', u' ');
}

} // namespace

SearchResultDelegate::SearchResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = std::max(80, option.rect.width() > 0 ? option.rect.width() : 300) - 2 * padding;
    QTextLayout text(oneParagraph(index.data(SearchResultsModel::TextRole).toString()), option.font);
    const qreal textHeight = layOut(text, width);
    const int header = QFontMetrics(option.font).height();
    return QSize(width + 2 * padding, int(header + textHeight) + 2 * padding + 2);
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QRect area = option.rect.adjusted(padding, padding, -padding, -padding);
    painter->save();
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    painter->setFont(small);
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QString header = index.data(SearchResultsModel::HeaderRole).toString();
    const int headerHeight = QFontMetrics(option.font).height();
    painter->drawText(QRect(area.left(), area.top(), area.width(), headerHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(header, Qt::ElideRight, area.width()));

    QTextLayout text(oneParagraph(index.data(SearchResultsModel::TextRole).toString()), option.font);
    QList<QTextLayout::FormatRange> marks;
    const QList<QPoint> matches = index.data(SearchResultsModel::MatchesRole).value<QList<QPoint>>();
    for (const QPoint &match : matches) {
        QTextLayout::FormatRange mark;
        mark.start = match.x();
        mark.length = match.y();
        mark.format.setFontWeight(QFont::Bold);
        // A marker pen's yellow with dark text reads the same in light and dark themes.
        mark.format.setBackground(QColor(255, 221, 87));
        mark.format.setForeground(QColor(20, 20, 20));
        marks.append(mark);
    }
    text.setFormats(marks);
    layOut(text, area.width());
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    text.draw(painter, QPointF(area.left(), area.top() + headerHeight + 2));
    painter->restore();
}

} // namespace tincan
