#include "app/desktopcontroller.h"
#include "translations/language.h"
#include "ui/chatwindow.h"
#include "ui/composer.h"
#include "ui/hostpanel.h"
#include "ui/languagemenu.h"
#include "ui/peoplelist.h"
#include "ui/rostermodel.h"
#include "ui/startwindow.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using tincan::ChatSession;
using tincan::ChatWindow;
using tincan::DesktopController;
using tincan::DesktopOptions;
using tincan::Language;
using tincan::RosterModel;
using tincan::StartWindow;

namespace {

constexpr int netTimeoutMs = 10000;

// What the test reads off the two windows, the way a person sees them.
struct Seen
{
    QString title;
    QString send;
    QString people;
    QString you;
    QString state;
    QString count;
    QString invite;
    QString viewMenu;
    QString languageMenu;
    QString systemLanguage;
    QString go;
    QString joinTab;
    QString nickLabel;
};

// The Language menu of `window`, found through the menu bar as a person finds it (View).
tincan::LanguageMenu *languageMenu(const ChatWindow &window)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    for (const QAction *menu : menus) {
        if (!menu->menu())
            continue;
        const QList<QAction *> items = menu->menu()->actions();
        for (const QAction *item : items) {
            if (auto *languages = qobject_cast<tincan::LanguageMenu *>(item->menu()))
                return languages;
        }
    }
    return nullptr;
}

QAction *languageAction(const ChatWindow &window, const QString &text)
{
    tincan::LanguageMenu *menu = languageMenu(window);
    if (!menu)
        return nullptr;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

Seen seen(const ChatWindow &chat, const StartWindow &start)
{
    Seen s;
    s.title = chat.windowTitle();
    s.send = chat.findChild<tincan::Composer *>()->findChild<QPushButton *>()->text();
    s.people = chat.findChild<tincan::PeopleList *>()->findChild<QLabel *>()->text();
    s.you = chat.rosterModel()->index(0).data().toString();
    s.state = chat.connectionText();
    const auto *host = chat.findChild<tincan::HostPanel *>(u"hostPanel"_qs);
    s.count = host->peerCountText();
    s.invite = host->findChild<QToolButton *>(u"inviteToggle"_qs)->text();
    s.viewMenu = chat.menuBar()->actions().value(1)->text();
    tincan::LanguageMenu *languages = languageMenu(chat);
    s.languageMenu = languages->title();
    s.systemLanguage = languages->actions().value(0)->text();
    s.go = start.findChild<QPushButton *>(u"go"_qs)->text();
    s.joinTab = start.findChild<QTabWidget *>(u"hostOrJoin"_qs)->tabText(1);
    const QLabel *nickLabel = nullptr;
    const QList<QLabel *> labels = start.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() == start.findChild<QWidget *>(u"nick"_qs))
            nickLabel = label;
    }
    s.nickLabel = nickLabel ? nickLabel->text() : QString();
    return s;
}

} // namespace

// A language picked in the chat window's menu is spoken at once by every open window (the
// hidden start window too), and kept for the next start.
class tst_LanguageSwitch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the settings are the test's, not the user's
        QSettings().remove(Language::settingsKey);
    }

    void cleanup()
    {
        QSettings().remove(Language::settingsKey);
        Language::install(u"en"_qs);
        QLocale::setDefault(QLocale::system());
    }

    void menuSwitchesTheOpenWindows();
};

void tst_LanguageSwitch::menuSwitchesTheOpenWindows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DesktopOptions options;
    options.mode = DesktopOptions::Mode::Host;
    options.nick = u"Hana"_qs;
    options.roomName = u"Kitchen"_qs;
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    options.dataDir = dir.path();
    options.discovery = false;
    DesktopController controller(options);
    controller.begin();
    QTRY_VERIFY_WITH_TIMEOUT(controller.chatWindow(), netTimeoutMs);
    ChatWindow *chat = controller.chatWindow();
    chat->setConfirmClose(false);
    QTRY_COMPARE_WITH_TIMEOUT(chat->session()->state(), ChatSession::State::Connected, netTimeoutMs);
    QTRY_COMPARE(chat->rosterModel()->rowCount(), 1);
    QTRY_COMPARE(chat->findChild<tincan::HostPanel *>(u"hostPanel"_qs)->peerCountText(), u"1 person connected"_qs);

    QSettings startSettings(dir.filePath(u"start.ini"_qs), QSettings::IniFormat);
    StartWindow start(&startSettings);
    start.showHostPage();
    start.show();

    const Seen english = seen(*chat, start);
    QCOMPARE(english.title, u"Kitchen — Tincan"_qs);
    QCOMPARE(english.send, u"&Send"_qs);
    QCOMPARE(english.people, u"People (1)"_qs);
    QCOMPARE(english.you, u"Hana (you)"_qs);
    QCOMPARE(english.state, u"Hosting"_qs);
    QCOMPARE(english.invite, u"Invite people"_qs);
    QCOMPARE(english.viewMenu, u"&View"_qs);
    QCOMPARE(english.languageMenu, u"&Language"_qs);
    QCOMPARE(english.systemLanguage, u"System Language"_qs);
    QCOMPARE(english.go, u"&Start Hosting"_qs);
    QCOMPARE(english.joinTab, u"&Join a chat"_qs);
    QCOMPARE(english.nickLabel, u"Your &name:"_qs);

    // German, from the menu.
    QSignalSpy rosterChanged(chat->rosterModel(), &RosterModel::dataChanged);
    QAction *german = languageAction(*chat, Language::nativeName(u"de"_qs));
    QVERIFY(german);
    german->trigger();
    QCOMPARE(QSettings().value(Language::settingsKey).toString(), u"de"_qs);
    QCOMPARE(chat->statusBar()->currentMessage(), u"Tincan spricht jetzt Deutsch."_qs);
    QTRY_COMPARE(seen(*chat, start).send, u"&Senden"_qs);
    const Seen deutsch = seen(*chat, start);
    QCOMPARE(deutsch.title, u"Kitchen – Tincan"_qs);
    QCOMPARE(deutsch.people, u"Personen (1)"_qs);
    QCOMPARE(deutsch.you, u"Hana (du)"_qs);
    QCOMPARE(deutsch.state, u"Als Host aktiv"_qs);
    QCOMPARE(deutsch.count, u"1 Person verbunden"_qs);
    QCOMPARE(deutsch.invite, u"Leute einladen"_qs);
    QCOMPARE(deutsch.viewMenu, u"&Ansicht"_qs);
    QCOMPARE(deutsch.languageMenu, u"&Sprache"_qs);
    QCOMPARE(deutsch.systemLanguage, u"Sprache des Systems"_qs);
    QCOMPARE(deutsch.go, u"Chat &eröffnen"_qs);
    QCOMPARE(deutsch.joinTab, u"Chat bei&treten"_qs);
    QCOMPARE(deutsch.nickLabel, u"Dein &Name:"_qs);
    // The people list was told that its "(you)" reads differently now, so it shows it anew.
    QVERIFY(std::any_of(rosterChanged.cbegin(), rosterChanged.cend(), [](const QList<QVariant> &args) {
        return args.at(2).value<QList<int>>().contains(Qt::DisplayRole);
    }));

    // And back to English: everything reads as before.
    QAction *english2 = languageAction(*chat, Language::nativeName(u"en"_qs));
    QVERIFY(english2);
    english2->trigger();
    QCOMPARE(QSettings().value(Language::settingsKey).toString(), u"en"_qs);
    QCOMPARE(chat->statusBar()->currentMessage(), u"Tincan now speaks %1."_qs.arg(Language::nativeName(u"en"_qs)));
    QTRY_COMPARE(seen(*chat, start).send, u"&Send"_qs);
    const Seen again = seen(*chat, start);
    QCOMPARE(again.title, english.title);
    QCOMPARE(again.people, english.people);
    QCOMPARE(again.you, english.you);
    QCOMPARE(again.state, english.state);
    QCOMPARE(again.count, english.count);
    QCOMPARE(again.invite, english.invite);
    QCOMPARE(again.viewMenu, english.viewMenu);
    QCOMPARE(again.languageMenu, english.languageMenu);
    QCOMPARE(again.systemLanguage, english.systemLanguage);
    QCOMPARE(again.go, english.go);
    QCOMPARE(again.joinTab, english.joinTab);
    QCOMPARE(again.nickLabel, english.nickLabel);

    // "System Language" forgets the choice; the system of the tests (the C locale) speaks English.
    languageAction(*chat, u"System Language"_qs)->trigger();
    QVERIFY(!QSettings().contains(Language::settingsKey));
    QCOMPARE(Language::current(), u"en"_qs);
    QCOMPARE(chat->statusBar()->currentMessage(),
             u"Tincan now speaks the system's language (%1)."_qs.arg(Language::nativeName(u"en"_qs)));
}

QTEST_MAIN(tst_LanguageSwitch)
#include "tst_languageswitch.moc"
