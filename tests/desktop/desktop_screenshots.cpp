// Renders the host's window and two joined windows into PNGs (docs/screenshots/desktop-host.png,
// desktop-join.png, and desktop-conversations.png: a reply with its quote, reactions and private
// conversations in tabs; with --dark, the joined windows in a dark theme as desktop-join-dark.png
// and desktop-conversations-dark.png) with a real host on 127.0.0.1 and a short conversation.
// Usage: desktop_screenshots OUTPUT_DIR [--dark]   (run under xvfb-run for a real X11 style; with
// fonts-noto-color-emoji installed, emoji are drawn)

#include "app/desktophost.h"
#include "server/hostlinks.h"
#include "ui/chatinput.h"
#include "ui/chatwindow.h"
#include "ui/composer.h"
#include "ui/hostpanel.h"
#include "ui/messagemodel.h"

#include <QApplication>
#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>
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

// The seq of the newest message with this text that a window holds (0: none).
qint64 seqOf(const ChatWindow &window, const QString &text)
{
    const MessageModel *model = window.messageModel();
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = model->index(row);
        if (index.data(MessageModel::TextRole).toString() == text)
            return index.data(MessageModel::SeqRole).toLongLong();
    }
    return 0;
}

// How many kinds of reaction a message shows in a window.
qsizetype chipCount(const ChatWindow &window, qint64 seq)
{
    const MessageModel *model = window.messageModel();
    return model->index(model->rowOfSeq(seq)).data(MessageModel::ReactionsRole).value<QList<MessageModel::Chip>>().size();
}

// A photo of a LAN party table, as far as shapes go: evening light, screens, a cable.
QImage partyPhoto()
{
    QImage image(1600, 1067, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient wall(0, 0, 0, image.height());
    wall.setColorAt(0, QColor(0x2a, 0x30, 0x5a));
    wall.setColorAt(0.62, QColor(0x6b, 0x4f, 0x8c));
    wall.setColorAt(0.63, QColor(0x8a, 0x5a, 0x3c));
    wall.setColorAt(1, QColor(0x5a, 0x38, 0x24));
    painter.fillRect(image.rect(), wall);
    const QColor glow[] = {QColor(0x4f, 0xc3, 0xf7), QColor(0x81, 0xe6, 0x8c), QColor(0xff, 0xb7, 0x4d)};
    for (int i = 0; i < 3; ++i) {
        const QRectF screen(170 + i * 470, 300, 380, 240);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x15, 0x15, 0x1c));
        painter.drawRoundedRect(screen.adjusted(-14, -14, 14, 14), 12, 12);
        QLinearGradient light(screen.topLeft(), screen.bottomRight());
        light.setColorAt(0, glow[i]);
        light.setColorAt(1, glow[i].darker(220));
        painter.setBrush(light);
        painter.drawRect(screen);
        painter.setBrush(QColor(0x15, 0x15, 0x1c));
        painter.drawRect(QRectF(screen.center().x() - 18, screen.bottom() + 14, 36, 90));
        painter.drawRoundedRect(QRectF(screen.center().x() - 90, screen.bottom() + 96, 180, 18), 6, 6);
    }
    QPainterPath cable;
    cable.moveTo(0, 900);
    cable.cubicTo(400, 780, 900, 1040, 1600, 860);
    painter.setPen(QPen(QColor(0x2e, 0x86, 0xde), 14, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(cable);
    return image;
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
    ChatWindow bobWindow(&bob);
    bobWindow.setConfirmClose(false);
    bobWindow.resize(900, 760);
    bobWindow.show();
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
    // A picture and a file, as people send them.
    const auto sendFile = [&](ChatSession &session, const QString &path, const QString &caption) {
        session.sendFile(path, caption);
        waitFor([&] { return session.uploads().isEmpty(); });
    };
    const QString photo = data.filePath(QStringLiteral("tables.jpg"));
    QImageWriter(photo, "jpeg").write(partyPhoto());
    sendFile(mika, photo, QStringLiteral("Tables are ready!"));
    const QString rules = data.filePath(QStringLiteral("Tournament rules.pdf"));
    {
        QFile file(rules);
        file.open(QIODevice::WriteOnly);
        file.write(QByteArray(184 * 1024, '%'));
    }
    sendFile(hana, rules, QString());
    const QString cable = QStringLiteral("Can someone lend me a network cable? Mine is about 30 cm too short to "
                                         "reach the switch, and I really don't want to play over Wi-Fi tonight.");
    say(mika, cable);
    // Bob answers Mika's question: his message quotes it.
    waitFor([&] { return seqOf(bobWindow, cable) > 0; });
    const QString spares = QStringLiteral("There are spares in the blue box by the door");
    bob.send(spares, {}, seqOf(bobWindow, cable));
    waitFor([&] { return bob.outbox().isEmpty() && seqOf(bobWindow, spares) > 0; });
    say(ann, QStringLiteral("@Hana team draft at 20:00?"));
    say(ann, QStringLiteral("Sounds good 🎮"));
    // Reactions, as chips under the messages.
    const qint64 sparesSeq = seqOf(bobWindow, spares);
    mika.react(sparesSeq, QStringLiteral("🙏"), true);
    hana.react(sparesSeq, QStringLiteral("👍"), true);
    ann.react(sparesSeq, QStringLiteral("👍"), true);
    waitFor([&] { return chipCount(bobWindow, sparesSeq) == 2 && chipCount(annWindow, sparesSeq) == 2; });
    const qint64 gameSeq = seqOf(bobWindow, QStringLiteral("Sounds good 🎮"));
    bob.react(gameSeq, QStringLiteral("🎉"), true);
    waitFor([&] { return chipCount(bobWindow, gameSeq) == 1 && chipCount(annWindow, gameSeq) == 1; });
    // Private conversations: each has a tab of its own in Bob's window.
    mika.send(QStringLiteral("Found the box, thanks! 🙌"), bob.personId());
    bob.send(QStringLiteral("Want to team up for the draft?"), ann.personId());
    waitFor([&] {
        return mika.outbox().isEmpty() && bob.outbox().isEmpty()
            && seqOf(bobWindow, QStringLiteral("Found the box, thanks! 🙌")) > 0
            && seqOf(annWindow, QStringLiteral("Want to team up for the draft?")) > 0;
    });
    bobWindow.composer()->startReply(seqOf(bobWindow, QStringLiteral("@Hana team draft at 20:00?")),
                                     QStringLiteral("Ann"), QStringLiteral("@Hana team draft at 20:00?"));
    bobWindow.findChild<ChatInput *>(QStringLiteral("messageInput"))->setPlainText(QStringLiteral("Count me in"));
    mika.noteTyping(true);
    auto *annInput = annWindow.findChild<ChatInput *>(QStringLiteral("messageInput"));
    annInput->setPlainText(QStringLiteral("I'll bring the snacks"));

    // The invitation folds away once people are in; open it again for the picture.
    if (auto *panel = hostWindow.findChild<HostPanel *>())
        panel->setInvitationOpen(true);
    // Until the picture's thumbnail is in both windows.
    const auto thumbnailShown = [](const ChatWindow &window) {
        const MessageModel *model = window.messageModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->index(row).data(MessageModel::ThumbnailRole).value<QImage>().isNull())
                return true;
        }
        return false;
    };
    waitFor([&] { return thumbnailShown(annWindow) && thumbnailShown(hostWindow); });
    QTest::qWait(800);
    hostWindow.scrollToBottom();
    annWindow.scrollToBottom();
    bobWindow.scrollToBottom();
    QTest::qWait(300);

    const bool ok = (dark || hostWindow.grab().save(QDir(outDir).filePath(QStringLiteral("desktop-host.png"))))
        && annWindow.grab().save(QDir(outDir).filePath(QStringLiteral("desktop-join") + suffix))
        && bobWindow.grab().save(QDir(outDir).filePath(QStringLiteral("desktop-conversations") + suffix));
    return ok ? 0 : 1;
}
