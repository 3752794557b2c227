#pragma once

#include "client/chatsession.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSplitter;
class QSystemTrayIcon;
class QFrame;

namespace tincan {

class ChatInput;
class HostPanel;
class MessageDelegate;
class MessageModel;
class RosterModel;

// The chat itself: messages, people, the input line and the connection state of one
// ChatSession; when this desktop hosts, also the invite link, QR code and number of people
// connected. Closing the window leaves the chat.
class ChatWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatWindow)

public:
    // Shows `session` as it is now and follows it; the session must outlive the window.
    explicit ChatWindow(ChatSession *session, QWidget *parent = nullptr);
    ~ChatWindow() override;

    // Turns on the hosting panel (links, QR code, count) and the stop-hosting question on close.
    void setHosting(const QList<QUrl> &links, bool loopbackOnly);
    void setPeerCount(int count);
    // A sentence for the status bar (a host problem, a port that was taken, ...); a timeout of
    // 0 keeps it until the next one.
    void showNotice(const QString &text, int timeoutMs = 0);
    // Whether closing asks first while hosting or with unsent messages (on by default).
    void setConfirmClose(bool confirm) { m_confirmClose = confirm; }

    ChatSession *session() const { return m_session; }
    MessageModel *messageModel() const { return m_messages; }
    RosterModel *rosterModel() const { return m_roster; }
    ChatInput *input() const { return m_input; }
    QListView *messageView() const { return m_view; }
    HostPanel *hostPanel() const { return m_hostPanel; }
    QString typingText() const;
    QString connectionText() const;
    int unreadCount() const { return m_unread; }
    bool isFollowingBottom() const { return m_followBottom; }
    int newMessagesWaiting() const { return m_newBelow; }

public Q_SLOTS:
    void sendInput();
    void scrollToBottom();
    void changeNick();

Q_SIGNALS:
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildBanner();
    QWidget *buildChatColumn();
    QWidget *buildSidePanel();
    void buildMenus();
    void connectSession();
    void updateConnectionState();
    void updateTitle();
    void updateTyping(const QStringList &nicks);
    void updateNewMessagesButton();
    void updateLengthHint();
    void onMessagesArrived(const QList<protocol::ChatMessage> &messages, ChatSession::Origin origin);
    void notify(const QList<protocol::ChatMessage> &messages);
    void setUnread(int unread);
    void onBannerAction();
    void positionNewMessagesButton();
    QString refusalText() const;
    void openLinksOfCurrentMessage();

    ChatSession *m_session;
    MessageModel *m_messages;
    RosterModel *m_roster;
    MessageDelegate *m_delegate;

    QLabel *m_roomLabel = nullptr;
    QLabel *m_whoLabel = nullptr;
    QLabel *m_stateDot = nullptr;
    QLabel *m_stateLabel = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QLineEdit *m_bannerNick = nullptr;
    QPushButton *m_bannerButton = nullptr;
    QListView *m_view = nullptr;
    QPushButton *m_newMessages = nullptr;
    QLabel *m_typing = nullptr;
    ChatInput *m_input = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_lengthHint = nullptr;
    QLabel *m_peopleLabel = nullptr;
    QListView *m_rosterView = nullptr;
    HostPanel *m_hostPanel = nullptr;
    QWidget *m_sidePanel = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_copyLinkAction = nullptr;
    QPointer<QSystemTrayIcon> m_tray;

    bool m_hosting = false;
    bool m_confirmClose = true;
    bool m_followBottom = true;
    bool m_keepAnchor = false;
    int m_distanceFromBottom = 0;
    int m_newBelow = 0;
    int m_unread = 0;
    int m_peerCount = 0;
};

} // namespace tincan
