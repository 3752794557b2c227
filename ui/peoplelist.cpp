#include "ui/peoplelist.h"

#include "ui/rostermodel.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace tincan {

PeopleList::PeopleList(RosterModel *roster, QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_view(new QListView(this))
{
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_view->setModel(roster);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->viewport()->setBackgroundRole(QPalette::Base);
    m_view->viewport()->setAutoFillBackground(false);
    m_view->setSpacing(2);
    m_view->setIconSize(QSize(RosterModel::avatarSize, RosterModel::avatarSize));
    m_heading->setBuddy(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    retranslate();
}

void PeopleList::retranslate()
{
    m_view->setAccessibleName(tr("People in the room"));
    if (m_count >= 0)
        setCount(m_count);
}

void PeopleList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PeopleList::setCount(int count)
{
    m_count = count;
    m_heading->setText(tr("People (%1)").arg(count));
}

} // namespace tincan
