#include "ui/hostpanel.h"

#include "protocol/accesscode.h"
#include "ui/accesscodedialog.h"
#include "ui/qrcodewidget.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tincan {

HostPanel::HostPanel(QWidget *parent)
    : QWidget(parent)
    , m_hint(new QLabel(this))
    , m_choice(new QComboBox(this))
    , m_link(new QLineEdit(this))
    , m_copy(new QPushButton(this))
    , m_qr(new QrCodeWidget(this))
    , m_count(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_code(new QLabel(this))
    , m_changeCode(new QPushButton(this))
    , m_removeCode(new QPushButton(this))
    , m_generateCode(new QPushButton(this))
    , m_lock(new QCheckBox(this))
    , m_lockHint(new QLabel(this))
{
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(u"inviteToggle"_s);
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setAutoRaise(true);
    QFont titleFont = m_toggle->font();
    titleFont.setBold(true);
    m_toggle->setFont(titleFont);
    connect(m_toggle, &QToolButton::toggled, this, &HostPanel::setInvitationOpen);
    m_invitation = new QWidget(this);
    // Nothing here is ever read as markup: the hint and count quote addresses and numbers.
    for (QLabel *label : {m_hint, m_count, m_codeLabel, m_code, m_lockHint})
        label->setTextFormat(Qt::PlainText);

    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &HostPanel::showLink);

    m_link->setObjectName(u"inviteLink"_s);
    m_link->setReadOnly(true);
    QFont mono = m_link->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(QStringLiteral("monospace"));
    m_link->setFont(mono);
    connect(m_copy, &QPushButton::clicked, this, &HostPanel::copyLink);

    // The code as plain, selectable text, so it can be read out or copied on its own.
    m_code->setObjectName(u"accessCode"_s);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setWordWrap(true);
    m_codeLabel->setBuddy(m_code);
    m_changeCode->setObjectName(u"changeCode"_s);
    m_removeCode->setObjectName(u"removeCode"_s);
    m_generateCode->setObjectName(u"generateCode"_s);
    connect(m_changeCode, &QPushButton::clicked, this, &HostPanel::changeAccessCode);
    connect(m_removeCode, &QPushButton::clicked, this, &HostPanel::removeAccessCode);
    connect(m_generateCode, &QPushButton::clicked, this, &HostPanel::generateAccessCode);
    m_lock->setObjectName(u"lockRoom"_s);
    connect(m_lock, &QCheckBox::toggled, this, [this](bool locked) {
        updateAccess();
        Q_EMIT lockChosen(locked);
    });
    m_lockHint->setWordWrap(true);
    m_lockHint->setForegroundRole(QPalette::PlaceholderText);

    // The link gets the whole width; Copy sits under it next to the count.
    auto *countRow = new QHBoxLayout;
    countRow->setContentsMargins(0, 0, 0, 0);
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_copy);

    auto *invitation = new QVBoxLayout(m_invitation);
    invitation->setContentsMargins(0, 0, 0, 0);
    invitation->addWidget(m_hint);
    invitation->addWidget(m_choice);
    invitation->addWidget(m_link);
    invitation->addWidget(m_qr, 0, Qt::AlignHCenter);
    auto *codeRow = new QHBoxLayout;
    codeRow->setContentsMargins(0, 0, 0, 0);
    codeRow->addWidget(m_codeLabel);
    codeRow->addWidget(m_code, 1);
    auto *codeButtons = new QHBoxLayout;
    codeButtons->setContentsMargins(0, 0, 0, 0);
    codeButtons->addWidget(m_changeCode);
    codeButtons->addWidget(m_removeCode);
    codeButtons->addWidget(m_generateCode);
    codeButtons->addStretch(1);
    invitation->addLayout(codeRow);
    invitation->addLayout(codeButtons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle);
    layout->addWidget(m_invitation);
    layout->addWidget(m_lock);
    layout->addWidget(m_lockHint);
    layout->addLayout(countRow);

    retranslate();
    setLinks({}, false);
    setPeerCount(0);
}

void HostPanel::retranslate()
{
    m_toggle->setText(tr("Invite people"));
    m_choice->setAccessibleName(tr("Network address"));
    m_choice->setToolTip(tr("This computer has more than one network address; pick the one your guests share."));
    for (int i = 0; i < m_choice->count(); ++i)
        m_choice->setItemText(i, linkName(i));
    m_link->setAccessibleName(tr("Invite link"));
    m_copy->setText(tr("&Copy"));
    m_copy->setAccessibleName(tr("Copy invite link"));
    m_copy->setToolTip(tr("Copy the link to the clipboard"));
    m_qr->setAccessibleName(tr("QR code of the invite link"));
    m_qr->setToolTip(tr("Scan with a phone camera to open the chat in its browser"));
    m_count->setAccessibleName(tr("People connected"));
    m_codeLabel->setText(tr("Access code:"));
    m_code->setAccessibleName(tr("Access code"));
    m_changeCode->setText(tr("C&hange…"));
    m_changeCode->setToolTip(tr("Choose a new access code; people already in the chat stay"));
    // No mnemonic: an Alt key pressed while typing a message must not open the room.
    m_removeCode->setText(tr("Remove"));
    m_removeCode->setAccessibleName(tr("Remove the access code"));
    m_removeCode->setToolTip(tr("Let anyone with the link join without a code"));
    m_generateCode->setText(tr("&Generate One"));
    m_generateCode->setAccessibleName(tr("Generate an access code"));
    m_generateCode->setToolTip(tr("Make up a code that people need to join; the link and QR code carry it"));
    m_lock->setText(tr("&Lock the room"));
    m_lock->setToolTip(tr("Nobody new can join while the room is locked"));
    updateHint();
    updateCount();
    updateAccess();
}

void HostPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString HostPanel::linkName(qsizetype index) const
{
    const QString network = m_networks.value(index);
    const QString shown = m_links.value(index).toDisplayString();
    return network.isEmpty() ? shown : tr("%1 (%2)").arg(shown, network);
}

void HostPanel::updateHint()
{
    if (m_links.isEmpty()) {
        m_hint->setText(tr("This computer is not on a network right now, so nobody else can join. "
                           "Connect to a network and start hosting again."));
    } else if (m_loopbackOnly) {
        m_hint->setText(tr("The chat only listens on this computer (%1), so only this computer can join.")
                            .arg(m_links.constFirst().host()));
    } else {
        m_hint->setText(tr("People on the same network can open this link in a browser, scan the code "
                           "with a phone, or enter it in Tincan's Join page."));
    }
}

void HostPanel::setLinks(const QList<QUrl> &links, bool loopbackOnly, const QStringList &networks)
{
    const QUrl chosen = currentLink();
    m_links = links;
    m_networks = networks;
    m_loopbackOnly = loopbackOnly;
    {
        const QSignalBlocker blocker(m_choice);
        m_choice->clear();
        for (qsizetype i = 0; i < links.size(); ++i)
            m_choice->addItem(linkName(i));
    }
    m_choice->setVisible(links.size() > 1);
    updateHint();
    m_link->setEnabled(!links.isEmpty());
    m_copy->setEnabled(!links.isEmpty());
    m_qr->setVisible(!links.isEmpty());
    const int keep = int(links.indexOf(chosen));
    const int index = links.isEmpty() ? -1 : std::max(keep, 0);
    {
        const QSignalBlocker blocker(m_choice);
        m_choice->setCurrentIndex(index);
    }
    showLink(index);
}

bool HostPanel::isInvitationOpen() const
{
    return m_invitation->isVisibleTo(this);
}

void HostPanel::setInvitationOpen(bool open)
{
    m_invitation->setVisible(open);
    m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    const QSignalBlocker blocker(m_toggle);
    m_toggle->setChecked(open);
}

void HostPanel::showLink(int index)
{
    const QUrl link = linkWithCode(index >= 0 && index < m_links.size() ? m_links.at(index) : QUrl(),
                                   m_accessCode);
    m_link->setText(link.toDisplayString());
    m_link->setCursorPosition(0);
    m_qr->setText(link.toString(QUrl::FullyEncoded));
}

QUrl HostPanel::currentLink() const
{
    const int index = m_choice->currentIndex();
    return linkWithCode(index >= 0 && index < m_links.size() ? m_links.at(index) : QUrl(), m_accessCode);
}

QUrl HostPanel::linkWithCode(const QUrl &link, const QString &code)
{
    if (link.isEmpty() || code.isEmpty())
        return link;
    // In the fragment, which browsers never send to a server; every character that is not plain
    // is percent-encoded, so the code reads back exactly as it was.
    QUrl withCode = link;
    withCode.setFragment(u"code="_s + QString::fromLatin1(QUrl::toPercentEncoding(code)), QUrl::TolerantMode);
    return withCode;
}

void HostPanel::setAccessCode(const QString &code)
{
    m_accessCode = code;
    updateAccess();
    showLink(m_choice->currentIndex());
}

void HostPanel::setLocked(bool locked)
{
    {
        const QSignalBlocker blocker(m_lock);
        m_lock->setChecked(locked);
    }
    updateAccess();
}

bool HostPanel::isLocked() const
{
    return m_lock->isChecked();
}

void HostPanel::updateAccess()
{
    const bool hasCode = !m_accessCode.isEmpty();
    m_code->setText(hasCode ? m_accessCode : tr("None: anyone with the link can join"));
    // The code itself in a typewriter face (0 and O, 1 and l told apart); the sentence as text.
    QFont face = m_link->font();
    if (!hasCode)
        face = font();
    m_code->setFont(face);
    m_changeCode->setVisible(hasCode);
    m_removeCode->setVisible(hasCode);
    m_generateCode->setVisible(!hasCode);
    m_lockHint->setText(tr("Nobody new can join. People in the chat stay, and can come back if their "
                           "connection drops."));
    m_lockHint->setVisible(m_lock->isChecked());
}

void HostPanel::chooseAccessCode(const QString &code)
{
    if (code == m_accessCode)
        return;
    setAccessCode(code);
    Q_EMIT accessCodeChosen(code);
}

void HostPanel::changeAccessCode()
{
    AccessCodeDialog dialog(m_accessCode.isEmpty() ? protocol::generateAccessCode() : m_accessCode, this);
    if (dialog.exec() == QDialog::Accepted)
        chooseAccessCode(dialog.code());
}

void HostPanel::generateAccessCode()
{
    chooseAccessCode(protocol::generateAccessCode());
}

void HostPanel::removeAccessCode()
{
    chooseAccessCode({});
}

void HostPanel::updateCount()
{
    m_count->setText(tr("%n person(s) connected", nullptr, m_peerCount));
}

void HostPanel::setPeerCount(int count)
{
    m_peerCount = count;
    updateCount();
    // The first guest is in: the people list needs the room more than the invitation does.
    // Folded once only; after that it stays as the host leaves it.
    if (count > 1 && !m_foldedOnce) {
        m_foldedOnce = true;
        setInvitationOpen(false);
    }
}

QString HostPanel::peerCountText() const
{
    return m_count->text();
}

void HostPanel::copyLink()
{
    const QUrl link = currentLink();
    if (link.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(link.toString(QUrl::FullyEncoded));
    Q_EMIT linkCopied(link);
}

} // namespace tincan
