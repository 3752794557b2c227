#include "ui/hostpanel.h"

#include "ui/qrcodewidget.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tincan {

HostPanel::HostPanel(QWidget *parent)
    : QWidget(parent)
    , m_hint(new QLabel(this))
    , m_choice(new QComboBox(this))
    , m_link(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_qr(new QrCodeWidget(this))
    , m_count(new QLabel(this))
{
    auto *title = new QLabel(tr("Invite people"), this);
    // Nothing here is ever read as markup: the hint and count quote addresses and numbers.
    for (QLabel *label : {title, m_hint, m_count})
        label->setTextFormat(Qt::PlainText);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_choice->setAccessibleName(tr("Network address"));
    m_choice->setToolTip(tr("This computer has more than one network address; pick the one your guests share."));
    connect(m_choice, &QComboBox::currentIndexChanged, this, &HostPanel::showLink);

    m_link->setReadOnly(true);
    m_link->setAccessibleName(tr("Invite link"));
    QFont mono = m_link->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(QStringLiteral("monospace"));
    m_link->setFont(mono);
    m_copy->setAccessibleName(tr("Copy invite link"));
    m_copy->setToolTip(tr("Copy the link to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, &HostPanel::copyLink);

    m_qr->setAccessibleName(tr("QR code of the invite link"));
    m_qr->setToolTip(tr("Scan with a phone camera to open the chat in its browser"));
    m_count->setAccessibleName(tr("People connected"));

    // The link gets the whole width; Copy sits under it next to the count.
    auto *countRow = new QHBoxLayout;
    countRow->setContentsMargins(0, 0, 0, 0);
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_hint);
    layout->addWidget(m_choice);
    layout->addWidget(m_link);
    layout->addLayout(countRow);
    layout->addWidget(m_qr, 0, Qt::AlignHCenter);

    setLinks({}, false);
    setPeerCount(0);
}

void HostPanel::setLinks(const QList<QUrl> &links, bool loopbackOnly)
{
    m_links = links;
    {
        const QSignalBlocker blocker(m_choice);
        m_choice->clear();
        for (const QUrl &link : links)
            m_choice->addItem(link.toDisplayString());
    }
    m_choice->setVisible(links.size() > 1);
    if (links.isEmpty()) {
        m_hint->setText(tr("This computer is not on a network right now, so nobody else can join. "
                           "Connect to a network and start hosting again."));
    } else if (loopbackOnly) {
        m_hint->setText(tr("The chat only listens on this computer (%1), so only this computer can join.")
                            .arg(links.constFirst().host()));
    } else {
        m_hint->setText(tr("People on the same network can open this link in a browser, scan the code "
                           "with a phone, or enter it in Tincan's Join page."));
    }
    m_link->setEnabled(!links.isEmpty());
    m_copy->setEnabled(!links.isEmpty());
    m_qr->setVisible(!links.isEmpty());
    showLink(links.isEmpty() ? -1 : 0);
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

void HostPanel::setPeerCount(int count)
{
    m_count->setText(tr("%n person(s) connected", nullptr, count));
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
