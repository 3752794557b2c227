#include "ui/connectionbanner.h"

#include "protocol/nickname.h"
#include "ui/connectionstatus.h"
#include "ui/namecolor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace tincan {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_nick(new QLineEdit(this))
    , m_button(new QPushButton(this))
    , m_back(new QPushButton(this))
{
    setObjectName(u"connectionBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette bannerPalette = palette();
    const QColor window = bannerPalette.color(QPalette::Window);
    const QColor warm = NameColor::isDark(bannerPalette) ? QColor(0x4a, 0x3b, 0x12) : QColor(0xff, 0xf4, 0xcc);
    bannerPalette.setColor(QPalette::Window, warm.isValid() ? warm : window);
    setPalette(bannerPalette);

    // Refusals quote the name that was refused, which came from the user or the host.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_nick->setObjectName(u"anotherName"_s);
    m_nick->setMaxLength(64);
    m_nick->setMaximumWidth(220);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_nick);
    layout->addWidget(m_button);
    layout->addWidget(m_back);
    m_back->setObjectName(u"backButton"_s);
    m_button->setObjectName(u"bannerButton"_s);
    connect(m_button, &QPushButton::clicked, this, &ConnectionBanner::onAction);
    connect(m_back, &QPushButton::clicked, this, &ConnectionBanner::backRequested);
    connect(m_nick, &QLineEdit::returnPressed, this, &ConnectionBanner::onAction);
    retranslate();
    hide();
}

void ConnectionBanner::retranslate()
{
    m_text->setAccessibleName(tr("Connection problem"));
    m_nick->setAccessibleName(tr("Another name"));
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ConnectionBanner::setStatus(const ConnectionStatus &status)
{
    // Offer a name only as the field appears, never over what the user is typing.
    if (status.asksForNick() && m_nick->isHidden())
        m_nick->setText(status.offeredNick());
    m_text->setText(status.bannerText());
    m_button->setText(status.bannerButtonText());
    m_back->setText(status.backButtonText());
    m_back->setVisible(!status.backButtonText().isEmpty());
    m_nick->setVisible(status.asksForNick());
    setVisible(!status.bannerText().isEmpty());
}

QString ConnectionBanner::text() const
{
    return m_text->text();
}

void ConnectionBanner::onAction()
{
    if (m_nick->isHidden()) {
        Q_EMIT retryRequested();
        return;
    }
    QString nick;
    if (protocol::checkNick(m_nick->text(), &nick) != protocol::NickProblem::None) {
        m_text->setText(tr("A name has 1 to 32 characters and no control characters."));
        m_nick->setFocus();
        return;
    }
    m_nick->hide();
    Q_EMIT nickChosen(nick);
}

} // namespace tincan
