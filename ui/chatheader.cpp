#include "ui/chatheader.h"

#include "ui/connectionstatus.h"
#include "ui/rostermodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tincan {

ChatHeader::ChatHeader(QWidget *parent)
    : QFrame(parent)
    , m_room(new QLabel(this))
    , m_who(new QLabel(this))
    , m_stateDot(new QLabel(this))
    , m_state(new QLabel(this))
{
    setObjectName(u"chatHeader"_s);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    // The room's name and the user's come from the host: never read as markup.
    for (QLabel *label : {m_room, m_who, m_stateDot, m_state})
        label->setTextFormat(Qt::PlainText);
    QFont roomFont = m_room->font();
    roomFont.setBold(true);
    roomFont.setPointSizeF(roomFont.pointSizeF() * 1.3);
    m_room->setFont(roomFont);
    m_room->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_who->setForegroundRole(QPalette::PlaceholderText);
    m_stateDot->setFixedSize(10, 10);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_room);
    titles->addWidget(m_who);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->addLayout(titles, 1);
    layout->addWidget(m_stateDot);
    layout->addWidget(m_state);
    retranslate();
}

void ChatHeader::retranslate()
{
    m_room->setAccessibleName(tr("Room"));
    m_state->setAccessibleName(tr("Connection state"));
    setNick(m_nick);
}

void ChatHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ChatHeader::setRoom(const QString &room)
{
    m_room->setText(room);
}

void ChatHeader::setNick(const QString &nick)
{
    m_nick = nick;
    m_who->setText(nick.isEmpty() ? QString() : tr("You are %1").arg(nick));
}

void ChatHeader::setStatus(const ConnectionStatus &status)
{
    m_state->setText(status.stateText());
    m_stateDot->setPixmap(RosterModel::dot(status.stateColor(), devicePixelRatioF()));
}

QString ChatHeader::stateText() const
{
    return m_state->text();
}

} // namespace tincan
