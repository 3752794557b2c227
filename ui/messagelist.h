#pragma once

#include "ui/messagedelegate.h"

#include <QListView>

class QPushButton;

namespace tincan {


// The chat's messages, newest at the bottom. It follows new messages only while the reader is
// at the bottom and otherwise offers a "N new messages" jump; it keeps the reader's place when
// older history arrives above; Copy (or the right-click menu) copies a message and Enter opens
// its links (or its file). A message's file is saved, opened or stopped by a click on it or from
// the menu. Moving into the list from the keyboard starts at the newest message.
class MessageList final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageList)

public:
    // `model`: a MessageModel, or a view of one (the roles are MessageModel's).
    explicit MessageList(QAbstractItemModel *model, QWidget *parent = nullptr);

    // Someone else's messages were added at the bottom: counted on the jump button unless the
    // reader is there to see them.
    void noteNewBelow(int count);
    bool isFollowingBottom() const { return m_followBottom; }
    // The host's own window may delete anyone's messages.
    void setMayDeleteAny(bool may) { m_mayDeleteAny = may; }
    // Whether a message may be answered, changed (own) and reacted to now.
    void setChangesPossible(bool possible) { m_changesPossible = possible; }
    // The reactions the menu offers besides "Other…".
    static const QStringList &quickReactions();
    // Fills a message's menu (for tests, and for the right click and the menu key).
    void fillMenu(QMenu &menu, const QModelIndex &index);
    int newMessagesWaiting() const { return m_newBelow; }

public Q_SLOTS:
    void jumpToLatest();

Q_SIGNALS:
    // The reader scrolled to the oldest message loaded: time to ask the host for older ones.
    void reachedTop();
    // Save, open (an image) or stop the transfer of the file of the message at `index`.
    void fileActionRequested(const QModelIndex &index, tincan::MessageDelegate::FileAction action);
    // From a message's menu or its chips: answer it, change it, delete it, react to it.
    void replyRequested(const QModelIndex &index);
    void editRequested(const QModelIndex &index);
    void deleteRequested(const QModelIndex &index);
    void reactionRequested(const QModelIndex &index, const QString &emoji, bool on);
    // The quote of the message this one answers was clicked.
    void quoteRequested(qint64 seq);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateNewMessagesButton();
    void positionNewMessagesButton();
    void openLinksOfCurrentMessage();
    void copyText(const QModelIndex &index);

    QAbstractItemModel *m_model;
    QPushButton *m_newMessages;
    bool m_followBottom = true;
    bool m_keepAnchor = false;
    int m_distanceFromBottom = 0;
    int m_newBelow = 0;
    bool m_mayDeleteAny = false;
    bool m_changesPossible = true;
};

} // namespace tincan
