#pragma once

#include <QHash>
#include <QTabBar>

namespace tincan {

// The switcher above the messages: the room, then one tab per private conversation, each
// saying how many messages arrived in it unseen ("Bob (2)"). Private tabs can be closed; a new
// message in a closed conversation opens its tab again.
class ConversationTabs final : public QTabBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationTabs)

public:
    explicit ConversationTabs(QWidget *parent = nullptr);

    // Opens the tab of the private conversation with this person (if not open) and returns
    // its index; `name` is how they are called now.
    int openConversation(const QString &personId, const QString &name);
    bool hasConversation(const QString &personId) const { return indexOf(personId) >= 0; }
    // Follows a rename (or a return under another name).
    void setName(const QString &personId, const QString &name);
    QString nameOf(const QString &personId) const { return m_names.value(personId); }
    // The person of the tab shown (empty: the room).
    QString current() const;
    void setCurrent(const QString &personId);
    void addUnread(const QString &personId, int count);
    int unread(const QString &personId) const { return m_unread.value(personId); }
    // The tab of the room (empty) or of this person, or -1.
    int indexOf(const QString &personId) const;
    QString personAt(int index) const;

Q_SIGNALS:
    // The user (or the code) switched to another conversation.
    void conversationShown(const QString &personId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText(int index);

    QHash<QString, QString> m_names;
    QHash<QString, int> m_unread;
};

} // namespace tincan
