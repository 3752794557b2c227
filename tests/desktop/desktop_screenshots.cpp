// Renders the host's window and a joined window into PNGs (docs/screenshots/desktop-host.png and
// desktop-join.png) with a real host on 127.0.0.1 and a short conversation.
// Usage: desktop_screenshots OUTPUT_DIR   (run under xvfb-run for a real X11 style)

#include "app/desktophost.h"
#include "server/hostlinks.h"
#include "ui/chatinput.h"
#include "ui/chatwindow.h"

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
    QDir().mkpath(outDir);
    QTemporaryDir data;

    HostConfig config;
    config.bindAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    config.roomName = QStringLiteral("Friday LAN party");
    config.dataDir = data.path();
    DesktopHost host(config);
    host.start();
    if (!waitFor([&] { return host.isRunning(); }))
        return 1;
    const QUrl url = host.ownChatUrl();

    ChatSession hana;
    hana.open(url, QStringLiteral("Hana"));
    ChatWindow hostWindow(&hana);
    hostWindow.setConfirmClose(false);
    QList<QUrl> links;
    for (const tincan::HostLink &link : tincan::hostLinks(config.bindAddress, host.port()))
        links.append(link.url);
    hostWindow.setHosting(links, true);
    QObject::connect(&host, &DesktopHost::peerCountChanged, &hostWindow, &ChatWindow::setPeerCount);
    hostWindow.resize(1040, 700);
    hostWindow.show();

    ChatSession ann;
    ann.open(url, QStringLiteral("Ann"));
    ChatWindow annWindow(&ann);
    annWindow.setConfirmClose(false);
    annWindow.resize(900, 640);
    annWindow.show();

    ChatSession bob;
    bob.open(url, QStringLiteral("Bob"));
    ChatSession mika;
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

    QTest::qWait(800);
    hostWindow.scrollToBottom();
    annWindow.scrollToBottom();
    QTest::qWait(300);

    const bool ok = hostWindow.grab().save(QDir(outDir).filePath(QStringLiteral("desktop-host.png")))
        && annWindow.grab().save(QDir(outDir).filePath(QStringLiteral("desktop-join.png")));
    return ok ? 0 : 1;
}
