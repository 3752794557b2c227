#include "ui/chatwindow.h"

#include "protocol/nickname.h"
#include "ui/appicon.h"
#include "ui/chatinput.h"
#include "ui/hostpanel.h"
#include "ui/messagedelegate.h"
#include "ui/messagemodel.h"
#include "ui/namecolor.h"
#include "ui/richtext.h"
#include "ui/rostermodel.h"
#include "translations/language.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcUi, "tincan.ui", QtWarningMsg)

namespace tincan {

namespace {

constexpr int bottomSlack = 4; // pixels from the end that still count as "at the bottom"
constexpr int notificationTextLength = 200;

QColor stateColor(ChatSession::State state)
{
    switch (state) {
    case ChatSession::State::Connected:
        return QColor(0x2e, 0xa0, 0x43);
    case ChatSession::State::Connecting:
    case ChatSession::State::Reconnecting:
        return QColor(0xd2, 0x99, 0x22);
    case ChatSession::State::Refused:
    case ChatSession::State::Idle:
        return QColor(0xcf, 0x22, 0x2e);
    }
    return Qt::gray;
}

} // namespace

ChatWindow::ChatWindow(ChatSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_messages(new MessageModel(this))
    , m_roster(new RosterModel(this))
    , m_delegate(new MessageDelegate(this))
{
    setWindowIcon(AppIcon::icon());
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    layout->addWidget(buildBanner());

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

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(AppIcon::icon(), this);
        auto *menu = new QMenu(this);
        menu->addAction(tr("&Show Tincan"), this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        menu->addSeparator();
        menu->addAction(tr("&Quit"), this, &QWidget::close);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                showNormal();
                raise();
                activateWindow();
            }
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }

    // The session may already be open (the controller opens it before showing the window).
    m_messages->setOwnNick(m_session->nick());
    m_roster->setOwnNick(m_session->nick());
    connectSession();
    updateConnectionState();
    updateTitle();
    resize(960, 640);
    m_input->setFocus();
}

ChatWindow::~ChatWindow() = default;

QWidget *ChatWindow::buildHeader()
{
    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("chatHeader"));
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::Window);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(14, 8, 14, 8);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    m_roomLabel = new QLabel(header);
    QFont roomFont = m_roomLabel->font();
    roomFont.setBold(true);
    roomFont.setPointSizeF(roomFont.pointSizeF() * 1.3);
    m_roomLabel->setFont(roomFont);
    m_roomLabel->setAccessibleName(tr("Room"));
    m_roomLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_whoLabel = new QLabel(header);
    m_whoLabel->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(m_roomLabel);
    titles->addWidget(m_whoLabel);
    layout->addLayout(titles, 1);

    m_stateDot = new QLabel(header);
    m_stateDot->setFixedSize(10, 10);
    m_stateLabel = new QLabel(header);
    m_stateLabel->setAccessibleName(tr("Connection state"));
    layout->addWidget(m_stateDot);
    layout->addWidget(m_stateLabel);
    return header;
}

QWidget *ChatWindow::buildBanner()
{
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    const QColor window = bannerPalette.color(QPalette::Window);
    const QColor warm = NameColor::isDark(bannerPalette) ? QColor(0x4a, 0x3b, 0x12) : QColor(0xff, 0xf4, 0xcc);
    bannerPalette.setColor(QPalette::Window, warm.isValid() ? warm : window);
    m_banner->setPalette(bannerPalette);
    auto *layout = new QHBoxLayout(m_banner);
    layout->setContentsMargins(14, 6, 8, 6);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setAccessibleName(tr("Connection problem"));
    m_bannerNick = new QLineEdit(m_banner);
    m_bannerNick->setAccessibleName(tr("Another name"));
    m_bannerNick->setMaxLength(64);
    m_bannerNick->setMaximumWidth(220);
    m_bannerButton = new QPushButton(m_banner);
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(m_bannerNick);
    layout->addWidget(m_bannerButton);
    connect(m_bannerButton, &QPushButton::clicked, this, &ChatWindow::onBannerAction);
    connect(m_bannerNick, &QLineEdit::returnPressed, this, &ChatWindow::onBannerAction);
    m_banner->hide();
    return m_banner;
}

QWidget *ChatWindow::buildChatColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(4);

    m_view = new QListView(column);
    m_view->setModel(m_messages);
    m_view->setItemDelegate(m_delegate);
    m_view->setAccessibleName(tr("Messages"));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setMouseTracking(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->installEventFilter(this);

    auto *copy = new QShortcut(QKeySequence::Copy, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            QGuiApplication::clipboard()->setText(current.data(MessageModel::TextRole).toString());
    });

    // Enter on a message opens its link; with several, a menu offers them.
    for (const int key : {int(Qt::Key_Return), int(Qt::Key_Enter)}) {
        auto *open = new QShortcut(QKeySequence(key), m_view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, this, &ChatWindow::openLinksOfCurrentMessage);
    }

    m_newMessages = new QPushButton(m_view);
    m_newMessages->setAccessibleName(tr("Jump to new messages"));
    m_newMessages->setCursor(Qt::PointingHandCursor);
    m_newMessages->hide();
    connect(m_newMessages, &QPushButton::clicked, this, &ChatWindow::scrollToBottom);

    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_followBottom = value >= bar->maximum() - bottomSlack;
        if (m_followBottom && m_newBelow > 0) {
            m_newBelow = 0;
            updateNewMessagesButton();
        }
        if (value == bar->minimum() && bar->maximum() > 0)
            m_session->requestOlder();
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_keepAnchor) {
            m_keepAnchor = false;
            bar->setValue(maximum - m_distanceFromBottom);
        } else if (m_followBottom) {
            bar->setValue(maximum);
        }
    });
    connect(m_messages, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this, bar](const QModelIndex &, int first, int) {
                if (first == 0 && m_messages->rowCount() > 0 && !m_followBottom) {
                    m_keepAnchor = true;
                    m_distanceFromBottom = bar->maximum() - bar->value();
                }
            });

    m_typing = new QLabel(column);
    m_typing->setAccessibleName(tr("Who is typing"));
    QFont typingFont = m_typing->font();
    typingFont.setItalic(true);
    typingFont.setPointSizeF(typingFont.pointSizeF() * 0.9);
    m_typing->setFont(typingFont);
    m_typing->setForegroundRole(QPalette::PlaceholderText);
    m_typing->setFixedHeight(QFontMetrics(typingFont).height() + 2);
    m_typing->setContentsMargins(14, 0, 14, 0);

    m_input = new ChatInput(column);
    m_input->setAccessibleName(tr("Message"));
    m_input->setPlaceholderText(tr("Write a message… (Enter sends, Shift+Enter starts a new line)"));
    connect(m_input, &ChatInput::submitted, this, &ChatWindow::sendInput);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        m_session->noteTyping(!m_input->toPlainText().trimmed().isEmpty());
        updateLengthHint();
    });
    m_send = new QPushButton(tr("&Send"), column);
    m_send->setAccessibleName(tr("Send message"));
    m_send->setDefault(false);
    m_send->setAutoDefault(false);
    connect(m_send, &QPushButton::clicked, this, &ChatWindow::sendInput);
    m_lengthHint = new QLabel(column);
    m_lengthHint->setForegroundRole(QPalette::PlaceholderText);
    m_lengthHint->hide();

    auto *inputRow = new QHBoxLayout;
    inputRow->setContentsMargins(10, 0, 10, 0);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_send, 0, Qt::AlignBottom);

    layout->addWidget(m_view, 1);
    layout->addWidget(m_typing);
    layout->addLayout(inputRow);
    auto *hintRow = new QHBoxLayout;
    hintRow->setContentsMargins(12, 0, 12, 0);
    hintRow->addWidget(m_lengthHint);
    layout->addLayout(hintRow);
    setTabOrder(m_input, m_send);
    setTabOrder(m_send, m_view);
    return column;
}

QWidget *ChatWindow::buildSidePanel()
{
    m_sidePanel = new QWidget(this);
    m_sidePanel->setMinimumWidth(240);
    auto *layout = new QVBoxLayout(m_sidePanel);
    layout->setContentsMargins(10, 8, 12, 10);
    m_peopleLabel = new QLabel(m_sidePanel);
    QFont bold = m_peopleLabel->font();
    bold.setBold(true);
    m_peopleLabel->setFont(bold);
    m_rosterView = new QListView(m_sidePanel);
    m_rosterView->setModel(m_roster);
    m_rosterView->setAccessibleName(tr("People in the room"));
    m_rosterView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rosterView->setFrameShape(QFrame::NoFrame);
    m_rosterView->viewport()->setBackgroundRole(QPalette::Window);
    m_rosterView->viewport()->setAutoFillBackground(false);
    m_rosterView->setSpacing(1);
    m_peopleLabel->setBuddy(m_rosterView);

    m_hostPanel = new HostPanel(m_sidePanel);
    m_hostPanel->hide();
    connect(m_hostPanel, &HostPanel::linkCopied, this, [this](const QUrl &link) {
        statusBar()->showMessage(tr("Copied %1").arg(link.toDisplayString()), 4000);
    });

    layout->addWidget(m_peopleLabel);
    layout->addWidget(m_rosterView, 1);
    layout->addWidget(m_hostPanel);
    setTabOrder(m_view, m_rosterView);
    return m_sidePanel;
}

void ChatWindow::buildMenus()
{
    QMenu *chat = menuBar()->addMenu(tr("&Chat"));
    QAction *rename = chat->addAction(tr("Change &Name…"), this, &ChatWindow::changeNick);
    rename->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_copyLinkAction = chat->addAction(tr("&Copy Invite Link"), this, [this] { m_hostPanel->copyLink(); });
    m_copyLinkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyLinkAction->setVisible(false);
    chat->addSeparator();
    QAction *quit = chat->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *people = view->addAction(tr("&People Panel"));
    people->setCheckable(true);
    people->setChecked(true);
    people->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(people, &QAction::toggled, m_sidePanel, &QWidget::setVisible);
    QAction *latest = view->addAction(tr("Jump to &Latest"), this, &ChatWindow::scrollToBottom);
    latest->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    QAction *messages = view->addAction(tr("Go to &Messages"), this, [this] { m_view->setFocus(); });
    messages->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    QAction *write = view->addAction(tr("Go to &Input"), this, [this] { m_input->setFocus(); });
    write->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));

    // The language is chosen as the app starts (windows are built in it): a choice here is
    // kept for the next start.
    QMenu *languages = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(languages);
    const QString chosen = QSettings().value(Language::settingsKey).toString();
    const auto addLanguage = [&](const QString &name, const QString &code) {
        QAction *action = languages->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name, code] {
            QSettings settings;
            if (code.isEmpty())
                settings.remove(Language::settingsKey);
            else
                settings.setValue(Language::settingsKey, code);
            statusBar()->showMessage(code.isEmpty()
                                         ? tr("Tincan will speak the system's language from its next start.")
                                         : tr("Tincan will speak %1 from its next start.").arg(name),
                                     8000);
        });
    };
    addLanguage(tr("System Language"), QString());
    languages->addSeparator();
    const QStringList codes = Language::available();
    for (const QString &code : codes)
        addLanguage(Language::nativeName(code), code);
}

void ChatWindow::connectSession()
{
    connect(m_session, &ChatSession::stateChanged, this, &ChatWindow::updateConnectionState);
    connect(m_session, &ChatSession::reconnectSecondsChanged, this, &ChatWindow::updateConnectionState);
    connect(m_session, &ChatSession::welcomed, this, [this](const QString &, const QString &nick, bool) {
        m_messages->setOwnNick(nick);
        m_roster->setOwnNick(nick);
        updateConnectionState();
        updateTitle();
    });
    connect(m_session, &ChatSession::nickChanged, this, [this](const QString &nick) {
        const bool announce = m_session->state() == ChatSession::State::Connected;
        m_messages->setOwnNick(nick);
        m_roster->setOwnNick(nick);
        if (announce)
            m_messages->addSystemLine(tr("You are now %1").arg(nick));
        updateConnectionState();
    });
    connect(m_session, &ChatSession::rosterChanged, this, [this](const QStringList &roster) {
        m_roster->setRoster(roster);
        m_peopleLabel->setText(tr("People (%1)").arg(roster.size()));
    });
    connect(m_session, &ChatSession::joined, this, [this](const QStringList &nicks) {
        for (const QString &nick : nicks)
            m_messages->addSystemLine(tr("%1 joined").arg(nick));
    });
    connect(m_session, &ChatSession::left, this, [this](const QStringList &nicks) {
        for (const QString &nick : nicks)
            m_messages->addSystemLine(tr("%1 left").arg(nick));
    });
    connect(m_session, &ChatSession::renamedPeer, this, [this](const QString &from, const QString &to) {
        if (protocol::nickKey(to) != protocol::nickKey(m_session->nick()))
            m_messages->addSystemLine(tr("%1 is now %2").arg(from, to));
    });
    connect(m_session, &ChatSession::typingChanged, this, &ChatWindow::updateTyping);
    connect(m_session, &ChatSession::messagesArrived, this, &ChatWindow::onMessagesArrived);
    connect(m_session, &ChatSession::olderMessagesArrived, this,
            [this](const QList<protocol::ChatMessage> &messages, bool) { m_messages->addMessages(messages); });
    connect(m_session, &ChatSession::messageQueued, this, [this](const QString &id, const QString &text) {
        m_messages->addPending(id, text);
        if (m_session->state() != ChatSession::State::Connected)
            updateConnectionState();
    });
    connect(m_session, &ChatSession::messageAcknowledged, m_messages, &MessageModel::acknowledge);
    connect(m_session, &ChatSession::messageRejected, this, [this](const QString &id, const QString &code) {
        const QString text = m_messages->pendingText(id);
        m_messages->removePending(id);
        if (m_input->toPlainText().isEmpty())
            m_input->setPlainText(text);
        const QString why = code == errorCodeName(protocol::ErrorCode::TextTooLong)
            ? tr("A message was too long for this room and was not sent; it is back in the input box.")
            : tr("A message could not be sent; it is back in the input box.");
        statusBar()->showMessage(why, 10000);
    });
    connect(m_session, &ChatSession::renameFailed, this, [this](const QString &code, const QString &suggestion) {
        QString text = code == errorCodeName(protocol::ErrorCode::NickTaken)
            ? tr("That name is taken.")
            : tr("That name can't be used.");
        if (!suggestion.isEmpty())
            text += QLatin1Char(' ') + tr("“%1” is free.").arg(suggestion);
        statusBar()->showMessage(text, 10000);
    });
    connect(m_session, &ChatSession::hostError, this, [this](const QString &code) {
        if (code == errorCodeName(protocol::ErrorCode::StorageFailed)) {
            statusBar()->showMessage(tr("The host could not save the chat history. The chat goes on, but "
                                        "recent messages may be missing after the host restarts."));
        }
    });
}

void ChatWindow::setHosting(const QList<QUrl> &links, bool loopbackOnly)
{
    m_hosting = true;
    m_hostPanel->setLinks(links, loopbackOnly);
    m_hostPanel->show();
    m_copyLinkAction->setVisible(!links.isEmpty());
    updateConnectionState();
}

void ChatWindow::setPeerCount(int count)
{
    m_peerCount = count;
    m_hostPanel->setPeerCount(count);
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
    return m_banner->isHidden() ? m_stateLabel->text() : m_bannerText->text();
}

void ChatWindow::updateTyping(const QStringList &nicks)
{
    QString text;
    if (nicks.size() == 1)
        text = tr("%1 is typing…").arg(nicks.at(0));
    else if (nicks.size() == 2)
        text = tr("%1 and %2 are typing…").arg(nicks.at(0), nicks.at(1));
    else if (nicks.size() > 2)
        text = tr("Several people are typing…");
    m_typing->setText(text);
}

void ChatWindow::openLinksOfCurrentMessage()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QList<QUrl> links = RichText::links(current.data(MessageModel::TextRole).toString());
    if (links.size() == 1) {
        QDesktopServices::openUrl(links.first());
        return;
    }
    if (links.isEmpty())
        return;
    QMenu menu(this);
    menu.setAccessibleName(tr("Links in this message"));
    for (const QUrl &link : links) {
        connect(menu.addAction(link.toDisplayString()), &QAction::triggered, this,
                [link] { QDesktopServices::openUrl(link); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(m_view->visualRect(current).bottomLeft()));
}

QString ChatWindow::refusalText() const
{
    const ChatSession::Refusal refusal = m_session->refusal();
    const auto code = protocol::errorCodeFromName(refusal.code);
    if (code == protocol::ErrorCode::NickTaken)
        return tr("Someone in this room is already called “%1”. Pick another name to join.").arg(m_session->nick());
    if (code == protocol::ErrorCode::NickInvalid)
        return tr("“%1” can't be used as a name here. Pick another one (1 to 32 characters).").arg(m_session->nick());
    if (code == protocol::ErrorCode::RoomFull)
        return tr("The room is full right now.");
    if (code == protocol::ErrorCode::VersionUnsupported)
        return tr("This host runs a version of Tincan that this app cannot talk to. Update Tincan on both computers.");
    if (code == protocol::ErrorCode::Replaced)
        return tr("You joined this chat again from another connection, so this window stopped.");
    return tr("The host refused the connection.");
}

void ChatWindow::updateConnectionState()
{
    const ChatSession::State state = m_session->state();
    const QString host = m_session->url().host();
    QString stateText;
    QString bannerText;
    QString bannerButton;
    bool nickField = false;
    const int pending = m_messages->pendingCount();
    switch (state) {
    case ChatSession::State::Idle:
        stateText = tr("Not connected");
        break;
    case ChatSession::State::Connecting:
        stateText = m_session->everWelcomed() ? tr("Reconnecting…") : tr("Connecting to %1…").arg(host);
        break;
    case ChatSession::State::Connected:
        stateText = m_hosting ? tr("Hosting") : tr("Connected");
        break;
    case ChatSession::State::Reconnecting: {
        const int seconds = m_session->reconnectSeconds();
        stateText = tr("Offline");
        if (!m_session->everWelcomed())
            bannerText = tr("Can't reach %1. Trying again in %2 s.").arg(host).arg(seconds);
        else if (m_session->lastCloseCode() == 1001)
            bannerText = tr("The host has stopped the chat. Trying again in %1 s.").arg(seconds);
        else
            bannerText = tr("Lost the connection to the host. Reconnecting in %1 s.").arg(seconds);
        if (pending > 0)
            bannerText += QLatin1Char(' ') + tr("Your %n unsent message(s) will go out when you are back.", nullptr, pending);
        bannerButton = tr("&Retry Now");
        break;
    }
    case ChatSession::State::Refused: {
        stateText = tr("Not joined");
        bannerText = refusalText();
        const auto code = protocol::errorCodeFromName(m_session->refusal().code);
        nickField = code == protocol::ErrorCode::NickTaken || code == protocol::ErrorCode::NickInvalid;
        bannerButton = nickField ? tr("&Join") : tr("&Try Again");
        if (nickField && m_bannerNick->isHidden()) {
            m_bannerNick->setText(m_session->refusal().suggestion.isEmpty() ? m_session->nick()
                                                                            : m_session->refusal().suggestion);
        }
        break;
    }
    }

    m_stateLabel->setText(stateText);
    m_stateDot->setPixmap(RosterModel::dot(stateColor(state), devicePixelRatioF()));

    m_bannerText->setText(bannerText);
    m_bannerButton->setText(bannerButton);
    m_bannerNick->setVisible(nickField);
    m_banner->setVisible(!bannerText.isEmpty());
    const QString room = m_session->room();
    m_roomLabel->setText(room.isEmpty() ? tr("Tincan") : room);
    m_whoLabel->setText(m_session->nick().isEmpty() ? QString() : tr("You are %1").arg(m_session->nick()));
    updateTitle();
}

void ChatWindow::onBannerAction()
{
    if (m_session->state() == ChatSession::State::Refused && !m_bannerNick->isHidden()) {
        QString nick;
        if (protocol::checkNick(m_bannerNick->text(), &nick) != protocol::NickProblem::None) {
            m_bannerText->setText(tr("A name has 1 to 32 characters and no control characters."));
            m_bannerNick->setFocus();
            return;
        }
        m_bannerNick->hide();
        m_session->retryWithNick(nick);
        m_input->setFocus();
        return;
    }
    if (m_session->state() == ChatSession::State::Refused)
        m_session->retryWithNick(m_session->nick());
    else
        m_session->reconnectNow();
}

void ChatWindow::updateTitle()
{
    const QString room = m_session->room().isEmpty() ? tr("Tincan") : m_session->room();
    QString title = room == tr("Tincan") ? room : tr("%1 — Tincan").arg(room);
    if (m_unread > 0)
        title = QStringLiteral("(%1) ").arg(m_unread) + title;
    setWindowTitle(title);
    if (m_tray) {
        m_tray->setIcon(AppIcon::icon(m_unread));
        m_tray->setToolTip(m_unread > 0 ? tr("%1: %2 unread").arg(room).arg(m_unread) : room);
    }
}

void ChatWindow::setUnread(int unread)
{
    if (unread == m_unread)
        return;
    m_unread = unread;
    updateTitle();
}

void ChatWindow::onMessagesArrived(const QList<protocol::ChatMessage> &messages, ChatSession::Origin origin)
{
    QList<protocol::ChatMessage> news;
    if (origin != ChatSession::Origin::Recent) {
        const QString ownKey = protocol::nickKey(m_session->nick());
        for (const protocol::ChatMessage &message : messages) {
            if (!m_messages->hasSeq(message.seq) && !m_session->isOwnMessageId(message.clientMsgId)
                && protocol::nickKey(message.from) != ownKey) {
                news.append(message);
            }
        }
    }
    const bool appended = m_messages->addMessages(messages) > 0;
    if (appended && !m_followBottom && !news.isEmpty()) {
        m_newBelow += int(news.size());
        updateNewMessagesButton();
    }
    if (!news.isEmpty() && !isActiveWindow())
        notify(news);
}

void ChatWindow::notify(const QList<protocol::ChatMessage> &messages)
{
    setUnread(m_unread + int(messages.size()));
    if (!m_tray || !QSystemTrayIcon::supportsMessages())
        return;
    const protocol::ChatMessage &last = messages.constLast();
    QString title;
    QString body;
    if (messages.size() > 1) {
        title = m_session->room();
        body = tr("%n new message(s)", nullptr, int(messages.size()));
    } else {
        const QModelIndex index = m_messages->index(m_messages->rowOfSeq(last.seq));
        const bool mention = index.isValid() && index.data(MessageModel::MentionRole).toBool();
        title = mention ? tr("%1 mentioned you").arg(last.from) : last.from;
        body = last.text.size() > notificationTextLength ? last.text.left(notificationTextLength) + QChar(0x2026)
                                                          : last.text;
    }
    m_tray->showMessage(title, body, AppIcon::icon(), 5000);
}

void ChatWindow::updateNewMessagesButton()
{
    if (m_newBelow <= 0) {
        m_newMessages->hide();
        return;
    }
    m_newMessages->setText(QStringLiteral("↓ ") + tr("%n new message(s)", nullptr, m_newBelow));
    m_newMessages->adjustSize();
    positionNewMessagesButton();
    m_newMessages->show();
    m_newMessages->raise();
}

void ChatWindow::positionNewMessagesButton()
{
    const QSize size = m_newMessages->sizeHint();
    m_newMessages->setGeometry((m_view->width() - size.width()) / 2, m_view->height() - size.height() - 12,
                               size.width(), size.height());
}

bool ChatWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        positionNewMessagesButton();
    return QMainWindow::eventFilter(watched, event);
}

void ChatWindow::scrollToBottom()
{
    m_followBottom = true;
    m_keepAnchor = false;
    m_view->scrollToBottom();
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->maximum());
    m_newBelow = 0;
    updateNewMessagesButton();
}

void ChatWindow::updateLengthHint()
{
    const int over = int(m_input->toPlainText().size()) - m_session->maxTextLength();
    if (over > 0) {
        m_lengthHint->setText(tr("%n character(s) too long to send", nullptr, over));
        m_lengthHint->show();
    } else if (!m_lengthHint->isHidden()) {
        m_lengthHint->hide();
    }
}

void ChatWindow::sendInput()
{
    const QString text = m_input->toPlainText();
    if (protocol::checkText(text) == protocol::TextProblem::Empty) {
        m_input->setFocus();
        return;
    }
    if (text.size() > m_session->maxTextLength()) {
        updateLengthHint();
        m_input->setFocus();
        return;
    }
    m_session->send(text);
    m_input->clear();
    m_input->setFocus();
    scrollToBottom();
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
        setUnread(0);
    QMainWindow::changeEvent(event);
}

void ChatWindow::closeEvent(QCloseEvent *event)
{
    if (m_confirmClose && m_hosting) {
        const int others = std::max(0, m_peerCount - 1);
        const QString detail = others == 0
            ? tr("Nobody else is connected right now.")
            : tr("%n other person(s) connected will be disconnected.", nullptr, others);
        QMessageBox box(QMessageBox::Question, tr("Stop Hosting?"),
                        tr("Closing Tincan ends the chat “%1” for everyone.").arg(m_session->room()),
                        QMessageBox::NoButton, this);
        box.setInformativeText(detail);
        QPushButton *stop = box.addButton(tr("&Stop Hosting"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != stop) {
            event->ignore();
            return;
        }
    } else if (m_confirmClose && m_messages->pendingCount() > 0) {
        const int pending = m_messages->pendingCount();
        const auto answer = QMessageBox::question(
            this, tr("Unsent Messages"),
            tr("%n message(s) not yet received by the host will be lost. Close anyway?", nullptr, pending),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            event->ignore();
            return;
        }
    }
    m_session->close();
    if (m_tray)
        m_tray->hide();
    event->accept();
    Q_EMIT closed();
}

} // namespace tincan
