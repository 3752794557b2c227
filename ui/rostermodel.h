#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace tincan {

// The people in the room, as the side panel lists them: name, colour dot, "(you)".
class RosterModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterModel)

public:
    enum Role { NickRole = Qt::UserRole + 1, SelfRole };

    explicit RosterModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    void setRoster(const QStringList &nicks);
    void setOwnNick(const QString &nick);
    QStringList nicks() const { return m_nicks; }

private:
    QStringList m_nicks;
    QString m_ownNick;
};

} // namespace tincan
