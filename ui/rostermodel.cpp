#include "ui/rostermodel.h"

#include "protocol/nickname.h"
#include "ui/avatar.h"
#include "ui/namecolor.h"
#include "ui/namehues.h"

#include <QGuiApplication>
#include <QTextDocument>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace tincan {

QPixmap RosterModel::dot(const QColor &color, qreal ratio)
{
    QPixmap pixmap(QSize(10, 10) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 8, 8));
    return pixmap;
}

RosterModel::RosterModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nicks.size());
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &nick = m_nicks.at(index.row());
    const bool self = !m_ownNick.isEmpty() && protocol::nickKey(nick) == protocol::nickKey(m_ownNick);
    const bool host = !m_hostNick.isEmpty() && protocol::nickKey(nick) == protocol::nickKey(m_hostNick);
    const int hue = m_hues ? m_hues->hue(nick) : NameColor::hue(nick);
    switch (role) {
    case Qt::DisplayRole:
        return self ? tr("%1 (you)").arg(nick) : nick;
    case Qt::AccessibleTextRole:
        if (host)
            return self ? tr("%1, that is you, the host").arg(nick) : tr("%1, the host").arg(nick);
        return self ? tr("%1, that is you").arg(nick) : nick;
    case Qt::ToolTipRole:
        // A tooltip reads markup: the name goes in escaped.
        return host ? QVariant(Qt::convertFromPlainText(tr("%1 hosts this chat").arg(nick))) : QVariant();
    case Qt::DecorationRole:
        return Avatar::pixmap(nick, hue, avatarSize, qGuiApp ? qGuiApp->devicePixelRatio() : 1.0,
                              QGuiApplication::palette());
    case NickRole:
        return nick;
    case SelfRole:
        return self;
    case HueRole:
        return hue;
    case HostRole:
        return host;
    default:
        return {};
    }
}

void RosterModel::setRoster(const QStringList &nicks)
{
    if (nicks == m_nicks)
        return;
    beginResetModel();
    m_nicks = nicks;
    endResetModel();
}

void RosterModel::setOwnNick(const QString &nick)
{
    if (nick == m_ownNick)
        return;
    m_ownNick = nick;
    if (!m_nicks.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_nicks.size()) - 1));
}

void RosterModel::setHostNick(const QString &nick)
{
    if (nick == m_hostNick)
        return;
    m_hostNick = nick;
    if (!m_nicks.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_nicks.size()) - 1),
                           {HostRole, Qt::AccessibleTextRole, Qt::ToolTipRole});
    }
}

void RosterModel::retranslate()
{
    if (!m_nicks.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_nicks.size()) - 1),
                           {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole});
    }
}

void RosterModel::setNameHues(const NameHues *hues)
{
    if (m_hues)
        disconnect(m_hues, nullptr, this, nullptr);
    m_hues = hues;
    const auto repaint = [this] {
        if (!m_nicks.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_nicks.size()) - 1), {Qt::DecorationRole, HueRole});
    };
    if (m_hues)
        connect(m_hues, &NameHues::changed, this, repaint);
    repaint();
}

} // namespace tincan
