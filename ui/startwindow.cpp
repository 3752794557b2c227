#include "ui/startwindow.h"

#include "client/hostfinder.h"

#include "protocol/accesscode.h"
#include "protocol/limits.h"
#include "protocol/messages.h"
#include "protocol/nickname.h"
#include "ui/accesscodedialog.h"
#include "ui/appicon.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tincan {

namespace {

constexpr int hostTab = 0;
constexpr int joinTab = 1;

const QString keyNick = QStringLiteral("start/nick");
const QString keyMode = QStringLiteral("start/mode");
const QString keyRoom = QStringLiteral("host/room");
const QString keyFixedPort = QStringLiteral("host/fixedPort");
const QString keyPort = QStringLiteral("host/port");
const QString keyAccessCode = QStringLiteral("host/accessCode");
const QString keyRememberCode = QStringLiteral("host/rememberCode");
const QString keyAddress = QStringLiteral("join/address");
const QString keyRecent = QStringLiteral("join/recent");

QString defaultNick()
{
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (!user.isEmpty())
        user[0] = user.at(0).toUpper();
    QString nick;
    if (protocol::checkNick(user, &nick) == protocol::NickProblem::None)
        return nick;
    return {};
}

// A small padlock beside the chats that need an access code, drawn in the text colour so that it
// reads in light and dark themes alike.
QIcon lockIcon(const QPalette &palette, qreal ratio)
{
    QPixmap pixmap(QSize(16, 16) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = palette.color(QPalette::Text);
    painter.setPen(QPen(color, 1.6));
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(QRectF(4.5, 1.5, 7, 8), 0, 180 * 16);
    painter.drawLine(QPointF(4.5, 5.5), QPointF(4.5, 7.5));
    painter.drawLine(QPointF(11.5, 5.5), QPointF(11.5, 7.5));
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(2.5, 7, 11, 8), 1.5, 1.5);
    return QIcon(pixmap);
}

} // namespace

StartWindow::StartWindow(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowIcon(AppIcon::icon());

    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(AppIcon::pixmap(56, devicePixelRatioF()));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(iconLabel, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    m_nick = new QLineEdit(this);
    m_nick->setObjectName(QStringLiteral("nick"));
    m_nick->setMaxLength(limits::maxNickLength + 8);
    m_nickLabel = new QLabel(this);
    m_nickLabel->setBuddy(m_nick);
    auto *nickForm = new QFormLayout;
    nickForm->addRow(m_nickLabel, m_nick);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("hostOrJoin"));
    m_tabs->addTab(buildHostPage(), QString());
    m_tabs->addTab(buildJoinPage(), QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_error->clear();
        m_error->hide();
        updateGoButton();
    });

    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText); // it can quote an address or a reason from the host
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, palette().color(QPalette::Window).lightness() < 128
                                                   ? QColor(0xff, 0x8a, 0x80)
                                                   : QColor(0xb3, 0x26, 0x1e));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_go = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_go->setObjectName(QStringLiteral("go"));
    m_go->setDefault(true);
    m_quit = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_quit->setAutoDefault(false);
    connect(m_go, &QPushButton::clicked, this, &StartWindow::go);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addLayout(nickForm);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    load();
    retranslate();
    resize(520, 460);
}

void StartWindow::retranslate()
{
    setWindowTitle(tr("Tincan"));
    m_title->setText(tr("Tincan"));
    m_subtitle->setText(tr("Chat with the people on your network. No accounts, no internet needed."));
    m_nickLabel->setText(tr("Your &name:"));
    m_nick->setAccessibleName(tr("Your name"));
    m_nick->setPlaceholderText(tr("How others see you"));
    m_tabs->setAccessibleName(tr("Host or join"));
    m_tabs->setTabText(hostTab, tr("&Host a chat"));
    m_tabs->setTabText(joinTab, tr("&Join a chat"));

    m_roomLabel->setText(tr("&Room name:"));
    m_room->setAccessibleName(tr("Room name"));
    m_room->setPlaceholderText(tr("For example: Office, LAN party, Family"));
    m_fixedPort->setText(tr("Use a &fixed port"));
    m_fixedPort->setToolTip(tr("Keep the same address between sessions, for example for a firewall rule. "
                               "Without it, Tincan picks a free port near %1.").arg(protocol::defaultPort));
    m_portLabel->setText(tr("Port:"));
    m_port->setAccessibleName(tr("Port"));
    m_hostHint->setText(tr("Others join by opening the link Tincan shows you in a browser, by scanning "
                           "its QR code, or from Tincan's Join page."));
    m_codeLabel->setText(tr("Access &code:"));
    m_code->setAccessibleName(tr("Access code"));
    m_code->setPlaceholderText(tr("Optional: people need it to join"));
    m_code->setToolTip(tr("With a code, only people who have it can join. The link and QR code carry it."));
    m_generateCode->setText(tr("&Generate"));
    m_generateCode->setToolTip(tr("Make up a code that is easy to read aloud"));
    m_rememberCode->setText(tr("Re&member this code for the next time I host"));

    m_addressLabel->setText(tr("&Address:"));
    m_address->setAccessibleName(tr("Host address"));
    m_address->setPlaceholderText(tr("192.168.1.20:%1 or http://192.168.1.20:%1/").arg(protocol::defaultPort));
    m_foundLabel->setText(tr("&Found on this network:"));
    m_found->setAccessibleName(tr("Chats found on this network"));
    {
        // Only the words change: the address the user has in the box stays.
        const QSignalBlocker blocker(m_found);
        updateFoundHosts();
    }
    m_recentLabel->setText(tr("&Recent hosts:"));
    m_recent->setAccessibleName(tr("Recent hosts"));

    m_error->setAccessibleName(tr("Problem"));
    updateGoButton();
    m_quit->setText(tr("&Quit"));
}

void StartWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QWidget *StartWindow::buildHostPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(14, 14, 14, 14);
    m_room = new QLineEdit(page);
    m_room->setObjectName(QStringLiteral("room"));
    m_room->setMaxLength(limits::maxRoomNameLength);
    m_roomLabel = new QLabel(page);
    m_roomLabel->setBuddy(m_room);
    form->addRow(m_roomLabel, m_room);

    m_fixedPort = new QCheckBox(page);
    m_fixedPort->setObjectName(QStringLiteral("fixedPort"));
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(protocol::defaultPort);
    m_port->setEnabled(false);
    connect(m_fixedPort, &QCheckBox::toggled, m_port, &QWidget::setEnabled);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_fixedPort);
    portRow->addWidget(m_port);
    portRow->addStretch(1);
    m_portLabel = new QLabel(page);
    form->addRow(m_portLabel, portRow);

    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("accessCode"));
    m_code->setMaxLength(limits::maxAccessCodeLength);
    m_codeLabel = new QLabel(page);
    m_codeLabel->setBuddy(m_code);
    m_generateCode = new QPushButton(page);
    m_generateCode->setObjectName(QStringLiteral("generateCode"));
    m_generateCode->setAutoDefault(false);
    connect(m_generateCode, &QPushButton::clicked, this, [this] {
        m_code->setText(protocol::generateAccessCode());
        m_code->setFocus();
    });
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_generateCode);
    form->addRow(m_codeLabel, codeRow);
    m_rememberCode = new QCheckBox(page);
    m_rememberCode->setObjectName(QStringLiteral("rememberCode"));
    form->addRow(QString(), m_rememberCode);

    m_hostHint = new QLabel(page);
    m_hostHint->setTextFormat(Qt::PlainText);
    m_hostHint->setWordWrap(true);
    m_hostHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(m_hostHint);
    return page;
}

QWidget *StartWindow::buildJoinPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(14, 14, 14, 14);
    auto *form = new QFormLayout;
    m_address = new QLineEdit(page);
    m_address->setObjectName(QStringLiteral("address"));
    m_addressLabel = new QLabel(page);
    m_addressLabel->setBuddy(m_address);
    form->addRow(m_addressLabel, m_address);
    layout->addLayout(form);

    m_foundLabel = new QLabel(page);
    m_foundLabel->setTextFormat(Qt::PlainText);
    m_found = new QListWidget(page);
    m_found->setObjectName(QStringLiteral("foundHosts"));
    m_foundLabel->setBuddy(m_found);
    connect(m_found, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->flags().testFlag(Qt::ItemIsSelectable))
            m_address->setText(item->data(Qt::UserRole).toString());
    });
    connect(m_found, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (!item->flags().testFlag(Qt::ItemIsSelectable))
            return;
        m_address->setText(item->data(Qt::UserRole).toString());
        go();
    });
    m_foundLabel->hide();
    m_found->hide();
    layout->addWidget(m_foundLabel);
    layout->addWidget(m_found, 1);

    m_recentLabel = new QLabel(page);
    m_recentLabel->setTextFormat(Qt::PlainText);
    m_recent = new QListWidget(page);
    m_recent->setObjectName(QStringLiteral("recentHosts"));
    m_recentLabel->setBuddy(m_recent);
    connect(m_recent, &QListWidget::currentTextChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_address->setText(text);
    });
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_address->setText(item->text());
        go();
    });
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_recent, 1);
    return page;
}

void StartWindow::setHostFinder(HostFinder *finder)
{
    m_finder = finder;
    m_foundLabel->setVisible(finder);
    m_found->setVisible(finder);
    if (finder)
        connect(finder, &HostFinder::hostsChanged, this, &StartWindow::updateFoundHosts);
    updateFoundHosts();
}

void StartWindow::updateFoundHosts()
{
    if (!m_finder)
        return;
    const QString selected = m_found->currentItem() ? m_found->currentItem()->data(Qt::UserRole).toString()
                                                    : QString();
    m_found->clear();
    const QList<FoundHost> hosts = m_finder->hosts();
    for (const FoundHost &host : hosts) {
        //: A chat found on the network: room name, then its address
        const QString text = tr("%1 — %2").arg(host.room, host.addressText());
        auto *item = new QListWidgetItem(m_found);
        if (host.codeRequired) {
            //: A chat found on the network that only lets in people who have its access code
            item->setText(tr("%1 (needs a code)").arg(text));
            item->setIcon(lockIcon(m_found->palette(), devicePixelRatioF()));
            item->setData(Qt::AccessibleTextRole, tr("%1, needs an access code").arg(text));
        } else {
            item->setText(text);
        }
        item->setData(Qt::UserRole, host.addressText());
        if (host.addressText() == selected)
            m_found->setCurrentItem(item);
    }
    if (hosts.isEmpty()) {
        auto *waiting = new QListWidgetItem(tr("Looking for chats on this network…"), m_found);
        waiting->setFlags(Qt::NoItemFlags);
    }
}

QString StartWindow::rememberedNick(const QSettings &settings)
{
    QString nick;
    if (protocol::checkNick(settings.value(keyNick, defaultNick()).toString(), &nick) != protocol::NickProblem::None)
        return {};
    return nick;
}

void StartWindow::rememberNick(QSettings &settings, const QString &nick)
{
    settings.setValue(keyNick, nick);
}

QString StartWindow::rememberedRoom(const QSettings &settings)
{
    return settings.value(keyRoom).toString().trimmed().left(limits::maxRoomNameLength);
}

QString StartWindow::rememberedAccessCode(const QSettings &settings)
{
    if (!settings.value(keyRememberCode, false).toBool())
        return {};
    const QString code = settings.value(keyAccessCode).toString().trimmed();
    return protocol::checkAccessCode(code) == protocol::AccessCodeProblem::None ? code : QString();
}

bool StartWindow::remembersAccessCode(const QSettings &settings)
{
    return settings.value(keyRememberCode, false).toBool();
}

void StartWindow::rememberAccessCode(QSettings &settings, const QString &code, bool remember)
{
    settings.setValue(keyRememberCode, remember);
    if (remember && !code.isEmpty())
        settings.setValue(keyAccessCode, code);
    else
        settings.remove(keyAccessCode);
}

void StartWindow::setAccessCode(const QString &code)
{
    m_code->setText(code);
}

void StartWindow::showJoinPage()
{
    m_tabs->setCurrentIndex(joinTab);
}

void StartWindow::showJoinPage(const QString &address)
{
    showJoinPage();
    m_address->setText(address);
}

void StartWindow::showHostPage()
{
    m_tabs->setCurrentIndex(hostTab);
}

void StartWindow::updateGoButton()
{
    m_go->setText(m_tabs->currentIndex() == joinTab ? tr("&Join") : tr("&Start Hosting"));
}

QString StartWindow::problemText(JoinAddress::Problem problem)
{
    switch (problem) {
    case JoinAddress::Problem::None:
        return {};
    case JoinAddress::Problem::Empty:
        return tr("Enter the address the host sees in their Tincan window, like 192.168.1.20:%1.")
            .arg(protocol::defaultPort);
    case JoinAddress::Problem::UnsupportedScheme:
        return tr("Tincan addresses start with http:// or ws:// (or with no prefix at all), like "
                  "http://192.168.1.20:%1/.").arg(protocol::defaultPort);
    case JoinAddress::Problem::MissingHost:
        return tr("The address has no computer name or IP address in it.");
    case JoinAddress::Problem::BadHost:
        return tr("That does not look like a computer name or IP address. Check for typos, like "
                  "192.168.1.20:%1.").arg(protocol::defaultPort);
    case JoinAddress::Problem::BadPort:
        return tr("The port (the number after the colon) must be between 1 and 65535.");
    case JoinAddress::Problem::HasCredentials:
        return tr("Tincan addresses have no user name or password in them.");
    }
    return {};
}

void StartWindow::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString StartWindow::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void StartWindow::go()
{
    StartChoice choice;
    if (protocol::checkNick(m_nick->text(), &choice.nick) != protocol::NickProblem::None) {
        showError(choice.nick.isEmpty() && m_nick->text().trimmed().isEmpty()
                      ? tr("Enter the name others will see you as.")
                      : tr("A name has 1 to %1 characters and no control characters.").arg(limits::maxNickLength));
        m_nick->setFocus();
        return;
    }
    if (m_tabs->currentIndex() == joinTab) {
        const JoinAddress address = JoinAddress::parse(m_address->text());
        if (!address.isValid()) {
            showError(problemText(address.problem()));
            m_address->setFocus();
            m_address->selectAll();
            return;
        }
        choice.mode = StartChoice::Mode::Join;
        choice.chatUrl = address.chatUrl();
        choice.address = address.displayName();
        choice.accessCode = address.accessCode();
    } else {
        choice.accessCode = m_code->text().trimmed();
        if (!choice.accessCode.isEmpty()) {
            const QString problem = AccessCodeDialog::problemText(protocol::checkAccessCode(choice.accessCode));
            if (!problem.isEmpty()) {
                showError(problem);
                m_code->setFocus();
                m_code->selectAll();
                return;
            }
        }
        choice.rememberCode = m_rememberCode->isChecked();
        choice.mode = StartChoice::Mode::Host;
        choice.roomName = m_room->text().trimmed();
        if (choice.roomName.isEmpty())
            choice.roomName = tr("%1's chat").arg(choice.nick);
        choice.roomName = choice.roomName.left(limits::maxRoomNameLength);
        choice.portFixed = m_fixedPort->isChecked();
        choice.port = choice.portFixed ? quint16(m_port->value()) : protocol::defaultPort;
    }
    m_choice = choice;
    showError({});
    save();
    accept();
}

void StartWindow::load()
{
    if (!m_settings)
        return;
    m_nick->setText(m_settings->value(keyNick, defaultNick()).toString());
    m_room->setText(m_settings->value(keyRoom).toString());
    m_fixedPort->setChecked(m_settings->value(keyFixedPort, false).toBool());
    m_port->setValue(m_settings->value(keyPort, protocol::defaultPort).toInt());
    m_code->setText(rememberedAccessCode(*m_settings));
    m_rememberCode->setChecked(remembersAccessCode(*m_settings));
    m_address->setText(m_settings->value(keyAddress).toString());
    m_recent->addItems(m_settings->value(keyRecent).toStringList());
    m_tabs->setCurrentIndex(m_settings->value(keyMode).toString() == QLatin1StringView("join") ? joinTab : hostTab);
}

void StartWindow::save()
{
    if (!m_settings)
        return;
    m_settings->setValue(keyNick, m_choice.nick);
    if (m_choice.mode == StartChoice::Mode::Join) {
        m_settings->setValue(keyMode, QStringLiteral("join"));
        m_settings->setValue(keyAddress, m_choice.address);
        QStringList recent = m_settings->value(keyRecent).toStringList();
        recent.removeAll(m_choice.address);
        recent.prepend(m_choice.address);
        while (recent.size() > maxRecentHosts)
            recent.removeLast();
        m_settings->setValue(keyRecent, recent);
    } else {
        m_settings->setValue(keyMode, QStringLiteral("host"));
        m_settings->setValue(keyRoom, m_room->text().trimmed());
        m_settings->setValue(keyFixedPort, m_choice.portFixed);
        m_settings->setValue(keyPort, int(m_port->value()));
        rememberAccessCode(*m_settings, m_choice.accessCode, m_choice.rememberCode);
    }
    m_settings->sync();
}

} // namespace tincan
