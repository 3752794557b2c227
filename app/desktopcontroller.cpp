#include "app/desktopcontroller.h"

#include "app/desktophost.h"
#include "client/chatsession.h"
#include "client/hostfinder.h"
#include "client/joinaddress.h"
#include "protocol/limits.h"
#include "protocol/messages.h"
#include "protocol/nickname.h"
#include "server/hostlinks.h"
#include "ui/chatwindow.h"
#include "ui/startwindow.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcDesktop, "tincan.desktop.start", QtWarningMsg)

namespace tincan {

namespace {

constexpr int linkRefreshMs = 5000;

void showLinks(ChatWindow *window, const QHostAddress &bind, quint16 port)
{
    const QList<HostLink> found = hostLinks(bind, port);
    QList<QUrl> links;
    QStringList networks;
    for (const HostLink &link : found) {
        links.append(link.url);
        networks.append(link.interfaceName);
    }
    const bool loopbackOnly = std::all_of(links.cbegin(), links.cend(), [](const QUrl &link) {
        return QHostAddress(link.host()).isLoopback();
    });
    window->setHosting(links, loopbackOnly, networks);
}

} // namespace

DesktopController::DesktopController(DesktopOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

DesktopController::~DesktopController()
{
    delete m_start;
    delete m_chat;
    m_session.reset();
    m_host.reset();
}

ChatWindow *DesktopController::chatWindow() const
{
    return m_chat;
}

StartWindow *DesktopController::startWindow() const
{
    return m_start;
}

QString DesktopController::rememberedNick() const
{
    QString nick;
    if (!m_options.nick.isEmpty() && protocol::checkNick(m_options.nick, &nick) == protocol::NickProblem::None)
        return nick;
    return StartWindow::rememberedNick(m_settings);
}

void DesktopController::begin()
{
    const QString nick = rememberedNick();
    switch (m_options.mode) {
    case DesktopOptions::Mode::Ask:
        showStart();
        return;
    case DesktopOptions::Mode::Host: {
        if (nick.isEmpty()) {
            showStart(tr("Enter the name others will see you as."));
            return;
        }
        QString room = m_options.roomName.trimmed().left(limits::maxRoomNameLength);
        if (room.isEmpty())
            room = StartWindow::rememberedRoom(m_settings);
        if (room.isEmpty())
            room = tr("%1's chat").arg(nick);
        const QString code = m_options.accessCode.isEmpty() ? StartWindow::rememberedAccessCode(m_settings)
                                                            : m_options.accessCode;
        host(nick, room, m_options.port, m_options.portFixed, code);
        return;
    }
    case DesktopOptions::Mode::Join: {
        const JoinAddress address = JoinAddress::parse(m_options.address);
        // The page first: turning to a page clears the problem shown for the one before.
        if (!address.isValid()) {
            ensureStartWindow()->showJoinPage(m_options.address);
            showStart(StartWindow::problemText(address.problem()));
            return;
        }
        if (nick.isEmpty()) {
            ensureStartWindow()->showJoinPage(address.displayName());
            showStart(tr("Enter the name others will see you as."));
            return;
        }
        join(address.chatUrl(), nick, address.accessCode());
        return;
    }
    }
}

StartWindow *DesktopController::ensureStartWindow()
{
    if (!m_start) {
        m_start = new StartWindow(&m_settings);
        m_start->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_start, &QDialog::accepted, this, &DesktopController::onStartChosen);
        connect(m_start, &QDialog::rejected, this, [this] { Q_EMIT finished(0); });
        if (startFinder())
            m_start->setHostFinder(m_finder.get());
        if (!m_options.accessCode.isEmpty())
            m_start->setAccessCode(m_options.accessCode);
    }
    return m_start;
}

void DesktopController::showStart(const QString &problem)
{
    ensureStartWindow()->showError(problem);
    m_start->show();
    m_start->raise();
    m_start->activateWindow();
}

void DesktopController::onStartChosen()
{
    const StartChoice choice = m_start->choice();
    if (choice.mode == StartChoice::Mode::Host)
        host(choice.nick, choice.roomName, choice.port, choice.portFixed, choice.accessCode);
    else
        join(choice.chatUrl, choice.nick, choice.accessCode);
}

bool DesktopController::startFinder()
{
    if (m_finder)
        return true;
    if (!m_options.discovery)
        return false;
    m_finder = std::make_unique<HostFinder>();
    if (m_finder->start(m_options.discoveryPort))
        return true;
    qCWarning(lcDesktop) << "cannot listen for hosts on the network:" << m_finder->errorString();
    m_finder.reset();
    return false;
}

ChatWindow *DesktopController::openChat(const QUrl &chatUrl, const QString &nick, const QString &accessCode,
                                        const QString &hostKey)
{
    // One chat at a time; going back to the start window ends it.
    Q_ASSERT(!m_chat);
    m_session = std::make_unique<ChatSession>();
    m_session->setAccessCode(accessCode);
    m_session->setHostKey(hostKey);
    // The same person in this room after the app restarts (the host's own window too).
    m_session->setIdentityStore(&m_settings);
    m_session->open(chatUrl, nick);
    connect(m_session.get(), &ChatSession::stateChanged, this, [this](ChatSession::State state) {
        if (state == ChatSession::State::Ended)
            watchForRoom();
    });
    // A new name chosen in the chat is the one offered at the next start.
    connect(m_session.get(), &ChatSession::nickChanged, this,
            [this](const QString &changed) { StartWindow::rememberNick(m_settings, changed); });
    auto *window = new ChatWindow(m_session.get());
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &ChatWindow::quitRequested, this, [this] { m_quitting = true; });
    connect(window, &ChatWindow::closed, this, &DesktopController::onChatClosed);
    connect(window, &ChatWindow::backToStartRequested, window, [window] {
        window->setConfirmClose(false); // nothing is lost: the chat has already ended
        window->close();
    });
    m_chat = window;
    return window;
}

void DesktopController::onChatClosed()
{
    // Stop hosting before anything else: everyone else is told the host is leaving.
    m_host.reset();
    m_chat = nullptr;
    // Deleted on the next turn: this runs inside one of the session's window's signals.
    if (m_session)
        m_session.release()->deleteLater();
    if (m_quitting) {
        Q_EMIT finished(0);
        return;
    }
    showStart();
}

void DesktopController::watchForRoom()
{
    if (!startFinder())
        return;
    connect(m_finder.get(), &HostFinder::hostsChanged, this, &DesktopController::rejoinIfHeard,
            Qt::UniqueConnection);
    rejoinIfHeard();
}

void DesktopController::rejoinIfHeard()
{
    if (!m_session || m_session->state() != ChatSession::State::Ended)
        return;
    const QUrl url = m_session->url();
    const QHostAddress address(url.host());
    const QList<FoundHost> hosts = m_finder->hosts();
    for (const FoundHost &found : hosts) {
        // The same room, at the same address and port, is back: rejoin it as if the user had.
        if (found.room == m_session->room() && found.port == url.port()
            && (found.address.isEqual(address, QHostAddress::TolerantConversion)
                || (address.isLoopback() && found.address.isLoopback()))) {
            m_session->rejoin();
            return;
        }
    }
}

void DesktopController::join(const QUrl &chatUrl, const QString &nick, const QString &accessCode)
{
    ChatWindow *window = openChat(chatUrl, nick, accessCode);
    window->show();
    if (m_start)
        m_start->hide();
}

void DesktopController::host(const QString &nick, const QString &roomName, quint16 port, bool portFixed,
                             const QString &accessCode)
{
    HostConfig config;
    config.bindAddress = m_options.bindAddress;
    config.port = port;
    config.portFixed = portFixed;
    config.roomName = roomName;
    config.dataDir = m_options.dataDir;
    config.announce = m_options.discovery;
    config.announceTargets = m_options.announceTargets;
    config.allowedHostNames = m_options.allowedHostNames;
    config.maxConnections = m_options.maxConnections;
    config.accessCode = accessCode;
    config.locked = m_options.locked;
    config.maxFileSize = m_options.maxFileSize;
    config.maxStorage = m_options.maxStorage;
    m_host = std::make_unique<DesktopHost>(config);
    DesktopHost *host = m_host.get();

    connect(host, &DesktopHost::started, this, [this, host, nick, port](quint16 actualPort, bool busy) {
        // The host's own window proves itself with the key, handed over here and nowhere else.
        ChatWindow *window = openChat(host->ownChatUrl(), nick, {}, host->config().hostKey);
        const QHostAddress bind = host->config().bindAddress;
        showLinks(window, bind, actualPort);
        window->setAccessCode(host->accessCode());
        window->setLocked(host->isLocked());
        connect(window, &ChatWindow::accessCodeChosen, host, [this, host](const QString &code) {
            host->setAccessCode(code);
            // Kept for the next hosting session only when the host asked for that.
            if (StartWindow::remembersAccessCode(m_settings)) {
                StartWindow::rememberAccessCode(m_settings, code, true);
                // The start window shows what the next hosting session will use.
                if (m_start)
                    m_start->setAccessCode(code);
            }
        });
        connect(window, &ChatWindow::lockChosen, host, &DesktopHost::setLocked);
        // Networks come and go (Wi-Fi joined, a VPN started): the links follow.
        auto *refresh = new QTimer(window);
        refresh->start(linkRefreshMs);
        connect(refresh, &QTimer::timeout, window, [window, bind, actualPort] {
            showLinks(window, bind, actualPort);
        });
        connect(host, &DesktopHost::peerCountChanged, window, &ChatWindow::setPeerCount);
        connect(host, &DesktopHost::storageError, window, [window](const QString &reason) {
            window->showNotice(tr("The chat history could not be saved (%1). The chat goes on, but "
                                  "messages may be missing after a restart.").arg(reason));
        });
        window->show();
        if (busy)
            window->showNotice(tr("Port %1 was in use, so the chat runs on port %2.").arg(port).arg(actualPort),
                               15000);
        if (m_start)
            m_start->hide();
    });
    connect(host, &DesktopHost::startFailed, this, [this](const QString &reason) {
        // Leave the failed host behind before offering to try again.
        QMetaObject::invokeMethod(this, [this] { m_host.reset(); }, Qt::QueuedConnection);
        ensureStartWindow()->showHostPage();
        showStart(tr("Hosting could not start: %1").arg(reason));
    });
    host->start();
}

} // namespace tincan
