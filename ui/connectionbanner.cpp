#include "ui/connectionbanner.h"

#include "protocol/accesscode.h"
#include "protocol/limits.h"
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
    , m_code(new QLineEdit(this))
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
    m_code->setObjectName(u"accessCode"_s);
    m_code->setMaxLength(limits::maxAccessCodeLength);
    m_code->setMaximumWidth(180);
    m_code->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_nick);
    layout->addWidget(m_code);
    layout->addWidget(m_button);
    layout->addWidget(m_back);
    m_back->setObjectName(u"backButton"_s);
    m_button->setObjectName(u"bannerButton"_s);
    connect(m_button, &QPushButton::clicked, this, &ConnectionBanner::onAction);
    connect(m_back, &QPushButton::clicked, this, &ConnectionBanner::backRequested);
    connect(m_nick, &QLineEdit::returnPressed, this, &ConnectionBanner::onAction);
    connect(m_code, &QLineEdit::returnPressed, this, &ConnectionBanner::onAction);
    retranslate();
    hide();
}

void ConnectionBanner::retranslate()
{
    m_text->setAccessibleName(tr("Connection problem"));
    m_nick->setAccessibleName(tr("Another name"));
    m_code->setAccessibleName(tr("Access code"));
    m_code->setPlaceholderText(tr("Access code"));
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
    const bool codeAppears = status.asksForCode() && m_code->isHidden();
    m_text->setText(status.bannerText());
    m_button->setText(status.bannerButtonText());
    m_button->setVisible(!status.bannerButtonText().isEmpty());
    m_back->setText(status.backButtonText());
    m_back->setVisible(!status.backButtonText().isEmpty());
    m_nick->setVisible(status.asksForNick());
    m_code->setVisible(status.asksForCode());
    setVisible(!status.bannerText().isEmpty());
    // Asked for the code (again, when the last one was wrong): the field is ready to type in,
    // with a wrong code selected so that typing replaces it.
    if (codeAppears) {
        m_code->selectAll();
        m_code->setFocus();
    }
}

QString ConnectionBanner::text() const
{
    return m_text->text();
}

void ConnectionBanner::onAction()
{
    if (!m_code->isHidden()) {
        if (protocol::normalizedAccessCode(m_code->text()).isEmpty()) {
            m_text->setText(tr("Enter the access code the host gave you."));
            m_code->setFocus();
            return;
        }
        m_code->hide();
        Q_EMIT codeChosen(m_code->text().trimmed());
        return;
    }
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
