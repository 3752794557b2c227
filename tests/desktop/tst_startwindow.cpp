#include "ui/startwindow.h"

#include "client/hostfinder.h"
#include "protocol/accesscode.h"
#include "protocol/discovery.h"
#include "ui/accesscodedialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using tincan::JoinAddress;
using tincan::StartChoice;
using tincan::StartWindow;

namespace {

// The window's parts, found by name as the test drives them.
template <typename Widget>
Widget *part(const StartWindow &window, const QString &name)
{
    auto *widget = window.findChild<Widget *>(name);
    if (!widget)
        qFatal("the start window has no %s", qPrintable(name));
    return widget;
}

QLineEdit *nickEdit(const StartWindow &window) { return part<QLineEdit>(window, u"nick"_qs); }
QLineEdit *roomEdit(const StartWindow &window) { return part<QLineEdit>(window, u"room"_qs); }
QLineEdit *addressEdit(const StartWindow &window) { return part<QLineEdit>(window, u"address"_qs); }
QCheckBox *fixedPortBox(const StartWindow &window) { return part<QCheckBox>(window, u"fixedPort"_qs); }
QSpinBox *portBox(const StartWindow &window) { return part<QSpinBox>(window, u"port"_qs); }
QListWidget *recentList(const StartWindow &window) { return part<QListWidget>(window, u"recentHosts"_qs); }
QListWidget *foundList(const StartWindow &window) { return part<QListWidget>(window, u"foundHosts"_qs); }
QPushButton *goButton(const StartWindow &window) { return part<QPushButton>(window, u"go"_qs); }
QTabWidget *tabs(const StartWindow &window) { return part<QTabWidget>(window, u"hostOrJoin"_qs); }
QLineEdit *codeEdit(const StartWindow &window) { return part<QLineEdit>(window, u"accessCode"_qs); }
QPushButton *generateButton(const StartWindow &window) { return part<QPushButton>(window, u"generateCode"_qs); }
QCheckBox *rememberCodeBox(const StartWindow &window) { return part<QCheckBox>(window, u"rememberCode"_qs); }

} // namespace

class tst_StartWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void badAddressesExplainThemselves_data();
    void badAddressesExplainThemselves();
    void badNickIsRefused();
    void joinIsRemembered();
    void hostIsRemembered();
    void recentHostsAreKeptInOrder();
    void hostsFoundOnTheNetworkCanBeJoined();
    void hostsThatNeedACodeShowALock();
    void accessCodeIsCheckedBeforeHosting_data();
    void accessCodeIsCheckedBeforeHosting();
    void accessCodeIsRememberedOnlyWhenAsked();
    void pastedLinkKeepsItsCode();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void tst_StartWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"tincan.ini"_qs), QSettings::IniFormat);
}

void tst_StartWindow::badAddressesExplainThemselves_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<JoinAddress::Problem>("problem");
    QTest::newRow("empty") << QString() << JoinAddress::Problem::Empty;
    QTest::newRow("https") << u"https://192.0.2.20:8787/"_qs << JoinAddress::Problem::UnsupportedScheme;
    QTest::newRow("port word") << u"192.0.2.20:port"_qs << JoinAddress::Problem::BadPort;
    QTest::newRow("port too big") << u"192.0.2.20:99999"_qs << JoinAddress::Problem::BadPort;
    QTest::newRow("typo") << u"192.0.2.20;8787"_qs << JoinAddress::Problem::BadHost;
    QTest::newRow("no host") << u"http://:8787"_qs << JoinAddress::Problem::MissingHost;
}

void tst_StartWindow::badAddressesExplainThemselves()
{
    QFETCH(QString, typed);
    QFETCH(JoinAddress::Problem, problem);
    StartWindow window(m_settings.get());
    window.show();
    nickEdit(window)->setText(u"Ann"_qs);
    window.showJoinPage();
    addressEdit(window)->setText(typed);
    QSignalSpy accepted(&window, &QDialog::accepted);
    QTest::mouseClick(goButton(window), Qt::LeftButton);
    QCOMPARE(accepted.size(), 0);
    QVERIFY(window.isVisible());
    const QString expected = StartWindow::problemText(problem);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(window.errorText(), expected);
    // Each problem has its own sentence.
    for (auto other : {JoinAddress::Problem::Empty, JoinAddress::Problem::UnsupportedScheme,
                       JoinAddress::Problem::MissingHost, JoinAddress::Problem::BadHost,
                       JoinAddress::Problem::BadPort, JoinAddress::Problem::HasCredentials}) {
        if (other != problem)
            QVERIFY(StartWindow::problemText(other) != expected);
    }
    QTRY_VERIFY(addressEdit(window)->hasFocus());
}

void tst_StartWindow::badNickIsRefused()
{
    StartWindow window(m_settings.get());
    window.show();
    window.showJoinPage();
    nickEdit(window)->setText(u"  "_qs);
    addressEdit(window)->setText(u"127.0.0.1:8787"_qs);
    QSignalSpy accepted(&window, &QDialog::accepted);
    QTest::mouseClick(goButton(window), Qt::LeftButton);
    QCOMPARE(accepted.size(), 0);
    QVERIFY(!window.errorText().isEmpty());
    nickEdit(window)->setText(u"Ann\u202E"_qs); // a direction override
    QTest::mouseClick(goButton(window), Qt::LeftButton);
    QCOMPARE(accepted.size(), 0);
}

void tst_StartWindow::joinIsRemembered()
{
    {
        StartWindow window(m_settings.get());
        window.show();
        nickEdit(window)->setText(u"  Ann  "_qs);
        window.showJoinPage();
        addressEdit(window)->setFocus();
        QTest::keyClicks(addressEdit(window), u"http://127.0.0.1:9001/"_qs);
        QTest::keyClick(addressEdit(window), Qt::Key_Return);
        QCOMPARE(window.result(), int(QDialog::Accepted));
        const StartChoice choice = window.choice();
        QCOMPARE(choice.mode, StartChoice::Mode::Join);
        QCOMPARE(choice.nick, u"Ann"_qs);
        QCOMPARE(choice.chatUrl, QUrl(u"ws://127.0.0.1:9001/ws"_qs));
        QCOMPARE(choice.address, u"127.0.0.1:9001"_qs);
    }
    QSettings reread(m_dir->filePath(u"tincan.ini"_qs), QSettings::IniFormat);
    StartWindow again(&reread);
    QCOMPARE(nickEdit(again)->text(), u"Ann"_qs);
    QCOMPARE(tabs(again)->currentIndex(), 1);
    QCOMPARE(addressEdit(again)->text(), u"127.0.0.1:9001"_qs);
    QCOMPARE(recentList(again)->count(), 1);
    QCOMPARE(recentList(again)->item(0)->text(), u"127.0.0.1:9001"_qs);
}

void tst_StartWindow::hostIsRemembered()
{
    {
        StartWindow window(m_settings.get());
        window.show();
        nickEdit(window)->setText(u"Bob"_qs);
        window.showHostPage();
        roomEdit(window)->setText(u"LAN party"_qs);
        fixedPortBox(window)->setChecked(true);
        portBox(window)->setValue(9100);
        QTest::mouseClick(goButton(window), Qt::LeftButton);
        QCOMPARE(window.result(), int(QDialog::Accepted));
        const StartChoice choice = window.choice();
        QCOMPARE(choice.mode, StartChoice::Mode::Host);
        QCOMPARE(choice.roomName, u"LAN party"_qs);
        QCOMPARE(choice.port, quint16(9100));
        QVERIFY(choice.portFixed);
    }
    QSettings reread(m_dir->filePath(u"tincan.ini"_qs), QSettings::IniFormat);
    StartWindow again(&reread);
    QCOMPARE(tabs(again)->currentIndex(), 0);
    QCOMPARE(nickEdit(again)->text(), u"Bob"_qs);
    QCOMPARE(roomEdit(again)->text(), u"LAN party"_qs);
    QVERIFY(fixedPortBox(again)->isChecked());
    QCOMPARE(portBox(again)->value(), 9100);
    QCOMPARE(StartWindow::rememberedNick(reread), u"Bob"_qs);
    QCOMPARE(StartWindow::rememberedRoom(reread), u"LAN party"_qs);
}

void tst_StartWindow::recentHostsAreKeptInOrder()
{
    const QStringList typed{u"203.0.113.1"_qs, u"198.51.100.2:9000"_qs, u"203.0.113.1:8787"_qs};
    for (const QString &address : typed) {
        StartWindow window(m_settings.get());
        nickEdit(window)->setText(u"Cy"_qs);
        window.showJoinPage();
        addressEdit(window)->setText(address);
        window.go();
        QCOMPARE(window.result(), int(QDialog::Accepted));
    }
    StartWindow again(m_settings.get());
    QCOMPARE(recentList(again)->count(), 2);
    QCOMPARE(recentList(again)->item(0)->text(), u"203.0.113.1:8787"_qs);
    QCOMPARE(recentList(again)->item(1)->text(), u"198.51.100.2:9000"_qs);
}

// A host that needs a code is listed with a lock, in its text and icon and for screen readers;
// the code itself is never announced.
void tst_StartWindow::hostsThatNeedACodeShowALock()
{
    tincan::HostFinder finder;
    QVERIFY(finder.start(0, QHostAddress(QHostAddress::LocalHost)));
    StartWindow window(m_settings.get());
    window.setHostFinder(&finder);
    window.show();
    window.showJoinPage();

    QUdpSocket announcer;
    tincan::protocol::Announcement lab{u"Lab"_qs, 9124, u"lab-1"_qs, false, true};
    announcer.writeDatagram(tincan::protocol::encodeAnnouncement(lab), QHostAddress::LocalHost, finder.port());
    QTRY_COMPARE(foundList(window)->count(), 1);
    QTRY_COMPARE(foundList(window)->item(0)->text(), u"Lab — 127.0.0.1:9124 (needs a code)"_qs);
    QListWidgetItem *item = foundList(window)->item(0);
    QVERIFY(!item->icon().isNull());
    QCOMPARE(item->data(Qt::AccessibleTextRole).toString(), u"Lab — 127.0.0.1:9124, needs an access code"_qs);

    // The host removes its code: the lock goes.
    lab.codeRequired = false;
    announcer.writeDatagram(tincan::protocol::encodeAnnouncement(lab), QHostAddress::LocalHost, finder.port());
    QTRY_COMPARE(foundList(window)->item(0)->text(), u"Lab — 127.0.0.1:9124"_qs);
    QVERIFY(foundList(window)->item(0)->icon().isNull());
}

void tst_StartWindow::accessCodeIsCheckedBeforeHosting_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<tincan::protocol::AccessCodeProblem>("problem");
    QTest::newRow("too short") << u"ab-c"_qs << tincan::protocol::AccessCodeProblem::TooShort;
    QTest::newRow("too long") << QString(70, u'x') << tincan::protocol::AccessCodeProblem::TooLong;
    QTest::newRow("control") << u"abcd\u0007efg"_qs << tincan::protocol::AccessCodeProblem::BadCharacter;
    QTest::newRow("invisible") << u"abcd\u200Befg"_qs << tincan::protocol::AccessCodeProblem::BadCharacter;
}

// A code that cannot be used is explained under the page, and hosting waits for a good one.
void tst_StartWindow::accessCodeIsCheckedBeforeHosting()
{
    QFETCH(QString, typed);
    QFETCH(tincan::protocol::AccessCodeProblem, problem);
    StartWindow window(m_settings.get());
    window.show();
    nickEdit(window)->setText(u"Hana"_qs);
    window.showHostPage();
    codeEdit(window)->setMaxLength(100); // the field itself stops at the longest code; typed past it here
    codeEdit(window)->setText(typed);
    QSignalSpy accepted(&window, &QDialog::accepted);
    QTest::mouseClick(goButton(window), Qt::LeftButton);
    QCOMPARE(accepted.size(), 0);
    const QString expected = tincan::AccessCodeDialog::problemText(problem);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(window.errorText(), expected);
    QTRY_VERIFY(codeEdit(window)->hasFocus());

    // Generate gives a good one, and hosting goes ahead with it.
    QTest::mouseClick(generateButton(window), Qt::LeftButton);
    const QString generated = codeEdit(window)->text();
    QVERIFY2(QRegularExpression(u"^[A-Z2-9]{4}-[A-Z2-9]{4}$"_qs).match(generated).hasMatch(), qPrintable(generated));
    QTest::mouseClick(goButton(window), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(window.choice().mode, StartChoice::Mode::Host);
    QCOMPARE(window.choice().accessCode, generated);
}

// The code is kept for the next hosting session only while "Remember" is ticked.
void tst_StartWindow::accessCodeIsRememberedOnlyWhenAsked()
{
    {
        StartWindow window(m_settings.get());
        nickEdit(window)->setText(u"Hana"_qs);
        window.showHostPage();
        QVERIFY(codeEdit(window)->text().isEmpty());
        QVERIFY(!rememberCodeBox(window)->isChecked());
        codeEdit(window)->setText(u"  TEAM-2024  "_qs);
        window.go();
        QCOMPARE(window.result(), int(QDialog::Accepted));
        QCOMPARE(window.choice().accessCode, u"TEAM-2024"_qs);
        QVERIFY(!window.choice().rememberCode);
    }
    QVERIFY(!m_settings->allKeys().join(u' ').contains(u"accessCode"_qs));
    QVERIFY(StartWindow::rememberedAccessCode(*m_settings).isEmpty());
    {
        StartWindow window(m_settings.get());
        QVERIFY(codeEdit(window)->text().isEmpty());
        codeEdit(window)->setText(u"TEAM-2024"_qs);
        rememberCodeBox(window)->setChecked(true);
        window.go();
        QCOMPARE(window.result(), int(QDialog::Accepted));
    }
    QCOMPARE(StartWindow::rememberedAccessCode(*m_settings), u"TEAM-2024"_qs);
    {
        StartWindow window(m_settings.get());
        QCOMPARE(codeEdit(window)->text(), u"TEAM-2024"_qs);
        QVERIFY(rememberCodeBox(window)->isChecked());
        // Unticked: the kept code is forgotten, though this session still uses it.
        rememberCodeBox(window)->setChecked(false);
        window.go();
        QCOMPARE(window.choice().accessCode, u"TEAM-2024"_qs);
    }
    QVERIFY(StartWindow::rememberedAccessCode(*m_settings).isEmpty());
    QVERIFY(!m_settings->contains(u"host/accessCode"_qs));
    StartWindow again(m_settings.get());
    QVERIFY(codeEdit(again)->text().isEmpty());
}

// A host's link pasted whole joins with its code; the recent hosts list keeps the address only.
void tst_StartWindow::pastedLinkKeepsItsCode()
{
    StartWindow window(m_settings.get());
    nickEdit(window)->setText(u"Ann"_qs);
    window.showJoinPage();
    addressEdit(window)->setText(u"http://127.0.0.1:9001/#code=K7MX-3QPA"_qs);
    window.go();
    QCOMPARE(window.result(), int(QDialog::Accepted));
    QCOMPARE(window.choice().mode, StartChoice::Mode::Join);
    QCOMPARE(window.choice().chatUrl, QUrl(u"ws://127.0.0.1:9001/ws"_qs));
    QCOMPARE(window.choice().accessCode, u"K7MX-3QPA"_qs);
    const QString kept = m_settings->value(u"join/recent"_qs).toStringList().join(u' ')
        + m_settings->value(u"join/address"_qs).toString();
    QVERIFY2(!kept.contains(u"K7MX"_qs), qPrintable(kept));
}

QTEST_MAIN(tst_StartWindow)
#include "tst_startwindow.moc"

void tst_StartWindow::hostsFoundOnTheNetworkCanBeJoined()
{
    tincan::HostFinder finder;
    QVERIFY(finder.start(0, QHostAddress(QHostAddress::LocalHost)));
    StartWindow window(m_settings.get());
    nickEdit(window)->setText(u"Ann"_qs);
    window.setHostFinder(&finder);
    window.show();
    window.showJoinPage();
    QVERIFY(foundList(window)->isVisible());
    QCOMPARE(foundList(window)->count(), 1);
    QCOMPARE(foundList(window)->item(0)->text(), u"Looking for chats on this network…"_qs);

    QUdpSocket announcer;
    const tincan::protocol::Announcement office{u"Office"_qs, 9123, u"office-1"_qs, false};
    announcer.writeDatagram(tincan::protocol::encodeAnnouncement(office), QHostAddress::LocalHost, finder.port());
    QTRY_COMPARE(foundList(window)->item(0)->text(), u"Office — 127.0.0.1:9123"_qs);

    foundList(window)->setCurrentRow(0);
    QCOMPARE(addressEdit(window)->text(), u"127.0.0.1:9123"_qs);
    QSignalSpy accepted(&window, &QDialog::accepted);
    emit foundList(window)->itemActivated(foundList(window)->item(0));
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(window.choice().mode, StartChoice::Mode::Join);
    QCOMPARE(window.choice().chatUrl, QUrl(u"ws://127.0.0.1:9123/ws"_qs));
}
