#include "ui/hostpanel.h"

#include "ui/qrcodewidget.h"

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
    for (QLabel *label : {m_hint, m_count})
        label->setTextFormat(Qt::PlainText);

    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &HostPanel::showLink);

    m_link->setReadOnly(true);
    QFont mono = m_link->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(QStringLiteral("monospace"));
    m_link->setFont(mono);
    connect(m_copy, &QPushButton::clicked, this, &HostPanel::copyLink);

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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle);
    layout->addWidget(m_invitation);
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
    updateHint();
    updateCount();
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
    const QUrl link = index >= 0 && index < m_links.size() ? m_links.at(index) : QUrl();
    m_link->setText(link.toDisplayString());
    m_link->setCursorPosition(0);
    m_qr->setText(link.toString(QUrl::FullyEncoded));
}

QUrl HostPanel::currentLink() const
{
    const int index = m_choice->currentIndex();
    return index >= 0 && index < m_links.size() ? m_links.at(index) : QUrl();
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
    QGuiApplication::clipboard()->setText(link.toDisplayString());
    Q_EMIT linkCopied(link);
}

} // namespace tincan
