#include "ui/chatwindow.h"

#include "protocol/limits.h"
#include "protocol/nickname.h"
#include "ui/appicon.h"
#include "ui/chatheader.h"
#include "ui/chattray.h"
#include "ui/composer.h"
#include "ui/connectionbanner.h"
#include "ui/connectionstatus.h"
#include "ui/conversationfilter.h"
#include "ui/conversationtabs.h"
#include "ui/chatinput.h"
#include "ui/filetransfers.h"
#include "ui/hostpanel.h"
#include "ui/languagemenu.h"
#include "ui/messagelist.h"
#include "ui/messagemodel.h"
#include "ui/peoplelist.h"
#include "ui/namehues.h"
#include "ui/rostermodel.h"
#include "ui/searchpanel.h"
#include "ui/thumbnailcache.h"
#include "ui/typingline.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tincan {

ChatWindow::ChatWindow(ChatSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_messages(new MessageModel(this))
    , m_roster(new RosterModel(this))
    , m_hues(new NameHues(this))
    , m_tray(new ChatTray(this))
    , m_thumbnails(new ThumbnailCache(session, this))
    , m_shown(new ConversationFilter(this))
{
    Q_ASSERT(session);
    m_shown->setSourceModel(m_messages);
    m_messages->setNameHues(m_hues);
    m_messages->setThumbnails(m_thumbnails);
    m_files = new FileTransfers(session, m_messages, this);
    setAcceptDrops(true);
    m_roster->setNameHues(m_hues);
    setWindowIcon(AppIcon::icon());
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new ChatHeader(central);
    m_header->setBackgroundRole(QPalette::Base);
    m_header->setAutoFillBackground(true);
    layout->addWidget(m_header);
    m_banner = new ConnectionBanner(central);
    layout->addWidget(m_banner);
    connect(m_banner, &ConnectionBanner::retryRequested, this, &ChatWindow::retry);
    connect(m_banner, &ConnectionBanner::backRequested, this, &ChatWindow::backToStartRequested);
    connect(m_tray, &ChatTray::quitRequested, this, &ChatWindow::quit);
    connect(m_banner, &ConnectionBanner::nickChosen, this, [this](const QString &nick) {
        m_session->retryWithNick(nick);
        m_composer->setFocus();
    });
    connect(m_banner, &ConnectionBanner::codeChosen, this, [this](const QString &code) {
        m_session->retryWithAccessCode(code);
        m_composer->setFocus();
    });

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(buildChatColumn());
    m_splitter->addWidget(buildSidePanel());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    layout->addWidget(m_splitter, 1);
    m_splitter->setSizes({680, 300});
    setCentralWidget(central);
    buildMenus();
    statusBar()->setSizeGripEnabled(true);
    connect(m_tray, &ChatTray::unreadCountChanged, this, &ChatWindow::updateTitle);

    // The session may already be open (the controller opens it before showing the window).
    m_roster->setHostNick(m_session->hostNick());
    setOwnNick(m_session->nick());
    connectSession();
    connectFiles();
    updateConnectionState();
    resize(960, 640);
    m_composer->setFocus();
}

ChatWindow::~ChatWindow() = default;

QWidget *ChatWindow::buildChatColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Made before the messages so that Tab goes from writing to reading: the input, Send,
    // then the messages.
    m_composer = new Composer(m_session, column);
    connect(m_composer, &Composer::sent, this, &ChatWindow::scrollToBottom);
    m_list = new MessageList(m_shown, column);
    connect(m_list, &MessageList::reachedTop, this, &ChatWindow::loadOlder);
    m_search = new SearchPanel(m_session, column);
    m_search->hide();
    connect(m_search, &SearchPanel::resultChosen, this, &ChatWindow::showSearchResult);
    connect(m_search, &SearchPanel::closed, this, [this] { m_composer->setFocus(); });
    m_tabs = new ConversationTabs(column);
    m_tabs->hide(); // until there is a private conversation to switch to
    connect(m_tabs, &ConversationTabs::conversationShown, this, &ChatWindow::showConversation);
    connect(m_tabs, &QTabBar::tabCloseRequested, this, [this] {
        // Closing the last private tab leaves only the room: no switcher needed.
        m_tabs->setVisible(m_tabs->count() > 1);
    });
    connectConversation();
    m_typing = new TypingLine(column);
    m_privateNotice = new QLabel(column);
    m_privateNotice->setObjectName(u"privateNotice"_s);
    m_privateNotice->setTextFormat(Qt::PlainText); // it says a name, which is anyone's input
    m_privateNotice->setWordWrap(true);
    m_privateNotice->setContentsMargins(14, 0, 14, 0);
    m_privateNotice->hide();

    // As on the browser page: the messages on the window's colour, the header, the writing area
    // and the side panel on the base colour.
    auto *writing = new QWidget(column);
    writing->setBackgroundRole(QPalette::Base);
    writing->setAutoFillBackground(true);
    auto *writingLayout = new QVBoxLayout(writing);
    writingLayout->setContentsMargins(0, 4, 0, 8);
    writingLayout->setSpacing(4);
    writingLayout->addWidget(m_typing);
    writingLayout->addWidget(m_privateNotice);
    writingLayout->addWidget(m_composer);

    layout->addWidget(m_search);
    layout->addWidget(m_tabs);
    layout->addWidget(m_list, 1);
    layout->addWidget(writing);
    return column;
}

QWidget *ChatWindow::buildSidePanel()
{
    m_sidePanel = new QWidget(this);
    m_sidePanel->setMinimumWidth(240);
    m_sidePanel->setBackgroundRole(QPalette::Base);
    m_sidePanel->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(m_sidePanel);
    layout->setContentsMargins(10, 8, 12, 10);
    m_people = new PeopleList(m_roster, m_sidePanel);
    m_people->setObjectName(u"peopleList"_s);
    connect(m_people, &PeopleList::kickRequested, m_session, &ChatSession::kick);
    connect(m_people, &PeopleList::banRequested, m_session, &ChatSession::ban);
    connect(m_people, &PeopleList::messageRequested, this, [this](const QString &nick) {
        const QString id = m_session->idOf(nick);
        if (!id.isEmpty() && id != m_session->personId())
            openConversation(id);
    });

    m_hostPanel = new HostPanel(m_sidePanel);
    m_hostPanel->setObjectName(u"hostPanel"_s);
    m_hostPanel->hide();
    connect(m_hostPanel, &HostPanel::linkCopied, this, [this](const QUrl &link) {
        statusBar()->showMessage(tr("Copied %1").arg(link.toDisplayString()), 4000);
    });
    connect(m_hostPanel, &HostPanel::accessCodeChosen, this, [this](const QString &code) {
        statusBar()->showMessage(code.isEmpty()
                                     ? tr("The chat no longer needs an access code. People already in stay.")
                                     : tr("Whoever joins next needs the new code. People already in stay."),
                                 8000);
        Q_EMIT accessCodeChosen(code);
    });
    connect(m_hostPanel, &HostPanel::lockChosen, this, [this](bool locked) {
        statusBar()->showMessage(locked ? tr("The room is locked: nobody new can join.")
                                        : tr("The room is open again: people can join."),
                                 8000);
        Q_EMIT lockChosen(locked);
    });

    layout->addWidget(m_people, 1);
    layout->addWidget(m_hostPanel);
    return m_sidePanel;
}

void ChatWindow::buildMenus()
{
    m_chatMenu = menuBar()->addMenu(QString());
    m_renameAction = m_chatMenu->addAction(QString(), this, &ChatWindow::changeNick);
    m_renameAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_copyLinkAction = m_chatMenu->addAction(QString(), m_hostPanel, &HostPanel::copyLink);
    m_copyLinkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyLinkAction->setVisible(false);
    m_chatMenu->addSeparator();
    m_quitAction = m_chatMenu->addAction(QString(), this, &ChatWindow::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_peopleAction = m_viewMenu->addAction(QString());
    m_peopleAction->setCheckable(true);
    m_peopleAction->setChecked(true);
    m_peopleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_peopleAction, &QAction::toggled, m_sidePanel, &QWidget::setVisible);
    m_searchAction = m_viewMenu->addAction(QString(), this, &ChatWindow::openSearch);
    m_searchAction->setShortcut(QKeySequence::Find);
    m_latestAction = m_viewMenu->addAction(QString(), this, &ChatWindow::scrollToBottom);
    m_latestAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_messagesAction = m_viewMenu->addAction(QString(), this, [this] { m_list->setFocus(); });
    m_messagesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_inputAction = m_viewMenu->addAction(QString(), this, [this] { m_composer->setFocus(); });
    m_inputAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    auto *languages = new LanguageMenu(m_viewMenu);
    m_viewMenu->addMenu(languages);
    connect(languages, &LanguageMenu::languageChosen, this, [this](const QString &notice) {
        statusBar()->showMessage(notice, 8000);
    });
    retranslate();
}

void ChatWindow::retranslate()
{
    m_chatMenu->setTitle(tr("&Chat"));
    m_renameAction->setText(tr("Change &Name…"));
    m_copyLinkAction->setText(tr("&Copy Invite Link"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_peopleAction->setText(tr("&People Panel"));
    m_searchAction->setText(tr("&Search Messages…"));
    m_latestAction->setText(tr("Jump to &Latest"));
    m_messagesAction->setText(tr("Go to &Messages"));
    m_inputAction->setText(tr("Go to &Input"));
}

void ChatWindow::connectSession()
{
    connect(m_session, &ChatSession::stateChanged, this, &ChatWindow::updateConnectionState);
    connect(m_session, &ChatSession::stateChanged, this, &ChatWindow::updatePrivateNotice);
    connect(m_session, &ChatSession::reconnectSecondsChanged, this, &ChatWindow::updateConnectionState);
    connect(m_session, &ChatSession::welcomed, this, [this](const QString &, const QString &nick, bool) {
        m_messages->setOwnId(m_session->personId());
        setOwnNick(nick);
        updateConnectionState();
    });
    connect(m_session, &ChatSession::nickChanged, this, [this](const QString &nick) {
        const bool announce = m_session->state() == ChatSession::State::Connected;
        setOwnNick(nick);
        if (announce)
            m_messages->addSystemLine(tr("You are now %1").arg(nick));
        updateConnectionState();
    });
    connect(m_session, &ChatSession::rosterChanged, this, [this](const QStringList &roster) {
        m_hues->setPresent(roster);
        m_roster->setRoster(roster);
        m_people->setCount(int(roster.size()));
    });
    connect(m_session, &ChatSession::rosterIdsChanged, this, [this] {
        // Someone back under another name: their tab follows the name.
        for (int i = 1; i < m_tabs->count(); ++i) {
            const QString person = m_tabs->personAt(i);
            m_tabs->setName(person, m_session->nickOf(person));
        }
        updatePrivateNotice();
    });
    connect(m_session, &ChatSession::historyAnswered, this,
            [this](int tag, const QList<protocol::ChatMessage> &messages, bool hasMore) {
                if (m_resultPages.removeOne(tag)) {
                    for (const protocol::ChatMessage &message : messages)
                        conversationOf(message);
                    m_messages->addMessages(messages);
                    if (m_resultSeq > 0 && m_messages->hasSeq(m_resultSeq)) {
                        showMessage(std::exchange(m_resultSeq, 0));
                    } else if (m_resultSeq > 0 && m_resultPages.isEmpty()) {
                        m_resultSeq = 0;
                        statusBar()->showMessage(tr("That message is not here any more, or too far back to show."),
                                                 8000);
                    }
                    return;
                }
                if (!m_pageRequests.contains(tag))
                    return;
                const QString person = m_pageRequests.take(tag);
                for (const protocol::ChatMessage &message : messages)
                    conversationOf(message);
                m_messages->addMessages(messages);
                if (!person.isEmpty())
                    m_privateHasOlder.insert(person, hasMore);
                if (m_seekSeq > 0)
                    showMessage(m_seekSeq);
            });
    connect(m_session, &ChatSession::joined, this, [this](const QStringList &nicks) {
        for (const QString &nick : nicks)
            m_messages->addSystemLine(tr("%1 joined").arg(nick));
    });
    connect(m_session, &ChatSession::left, this, [this](const QStringList &nicks) {
        for (const QString &nick : nicks)
            m_messages->addSystemLine(tr("%1 left").arg(nick));
    });
    connect(m_session, &ChatSession::removedPeers, this, [this](const QStringList &nicks) {
        for (const QString &nick : nicks)
            m_messages->addSystemLine(tr("%1 was removed by the host").arg(nick));
    });
    connect(m_session, &ChatSession::hostNickChanged, this, [this](const QString &nick) {
        m_roster->setHostNick(nick);
        updateModeration();
    });
    connect(m_session, &ChatSession::renamedPeer, this, [this](const QString &from, const QString &to) {
        if (protocol::nickKey(to) != protocol::nickKey(m_session->nick()))
            m_messages->addSystemLine(tr("%1 is now %2").arg(from, to));
    });
    connect(m_session, &ChatSession::typingChanged, m_typing, &TypingLine::setTyping);
    connect(m_session, &ChatSession::messagesArrived, this, &ChatWindow::onMessagesArrived);
    connect(m_session, &ChatSession::messageChanged, m_messages, &MessageModel::updateMessage);
    connect(m_session, &ChatSession::searchAnswered, this, [this](const protocol::SearchResults &results) {
        // Learns the names of the people of private results, for their tabs.
        for (const protocol::ChatMessage &message : results.messages)
            conversationOf(message);
    });
    connect(m_session, &ChatSession::changeRefused, this, [this](const QString &code, qint64) {
        statusBar()->showMessage(changeRefusalText(code), 10000);
    });
    connect(m_session, &ChatSession::olderMessagesArrived, this,
            [this](const QList<protocol::ChatMessage> &messages, bool) { m_messages->addMessages(messages); });
    connect(m_session, &ChatSession::messageQueued, this, [this](const QString &id, const QString &text) {
        // A reply shows its quote (of the message as it is shown here) while it is sent.
        std::optional<protocol::Quote> quote;
        QString conversation;
        const QList<ChatSession::OutgoingMessage> outbox = m_session->outbox();
        for (const ChatSession::OutgoingMessage &entry : outbox) {
            if (entry.clientMsgId != id)
                continue;
            conversation = entry.to;
            const QModelIndex original = m_messages->index(m_messages->rowOfSeq(entry.replyTo.value_or(0)));
            if (entry.replyTo && original.isValid()) {
                protocol::ChatMessage shown;
                shown.seq = *entry.replyTo;
                shown.from = original.data(MessageModel::SenderRole).toString();
                shown.text = original.data(MessageModel::TextRole).toString();
                if (const QVariant file = original.data(MessageModel::FileRole); file.isValid())
                    shown.file = file.value<protocol::FileInfo>();
                quote = protocol::quoteOf(shown);
            }
        }
        m_messages->addPending(id, text, conversation, quote);
        if (m_session->state() != ChatSession::State::Connected)
            updateConnectionState();
    });
    connect(m_session, &ChatSession::messageAcknowledged, m_messages, &MessageModel::acknowledge);
    connect(m_session, &ChatSession::messageRejected, this, [this](const QString &id, const QString &code) {
        const QString text = m_messages->pendingText(id);
        // Back into the draft of its own conversation: a private message never into the room's.
        const QString conversation =
            m_messages->index(m_messages->rowOfPending(id)).data(MessageModel::ConversationRole).toString();
        m_messages->removePending(id);
        m_composer->restore(text, conversation);
        QString why = code == errorCodeName(protocol::ErrorCode::TextTooLong)
            ? tr("A message was too long for this room and was not sent; it is back in the input box.")
            : tr("A message could not be sent; it is back in the input box.");
        if (conversation != m_composer->conversation()) {
            //: %1 is the name of the person a private message was for.
            why = tr("A private message to %1 could not be sent; it is back in the input box of your "
                     "conversation with them.")
                      .arg(m_tabs->nameOf(conversation));
        }
        statusBar()->showMessage(why, 10000);
    });
    connect(m_session, &ChatSession::renameFailed, this, [this](const QString &code, const QString &suggestion) {
        QString text = code == errorCodeName(protocol::ErrorCode::NickTaken)
            ? tr("That name is taken.")
            : tr("That name can't be used.");
        if (!suggestion.isEmpty())
            text += u' ' + tr("“%1” is free.").arg(suggestion);
        statusBar()->showMessage(text, 10000);
    });
    connect(m_session, &ChatSession::hostError, this, [this](const QString &code) {
        if (code == errorCodeName(protocol::ErrorCode::StorageFailed)) {
            statusBar()->showMessage(tr("The host could not save the chat history. The chat goes on, but "
                                        "recent messages may be missing after the host restarts."));
        } else if (code == errorCodeName(protocol::ErrorCode::NoSuchMember)) {
            statusBar()->showMessage(tr("That person is no longer in the chat, so nobody was removed."), 10000);
        } else if (code == errorCodeName(protocol::ErrorCode::NotAllowed)) {
            statusBar()->showMessage(tr("The room did not allow that: only the host can remove people, never "
                                        "themselves, and a chat can ban at most %n people.",
                                        nullptr, limits::maxBans),
                                     10000);
        }
    });
}

void ChatWindow::connectConversation()
{
    connect(m_list, &MessageList::replyRequested, this, [this](const QModelIndex &line) {
        QString text = line.data(MessageModel::TextRole).toString();
        if (text.isEmpty())
            text = line.data(MessageModel::FileNameRole).toString();
        m_composer->startReply(line.data(MessageModel::SeqRole).toLongLong(),
                               line.data(MessageModel::SenderRole).toString(), text);
    });
    connect(m_list, &MessageList::editRequested, this, [this](const QModelIndex &line) {
        m_composer->startEdit(line.data(MessageModel::SeqRole).toLongLong(), line.data(MessageModel::TextRole).toString());
    });
    connect(m_list, &MessageList::deleteRequested, this, [this](const QModelIndex &line) {
        m_session->deleteMessage(line.data(MessageModel::SeqRole).toLongLong());
    });
    connect(m_list, &MessageList::reactionRequested, this,
            [this](const QModelIndex &line, const QString &emoji, bool on) {
                m_session->react(line.data(MessageModel::SeqRole).toLongLong(), emoji, on);
            });
    connect(m_list, &MessageList::quoteRequested, this, &ChatWindow::showMessage);
    connect(m_composer, &Composer::editLastRequested, this, [this] {
        // The user's newest message that the host has and that still exists.
        for (int row = m_shown->rowCount() - 1; row >= 0; --row) {
            const QModelIndex line = m_shown->index(row, 0);
            if (line.data(MessageModel::OwnRole).toBool() && line.data(MessageModel::SeqRole).toLongLong() > 0
                && !line.data(MessageModel::DeletedRole).toBool()) {
                m_composer->startEdit(line.data(MessageModel::SeqRole).toLongLong(),
                                      line.data(MessageModel::TextRole).toString());
                return;
            }
        }
    });
    connect(m_session, &ChatSession::olderMessagesArrived, this, [this](const QList<protocol::ChatMessage> &, bool) {
        if (m_seekSeq > 0)
            showMessage(m_seekSeq);
    });
}

void ChatWindow::showMessage(qint64 seq)
{
    if (seq <= 0)
        return;
    const int row = m_messages->rowOfSeq(seq);
    if (row >= 0) {
        m_seekSeq = 0;
        m_seekPages = 0;
        // In its own conversation: the room's tab, or the private one (opened if closed).
        const QString person = m_messages->index(row).data(MessageModel::ConversationRole).toString();
        if (person.isEmpty())
            m_tabs->setCurrent(QString());
        else
            openConversation(person);
        const QModelIndex line = m_shown->mapFromSource(m_messages->index(row));
        m_messages->setHighlightedSeq(seq);
        m_list->setCurrentIndex(line);
        m_list->scrollTo(line, QAbstractItemView::PositionAtCenter);
        return;
    }
    // Further back than what is loaded: a few pages more, then say so.
    const qint64 oldest = m_messages->oldestSeq();
    if (m_seekSeq != seq) {
        m_seekSeq = seq;
        m_seekPages = 0;
    }
    if (oldest > 0 && seq < oldest && m_seekPages < maxSeekPages && m_session->requestOlder()) {
        ++m_seekPages;
        return;
    }
    if (!m_session->isLoadingOlder()) {
        m_seekSeq = 0;
        m_seekPages = 0;
        statusBar()->showMessage(tr("That message is not here any more, or too far back to show."), 8000);
    }
}

void ChatWindow::connectFiles()
{
    connect(m_list, &MessageList::fileActionRequested, m_files, &FileTransfers::act);
    connect(m_files, &FileTransfers::notice, this, &ChatWindow::showNotice);
    connect(m_composer, &Composer::problem, this, [this](const QString &text) { showNotice(text, 10000); });
    connect(m_session, &ChatSession::uploadQueued, this,
            [this](const QString &id, const QString &name, qint64 size, const QString &caption) {
                QString path;
                const QList<ChatSession::OutgoingFile> uploads = m_session->uploads();
                for (const ChatSession::OutgoingFile &upload : uploads) {
                    if (upload.clientMsgId == id)
                        path = upload.path;
                }
                m_messages->addPendingFile(id, name, size, caption, path);
                if (m_session->state() != ChatSession::State::Connected)
                    updateConnectionState();
            });
    connect(m_session, &ChatSession::uploadProgress, m_messages, &MessageModel::setUploadProgress);
    connect(m_session, &ChatSession::uploadSent, m_messages, &MessageModel::setUploadSent);
    connect(m_session, &ChatSession::uploadFinished, this, [this](const QString &id, qint64 seq, qint64) {
        // The message itself replaces the line; if it came already (a resume), the line goes.
        if (m_messages->hasSeq(seq))
            m_messages->removePending(id);
    });
    connect(m_session, &ChatSession::uploadCancelled, m_messages, &MessageModel::removePending);
    connect(m_session, &ChatSession::uploadFailed, this, [this](const QString &id, const QString &problem) {
        const QModelIndex line = m_messages->index(m_messages->rowOfPending(id));
        const QString name = line.data(MessageModel::FileNameRole).toString();
        const QString caption = line.data(MessageModel::TextRole).toString();
        m_messages->removePending(id);
        if (!caption.isEmpty())
            m_composer->restore(caption, QString()); // files go to the room only
        showNotice(FileTransfers::uploadProblemText(name, problem), 0);
    });
}

QString ChatWindow::noticeText() const
{
    return statusBar()->currentMessage();
}

void ChatWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!ChatInput::localFiles(mime).isEmpty() || mime->hasImage()) {
        event->acceptProposedAction();
        // Says what letting go will do, before it is done.
        m_dropHint = tr("Drop to send to everyone in this chat");
        showNotice(m_dropHint, 0);
    }
}

void ChatWindow::dragLeaveEvent(QDragLeaveEvent *event)
{
    clearDropHint();
    QMainWindow::dragLeaveEvent(event);
}

void ChatWindow::clearDropHint()
{
    if (!m_dropHint.isEmpty() && noticeText() == m_dropHint)
        statusBar()->clearMessage();
    m_dropHint.clear();
}

void ChatWindow::dragMoveEvent(QDragMoveEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!ChatInput::localFiles(mime).isEmpty() || mime->hasImage())
        event->acceptProposedAction();
}

void ChatWindow::dropEvent(QDropEvent *event)
{
    clearDropHint();
    const QMimeData *mime = event->mimeData();
    const QStringList files = ChatInput::localFiles(mime);
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        m_composer->sendFiles(files);
    } else if (mime->hasImage()) {
        event->acceptProposedAction();
        m_composer->sendImage(qvariant_cast<QImage>(mime->imageData()));
    }
}

void ChatWindow::setOwnNick(const QString &nick)
{
    m_messages->setOwnNick(nick);
    m_roster->setOwnNick(nick);
    updateModeration();
}

void ChatWindow::updateModeration()
{
    // Only while connected: a kick said to a closed connection would go nowhere.
    const bool connected = m_session->state() == ChatSession::State::Connected;
    m_people->setModerating(m_session->isHost() && connected);
    m_list->setMayDeleteAny(m_session->isHost());
    m_list->setChangesPossible(connected);
}

void ChatWindow::setHosting(const QList<QUrl> &links, bool loopbackOnly, const QStringList &networks)
{
    m_hosting = true;
    m_hostPanel->setLinks(links, loopbackOnly, networks);
    m_hostPanel->show();
    m_copyLinkAction->setVisible(!links.isEmpty());
    updateConnectionState();
}

void ChatWindow::setPeerCount(int count)
{
    m_peerCount = count;
    m_hostPanel->setPeerCount(count);
}

void ChatWindow::setAccessCode(const QString &code)
{
    m_hostPanel->setAccessCode(code);
}

void ChatWindow::setLocked(bool locked)
{
    m_hostPanel->setLocked(locked);
}

void ChatWindow::showNotice(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

QString ChatWindow::typingText() const
{
    return m_typing->text();
}

QString ChatWindow::connectionText() const
{
    return m_banner->isHidden() ? m_header->stateText() : m_banner->text();
}

int ChatWindow::unreadCount() const
{
    return m_tray->unreadCount();
}

int ChatWindow::newMessagesWaiting() const
{
    return m_list->newMessagesWaiting();
}

void ChatWindow::updateConnectionState()
{
    updateModeration();
    ConnectionStatus::Facts facts = ConnectionStatus::factsOf(*m_session);
    facts.pending = m_messages->pendingCount();
    facts.hosting = m_hosting;
    const ConnectionStatus status(facts);
    m_header->setStatus(status);
    m_banner->setStatus(status);
    const QString room = m_session->room();
    m_header->setRoom(room.isEmpty() ? tr("Tincan") : room);
    m_header->setNick(m_session->nick());
    updateTitle();
}

void ChatWindow::retry()
{
    switch (m_session->state()) {
    case ChatSession::State::Refused:
        m_session->retryWithNick(m_session->nick());
        break;
    case ChatSession::State::Ended:
    case ChatSession::State::Unreachable:
    case ChatSession::State::Removed:
        m_session->rejoin();
        break;
    default:
        m_session->reconnectNow();
        break;
    }
}

void ChatWindow::updateTitle()
{
    const QString room = m_session->room().isEmpty() ? tr("Tincan") : m_session->room();
    QString title = room == tr("Tincan") ? room : tr("%1 — Tincan").arg(room);
    const int unread = m_tray->unreadCount();
    if (unread > 0)
        title = u"(%1) "_s.arg(unread) + title;
    setWindowTitle(title);
    m_tray->setRoom(room);
}

void ChatWindow::onMessagesArrived(const QList<protocol::ChatMessage> &messages, ChatSession::Origin origin)
{
    // News: what someone else wrote since this user last looked, not the history of a first
    // welcome, nor an echo of the user's own messages.
    QList<protocol::ChatMessage> news;
    QHash<QString, int> newsIn; // per conversation
    bool privateNews = false;
    for (const protocol::ChatMessage &message : messages) {
        const QString person = conversationOf(message);
        // A private conversation shows up as a tab as soon as there is a message of it.
        if (!person.isEmpty() && !m_tabs->hasConversation(person)) {
            m_tabs->openConversation(person, m_tabs->nameOf(person));
            m_tabs->show();
        }
        if (origin != ChatSession::Origin::Recent && !m_messages->hasSeq(message.seq)
            && !m_session->isOwnMessageId(message.clientMsgId) && !m_session->isMine(message)) {
            news.append(message);
            ++newsIn[person];
            privateNews |= !person.isEmpty();
        }
    }
    const bool appended = m_messages->addMessages(messages) > 0;
    for (auto it = newsIn.cbegin(); it != newsIn.cend(); ++it)
        m_tabs->addUnread(it.key(), it.value());
    if (appended && newsIn.value(m_tabs->current()) > 0)
        m_list->noteNewBelow(newsIn.value(m_tabs->current()));
    if (!news.isEmpty() && !isActiveWindow()) {
        const QModelIndex last = m_messages->index(m_messages->rowOfSeq(news.constLast().seq));
        // A private message is for this user as much as a mention is.
        m_tray->notify(news, m_session->room(),
                       privateNews || (last.isValid() && last.data(MessageModel::MentionRole).toBool()));
    }
}

QString ChatWindow::conversationOf(const protocol::ChatMessage &message)
{
    if (message.to.isEmpty())
        return {};
    const bool mine = !m_session->personId().isEmpty() && message.author == m_session->personId();
    const QString person = mine ? message.to : message.author;
    if (person.isEmpty())
        return {};
    // Their name now if they are here, else the one the message knew them by.
    QString name = m_session->nickOf(person);
    if (name.isEmpty())
        name = mine ? message.toNick : message.from;
    if (name.isEmpty())
        name = m_tabs->nameOf(person);
    m_tabs->setName(person, name);
    return person;
}

void ChatWindow::openConversation(const QString &personId)
{
    if (personId.isEmpty() || personId == m_session->personId())
        return;
    QString name = m_session->nickOf(personId);
    if (name.isEmpty())
        name = m_tabs->nameOf(personId);
    m_tabs->openConversation(personId, name);
    m_tabs->show();
    m_tabs->setCurrent(personId);
}

void ChatWindow::openSearch()
{
    m_search->open();
}

void ChatWindow::showSearchResult(qint64 seq, const QString &conversation)
{
    if (m_messages->hasSeq(seq)) {
        showMessage(seq);
        return;
    }
    // Not loaded: the page that ends with it and the one after it, in its conversation.
    if (!conversation.isEmpty())
        openConversation(conversation);
    else
        m_tabs->setCurrent(QString());
    m_resultSeq = seq;
    m_resultPages.clear();
    for (const auto &[direction, from] : {std::pair{protocol::HistoryRequest::Direction::Before, seq + 1},
                                          std::pair{protocol::HistoryRequest::Direction::After, seq}}) {
        const int tag = m_session->requestHistory(direction, from, conversation);
        if (tag != 0)
            m_resultPages.append(tag);
    }
    if (m_resultPages.isEmpty()) {
        m_resultSeq = 0;
        statusBar()->showMessage(tr("You can see that message once you are connected."), 8000);
    }
}

void ChatWindow::showConversation(const QString &personId)
{
    m_shown->setConversation(personId);
    m_composer->setConversation(personId);
    m_messages->setHighlightedSeq(0);
    updatePrivateNotice();
    m_list->jumpToLatest();
    // A conversation opened for the first time: its earlier messages, if the room's pages did
    // not bring them.
    if (!personId.isEmpty() && m_shown->rowCount() == 0)
        loadOlder();
}

void ChatWindow::updatePrivateNotice()
{
    const QString person = m_tabs->current();
    // Whether they are here rests on their id: a rename or a return under another name is them.
    const bool present = person.isEmpty() || !m_session->nickOf(person).isEmpty();
    const bool known = m_session->state() == ChatSession::State::Connected;
    m_composer->setRecipientPresent(present || !known);
    if (present || !known) {
        m_privateNotice->hide();
        m_privateNotice->clear();
        return;
    }
    //: Above the input of a private conversation; %1 is the other person's name.
    m_privateNotice->setText(tr("%1 is not in the room now. You can write to them again when they are back.")
                                 .arg(m_tabs->nameOf(person)));
    m_privateNotice->show();
}

QString ChatWindow::privateNotice() const
{
    return m_privateNotice->isHidden() ? QString() : m_privateNotice->text();
}

void ChatWindow::loadOlder()
{
    const QString person = m_tabs->current();
    if (person.isEmpty()) {
        m_session->requestOlder();
        return;
    }
    if (!m_privateHasOlder.value(person, true))
        return;
    for (const QString &asked : std::as_const(m_pageRequests)) {
        if (asked == person)
            return; // one page at a time
    }
    qint64 oldest = 0;
    for (int row = 0; row < m_shown->rowCount() && oldest == 0; ++row)
        oldest = m_shown->index(row, 0).data(MessageModel::SeqRole).toLongLong();
    const qint64 before = oldest > 0 ? oldest : m_session->lastSeq() + 1;
    const int tag = m_session->requestHistory(protocol::HistoryRequest::Direction::Before, before, person);
    if (tag != 0)
        m_pageRequests.insert(tag, person);
}

QString ChatWindow::changeRefusalText(const QString &code)
{
    using protocol::ErrorCode;
    const std::optional<ErrorCode> known = protocol::errorCodeFromName(code);
    switch (known.value_or(ErrorCode::BadMessage)) {
    case ErrorCode::NoSuchMessage:
        return tr("That message is no longer there: it was deleted, or you cannot see it.");
    case ErrorCode::NotYours:
        return tr("You can only change or delete your own messages.");
    case ErrorCode::ReactionInvalid:
        return tr("A reaction is one emoji, without letters or spaces.");
    case ErrorCode::TooManyReactions:
        return tr("That message has as many different reactions as it can take; add one of those instead.");
    case ErrorCode::RateLimited:
        return tr("That was too fast for the room. Wait a moment and try again.");
    case ErrorCode::TextInvalid:
        return tr("A message needs some visible text.");
    case ErrorCode::TextTooLong:
        return tr("That text is too long for this room.");
    case ErrorCode::StorageFailed:
        return tr("The host keeps no history, so messages cannot be changed.");
    default:
        return tr("The host did not accept that change.");
    }
}

void ChatWindow::scrollToBottom()
{
    m_list->jumpToLatest();
}

void ChatWindow::changeNick()
{
    bool ok = false;
    const QString wanted = QInputDialog::getText(this, tr("Change Name"), tr("New name:"), QLineEdit::Normal,
                                                 m_session->nick(), &ok);
    if (!ok)
        return;
    QString nick;
    if (protocol::checkNick(wanted, &nick) != protocol::NickProblem::None) {
        statusBar()->showMessage(tr("A name has 1 to 32 characters and no control characters."), 8000);
        return;
    }
    if (nick == m_session->nick())
        return;
    if (m_session->state() != ChatSession::State::Connected) {
        statusBar()->showMessage(tr("You can change your name once you are connected."), 8000);
        return;
    }
    m_session->rename(nick);
}

void ChatWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_tray->clearUnread();
    if (event->type() == QEvent::LanguageChange) {
        // The parts that are widgets say their own texts as the event reaches them; what depends
        // on the chat's state, and the parts that are not widgets, are the window's to renew.
        // The system lines already shown ("Ann joined") are history and stay as written.
        retranslate();
        updateConnectionState();
        m_roster->retranslate();
        m_tray->retranslate();
    }
    QMainWindow::changeEvent(event);
}

// Whether the user still wants to close after hearing what it costs: the chat for everyone
// while hosting, or messages the host has not taken yet.
bool ChatWindow::confirmClose()
{
    if (!m_confirmClose)
        return true;
    if (m_hosting) {
        const int others = std::max(0, m_peerCount - 1);
        const QString detail = others == 0
            ? tr("Nobody else is connected right now.")
            : tr("%n other person(s) connected will be disconnected.", nullptr, others);
        QMessageBox box(QMessageBox::Question, tr("Stop Hosting?"),
                        tr("Closing Tincan ends the chat “%1” for everyone.").arg(m_session->room()),
                        QMessageBox::NoButton, this);
        box.setTextFormat(Qt::PlainText); // the room's name is whatever the host typed
        box.setInformativeText(detail);
        QPushButton *stop = box.addButton(tr("&Stop Hosting"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == stop;
    }
    const int pending = m_messages->pendingCount();
    if (pending == 0)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsent Messages"),
        tr("%n message(s) not yet received by the host will be lost. Close anyway?", nullptr, pending),
        QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Close;
}

void ChatWindow::quit()
{
    m_quitting = true;
    if (!close())
        m_quitting = false;
}

void ChatWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmClose()) {
        event->ignore();
        return;
    }
    m_session->close();
    m_tray->hideIcon();
    event->accept();
    if (m_quitting)
        Q_EMIT quitRequested();
    Q_EMIT closed();
}

} // namespace tincan
