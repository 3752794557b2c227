#include "ui/conversationtabs.h"

#include <QEvent>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tincan {

ConversationTabs::ConversationTabs(QWidget *parent)
    : QTabBar(parent)
{
    setObjectName(u"conversationTabs"_s);
    setDocumentMode(true);
    setExpanding(false);
    setTabsClosable(true);
    setElideMode(Qt::ElideRight);
    setUsesScrollButtons(true);
    addTab(QString());
    setTabData(0, QString());
    // The room cannot be closed.
    setTabButton(0, QTabBar::RightSide, nullptr);
    setTabButton(0, QTabBar::LeftSide, nullptr);
    updateText(0);
    connect(this, &QTabBar::currentChanged, this, [this](int index) {
        if (index < 0)
            return;
        const QString person = personAt(index);
        if (m_unread.value(person) > 0) {
            m_unread.remove(person);
            updateText(index);
        }
        Q_EMIT conversationShown(person);
    });
    connect(this, &QTabBar::tabCloseRequested, this, [this](int index) {
        if (index <= 0)
            return;
        const QString person = personAt(index);
        m_unread.remove(person);
        removeTab(index);
    });
}

int ConversationTabs::indexOf(const QString &personId) const
{
    for (int i = 0; i < count(); ++i) {
        if (tabData(i).toString() == personId)
            return i;
    }
    return -1;
}

QString ConversationTabs::personAt(int index) const
{
    return tabData(index).toString();
}

int ConversationTabs::openConversation(const QString &personId, const QString &name)
{
    if (!name.isEmpty())
        m_names.insert(personId, name);
    int index = indexOf(personId);
    if (index < 0) {
        index = addTab(QString());
        setTabData(index, personId);
    }
    updateText(index);
    return index;
}

void ConversationTabs::setName(const QString &personId, const QString &name)
{
    if (name.isEmpty() || m_names.value(personId) == name)
        return;
    m_names.insert(personId, name);
    const int index = indexOf(personId);
    if (index >= 0)
        updateText(index);
}

QString ConversationTabs::current() const
{
    return personAt(currentIndex());
}

void ConversationTabs::setCurrent(const QString &personId)
{
    const int index = indexOf(personId);
    if (index >= 0)
        setCurrentIndex(index);
}

void ConversationTabs::addUnread(const QString &personId, int count)
{
    const int index = indexOf(personId);
    if (index < 0 || count <= 0 || index == currentIndex())
        return;
    m_unread[personId] += count;
    updateText(index);
}

void ConversationTabs::updateText(int index)
{
    const QString person = personAt(index);
    const QString name = person.isEmpty() ? tr("Room") : m_names.value(person);
    const int unread = m_unread.value(person);
    //: A conversation's tab with the number of messages not seen yet: %1 is its name, %2 the number.
    QString text = unread > 0 ? tr("%1 (%2)").arg(name, QLocale().toString(unread)) : name;
    // A tab reads '&' as a mnemonic; a name is shown as it is written.
    setTabText(index, text.replace(u'&', u"&&"_s));
    setTabToolTip(index, person.isEmpty() ? tr("Everyone in the room") : tr("Only the two of you"));
}

void ConversationTabs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (int i = 0; i < count(); ++i)
            updateText(i);
    }
    QTabBar::changeEvent(event);
}

} // namespace tincan
