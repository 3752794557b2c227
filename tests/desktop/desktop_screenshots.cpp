// Renders the host's window and a joined window into PNGs (docs/screenshots/desktop-host.png and
// desktop-join.png; with --dark, the joined window in a dark theme as desktop-join-dark.png) with
// a real host on 127.0.0.1 and a short conversation.
// Usage: desktop_screenshots OUTPUT_DIR [--dark]   (run under xvfb-run for a real X11 style; with
// fonts-noto-color-emoji installed, emoji are drawn)

#include "app/desktophost.h"
#include "server/hostlinks.h"
#include "ui/chatinput.h"
#include "ui/chatwindow.h"
#include "ui/hostpanel.h"

#include <QApplication>
#include <QListView>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tincan;

namespace {

bool waitFor(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, 10000);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    const bool dark = argc > 2 && qstrcmp(argv[2], "--dark") == 0;
    if (dark) {
        // A dark desktop theme, as a system in dark mode gives the app.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xee));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x20, 0x24));
        palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2d));
        palette.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xee));
        palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa2, 0xb1));
        palette.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3b));
        palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xee));
        palette.setColor(QPalette::Highlight, QColor(0x3f, 0x58, 0xe0));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Link, QColor(0x9d, 0xb0, 0xff));
        palette.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3b));
        palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xee));
        QApplication::setPalette(palette);
    }
    const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");
    QDir().mkpath(outDir);
    QTemporaryDir data;

    HostConfig config;
    config.bindAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    config.roomName = QStringLiteral("Friday LAN party");
    config.dataDir = data.path();
    config.accessCode = QStringLiteral("K7MX-3QPA");
    DesktopHost host(config);
    host.start();
    if (!waitFor([&] { return host.isRunning(); }))
        return 1;
    const QUrl url = host.ownChatUrl();

    ChatSession hana;
    hana.setHostKey(host.config().hostKey); // the host's own window: shown as the host
    hana.open(url, QStringLiteral("Hana"));
    ChatWindow hostWindow(&hana);
    hostWindow.setConfirmClose(false);
    QList<QUrl> links;
    for (const tincan::HostLink &link : tincan::hostLinks(config.bindAddress, host.port()))
        links.append(link.url);
    hostWindow.setHosting(links, true);
    hostWindow.setAccessCode(host.accessCode());
    QObject::connect(&host, &DesktopHost::peerCountChanged, &hostWindow, &ChatWindow::setPeerCount);
    hostWindow.resize(1040, 780);
    hostWindow.show();

    ChatSession ann;
    ann.setAccessCode(config.accessCode);
    ann.open(url, QStringLiteral("Ann"));
    ChatWindow annWindow(&ann);
    annWindow.setConfirmClose(false);
    annWindow.resize(900, 760);
    annWindow.show();

    ChatSession bob;
    bob.setAccessCode(config.accessCode);
    bob.open(url, QStringLiteral("Bob"));
    ChatSession mika;
    mika.setAccessCode(config.accessCode);
    mika.open(url, QStringLiteral("Mika"));
    if (!waitFor([&] {
            return hana.state() == ChatSession::State::Connected && ann.state() == ChatSession::State::Connected
                && bob.state() == ChatSession::State::Connected && mika.state() == ChatSession::State::Connected;
        })) {
        return 1;
    }

    const auto say = [&](ChatSession &session, const QString &text) {
        session.send(text);
        waitFor([&] { return session.outbox().isEmpty(); });
    };
    say(hana, QStringLiteral("Welcome everyone! Pizza is on the way 🍕"));
    say(ann, QStringLiteral("Hi Hana! Is the server for the tournament up yet?"));
    say(hana, QStringLiteral("Starting it now. Map pack is on the share:"));
    say(hana, QStringLiteral("http://fileserver.lan/maps/"));
    say(bob, QStringLiteral("Got it, downloading 👍"));
    say(mika, QStringLiteral("Can someone lend me a network cable? Mine is about 30 cm too short to reach "
                             "the switch, and I really don't want to play over Wi-Fi tonight."));
    say(bob, QStringLiteral("There are spares in the blue box by the door"));
    say(ann, QStringLiteral("@Hana team draft at 20:00?"));
    say(ann, QStringLiteral("Sounds good 🎮"));
    mika.noteTyping(true);
    auto *annInput = annWindow.findChild<ChatInput *>(QStringLiteral("messageInput"));
    annInput->setPlainText(QStringLiteral("I'll bring the snacks"));

    // The invitation folds away once people are in; open it again for the picture.
    if (auto *panel = hostWindow.findChild<HostPanel *>())
        panel->setInvitationOpen(true);
    QTest::qWait(800);
    hostWindow.scrollToBottom();
    annWindow.scrollToBottom();
    QTest::qWait(300);

    const bool ok = (dark || hostWindow.grab().save(QDir(outDir).filePath(QStringLiteral("desktop-host.png"))))
        && annWindow.grab().save(QDir(outDir).filePath(QStringLiteral("desktop-join") + suffix));
    return ok ? 0 : 1;
}
