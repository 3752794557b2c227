#pragma once

#include "client/chatsession.h"

#include <QHash>
#include <QMainWindow>
#include <QUrl>

class QLabel;
class QMenu;
class QSplitter;

namespace tincan {

class ChatHeader;
class ChatTray;
class Composer;
class ConnectionBanner;
class ConversationFilter;
class ConversationTabs;
class FileTransfers;
class HostPanel;
class MessageList;
class MessageModel;
class NameHues;
class PeopleList;
class RosterModel;
class SearchPanel;
class ThumbnailCache;
class TypingLine;

// The chat itself: messages, people, the input line and the connection state of one
// ChatSession; when this desktop hosts, also the invite link, QR code and number of people
// connected. Files dropped anywhere on it are sent. Closing the window leaves the chat.
class ChatWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatWindow)

public:
    // Shows `session` as it is now and follows it; the session must outlive the window.
    explicit ChatWindow(ChatSession *session, QWidget *parent = nullptr);
    ~ChatWindow() override;

    // Turns on the hosting panel (links, QR code, count) and the stop-hosting question on close.
    // `networks` names each link's network, in the same order (may be empty).
    void setHosting(const QList<QUrl> &links, bool loopbackOnly, const QStringList &networks = {});
    void setPeerCount(int count);
    // While hosting: the room's access code (empty: none) and lock, as the host panel shows them.
    void setAccessCode(const QString &code);
    void setLocked(bool locked);
    // A sentence for the status bar (a host problem, a port that was taken, ...); a timeout of
    // 0 keeps it until the next one.
    void showNotice(const QString &text, int timeoutMs = 0);
    // Whether closing asks first while hosting or with unsent messages (on by default).
    void setConfirmClose(bool confirm) { m_confirmClose = confirm; }

    ChatSession *session() const { return m_session; }
    MessageModel *messageModel() const { return m_messages; }
    RosterModel *rosterModel() const { return m_roster; }
    const NameHues *nameHues() const { return m_hues; }
    FileTransfers *fileTransfers() const { return m_files; }
    // The sentence the status bar shows now (empty: none).
    QString noticeText() const;
    QString typingText() const;
    // The banner's sentence while it shows, else the state beside the room's name.
    QString connectionText() const;
    int unreadCount() const;
    int newMessagesWaiting() const;
    // The sentence shown when the host refuses an edit, delete, reaction or reply.
    static QString changeRefusalText(const QString &code);

    Composer *composer() const { return m_composer; }
    MessageList *messageList() const { return m_list; }
    ConversationTabs *conversationTabs() const { return m_tabs; }
    SearchPanel *searchPanel() const { return m_search; }
    // The lines of the conversation shown (the room, or one private conversation).
    const ConversationFilter *shownLines() const { return m_shown; }
    // The sentence above the input of a private conversation whose other person is not in
    // the room (empty: none).
    QString privateNotice() const;

public Q_SLOTS:
    void scrollToBottom();
    // Scrolls to the message with this seq and marks it, loading a few older pages if needed.
    void showMessage(qint64 seq);
    void changeNick();
    // Opens (and shows) the private conversation with this person id.
    void openConversation(const QString &personId);
    // Opens the search panel (Ctrl+F).
    void openSearch();
    // Shows a message found by a search where it was written, loading the history around it
    // when it is not loaded.
    void showSearchResult(qint64 seq, const QString &conversation);
    // Closes the window, and the app with it.
    void quit();

Q_SIGNALS:
    void closed();
    // The user wants the start window again (to pick another room, or host).
    void backToStartRequested();
    // The user chose Quit (the window closes first, after asking where that loses something).
    void quitRequested();
    // While hosting: the host set, changed or (empty) removed the access code in the host panel.
    void accessCodeChosen(const QString &code);
    // While hosting: the host locked or unlocked the room.
    void lockChosen(bool locked);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void connectFiles();
    QWidget *buildChatColumn();
    QWidget *buildSidePanel();
    void buildMenus();
    // Says the window's own fixed texts (menus) in the language of the moment.
    void retranslate();
    void connectSession();
    void connectConversation();
    void setOwnNick(const QString &nick);
    void updateConnectionState();
    void updateTitle();
    // The people list's remove and ban are offered only in the host's own window.
    void updateModeration();
    void onMessagesArrived(const QList<protocol::ChatMessage> &messages, ChatSession::Origin origin);
    void retry();
    bool confirmClose();
    // The conversation shown changed, or its other person came or went.
    void showConversation(const QString &personId);
    void updatePrivateNotice();
    // Scrolled to the top: older messages of the conversation shown.
    void loadOlder();
    // The other person of a private message (empty: a room message); learns their name.
    QString conversationOf(const protocol::ChatMessage &message);

    ChatSession *m_session;
    MessageModel *m_messages;
    RosterModel *m_roster;
    NameHues *m_hues;
    ChatTray *m_tray;
    ThumbnailCache *m_thumbnails;
    FileTransfers *m_files = nullptr;
    ConversationFilter *m_shown;
    ConversationTabs *m_tabs = nullptr;
    QLabel *m_privateNotice = nullptr;
    QHash<int, QString> m_pageRequests;      // requestHistory() tag → whose conversation
    QHash<QString, bool> m_privateHasOlder;  // false once a conversation's start is loaded
    SearchPanel *m_search = nullptr;
    QAction *m_searchAction = nullptr;
    QList<int> m_resultPages;                // requestHistory() tags around a search result
    qint64 m_resultSeq = 0;                  // the search result they are for

    ChatHeader *m_header = nullptr;
    ConnectionBanner *m_banner = nullptr;
    MessageList *m_list = nullptr;
    QString m_dropHint; // shown while files are dragged over the window
    void clearDropHint();
    TypingLine *m_typing = nullptr;
    Composer *m_composer = nullptr;
    PeopleList *m_people = nullptr;
    HostPanel *m_hostPanel = nullptr;
    QWidget *m_sidePanel = nullptr;
    QSplitter *m_splitter = nullptr;
    QMenu *m_chatMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_copyLinkAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_peopleAction = nullptr;
    QAction *m_latestAction = nullptr;
    QAction *m_messagesAction = nullptr;
    QAction *m_inputAction = nullptr;

    bool m_hosting = false;
    bool m_quitting = false;
    bool m_confirmClose = true;
    int m_peerCount = 0;
    qint64 m_seekSeq = 0; // a message being looked for in older pages
    int m_seekPages = 0;
    static constexpr int maxSeekPages = 10;
};

} // namespace tincan
