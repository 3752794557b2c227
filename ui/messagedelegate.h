#pragma once

#include "ui/messagemodel.h"

#include <QCache>
#include <QStyledItemDelegate>

class QTextDocument;

namespace tincan {

// Draws one line of the chat from the model's roles, as the browser page does: a day label above
// the first line of each day; other people's messages in bubbles on the left, the first of a
// group with the sender's letter avatar, name (in their colour) and time; the user's own
// messages in accent-coloured bubbles on the right; mentions of the user in a warm bubble;
// messages not yet sent dimmed with "sending…"; join and leave lines as small centred chips.
// Text wraps, links are clickable. A file shows above its message's text: an image as its
// thumbnail (a neutral box of the image's shape until it arrives), any other file as a card with
// name, size, type and Save; a transfer's progress, speed, time left and Cancel below it.
// Colours come from the palette, so light and dark themes both work.
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

    // What a click at a point of a line's file does.
    enum class FileAction { None, Save, Open, Cancel };
    FileAction fileActionAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;

    // The reaction chip under a point of a line (its emoji), or empty.
    QString chipAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;
    // Whether a point of a line is on the quote of the message it answers.
    bool quoteAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // What the label above the first line of `day` says: "Today", "Yesterday" or the date.
    static QString dayLabel(const QDate &day, const QDate &today);

Q_SIGNALS:
    // The user clicked a line's file: save it, open the image, or stop its transfer.
    void fileActionRequested(const QModelIndex &index, tincan::MessageDelegate::FileAction action);
    // The user clicked a reaction chip: give or take back their own.
    void reactionClicked(const QModelIndex &index, const QString &emoji);
    // The user clicked the quote of the message a reply answers.
    void quoteClicked(const QModelIndex &index);

public:
    // Where the parts of a line go, in view coordinates (public for tests).
    struct Layout
    {
        QRect day;    // the day label above the line; empty if none
        QRect avatar; // empty for the user's own messages, grouped ones and system lines
        QRect bubble; // the message's bubble, or a system line's chip
        QRect header; // name and time inside the bubble; empty if not shown
        QRect text;   // empty for a file sent without text
        QRect attachment; // the image or the file's card; empty without a file
        QRect save;       // "Save" on a file's card
        QRect progressBar;
        QRect progressText;
        QRect cancel;     // "Cancel" beside the progress text
        QRect quote;      // the quote of the message this one answers; empty if none
        QList<QRect> chips; // the reactions under the bubble, in the model's order
    };
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;

private:
    struct TextSize
    {
        int width = 0; // as wide as the text needs, at most the bubble's text width
        int height = 0;
    };
    struct Column
    {
        int left = 0;
        int right = 0;
        int maxTextWidth = 0;
    };

    Column columnFor(const QStyleOptionViewItem &option) const;
    void prepareDocument(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index,
                         int width, const QColor &link = {}) const;
    TextSize textSize(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    QString headerTime(const QModelIndex &index) const;
    QString headerName(const QModelIndex &index) const;
    bool showsHeader(const QModelIndex &index) const;
    QSize attachmentSize(const QStyleOptionViewItem &option, const QModelIndex &index, int maxWidth) const;
    void paintFile(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                   const Layout &layout) const;

    static QString chipText(const MessageModel::Chip &chip);
    static QString quoteLine(const QModelIndex &index);

    mutable QCache<QString, TextSize> m_sizes;
};

} // namespace tincan
