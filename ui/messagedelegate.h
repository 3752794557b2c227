#pragma once

#include <QCache>
#include <QStyledItemDelegate>

class QTextDocument;

namespace tincan {

// Draws one line of the chat from the model's roles: sender in their colour and the time above
// a group of messages, wrapped text with clickable links, own and mentioning messages tinted,
// pending messages dimmed, system lines small and centred.
class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDelegate)

public:
    explicit MessageDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // The link under a point of the view, if any (for the cursor and for clicks).
    QString anchorAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;

private:
    struct Layout
    {
        QRect background;
        QRect header;
        QRect text;
    };

    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index, int textHeight) const;
    int textWidth(const QStyleOptionViewItem &option) const;
    void prepareDocument(QTextDocument &document, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const;
    int textHeight(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    int headerHeight(const QStyleOptionViewItem &option) const;

    mutable QCache<QString, int> m_heights;
};

} // namespace tincan
