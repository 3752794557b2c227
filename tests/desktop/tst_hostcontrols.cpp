#include "app/desktopcontroller.h"
#include "app/desktophost.h"
#include "client/joinaddress.h"
#include "testclient.h"
#include "testhost.h"
#include "ui/accesscodedialog.h"
#include "ui/chatwindow.h"
#include "ui/hostpanel.h"
#include "ui/messagemodel.h"
#include "ui/peoplelist.h"
#include "ui/qrcodewidget.h"
#include "ui/rosterdelegate.h"
#include "ui/rostermodel.h"
#include "ui/startwindow.h"
#include "windowparts.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using tincan::AccessCodeDialog;
using tincan::ChatSession;
using tincan::ChatWindow;
using tincan::DesktopController;
using tincan::DesktopOptions;
using tincan::HostPanel;
using tincan::JoinAddress;
using tincan::MessageModel;
using tincan::PeopleList;
using tincan::QrCodeWidget;
using tincan::RosterDelegate;
using tincan::RosterModel;

namespace {

constexpr int netTimeoutMs = 10000;

int rowOf(const ChatWindow &window, const QString &nick)
{
    return int(window.rosterModel()->nicks().indexOf(nick));
}

// One person at a desktop: their session and the window that shows it (which goes first).
struct Seat
{
    std::unique_ptr<ChatSession> session;
    std::unique_ptr<ChatWindow> window;

    ChatWindow *operator->() const { return window.get(); }
};

Seat openWindow(const QUrl &url, const QString &nick, const QString &code = {})
{
    Seat seat;
    seat.session = std::make_unique<ChatSession>();
    seat.session->setAccessCode(code);
    seat.session->open(url, nick);
    seat.window = std::make_unique<ChatWindow>(seat.session.get());
    seat.window->setConfirmClose(false);
    seat.window->show();
    return seat;
}

DesktopOptions hostOptions(const QTemporaryDir &dir)
{
    DesktopOptions options;
    options.mode = DesktopOptions::Mode::Host;
    options.nick = u"Hana"_qs;
    options.roomName = u"Class 4B"_qs;
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    options.dataDir = dir.path();
    options.discovery = false;
    return options;
}

// `--join ADDRESS --nick Ann`, discovery off.
DesktopOptions joinOptions(const QString &address)
{
    DesktopOptions options;
    options.mode = DesktopOptions::Mode::Join;
    options.nick = u"Ann"_qs;
    options.address = address;
    options.discovery = false;
    return options;
}

// What a message box said when it asked, and whether it took its text as plain text.
struct Asked
{
    QString name;
    QString text;
    bool plainText = false;
    bool answered = false;
};

// Answers the next message box that appears: with its destructive button (Remove, Ban) when
// `confirm`, else with Cancel.
void answerNextBox(Asked *asked, bool confirm = true)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, asked, confirm] {
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *widget : windows) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (!box || !box->isVisible())
                continue;
            asked->name = box->objectName();
            asked->text = box->text();
            asked->plainText = box->textFormat() == Qt::PlainText;
            asked->answered = true;
            poll->stop();
            poll->deleteLater();
            const QList<QAbstractButton *> buttons = box->buttons();
            for (QAbstractButton *button : buttons) {
                if (confirm && box->buttonRole(button) == QMessageBox::DestructiveRole) {
                    button->click();
                    return;
                }
            }
            box->reject();
            return;
        }
    });
    poll->start();
}

// The open context menu of the people list, if any.
QMenu *openPersonMenu()
{
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    return menu && menu->objectName() == u"personMenu"_qs ? menu : nullptr;
}

QAction *menuAction(QMenu *menu, const QString &name)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

QString bannerText(const ChatWindow &window)
{
    return window.connectionText();
}

} // namespace

// The host keeps the room from its own window: who may join (access code, lock), who stays
// (remove, ban), and everyone can see who the host is.
class tst_HostControls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostRemovesAndBansFromTheRoster();
    void linkAndQrCodeCarryTheCode();
    void lockKeepsNewcomersOutAndMembersIn();
    void joiningAskForTheCode();
    void linkWithACodeJoinsInOneStep();
    void commandLineCodeIsUsed();
};

void tst_HostControls::hostRemovesAndBansFromTheRoster()
{
    QTemporaryDir dir;
    DesktopController controller(hostOptions(dir));
    controller.begin();
    QTRY_VERIFY_WITH_TIMEOUT(controller.chatWindow(), netTimeoutMs);
    ChatWindow *host = controller.chatWindow();
    host->setConfirmClose(false);
    QTRY_COMPARE_WITH_TIMEOUT(host->session()->state(), ChatSession::State::Connected, netTimeoutMs);
    QTRY_VERIFY(host->session()->isHost());
    // The key that makes this window the host: strong, and nowhere in the window.
    const QString hostKey = controller.host()->config().hostKey;
    QVERIFY(hostKey.size() >= 22);
    const QList<QLabel *> hostLabels = host->findChildren<QLabel *>();
    for (const QLabel *label : hostLabels)
        QVERIFY(!label->text().contains(hostKey));
    QVERIFY(!part<QLineEdit>(*host, u"inviteLink"_qs)->text().contains(hostKey));

    const QUrl url = controller.host()->ownChatUrl();
    Seat ann = openWindow(url, u"Ann"_qs);
    const QString markup = u"<b>Bob</b> & <i>co</i>"_qs;
    Seat bob = openWindow(url, markup);
    Seat cleo = openWindow(url, u"Cleo"_qs);
    for (ChatWindow *window : {host, ann.window.get(), bob.window.get(), cleo.window.get()})
        QTRY_COMPARE_WITH_TIMEOUT(window->rosterModel()->rowCount(), 4, netTimeoutMs);

    // Everyone sees who hosts: the host's entry says so (to screen readers too), nobody else's.
    for (ChatWindow *window : {host, ann.window.get(), cleo.window.get()}) {
        const RosterModel *roster = window->rosterModel();
        for (int row = 0; row < roster->rowCount(); ++row) {
            const QModelIndex index = roster->index(row);
            const bool isHana = index.data(RosterModel::NickRole).toString() == u"Hana"_qs;
            QCOMPARE(index.data(RosterModel::HostRole).toBool(), isHana);
            if (isHana && window != host)
                QCOMPARE(index.data(Qt::AccessibleTextRole).toString(), u"Hana, the host"_qs);
        }
        // The delegate draws the badge beside the host's entry only.
        auto *view = part<QListView>(*window, u"peopleView"_qs);
        auto *delegate = qobject_cast<RosterDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        for (int row = 0; row < roster->rowCount(); ++row) {
            const QModelIndex index = roster->index(row);
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.rect = view->visualRect(index);
            const QRect badge = delegate->badgeRect(option, index);
            QCOMPARE(!badge.isEmpty(), index.data(RosterModel::HostRole).toBool());
            if (!badge.isEmpty())
                QVERIFY(option.rect.contains(badge));
        }
    }
    QCOMPARE(host->rosterModel()->index(rowOf(*host, u"Hana"_qs)).data(Qt::AccessibleTextRole).toString(),
             u"Hana, that is you, the host"_qs);
    // A window opened on a session that is already in the room knows the host from the start.
    ChatWindow late(cleo.session.get());
    QCOMPARE(late.session()->hostNick(), u"Hana"_qs);
    late.rosterModel()->setRoster(cleo.session->roster());
    QVERIFY(late.rosterModel()->index(int(late.rosterModel()->nicks().indexOf(u"Hana"_qs)))
                .data(RosterModel::HostRole).toBool());

    // A member's window offers nobody's removal, by mouse or keyboard: only a private message.
    auto *annPeople = part<PeopleList>(*ann.window, u"peopleList"_qs);
    QVERIFY(!annPeople->isModerating());
    QMenu *memberMenu = annPeople->openMenu(rowOf(*ann.window, u"Cleo"_qs));
    QVERIFY(memberMenu);
    QVERIFY(menuAction(memberMenu, u"messageAction"_qs));
    QVERIFY(!menuAction(memberMenu, u"removeAction"_qs));
    QVERIFY(!menuAction(memberMenu, u"banAction"_qs));
    memberMenu->close();
    auto *annView = part<QListView>(*ann.window, u"peopleView"_qs);
    annView->setCurrentIndex(ann->rosterModel()->index(rowOf(*ann.window, u"Cleo"_qs)));
    annView->setFocus();
    QTest::keyClick(annView, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(openPersonMenu());
    QVERIFY(!menuAction(openPersonMenu(), u"removeAction"_qs));
    openPersonMenu()->close();

    // The host's window: the menu key on Ann's entry, Remove, confirmed.
    auto *hostPeople = part<PeopleList>(*host, u"peopleList"_qs);
    QVERIFY(hostPeople->isModerating());
    QVERIFY(!hostPeople->openMenu(rowOf(*host, u"Hana"_qs))); // never the host's own entry
    auto *hostView = part<QListView>(*host, u"peopleView"_qs);
    host->activateWindow();
    hostView->setFocus();
    hostView->setCurrentIndex(host->rosterModel()->index(rowOf(*host, u"Ann"_qs)));
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(), QPoint());
    QApplication::sendEvent(hostView, &menuKey);
    QMenu *menu = openPersonMenu();
    QVERIFY(menu);
    QAction *remove = menuAction(menu, u"removeAction"_qs);
    QVERIFY(remove && menuAction(menu, u"banAction"_qs));
    QCOMPARE(remove->text(), u"&Remove from Chat…"_qs);
    // Said no to first: nothing happens.
    Asked asked;
    answerNextBox(&asked, false);
    remove->trigger();
    menu->close();
    QTRY_VERIFY(asked.answered);
    QCOMPARE(asked.text, u"Remove Ann from the chat?"_qs);
    QTest::qWait(200);
    QCOMPARE(ann.session->state(), ChatSession::State::Connected);

    // Shift+F10 opens the same menu; this time the host says yes.
    QTest::keyClick(hostView, Qt::Key_F10, Qt::ShiftModifier);
    menu = openPersonMenu();
    QVERIFY(menu);
    asked = {};
    answerNextBox(&asked);
    menuAction(menu, u"removeAction"_qs)->trigger();
    menu->close();
    QTRY_VERIFY(asked.answered);
    QCOMPARE(asked.name, u"removeConfirmation"_qs);
    QVERIFY(asked.plainText);

    // Ann's window: a lasting state that says what happened, with Rejoin and the way back.
    QTRY_COMPARE_WITH_TIMEOUT(ann.session->state(), ChatSession::State::Removed, netTimeoutMs);
    QCOMPARE(ann.session->refusal().code, u"kicked"_qs);
    QCOMPARE(bannerText(*ann.window), u"The host removed you from the chat."_qs);
    auto *annRetry = part<QPushButton>(*ann.window, u"bannerButton"_qs);
    QVERIFY(annRetry->isVisible());
    QCOMPARE(annRetry->text(), u"&Rejoin"_qs);
    QVERIFY(part<QPushButton>(*ann.window, u"backButton"_qs)->isVisible());
    // Everyone else: removed by the host, not "left".
    for (ChatWindow *window : {host, bob.window.get(), cleo.window.get()}) {
        QTRY_VERIFY(systemLines(*window).contains(u"Ann was removed by the host"_qs));
        QVERIFY(!systemLines(*window).contains(u"Ann left"_qs));
        QTRY_COMPARE(window->rosterModel()->rowCount(), 3);
    }
    // It stays that way: no reconnect on its own.
    QTest::qWait(2500);
    QCOMPARE(ann.session->state(), ChatSession::State::Removed);
    QCOMPARE(host->rosterModel()->rowCount(), 3);

    // A kicked member may come back.
    QTest::mouseClick(annRetry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ann.session->state(), ChatSession::State::Connected, netTimeoutMs);
    QTRY_COMPARE(host->rosterModel()->rowCount(), 4);

    // A right click on Bob's entry, Ban, confirmed: the dialog names him as he typed his name.
    const QRect bobRect = hostView->visualRect(host->rosterModel()->index(rowOf(*host, markup)));
    QTest::mouseClick(hostView->viewport(), Qt::RightButton, {}, bobRect.center());
    menu = openPersonMenu();
    if (!menu) {
        // Platforms that make no context menu of a synthetic click: the event it would make.
        QContextMenuEvent click(QContextMenuEvent::Mouse, bobRect.center(),
                                hostView->viewport()->mapToGlobal(bobRect.center()));
        QApplication::sendEvent(hostView->viewport(), &click);
        menu = openPersonMenu();
    }
    QVERIFY(menu);
    QCOMPARE(hostView->currentIndex().data(RosterModel::NickRole).toString(), markup);
    asked = {};
    answerNextBox(&asked);
    menuAction(menu, u"banAction"_qs)->trigger();
    menu->close();
    QTRY_VERIFY(asked.answered);
    QCOMPARE(asked.name, u"banConfirmation"_qs);
    QCOMPARE(asked.text, u"Ban %1 from this chat?"_qs.arg(markup));
    QVERIFY(asked.plainText);

    QTRY_COMPARE_WITH_TIMEOUT(bob.session->state(), ChatSession::State::Removed, netTimeoutMs);
    QCOMPARE(bob.session->refusal().code, u"banned"_qs);
    QCOMPARE(bannerText(*bob.window), u"The host banned you from this chat."_qs);
    QVERIFY(!part<QPushButton>(*bob.window, u"bannerButton"_qs)->isVisible()); // no Rejoin
    QVERIFY(part<QPushButton>(*bob.window, u"backButton"_qs)->isVisible());
    QTRY_VERIFY(systemLines(*host).contains(u"%1 was removed by the host"_qs.arg(markup)));
    QVERIFY(!systemLines(*host).contains(u"%1 left"_qs.arg(markup)));
    // A ban keeps a computer out, not a name: Ann and Cleo, here on the same computer as Bob
    // (127.0.0.1), go with him. The host's own window stays.
    for (const auto *member : {&ann, &cleo}) {
        QTRY_COMPARE_WITH_TIMEOUT(member->session->state(), ChatSession::State::Removed, netTimeoutMs);
        QCOMPARE(member->session->refusal().code, u"banned"_qs);
    }
    QTRY_COMPARE(host->rosterModel()->rowCount(), 1);
    QTest::qWait(1500);
    QCOMPARE(bob.session->state(), ChatSession::State::Removed);
    QVERIFY(!bob.window->findChild<QLineEdit *>(u"accessCode"_qs)->isVisible());

    // The host's window without its connection offers no removal: it would go nowhere.
    QVERIFY(hostPeople->isModerating());
    host->session()->close();
    QTRY_VERIFY(!hostPeople->isModerating());
}

void tst_HostControls::linkAndQrCodeCarryTheCode()
{
    QTemporaryDir dir;
    DesktopController controller(hostOptions(dir));
    controller.begin();
    QTRY_VERIFY_WITH_TIMEOUT(controller.chatWindow(), netTimeoutMs);
    ChatWindow *host = controller.chatWindow();
    host->setConfirmClose(false);
    QTRY_COMPARE_WITH_TIMEOUT(host->session()->state(), ChatSession::State::Connected, netTimeoutMs);
    auto *panel = part<HostPanel>(*host, u"hostPanel"_qs);
    auto *link = part<QLineEdit>(*panel, u"inviteLink"_qs);
    auto *qr = panel->findChild<QrCodeWidget *>();
    QVERIFY(qr);
    auto *code = part<QLabel>(*panel, u"accessCode"_qs);
    const QString base = panel->links().constFirst().toString();
    QVERIFY(!base.contains(u'#'));
    QCOMPARE(link->text(), base);
    QCOMPARE(qr->text(), base);
    QVERIFY(part<QPushButton>(*panel, u"generateCode"_qs)->isVisible());
    QVERIFY(!part<QPushButton>(*panel, u"changeCode"_qs)->isVisible());
    QVERIFY(!part<QPushButton>(*panel, u"removeCode"_qs)->isVisible());
    const QUrl url = controller.host()->ownChatUrl();

    // Generate One: the code shows, as plain selectable text, and the link and QR code carry it.
    QTest::mouseClick(part<QPushButton>(*panel, u"generateCode"_qs), Qt::LeftButton);
    const QString generated = panel->accessCode();
    QCOMPARE(generated.size(), 9);
    QCOMPARE(code->text(), generated);
    QCOMPARE(code->textFormat(), Qt::PlainText);
    QVERIFY(code->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QCOMPARE(link->text(), base + u"#code="_qs + generated);
    QCOMPARE(qr->text(), base + u"#code="_qs + generated);
    QVERIFY(part<QPushButton>(*panel, u"changeCode"_qs)->isVisible());
    QVERIFY(part<QPushButton>(*panel, u"removeCode"_qs)->isVisible());
    QCOMPARE(controller.host()->accessCode(), generated);
    // The room now asks for it (the service heard), and the host's own window is still in.
    Seat stranger = openWindow(url, u"Stranger"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(stranger.session->state(), ChatSession::State::Refused, netTimeoutMs);
    QCOMPARE(stranger.session->refusal().code, u"access-denied"_qs);
    // The link as guests get it joins.
    Seat guest = openWindow(url, u"Guest"_qs, JoinAddress::parse(qr->text()).accessCode());
    QTRY_COMPARE_WITH_TIMEOUT(guest.session->state(), ChatSession::State::Connected, netTimeoutMs);

    // Change…: a code that cannot be used is explained in the dialog; a good one is used at once,
    // encoded in the link, and people already in stay.
    QString firstProblem;
    QTimer::singleShot(0, this, [&firstProblem] {
        auto *dialog = qobject_cast<AccessCodeDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *field = part<QLineEdit>(*dialog, u"newAccessCode"_qs);
        field->setText(u"ab"_qs);
        dialog->accept();
        firstProblem = dialog->errorText();
        QVERIFY(dialog->isVisible());
        field->setText(u"Room 4B & co"_qs);
        dialog->accept();
    });
    QTest::mouseClick(part<QPushButton>(*panel, u"changeCode"_qs), Qt::LeftButton);
    QCOMPARE(firstProblem, AccessCodeDialog::problemText(tincan::protocol::AccessCodeProblem::TooShort));
    QCOMPARE(panel->accessCode(), u"Room 4B & co"_qs);
    QCOMPARE(qr->text(), base + u"#code=Room%204B%20%26%20co"_qs);
    QCOMPARE(JoinAddress::parse(link->text()).accessCode(), u"Room 4B & co"_qs);
    QCOMPARE(JoinAddress::parse(qr->text()).accessCode(), u"Room 4B & co"_qs);
    Seat late = openWindow(url, u"Late"_qs, generated);
    QTRY_COMPARE_WITH_TIMEOUT(late.session->state(), ChatSession::State::Refused, netTimeoutMs);
    QCOMPARE(late.session->refusal().code, u"access-denied"_qs);
    Seat later = openWindow(url, u"Later"_qs, JoinAddress::parse(qr->text()).accessCode());
    QTRY_COMPARE_WITH_TIMEOUT(later.session->state(), ChatSession::State::Connected, netTimeoutMs);
    QCOMPARE(guest.session->state(), ChatSession::State::Connected);

    // Remove (the invitation folded away as people joined; the host opens it again): the link
    // is bare again, and anyone with it joins.
    QVERIFY(!panel->isInvitationOpen());
    QTest::mouseClick(part<QToolButton>(*panel, u"inviteToggle"_qs), Qt::LeftButton);
    QVERIFY(panel->isInvitationOpen());
    QTest::mouseClick(part<QPushButton>(*panel, u"removeCode"_qs), Qt::LeftButton);
    QVERIFY(panel->accessCode().isEmpty());
    QCOMPARE(link->text(), base);
    QCOMPARE(qr->text(), base);
    QVERIFY(!code->text().contains(u"Room"_qs));
    QVERIFY(part<QPushButton>(*panel, u"generateCode"_qs)->isVisible());
    Seat anyone = openWindow(url, u"Anyone"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(anyone.session->state(), ChatSession::State::Connected, netTimeoutMs);
}

void tst_HostControls::lockKeepsNewcomersOutAndMembersIn()
{
    QTemporaryDir dir;
    DesktopController controller(hostOptions(dir));
    controller.begin();
    QTRY_VERIFY_WITH_TIMEOUT(controller.chatWindow(), netTimeoutMs);
    ChatWindow *host = controller.chatWindow();
    host->setConfirmClose(false);
    QTRY_COMPARE_WITH_TIMEOUT(host->session()->state(), ChatSession::State::Connected, netTimeoutMs);
    const QUrl url = controller.host()->ownChatUrl();

    TestClient member;
    QVERIFY(member.join(url, u"Member"_qs));
    const QString token = member.welcome().value(u"resumeToken").toString();
    const qint64 lastSeq = member.welcome().value(u"lastSeq").toInteger();

    auto *panel = part<HostPanel>(*host, u"hostPanel"_qs);
    auto *lock = part<QCheckBox>(*panel, u"lockRoom"_qs);
    QVERIFY(lock->isVisible());
    QVERIFY(!lock->isChecked());
    lock->setFocus();
    QTest::keyClick(lock, Qt::Key_Space);
    QVERIFY(panel->isLocked());
    QVERIFY(controller.host()->isLocked());
    // The panel says in plain words what the lock does.
    const QList<QLabel *> labels = panel->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->isVisible() && label->text().startsWith(u"Nobody new can join."_qs);
    }));

    Seat newcomer = openWindow(url, u"Newcomer"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(newcomer.session->state(), ChatSession::State::Refused, netTimeoutMs);
    QCOMPARE(newcomer.session->refusal().code, u"room-locked"_qs);
    QCOMPARE(bannerText(*newcomer.window), u"The host has locked this chat: nobody new can join right now. Ask "
                                           u"the host to unlock it, then try again."_qs);

    // The member's connection drops: back in with its resume token, the room still locked.
    member.socket.abort();
    TestClient memberAgain;
    QVERIFY(memberAgain.join(url, helloAs(u"Member"_qs, lastSeq, token)));
    QTRY_VERIFY(host->rosterModel()->nicks().contains(u"Member"_qs));

    // Unlocked: the newcomer's Try Again gets in.
    QTest::keyClick(lock, Qt::Key_Space);
    QVERIFY(!controller.host()->isLocked());
    QTest::mouseClick(part<QPushButton>(*newcomer.window, u"bannerButton"_qs), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(newcomer.session->state(), ChatSession::State::Connected, netTimeoutMs);
}

void tst_HostControls::joiningAskForTheCode()
{
    TestHost room(u"Lab"_qs);
    room.setAccessCode(u"K7MX-3QPA"_qs);
    QVERIFY(room.start());
    DesktopController controller(joinOptions(u"127.0.0.1:%1"_qs.arg(room.port())));
    controller.begin();
    QTRY_VERIFY(controller.chatWindow());
    ChatWindow *window = controller.chatWindow();
    window->setConfirmClose(false);
    QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), ChatSession::State::Refused, netTimeoutMs);
    QCOMPARE(bannerText(*window), u"This chat needs an access code. Ask the host for it and enter it here."_qs);
    auto *field = part<QLineEdit>(*window, u"accessCode"_qs);
    QVERIFY(field->isVisible());
    QTRY_COMPARE(window->focusWidget(), field);

    // Nothing typed: asked again, nothing sent.
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(bannerText(*window), u"Enter the access code the host gave you."_qs);
    QCOMPARE(window->session()->state(), ChatSession::State::Refused);

    QTest::keyClicks(field, u"K7MX-3QPZ"_qs);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(bannerText(*window),
                              u"That code is not right. Check it with the host and enter it again."_qs,
                              netTimeoutMs);
    QCOMPARE(window->session()->state(), ChatSession::State::Refused);
    QTRY_VERIFY(field->isVisible());
    QCOMPARE(field->selectedText(), u"K7MX-3QPZ"_qs); // typing replaces the wrong one

    QTest::keyClicks(field, u"k7mx 3qpa"_qs); // as read off a projector
    QTest::mouseClick(part<QPushButton>(*window, u"bannerButton"_qs), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), ChatSession::State::Connected, netTimeoutMs);
    QVERIFY(window->connectionText() == u"Connected"_qs);
    QVERIFY(!field->isVisible());
}

void tst_HostControls::linkWithACodeJoinsInOneStep()
{
    TestHost room(u"Lab"_qs);
    room.setAccessCode(u"K7MX-3QPA"_qs);
    QVERIFY(room.start());

    // --join with the host's link.
    {
        DesktopController controller(joinOptions(u"http://127.0.0.1:%1/#code=K7MX-3QPA"_qs.arg(room.port())));
        controller.begin();
        QTRY_VERIFY(controller.chatWindow());
        QSignalSpy states(controller.chatWindow()->session(), &ChatSession::stateChanged);
        QTRY_COMPARE_WITH_TIMEOUT(controller.chatWindow()->session()->state(), ChatSession::State::Connected,
                                  netTimeoutMs);
        for (const QList<QVariant> &state : std::as_const(states))
            QVERIFY(state.first().value<ChatSession::State>() != ChatSession::State::Refused);
        controller.chatWindow()->setConfirmClose(false);
    }

    // The link pasted into the start window's Join page.
    DesktopOptions options;
    options.discovery = false;
    DesktopController controller(options);
    QSignalSpy finished(&controller, &DesktopController::finished);
    controller.begin();
    tincan::StartWindow *start = controller.startWindow();
    QVERIFY(start && start->isVisible());
    part<QLineEdit>(*start, u"nick"_qs)->setText(u"Bea"_qs);
    start->showJoinPage(u"http://127.0.0.1:%1/#code=K7MX-3QPA"_qs.arg(room.port()));
    start->go();
    QTRY_VERIFY(controller.chatWindow());
    QTRY_COMPARE_WITH_TIMEOUT(controller.chatWindow()->session()->state(), ChatSession::State::Connected,
                              netTimeoutMs);
    controller.chatWindow()->setConfirmClose(false);
}

// --access-code fills in the start window's host page, and with --host the room needs it.
void tst_HostControls::commandLineCodeIsUsed()
{
    QTemporaryDir dir;
    {
        DesktopOptions options = hostOptions(dir);
        options.mode = DesktopOptions::Mode::Ask;
        options.accessCode = u"TEAM-2024"_qs;
        DesktopController controller(options);
        controller.begin();
        QVERIFY(controller.startWindow());
        QCOMPARE(part<QLineEdit>(*controller.startWindow(), u"accessCode"_qs)->text(), u"TEAM-2024"_qs);
    }
    DesktopOptions options = hostOptions(dir);
    options.accessCode = u"TEAM-2024"_qs;
    DesktopController controller(options);
    controller.begin();
    QTRY_VERIFY_WITH_TIMEOUT(controller.chatWindow(), netTimeoutMs);
    ChatWindow *host = controller.chatWindow();
    host->setConfirmClose(false);
    QTRY_COMPARE_WITH_TIMEOUT(host->session()->state(), ChatSession::State::Connected, netTimeoutMs);
    QVERIFY(host->session()->isHost());
    QVERIFY(host->session()->accessCode().isEmpty()); // the host key lets the host in, not the code
    auto *panel = part<HostPanel>(*host, u"hostPanel"_qs);
    QCOMPARE(panel->accessCode(), u"TEAM-2024"_qs);
    QVERIFY(panel->currentLink().toString().endsWith(u"#code=TEAM-2024"_qs));
    Seat stranger = openWindow(controller.host()->ownChatUrl(), u"Stranger"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(stranger.session->state(), ChatSession::State::Refused, netTimeoutMs);
    QCOMPARE(stranger.session->refusal().code, u"access-denied"_qs);
}

QTEST_MAIN(tst_HostControls)
#include "tst_hostcontrols.moc"
