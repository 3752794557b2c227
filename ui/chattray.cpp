#include "ui/chattray.h"

#include "ui/appicon.h"

#include <QGuiApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTextDocument>
#include <QWidget>

using namespace Qt::StringLiterals;

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
    m_showAction = menu->addAction(QString(), this, &ChatTray::showWindow);
    menu->addSeparator();
    m_quitAction = menu->addAction(QString(), this, &ChatTray::quitRequested);
    retranslate();
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
        if (!last.to.isEmpty()) {
            //: The title of a notification of a private message; %1 is who wrote it.
            title = tr("Private message from %1").arg(last.from);
        } else {
            title = mentionsMe ? tr("%1 mentioned you").arg(last.from) : last.from;
        }
        body = last.text.size() > notificationTextLength ? last.text.left(notificationTextLength) + QChar(0x2026)
                                                          : last.text;
    }
    // Linux desktops show notifications through a service that may read the body as markup:
    // a message is escaped there, so it shows as typed and nothing in it is loaded or run.
    const bool markupBody = QGuiApplication::platformName() == u"xcb"_s
        || QGuiApplication::platformName().startsWith(u"wayland"_s);
    m_icon->showMessage(title, markupBody ? body.toHtmlEscaped() : body, AppIcon::icon(), 5000);
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

void ChatTray::retranslate()
{
    if (!m_icon)
        return;
    m_showAction->setText(tr("&Show Tincan"));
    m_quitAction->setText(tr("&Quit"));
    updateIcon();
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
    // A tooltip is read as rich text when it looks like it; the room's name is made plain text
    // in rich-text form, so it shows as typed.
    m_icon->setToolTip(Qt::convertFromPlainText(m_unread > 0 ? tr("%1: %2 unread").arg(m_room).arg(m_unread)
                                                             : m_room));
}

} // namespace tincan
