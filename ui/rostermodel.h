#pragma once

#include <QAbstractListModel>
#include <QPixmap>
#include <QPointer>
#include <QStringList>

namespace tincan {

class NameHues;

// The people in the room, as the side panel lists them: letter avatar in their colour, name,
// "(you)", and which of them hosts the room.
class RosterModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterModel)

public:
    enum Role { NickRole = Qt::UserRole + 1, SelfRole, HueRole, HostRole };
    // The letter avatar beside each name (DecorationRole), in device-independent pixels.
    static constexpr int avatarSize = 24;

    explicit RosterModel(QObject *parent = nullptr);

    // The small coloured dot beside a name (and beside the connection state in the window).
    static QPixmap dot(const QColor &color, qreal devicePixelRatio);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    void setRoster(const QStringList &nicks);
    void setOwnNick(const QString &nick);
    // Who hosts the room (empty: nobody in it does).
    void setHostNick(const QString &nick);
    QString hostNick() const { return m_hostNick; }
    // Who has which colour; without it, each name has its preferred hue.
    void setNameHues(const NameHues *hues);
    // The app's language changed: the rows that say "(you)" are said again (a model hears no
    // QEvent::LanguageChange of its own; the window that shows it calls this).
    void retranslate();
    QStringList nicks() const { return m_nicks; }

private:
    QStringList m_nicks;
    QString m_ownNick;
    QString m_hostNick;
    QPointer<const NameHues> m_hues;
};

} // namespace tincan
