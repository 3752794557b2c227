#pragma once

#include "protocol/messages.h"

#include <QObject>
#include <QPointer>

class QAction;
class QSystemTrayIcon;
class QWidget;

namespace tincan {

// The chat in the system tray: the icon with its unread badge and menu, and a desktop
// notification for messages that arrive while the window is in the background. The unread
// count is kept even where there is no tray, for the window's title.
class ChatTray final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatTray)

public:
    // `window` is the chat window the tray brings up, and the tray's parent.
    explicit ChatTray(QWidget *window);

    int unreadCount() const { return m_unread; }
    // Counts these messages as unread and tells the desktop about them; `mentionsMe` says
    // whether the last one names this user.
    void notify(const QList<protocol::ChatMessage> &messages, const QString &room, bool mentionsMe);
    void clearUnread();
    // The room's name, as the tray's tooltip shows it.
    void setRoom(const QString &room);
    void hideIcon();
    // Says the menu and the tooltip again in the app's language of the moment.
    void retranslate();

Q_SIGNALS:
    // Quit was chosen in the tray's menu.
    void quitRequested();
    void unreadCountChanged(int count);

private:
    void showWindow();
    void setUnread(int unread);
    void updateIcon();

    QWidget *m_window;
    QPointer<QSystemTrayIcon> m_icon;
    QAction *m_showAction = nullptr;
    QAction *m_quitAction = nullptr;
    QString m_room;
    int m_unread = 0;
};

} // namespace tincan
