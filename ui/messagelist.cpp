#include "ui/messagelist.h"

#include "ui/messagedelegate.h"
#include "ui/messagemodel.h"
#include "ui/richtext.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace tincan {

namespace {

constexpr int bottomSlack = 4; // pixels from the end that still count as "at the bottom"
constexpr int buttonMargin = 6; // around the "new messages" button

} // namespace

MessageList::MessageList(QAbstractItemModel *model, QWidget *parent)
    : QListView(parent)
    , m_model(model)
    , m_newMessages(new QPushButton(this))
{
    setObjectName(u"messageList"_s);
    setModel(model);
    auto *delegate = new MessageDelegate(this);
    setItemDelegate(delegate);
    connect(delegate, &MessageDelegate::fileActionRequested, this, &MessageList::fileActionRequested);
    connect(delegate, &MessageDelegate::reactionClicked, this, [this](const QModelIndex &index, const QString &emoji) {
        // A chip of the user's own takes it back; any other adds theirs.
        const QList<MessageModel::Chip> chips = index.data(MessageModel::ReactionsRole).value<QList<MessageModel::Chip>>();
        bool mine = false;
        for (const MessageModel::Chip &chip : chips)
            mine |= chip.emoji == emoji && chip.mine;
        if (m_changesPossible)
            Q_EMIT reactionRequested(index, emoji, !mine);
    });
    connect(delegate, &MessageDelegate::quoteClicked, this, [this](const QModelIndex &index) {
        Q_EMIT quoteRequested(index.data(MessageModel::QuoteSeqRole).toLongLong());
    });
    setAccessibleName(tr("Messages"));
    setFrameShape(QFrame::NoFrame);
    // Bubbles stand on the window's colour, as on the browser page.
    viewport()->setBackgroundRole(QPalette::Window);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setMouseTracking(true);
    setTextElideMode(Qt::ElideNone);

    auto *copy = new QShortcut(QKeySequence::Copy, this, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, [this] { copyText(currentIndex()); });

    // Enter on a message opens its link; with several, a menu offers them.
    for (const int key : {int(Qt::Key_Return), int(Qt::Key_Enter)}) {
        auto *open = new QShortcut(QKeySequence(key), this, nullptr, nullptr, Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, this, &MessageList::openLinksOfCurrentMessage);
    }

    m_newMessages->setAccessibleName(tr("Jump to new messages"));
    m_newMessages->setCursor(Qt::PointingHandCursor);
    m_newMessages->hide();
    connect(m_newMessages, &QPushButton::clicked, this, &MessageList::jumpToLatest);

    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_followBottom = value >= bar->maximum() - bottomSlack;
        if (m_followBottom && m_newBelow > 0) {
            m_newBelow = 0;
            updateNewMessagesButton();
        }
        if (value == bar->minimum() && bar->maximum() > 0)
            Q_EMIT reachedTop();
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_keepAnchor) {
            m_keepAnchor = false;
            bar->setValue(maximum - m_distanceFromBottom);
        } else if (m_followBottom) {
            bar->setValue(maximum);
        }
    });
    // Older messages go in at the top: remember how far the reader is from the bottom so the
    // same messages stay in view once the list has grown above them.
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this, bar](const QModelIndex &, int first, int) {
                if (first == 0 && m_model->rowCount() > 0 && !m_followBottom) {
                    m_keepAnchor = true;
                    m_distanceFromBottom = bar->maximum() - bar->value();
                }
            });
}

void MessageList::noteNewBelow(int count)
{
    if (m_followBottom || count <= 0)
        return;
    m_newBelow += count;
    updateNewMessagesButton();
}

void MessageList::jumpToLatest()
{
    m_followBottom = true;
    m_keepAnchor = false;
    scrollToBottom();
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->maximum());
    m_newBelow = 0;
    updateNewMessagesButton();
}

void MessageList::copyText(const QModelIndex &index)
{
    if (index.isValid())
        QGuiApplication::clipboard()->setText(index.data(MessageModel::TextRole).toString());
}

void MessageList::focusInEvent(QFocusEvent *event)
{
    QListView::focusInEvent(event);
    // Qt would start at the first row, the oldest message, far above what is on screen.
    const QModelIndex current = currentIndex();
    const bool onScreen = current.isValid() && viewport()->rect().intersects(visualRect(current));
    if (!onScreen && m_model->rowCount() > 0) {
        const QModelIndex newest = m_model->index(m_model->rowCount() - 1, 0);
        setCurrentIndex(newest);
        scrollTo(newest);
    }
}

const QStringList &MessageList::quickReactions()
{
    static const QStringList emoji{u"👍"_s, u"❤️"_s, u"😂"_s, u"😮"_s, u"😢"_s, u"🎉"_s};
    return emoji;
}

void MessageList::contextMenuEvent(QContextMenuEvent *event)
{
    // The menu key opens the menu of the current message, by its place on screen.
    const QModelIndex index = event->reason() == QContextMenuEvent::Keyboard ? currentIndex() : indexAt(event->pos());
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    QMenu menu(this);
    fillMenu(menu, index);
    const QPoint at = event->reason() == QContextMenuEvent::Keyboard
        ? viewport()->mapToGlobal(visualRect(index).center())
        : event->globalPos();
    menu.exec(at);
}

void MessageList::fillMenu(QMenu &menu, const QModelIndex &index)
{
    const bool message = index.data(MessageModel::KindRole).value<MessageModel::Kind>() == MessageModel::Kind::Message;
    const bool sent = message && index.data(MessageModel::SeqRole).toLongLong() > 0;
    const bool deleted = index.data(MessageModel::DeletedRole).toBool();
    const QPersistentModelIndex line(index);
    if (sent && !deleted && m_changesPossible) {
        connect(menu.addAction(tr("&Reply")), &QAction::triggered, this, [this, line] {
            if (line.isValid())
                Q_EMIT replyRequested(line);
        });
        QMenu *react = menu.addMenu(tr("Rea&ct"));
        const QList<MessageModel::Chip> chips = index.data(MessageModel::ReactionsRole).value<QList<MessageModel::Chip>>();
        for (const QString &emoji : quickReactions()) {
            bool mine = false;
            for (const MessageModel::Chip &chip : chips)
                mine |= chip.emoji == emoji && chip.mine;
            QAction *action = react->addAction(emoji);
            action->setCheckable(true);
            action->setChecked(mine);
            connect(action, &QAction::triggered, this, [this, line, emoji, mine] {
                if (line.isValid())
                    Q_EMIT reactionRequested(line, emoji, !mine);
            });
        }
        react->addSeparator();
        connect(react->addAction(tr("&Other…")), &QAction::triggered, this, [this, line] {
            bool ok = false;
            const QString emoji = QInputDialog::getText(this, tr("React"), tr("Emoji:"), QLineEdit::Normal, {}, &ok)
                                      .trimmed();
            if (ok && !emoji.isEmpty() && line.isValid())
                Q_EMIT reactionRequested(line, emoji, true);
        });
        const bool own = index.data(MessageModel::OwnRole).toBool();
        if (own) {
            connect(menu.addAction(tr("&Edit")), &QAction::triggered, this, [this, line] {
                if (line.isValid())
                    Q_EMIT editRequested(line);
            });
        }
        if (own || m_mayDeleteAny) {
            connect(menu.addAction(tr("&Delete")), &QAction::triggered, this, [this, line] {
                if (line.isValid())
                    Q_EMIT deleteRequested(line);
            });
        }
        menu.addSeparator();
    }
    connect(menu.addAction(tr("&Copy Text")), &QAction::triggered, this, [this, index] { copyText(index); });
    if (index.data(MessageModel::FileRole).isValid()) {
        const QPersistentModelIndex file(index);
        const auto offer = [&](const QString &text, MessageDelegate::FileAction action) {
            connect(menu.addAction(text), &QAction::triggered, this, [this, file, action] {
                if (file.isValid())
                    Q_EMIT fileActionRequested(file, action);
            });
        };
        menu.addSeparator();
        if (!index.data(MessageModel::PendingRole).toBool()) {
            if (index.data(MessageModel::ImageRole).toBool())
                offer(tr("&Open Image"), MessageDelegate::FileAction::Open);
            offer(tr("&Save File…"), MessageDelegate::FileAction::Save);
        }
        if (index.data(MessageModel::CancellableRole).toBool())
            offer(tr("C&ancel Transfer"), MessageDelegate::FileAction::Cancel);
    }
    const QList<QUrl> links = RichText::links(index.data(MessageModel::TextRole).toString());
    if (!links.isEmpty())
        menu.addSeparator();
    for (const QUrl &link : links) {
        connect(menu.addAction(tr("Open %1").arg(link.toDisplayString())), &QAction::triggered, this,
                [link] { QDesktopServices::openUrl(link); });
        connect(menu.addAction(tr("Copy Link %1").arg(link.toDisplayString())), &QAction::triggered, this,
                [link] { QGuiApplication::clipboard()->setText(link.toString()); });
    }
}

void MessageList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Messages"));
        m_newMessages->setAccessibleName(tr("Jump to new messages"));
        if (m_newBelow > 0)
            updateNewMessagesButton();
        // The delegate says "(you)" and the times as it paints.
        viewport()->update();
    }
    QListView::changeEvent(event);
}

void MessageList::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    positionNewMessagesButton();
}

void MessageList::updateNewMessagesButton()
{
    if (m_newBelow <= 0) {
        m_newMessages->hide();
        setViewportMargins(0, 0, 0, 0);
        return;
    }
    m_newMessages->setText(u"↓ "_s + tr("%n new message(s)", nullptr, m_newBelow));
    m_newMessages->adjustSize();
    positionNewMessagesButton();
    m_newMessages->show();
    m_newMessages->raise();
}

void MessageList::positionNewMessagesButton()
{
    // Below the messages, in a strip of its own, so that it never covers the text it points to.
    const QSize size = m_newMessages->sizeHint();
    const int strip = size.height() + 2 * buttonMargin;
    if (!m_newMessages->isHidden() || m_newBelow > 0)
        setViewportMargins(0, 0, 0, strip);
    m_newMessages->setGeometry((width() - size.width()) / 2, height() - size.height() - buttonMargin,
                               size.width(), size.height());
}

void MessageList::openLinksOfCurrentMessage()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    if (current.data(MessageModel::FileRole).isValid() && !current.data(MessageModel::PendingRole).toBool()) {
        Q_EMIT fileActionRequested(current, current.data(MessageModel::ImageRole).toBool()
                                                ? MessageDelegate::FileAction::Open
                                                : MessageDelegate::FileAction::Save);
        return;
    }
    const QList<QUrl> links = RichText::links(current.data(MessageModel::TextRole).toString());
    if (links.size() == 1) {
        QDesktopServices::openUrl(links.first());
        return;
    }
    if (links.isEmpty())
        return;
    QMenu menu(this);
    menu.setAccessibleName(tr("Links in this message"));
    for (const QUrl &link : links) {
        connect(menu.addAction(link.toDisplayString()), &QAction::triggered, this,
                [link] { QDesktopServices::openUrl(link); });
    }
    menu.exec(viewport()->mapToGlobal(visualRect(current).bottomLeft()));
}

} // namespace tincan
