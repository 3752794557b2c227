#pragma once

#include <QStyledItemDelegate>

namespace tincan {

// Draws one search result: who and when on a first line, then the text (a few lines at most)
// with the matched words marked. Everything is drawn as plain text.
class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultDelegate)

public:
    explicit SearchResultDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int maxTextLines = 3;
};

} // namespace tincan
