#pragma once

#include "app/desktop.h"

#include <QObject>
#include <QPointer>
#include <QSettings>

#include <memory>

namespace tincan {

class ChatSession;
class ChatWindow;
class DesktopHost;
class HostFinder;
class StartWindow;
struct StartChoice;

// Decides which window the desktop app shows: the start window, then a chat window that
// joins a room, or that hosts one on a DesktopHost and joins it over loopback. It owns the
// chat's session; the chat window shows it.
class DesktopController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopController)

public:
    explicit DesktopController(DesktopOptions options, QObject *parent = nullptr);
    ~DesktopController() override;

    // Shows the first window. Returns false when there is nothing to show (exit right away).
    void begin();

    ChatWindow *chatWindow() const;
    StartWindow *startWindow() const;
    DesktopHost *host() const { return m_host.get(); }

Q_SIGNALS:
    // The app has nothing left to show; exit with this code.
    void finished(int exitCode);

private:
    StartWindow *ensureStartWindow();
    // Shows the start window, on the page it is on, with `problem` above its buttons.
    void showStart(const QString &problem = {});
    void onStartChosen();
    void host(const QString &nick, const QString &roomName, quint16 port, bool portFixed,
              const QString &accessCode);
    void join(const QUrl &chatUrl, const QString &nick, const QString &accessCode);
    // Opens the session and the window that shows it. The session says `accessCode` (a link's)
    // or `hostKey` (the host's own window) with its hello.
    ChatWindow *openChat(const QUrl &chatUrl, const QString &nick, const QString &accessCode,
                         const QString &hostKey = {});
    // The chat window closed: hosting stops, and the start window comes back (or the app ends).
    void onChatClosed();
    // After the host ended the chat, listens for the same room on the network to rejoin it.
    void watchForRoom();
    void rejoinIfHeard();
    bool startFinder();
    QString rememberedNick() const;

    DesktopOptions m_options;
    QSettings m_settings;
    QPointer<StartWindow> m_start;
    QPointer<ChatWindow> m_chat;
    std::unique_ptr<ChatSession> m_session;
    std::unique_ptr<DesktopHost> m_host;
    std::unique_ptr<HostFinder> m_finder;
    bool m_quitting = false;
};

} // namespace tincan
