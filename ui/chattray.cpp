#include "ui/chattray.h"

#include "ui/appicon.h"

#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace tincan {

namespace {

constexpr int notificationTextLength = 200;

} // namespace

ChatTray::ChatTray(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_icon = new QSystemTrayIcon(AppIcon::icon(), this);
    auto *menu = new QMenu(window);
    menu->addAction(tr("&Show Tincan"), this, &ChatTray::showWindow);
    menu->addSeparator();
    menu->addAction(tr("&Quit"), window, &QWidget::close);
    m_icon->setContextMenu(menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &ChatTray::showWindow);
    m_icon->show();
}

void ChatTray::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void ChatTray::notify(const QList<protocol::ChatMessage> &messages, const QString &room, bool mentionsMe)
{
    if (messages.isEmpty())
        return;
    setUnread(m_unread + int(messages.size()));
    if (!m_icon || !QSystemTrayIcon::supportsMessages())
        return;
    const protocol::ChatMessage &last = messages.constLast();
    QString title;
    QString body;
    if (messages.size() > 1) {
        title = room;
        body = tr("%n new message(s)", nullptr, int(messages.size()));
    } else {
        title = mentionsMe ? tr("%1 mentioned you").arg(last.from) : last.from;
        body = last.text.size() > notificationTextLength ? last.text.left(notificationTextLength) + QChar(0x2026)
                                                          : last.text;
    }
    m_icon->showMessage(title, body, AppIcon::icon(), 5000);
}

void ChatTray::clearUnread()
{
    setUnread(0);
}

void ChatTray::setRoom(const QString &room)
{
    if (room == m_room)
        return;
    m_room = room;
    updateIcon();
}

void ChatTray::hideIcon()
{
    if (m_icon)
        m_icon->hide();
}

void ChatTray::setUnread(int unread)
{
    if (unread == m_unread)
        return;
    m_unread = unread;
    updateIcon();
    Q_EMIT unreadCountChanged(unread);
}

void ChatTray::updateIcon()
{
    if (!m_icon)
        return;
    m_icon->setIcon(AppIcon::icon(m_unread));
    m_icon->setToolTip(m_unread > 0 ? tr("%1: %2 unread").arg(m_room).arg(m_unread) : m_room);
}

} // namespace tincan
