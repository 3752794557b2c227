#include "ui/peoplelist.h"

#include "ui/rosterdelegate.h"
#include "ui/rostermodel.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tincan {

PeopleList::PeopleList(RosterModel *roster, QWidget *parent)
    : QWidget(parent)
    , m_roster(roster)
    , m_heading(new QLabel(this))
    , m_view(new QListView(this))
{
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_view->setObjectName(u"peopleView"_s);
    m_view->setModel(roster);
    m_view->setItemDelegate(new RosterDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->viewport()->setBackgroundRole(QPalette::Base);
    m_view->viewport()->setAutoFillBackground(false);
    m_view->setSpacing(2);
    m_view->setIconSize(QSize(RosterModel::avatarSize, RosterModel::avatarSize));
    // Mouse context menus arrive at the viewport, keyboard ones (the menu key) at the view.
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_heading->setBuddy(m_view);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid() && !index.data(RosterModel::SelfRole).toBool())
            Q_EMIT messageRequested(index.data(RosterModel::NickRole).toString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    retranslate();
}

void PeopleList::retranslate()
{
    m_view->setAccessibleName(tr("People in the room"));
    m_view->setAccessibleDescription(m_moderating
                                         ? tr("Press Enter on a person to write to them privately; open their "
                                              "menu to remove them from the chat.")
                                         : tr("Press Enter on a person to write to them privately."));
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

void PeopleList::setModerating(bool moderating)
{
    m_moderating = moderating;
    retranslate();
}

bool PeopleList::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu) {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        if (menuEvent->reason() == QContextMenuEvent::Mouse && watched == m_view->viewport()) {
            const QModelIndex index = m_view->indexAt(menuEvent->pos());
            if (index.isValid())
                m_view->setCurrentIndex(index);
            openMenu(index.row(), menuEvent->pos());
            return true;
        }
        if (menuEvent->reason() != QContextMenuEvent::Mouse && watched == m_view) {
            openMenu(m_view->currentIndex().row());
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress && watched == m_view) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier) {
            openMenu(m_view->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QMenu *PeopleList::openMenu(int row)
{
    const QModelIndex index = m_roster->index(row);
    if (!index.isValid())
        return nullptr;
    m_view->scrollTo(index);
    return openMenu(row, m_view->visualRect(index).center());
}

QMenu *PeopleList::openMenu(int row, const QPoint &viewportPos)
{
    const QModelIndex index = m_roster->index(row);
    if (!index.isValid() || index.data(RosterModel::SelfRole).toBool())
        return nullptr;
    const QString nick = index.data(RosterModel::NickRole).toString();
    auto *menu = new QMenu(this);
    menu->setObjectName(u"personMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // Menu entries read '&' as a mnemonic; a name is shown as it is written.
    QAction *title = menu->addAction(QString(nick).replace(u'&', u"&&"_s));
    title->setEnabled(false);
    menu->addSeparator();
    QAction *message = menu->addAction(tr("&Message Privately"));
    message->setObjectName(u"messageAction"_s);
    connect(message, &QAction::triggered, this, [this, nick] { Q_EMIT messageRequested(nick); },
            Qt::QueuedConnection);
    if (!m_moderating) {
        menu->popup(m_view->viewport()->mapToGlobal(viewportPos));
        return menu;
    }
    menu->addSeparator();
    QAction *remove = menu->addAction(tr("&Remove from Chat…"));
    remove->setObjectName(u"removeAction"_s);
    QAction *ban = menu->addAction(tr("&Ban…"));
    ban->setObjectName(u"banAction"_s);
    // Queued: the menu closes before the question is asked.
    connect(remove, &QAction::triggered, this, [this, nick] {
        if (confirm(nick, false))
            Q_EMIT kickRequested(nick);
    }, Qt::QueuedConnection);
    connect(ban, &QAction::triggered, this, [this, nick] {
        if (confirm(nick, true))
            Q_EMIT banRequested(nick);
    }, Qt::QueuedConnection);
    menu->popup(m_view->viewport()->mapToGlobal(viewportPos));
    return menu;
}

bool PeopleList::confirm(const QString &nick, bool ban)
{
    QMessageBox box(QMessageBox::Warning, ban ? tr("Ban from Chat?") : tr("Remove from Chat?"),
                    ban ? tr("Ban %1 from this chat?").arg(nick) : tr("Remove %1 from the chat?").arg(nick),
                    QMessageBox::NoButton, this);
    box.setObjectName(ban ? u"banConfirmation"_s : u"removeConfirmation"_s);
    box.setTextFormat(Qt::PlainText); // the name is whatever that person typed
    box.setInformativeText(ban ? tr("They are disconnected and cannot come back, under any name and from "
                                    "the same computer, for as long as you host this chat.")
                               : tr("They are disconnected and everyone sees that you removed them. "
                                    "They can join again."));
    QPushButton *yes = box.addButton(ban ? tr("&Ban") : tr("&Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace tincan
