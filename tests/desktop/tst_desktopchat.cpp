#include "app/desktopcontroller.h"
#include "app/desktophost.h"
#include "ui/chatinput.h"
#include "ui/chatwindow.h"
#include "ui/hostpanel.h"
#include "ui/messagemodel.h"
#include "ui/rostermodel.h"
#include "ui/startwindow.h"
#include "windowparts.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QDesktopServices>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUdpSocket>

#include <memory>

using tincan::ChatInput;
using tincan::ChatSession;
using tincan::ChatWindow;
using tincan::DesktopController;
using tincan::DesktopHost;
using tincan::DesktopOptions;
using tincan::HostConfig;
using tincan::HostPanel;
using tincan::JoinAddress;
using tincan::MessageModel;
using tincan::StartWindow;

namespace {

constexpr int netTimeoutMs = 10000;

bool seqsStrictlyIncrease(const ChatWindow &window)
{
    qint64 previous = 0;
    const MessageModel *model = window.messageModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 seq = model->index(row).data(MessageModel::SeqRole).toLongLong();
        if (seq == 0)
            continue;
        if (seq <= previous)
            return false;
        previous = seq;
    }
    return true;
}

// The window's parts, found by name as the test drives them.
ChatInput *input(const ChatWindow &window) { return part<ChatInput>(window, u"messageInput"_qs); }
QListView *messageView(const ChatWindow &window) { return part<QListView>(window, u"messageList"_qs); }
HostPanel *hostPanel(const ChatWindow &window) { return part<HostPanel>(window, u"hostPanel"_qs); }

void typeAndSend(ChatWindow &window, const QString &text)
{
    window.activateWindow();
    input(window)->setFocus();
    QTest::keyClicks(input(window), text);
    QTest::keyClick(input(window), Qt::Key_Return);
}

// One person at a desktop: their session and the window that shows it (which goes first).
struct Seat
{
    std::unique_ptr<ChatSession> session;
    std::unique_ptr<ChatWindow> window;

    ChatWindow *operator->() const { return window.get(); }
    ChatWindow &operator*() const { return *window; }
    ChatWindow *get() const { return window.get(); }
};

Seat openWindow(const QUrl &url, const QString &nick)
{
    Seat seat;
    seat.session = std::make_unique<ChatSession>();
    seat.session->open(url, nick);
    seat.window = std::make_unique<ChatWindow>(seat.session.get());
    seat.window->setConfirmClose(false);
    seat.window->show();
    return seat;
}

} // namespace

class tst_DesktopChat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostOneWindowJoinTwo();
    void busyPortIsExplained();
    void badJoinAddressComesBackToBeFixed();
    void offlineMessagesGoOutOnceAfterHostRestart();
    void takenNameIsChangedInTheBanner();
    void scrollingFollowsOnlyAtTheBottom();
    void unreadCountWhileInactive();
    void linksOpenFromTheKeyboard();
    void mistypedAddressFailsFastWithAWayBack();
    void closingTheChatReturnsToTheStartWindow();
    void endedChatIsRejoinedWhenTheRoomIsHeardAgain();
};

// A join address where nothing listens: the window says so at once, in words, and offers to try
// again or to go back; it does not sit there retrying.
void tst_DesktopChat::mistypedAddressFailsFastWithAWayBack()
{
    QTcpServer probe; // a port on this computer where nothing hosts
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    DesktopOptions options;
    options.mode = DesktopOptions::Mode::Join;
    options.nick = u"Ann"_qs;
    options.address = u"127.0.0.1:%1"_qs.arg(port);
    options.discovery = false;
    DesktopController controller(options);
    QSignalSpy finished(&controller, &DesktopController::finished);
    controller.begin();
    QTRY_VERIFY(controller.chatWindow());
    ChatWindow *window = controller.chatWindow();
    QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), ChatSession::State::Unreachable, 3000);
    QVERIFY2(window->connectionText().contains(u"not hosting a chat on this port"_qs), qPrintable(window->connectionText()));
    QCOMPARE(part<QPushButton>(*window, u"bannerButton"_qs)->text(), u"&Try Again"_qs);
    QPushButton *back = part<QPushButton>(*window, u"backButton"_qs);
    QVERIFY(back->isVisible());
    QTest::mouseClick(back, Qt::LeftButton);
    QTRY_VERIFY(controller.startWindow() && controller.startWindow()->isVisible());
    QTRY_VERIFY(!controller.chatWindow());
    QVERIFY(finished.isEmpty()); // the app goes on
}

// Closing the chat window leads back to the start window (to join or host another room);
// Quit ends the app.
void tst_DesktopChat::closingTheChatReturnsToTheStartWindow()
{
    QTemporaryDir dir;
    DesktopOptions options;
    options.mode = DesktopOptions::Mode::Host;
    options.nick = u"Hana"_qs;
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    options.dataDir = dir.path();
    options.discovery = false;
    DesktopController controller(options);
    QSignalSpy finished(&controller, &DesktopController::finished);
    controller.begin();
    QTRY_VERIFY_WITH_TIMEOUT(controller.chatWindow(), netTimeoutMs);
    controller.chatWindow()->setConfirmClose(false);
    QTRY_COMPARE(controller.chatWindow()->session()->state(), ChatSession::State::Connected);
    controller.chatWindow()->close();
    QTRY_VERIFY(controller.startWindow() && controller.startWindow()->isVisible());
    QVERIFY(!controller.host()); // hosting stopped with the window
    QVERIFY(finished.isEmpty());

    // Hosting again from the start window, then Quit from the chat's menu: the app ends.
    controller.startWindow()->accept();
    QTRY_VERIFY_WITH_TIMEOUT(controller.chatWindow(), netTimeoutMs);
    controller.chatWindow()->setConfirmClose(false);
    controller.chatWindow()->quit();
    QTRY_COMPARE(finished.size(), 1);
}

// After the host ends the chat, a desktop that listens for hosts rejoins by itself when the
// same room is heard on the network again.
void tst_DesktopChat::endedChatIsRejoinedWhenTheRoomIsHeardAgain()
{
    QUdpSocket probe; // a free UDP port for the desktop to listen for hosts on
    QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
    const quint16 discoveryPort = probe.localPort();
    probe.close();

    QTemporaryDir dir;
    HostConfig config;
    config.bindAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    config.portFixed = true;
    config.roomName = u"Heard again"_qs;
    config.dataDir = dir.path();
    config.announce = true;
    config.announceTargets = {{QHostAddress(QHostAddress::LocalHost), discoveryPort}};
    auto host = std::make_unique<DesktopHost>(config);
    QSignalSpy started(host.get(), &DesktopHost::started);
    host->start();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, netTimeoutMs);
    const quint16 port = host->port();

    DesktopOptions options;
    options.mode = DesktopOptions::Mode::Join;
    options.nick = u"Ann"_qs;
    options.address = u"127.0.0.1:%1"_qs.arg(port);
    options.discoveryPort = discoveryPort;
    DesktopController controller(options);
    controller.begin();
    QTRY_VERIFY(controller.chatWindow());
    ChatSession *session = controller.chatWindow()->session();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ChatSession::State::Connected, netTimeoutMs);

    host.reset(); // ends the chat, and says "leaving" on the network
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ChatSession::State::Ended, netTimeoutMs);
    QTest::qWait(1000);
    QCOMPARE(session->state(), ChatSession::State::Ended);

    config.port = port;
    host = std::make_unique<DesktopHost>(config);
    QSignalSpy restarted(host.get(), &DesktopHost::started);
    host->start();
    QTRY_COMPARE_WITH_TIMEOUT(restarted.size(), 1, netTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ChatSession::State::Connected, netTimeoutMs);
}

// Receives the links the app asks the desktop to open (QDesktopServices URL handler).
class LinkCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

void tst_DesktopChat::hostOneWindowJoinTwo()
{
    QTemporaryDir dir;
    DesktopOptions options;
    options.mode = DesktopOptions::Mode::Host;
    options.nick = u"Hana"_qs;
    options.roomName = u"Desk test"_qs;
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    options.dataDir = dir.path();
    options.discovery = false;
    DesktopController controller(options);
    controller.begin();
    QTRY_VERIFY_WITH_TIMEOUT(controller.chatWindow(), netTimeoutMs);
    ChatWindow &host = *controller.chatWindow();
    host.setConfirmClose(false);
    QAbstractItemModelTester hostTester(host.messageModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(host.session()->state(), ChatSession::State::Connected);
    QCOMPARE(host.session()->room(), u"Desk test"_qs);
    const quint16 port = controller.host()->port();
    QVERIFY(port != 0);
    // Bound to loopback: the only link is the loopback one.
    QCOMPARE(hostPanel(host)->links(), QList<QUrl>{QUrl(u"http://127.0.0.1:"_qs + QString::number(port) + u"/"_qs)});
    QVERIFY(hostPanel(host)->isVisible());
    QVERIFY(hostPanel(host)->isInvitationOpen());

    const QUrl url(u"ws://127.0.0.1:"_qs + QString::number(port) + u"/ws"_qs);
    auto ann = openWindow(url, u"Ann"_qs);
    auto bob = openWindow(url, u"Bob"_qs);
    QAbstractItemModelTester annTester(ann->messageModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester bobTester(bob->messageModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(ann->session()->state(), ChatSession::State::Connected, netTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(bob->session()->state(), ChatSession::State::Connected, netTimeoutMs);
    const QStringList everyone{u"Ann"_qs, u"Bob"_qs, u"Hana"_qs};
    for (ChatWindow *window : {&host, ann.get(), bob.get()})
        QTRY_COMPARE(window->rosterModel()->nicks(), everyone);
    QTRY_COMPARE(hostPanel(host)->peerCountText(), u"3 people connected"_qs);
    // Guests are in: the invitation folds away for the people list; one click opens it again.
    QVERIFY(!hostPanel(host)->isInvitationOpen());
    QTest::mouseClick(hostPanel(host)->findChild<QToolButton *>(u"inviteToggle"_qs), Qt::LeftButton);
    QVERIFY(hostPanel(host)->isInvitationOpen());
    QTRY_COMPARE(systemLines(host), (QStringList{u"Ann joined"_qs, u"Bob joined"_qs}));
    QCOMPARE(host.connectionText(), u"Hosting"_qs);
    QCOMPARE(ann->connectionText(), u"Connected"_qs);

    // Ann types: the others see it, then she sends with Enter.
    ann->activateWindow();
    input(*ann)->setFocus();
    QTest::keyClicks(input(*ann), u"Hello from Ann"_qs);
    QTRY_COMPARE(bob->typingText(), u"Ann is typing…"_qs);
    QTRY_COMPARE(host.typingText(), u"Ann is typing…"_qs);
    QVERIFY(ann->typingText().isEmpty());
    QTest::keyClick(input(*ann), Qt::Key_Return);
    QVERIFY(input(*ann)->toPlainText().isEmpty());
    QVERIFY(input(*ann)->hasFocus());
    QTRY_VERIFY(bob->typingText().isEmpty());

    // Enter on an empty box sends nothing.
    QTest::keyClick(input(*ann), Qt::Key_Return);
    QCOMPARE(ann->messageModel()->pendingCount() + int(ann->session()->outbox().size()), 0);

    // Shift+Enter is a new line within one message.
    bob->activateWindow();
    input(*bob)->setFocus();
    QTest::keyClicks(input(*bob), u"first line"_qs);
    QTest::keyClick(input(*bob), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(input(*bob), u"second line "_qs);
    // keyClicks() takes Latin-1 only: an emoji arrives as one key event carrying its text.
    QTest::sendKeyEvent(QTest::Click, input(*bob), Qt::Key_unknown, u"🎉"_qs, Qt::NoModifier);
    QTRY_VERIFY(!shownTexts(*bob).isEmpty());
    QTest::keyClick(input(*bob), Qt::Key_Return);
    // Bob's message is stored before the host writes, so everyone sees one order.
    QTRY_COMPARE(bob->messageModel()->pendingCount(), 0);

    typeAndSend(host, u"Welcome, see https://example.org"_qs);

    const QStringList expected{u"Hello from Ann"_qs, u"first line\nsecond line 🎉"_qs,
                               u"Welcome, see https://example.org"_qs};
    for (ChatWindow *window : {&host, ann.get(), bob.get()}) {
        QTRY_COMPARE_WITH_TIMEOUT(window->messageModel()->pendingCount(), 0, netTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(shownTexts(*window), expected, netTimeoutMs);
        QVERIFY(seqsStrictlyIncrease(*window));
    }
    // Each window marks its own message as its own.
    const auto ownIn = [](const ChatWindow &window, const QString &text) {
        const MessageModel *model = window.messageModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row).data(MessageModel::TextRole).toString() == text)
                return model->index(row).data(MessageModel::OwnRole).toBool();
        }
        return false;
    };
    QVERIFY(ownIn(*ann, expected.at(0)));
    QVERIFY(!ownIn(*bob, expected.at(0)));
    QVERIFY(ownIn(*bob, expected.at(1)));
    const int hostRow = host.messageModel()->rowCount() - 1;
    QVERIFY(host.messageModel()->index(hostRow).data(MessageModel::OwnRole).toBool());
    QVERIFY(!bob->messageModel()->index(bob->messageModel()->rowCount() - 1).data(MessageModel::OwnRole).toBool());

    // A mention of Bob is highlighted for Bob only.
    typeAndSend(*ann, u"thanks Bob!"_qs);
    QTRY_COMPARE(shownTexts(*bob).size(), 4);
    QVERIFY(bob->messageModel()->index(bob->messageModel()->rowCount() - 1).data(MessageModel::MentionRole).toBool());
    QTRY_COMPARE(shownTexts(host).size(), 4);
    QVERIFY(!host.messageModel()->index(host.messageModel()->rowCount() - 1).data(MessageModel::MentionRole).toBool());

    // Bob leaves: the roster and system lines follow.
    bob->close();
    // (announced once the rejoin grace is over: Bob might have been reloading)
    QTRY_COMPARE_WITH_TIMEOUT(ann->rosterModel()->nicks(), (QStringList{u"Ann"_qs, u"Hana"_qs}),
                              tincan::limits::rejoinGraceMs + netTimeoutMs);
    QTRY_COMPARE(hostPanel(host)->peerCountText(), u"2 people connected"_qs);
    QVERIFY(systemLines(*ann).contains(u"Bob left"_qs));

    // The host stops: Ann is told the host ended the chat, lastingly, with a way to rejoin.
    host.close();
    QTRY_COMPARE_WITH_TIMEOUT(ann->session()->state(), ChatSession::State::Ended, netTimeoutMs);
    QCOMPARE(ann->session()->lastCloseCode(), 1001);
    QVERIFY2(ann->connectionText().startsWith(u"The host ended the chat."_qs), qPrintable(ann->connectionText()));
    QTest::qWait(2000);
    QCOMPARE(ann->session()->state(), ChatSession::State::Ended);
    QCOMPARE(part<QPushButton>(*ann, u"bannerButton"_qs)->text(), u"&Rejoin"_qs);
    QVERIFY(part<QPushButton>(*ann, u"backButton"_qs)->isVisible());
}

// Hosting on a fixed port that another program holds: the start window comes back and says
// which port and what to do, instead of a chat nobody can reach.
void tst_DesktopChat::busyPortIsExplained()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    DesktopOptions options;
    options.mode = DesktopOptions::Mode::Host;
    options.nick = u"Hana"_qs;
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    options.port = squatter.serverPort();
    options.portFixed = true;
    options.dataDir = dir.path();
    options.discovery = false;
    DesktopController controller(options);
    controller.begin();
    QTRY_VERIFY_WITH_TIMEOUT(controller.startWindow() && controller.startWindow()->isVisible(), netTimeoutMs);
    QVERIFY(!controller.chatWindow());
    const QString error = controller.startWindow()->errorText();
    QVERIFY2(error.contains(u"Hosting could not start"_qs), qPrintable(error));
    QVERIFY2(error.contains(u"Port %1 is already in use by another program"_qs.arg(squatter.serverPort())),
             qPrintable(error));
}

// Asked to join an address that cannot be one: the start window comes back on its Join page
// with the address as it was given and says what is wrong with it.
void tst_DesktopChat::badJoinAddressComesBackToBeFixed()
{
    DesktopOptions options;
    options.mode = DesktopOptions::Mode::Join;
    options.nick = u"Ann"_qs;
    options.address = u"192.0.2.20;8787"_qs;
    options.discovery = false;
    DesktopController controller(options);
    controller.begin();
    StartWindow *start = controller.startWindow();
    QVERIFY(start && start->isVisible());
    QVERIFY(!controller.chatWindow());
    QCOMPARE(start->errorText(), StartWindow::problemText(JoinAddress::Problem::BadHost));
    auto *tabs = start->findChild<QTabWidget *>(u"hostOrJoin"_qs);
    QVERIFY(tabs);
    QCOMPARE(tabs->currentIndex(), 1);
    auto *address = start->findChild<QLineEdit *>(u"address"_qs);
    QVERIFY(address);
    QCOMPARE(address->text(), u"192.0.2.20;8787"_qs);
}

void tst_DesktopChat::offlineMessagesGoOutOnceAfterHostRestart()
{
    QTemporaryDir dir;
    HostConfig config;
    config.bindAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    config.roomName = u"Restart room"_qs;
    config.dataDir = dir.path();
    auto host = std::make_unique<DesktopHost>(config);
    QSignalSpy started(host.get(), &DesktopHost::started);
    host->start();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, netTimeoutMs);
    const quint16 port = host->port();
    const QUrl url = host->ownChatUrl();

    auto ann = openWindow(url, u"Ann"_qs);
    auto bob = openWindow(url, u"Bob"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(ann->session()->state(), ChatSession::State::Connected, netTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(bob->session()->state(), ChatSession::State::Connected, netTimeoutMs);
    typeAndSend(*ann, u"before"_qs);
    QTRY_COMPARE(shownTexts(*bob), QStringList{u"before"_qs});

    host.reset(); // stops and tells everyone
    QTRY_COMPARE_WITH_TIMEOUT(ann->session()->state(), ChatSession::State::Ended, netTimeoutMs);
    typeAndSend(*ann, u"offline one"_qs);
    typeAndSend(*ann, u"offline two"_qs);
    QCOMPARE(ann->messageModel()->pendingCount(), 2);
    QCOMPARE(shownTexts(*ann), (QStringList{u"before"_qs, u"offline one"_qs, u"offline two"_qs}));
    QVERIFY(ann->messageModel()->index(2).data(MessageModel::PendingRole).toBool());
    QVERIFY2(ann->connectionText().contains(u"2 unsent messages"_qs), qPrintable(ann->connectionText()));

    config.port = port;
    config.portFixed = true;
    host = std::make_unique<DesktopHost>(config);
    QSignalSpy restarted(host.get(), &DesktopHost::started);
    host->start();
    QTRY_COMPARE_WITH_TIMEOUT(restarted.size(), 1, netTimeoutMs);
    // Ann rejoins with the banner's button; Bob's app does it for him.
    QTest::mouseClick(part<QPushButton>(*ann, u"bannerButton"_qs), Qt::LeftButton);
    bob->session()->rejoin();

    const QStringList expected{u"before"_qs, u"offline one"_qs, u"offline two"_qs};
    QTRY_COMPARE_WITH_TIMEOUT(ann->session()->state(), ChatSession::State::Connected, netTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(ann->messageModel()->pendingCount(), 0, netTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(shownTexts(*bob), expected, netTimeoutMs);
    QCOMPARE(shownTexts(*ann), expected);
    QVERIFY(seqsStrictlyIncrease(*ann));
    QVERIFY(seqsStrictlyIncrease(*bob));

    // Someone new sees the stored history: each message once, in order.
    auto cy = openWindow(url, u"Cy"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(shownTexts(*cy), expected, netTimeoutMs);
}

// Joining under a name someone already has: the banner says so, offers a free name, refuses
// one that cannot be a name, and joins under the one typed.
void tst_DesktopChat::takenNameIsChangedInTheBanner()
{
    QTemporaryDir dir;
    HostConfig config;
    config.bindAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    config.dataDir = dir.path();
    DesktopHost host(config);
    QSignalSpy started(&host, &DesktopHost::started);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, netTimeoutMs);

    auto ann = openWindow(host.ownChatUrl(), u"Ann"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(ann->session()->state(), ChatSession::State::Connected, netTimeoutMs);
    auto second = openWindow(host.ownChatUrl(), u"Ann"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(second->session()->state(), ChatSession::State::Refused, netTimeoutMs);
    QCOMPARE(second->connectionText(),
             u"Someone in this room is already called “Ann”. Pick another name to join."_qs);
    auto *field = part<QLineEdit>(*second, u"anotherName"_qs);
    QVERIFY(field->isVisible());
    QVERIFY(!second->session()->refusal().suggestion.isEmpty());
    QCOMPARE(field->text(), second->session()->refusal().suggestion);

    field->setText(u"   "_qs);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(second->connectionText(), u"A name has 1 to 32 characters and no control characters."_qs);
    QCOMPARE(second->session()->state(), ChatSession::State::Refused);

    field->setText(u"Annie"_qs);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(second->session()->state(), ChatSession::State::Connected, netTimeoutMs);
    QCOMPARE(second->session()->nick(), u"Annie"_qs);
    QCOMPARE(second->connectionText(), u"Connected"_qs);
    QTRY_COMPARE(ann->rosterModel()->nicks(), (QStringList{u"Ann"_qs, u"Annie"_qs}));
}

void tst_DesktopChat::scrollingFollowsOnlyAtTheBottom()
{
    QTemporaryDir dir;
    HostConfig config;
    config.bindAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    config.roomName = u"Scroll room"_qs;
    config.dataDir = dir.path();
    DesktopHost host(config);
    QSignalSpy started(&host, &DesktopHost::started);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, netTimeoutMs);

    // 60 messages already in the room (three writers, each within the send burst).
    std::vector<std::unique_ptr<ChatSession>> writers;
    for (const QString &nick : {u"W1"_qs, u"W2"_qs, u"W3"_qs}) {
        writers.push_back(std::make_unique<ChatSession>());
        writers.back()->open(host.ownChatUrl(), nick);
        QTRY_COMPARE_WITH_TIMEOUT(writers.back()->state(), ChatSession::State::Connected, netTimeoutMs);
    }
    for (int i = 0; i < 60; ++i)
        writers[size_t(i / 20)]->send(u"message number "_qs + QString::number(i));
    for (auto &writer : writers)
        QTRY_VERIFY_WITH_TIMEOUT(writer->outbox().isEmpty(), netTimeoutMs);

    auto reader = openWindow(host.ownChatUrl(), u"Reader"_qs);
    reader->resize(600, 400);
    QTRY_COMPARE_WITH_TIMEOUT(reader->session()->state(), ChatSession::State::Connected, netTimeoutMs);
    QTRY_VERIFY(shownTexts(*reader).size() >= 40);
    QVERIFY(shownTexts(*reader).size() < 60);
    QScrollBar *bar = messageView(*reader)->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    // At the bottom: a new message keeps the view at the bottom.
    writers[0]->send(u"live 1"_qs);
    QTRY_COMPARE(shownTexts(*reader).constLast(), u"live 1"_qs);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QCOMPARE(reader->newMessagesWaiting(), 0);

    // Scrolled up a little: the view stays put and offers a jump to the new messages.
    bar->setValue(bar->maximum() / 2);
    const int position = bar->value();
    writers[1]->send(u"live 2"_qs);
    QTRY_COMPARE(shownTexts(*reader).constLast(), u"live 2"_qs);
    QTRY_COMPARE(reader->newMessagesWaiting(), 1);
    QCOMPARE(bar->value(), position);
    reader->scrollToBottom();
    QTRY_COMPARE(bar->value(), bar->maximum());
    QCOMPARE(reader->newMessagesWaiting(), 0);

    // Scrolled to the top: older history is fetched from the host until all is there.
    for (int page = 0; page < 3 && shownTexts(*reader).size() < 62; ++page) {
        bar->setValue(bar->minimum());
        QTRY_VERIFY_WITH_TIMEOUT(!reader->session()->isLoadingOlder(), netTimeoutMs);
    }
    QTRY_COMPARE(shownTexts(*reader).size(), 62);
    QCOMPARE(shownTexts(*reader).constFirst(), u"message number 0"_qs);
    QVERIFY(seqsStrictlyIncrease(*reader));
    QVERIFY(!reader->session()->hasOlder());
}

void tst_DesktopChat::unreadCountWhileInactive()
{
    QTemporaryDir dir;
    HostConfig config;
    config.bindAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    config.roomName = u"Unread room"_qs;
    config.dataDir = dir.path();
    DesktopHost host(config);
    QSignalSpy started(&host, &DesktopHost::started);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, netTimeoutMs);

    auto ann = openWindow(host.ownChatUrl(), u"Ann"_qs);
    auto bob = openWindow(host.ownChatUrl(), u"Bob"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(ann->session()->state(), ChatSession::State::Connected, netTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(bob->session()->state(), ChatSession::State::Connected, netTimeoutMs);
    bob->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(bob.get()));
    QVERIFY(!ann->isActiveWindow());

    typeAndSend(*bob, u"ping Ann"_qs);
    typeAndSend(*bob, u"second"_qs);
    QTRY_COMPARE(ann->unreadCount(), 2);
    QVERIFY(ann->windowTitle().startsWith(u"(2) "_qs));
    QCOMPARE(bob->unreadCount(), 0);

    ann->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(ann.get()));
    QTRY_COMPARE(ann->unreadCount(), 0);
    QCOMPARE(ann->windowTitle(), u"Unread room — Tincan"_qs);
}

void tst_DesktopChat::linksOpenFromTheKeyboard()
{
    QTemporaryDir dir;
    HostConfig config;
    config.bindAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    config.dataDir = dir.path();
    DesktopHost host(config);
    QSignalSpy started(&host, &DesktopHost::started);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, netTimeoutMs);

    LinkCatcher catcher;
    QDesktopServices::setUrlHandler(u"https"_qs, &catcher, "open");
    auto ann = openWindow(host.ownChatUrl(), u"Ann"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(ann->session()->state(), ChatSession::State::Connected, netTimeoutMs);
    typeAndSend(*ann, u"agenda: https://intranet.example/agenda, thanks"_qs);
    QTRY_COMPARE(ann->messageModel()->rowCount(), 1);

    QListView *view = messageView(*ann);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(catcher.opened, QList<QUrl>{QUrl(u"https://intranet.example/agenda"_qs)});
    QDesktopServices::unsetUrlHandler(u"https"_qs);
}

QTEST_MAIN(tst_DesktopChat)
#include "tst_desktopchat.moc"
