#include "ui/searchpanel.h"

#include "client/chatsession.h"
#include "protocol/limits.h"
#include "ui/searchresultdelegate.h"
#include "ui/searchresultsmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tincan {

SearchPanel::SearchPanel(ChatSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_results(new SearchResultsModel(this))
    , m_field(new QLineEdit(this))
    , m_close(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_list(new QListView(this))
    , m_more(new QPushButton(this))
{
    setObjectName(u"searchPanel"_s);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_field->setObjectName(u"searchField"_s);
    m_field->setClearButtonEnabled(true);
    m_field->setMaxLength(limits::maxSearchLength * 2); // the host's own refusal says the limit
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::returnPressed, this, &SearchPanel::search);
    m_close->setText(u"✕"_s);
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, this, &SearchPanel::close);
    m_status->setObjectName(u"searchStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();
    m_list->setObjectName(u"searchResults"_s);
    m_list->setModel(m_results);
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setMaximumHeight(260);
    m_list->installEventFilter(this);
    m_list->hide();
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT resultChosen(index.data(SearchResultsModel::SeqRole).toLongLong(),
                            index.data(SearchResultsModel::ConversationRole).toString());
    });
    m_more->setObjectName(u"searchMore"_s);
    m_more->hide();
    connect(m_more, &QPushButton::clicked, this, &SearchPanel::searchMore);
    connect(m_session, &ChatSession::searchAnswered, this, &SearchPanel::answered);
    connect(m_session, &ChatSession::searchFailed, this, &SearchPanel::failed);

    auto *row = new QHBoxLayout;
    row->addWidget(m_field, 1);
    row->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_list);
    layout->addWidget(m_more, 0, Qt::AlignLeft);
    setFocusProxy(m_field);
    retranslate();
}

void SearchPanel::retranslate()
{
    m_field->setPlaceholderText(tr("Search messages (Enter searches)"));
    m_field->setAccessibleName(tr("Search messages"));
    m_close->setToolTip(tr("Close search (Esc)"));
    m_close->setAccessibleName(tr("Close search"));
    m_list->setAccessibleName(tr("Messages found"));
    m_more->setText(tr("&More"));
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        close();
        return true;
    }
    if (watched == m_field && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_results->rowCount() > 0) {
        m_list->setFocus();
        m_list->setCurrentIndex(m_results->index(0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::open()
{
    show();
    m_field->setFocus();
    m_field->selectAll();
}

void SearchPanel::close()
{
    hide();
    Q_EMIT closed();
}

QString SearchPanel::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

bool SearchPanel::canShowMore() const
{
    return !m_more->isHidden() && m_more->isEnabled();
}

void SearchPanel::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void SearchPanel::search()
{
    const QString query = m_field->text().trimmed();
    if (query.isEmpty())
        return;
    m_query = query;
    m_askedMore = false;
    m_results->setOwnId(m_session->personId());
    if (!m_session->search(query)) {
        setStatus(tr("You can search once you are connected."));
        return;
    }
    m_asked = true;
    m_more->setEnabled(false);
    setStatus(tr("Searching…"));
}

void SearchPanel::searchMore()
{
    const qint64 oldest = m_results->oldestSeq();
    if (!m_hasMore || oldest <= 0 || m_query.isEmpty())
        return;
    if (!m_session->search(m_query, oldest)) {
        setStatus(tr("You can search once you are connected."));
        return;
    }
    m_asked = true;
    m_askedMore = true;
    m_more->setEnabled(false);
}

void SearchPanel::answered(const protocol::SearchResults &results)
{
    if (!m_asked)
        return;
    m_asked = false;
    if (m_askedMore) {
        m_results->appendResults(results);
    } else {
        m_results->setResults(results);
        m_list->scrollToTop();
    }
    m_hasMore = results.hasMore;
    m_more->setVisible(m_hasMore);
    m_more->setEnabled(true);
    m_list->setVisible(m_results->rowCount() > 0);
    setStatus(m_results->rowCount() == 0 ? tr("No messages found.") : QString());
}

void SearchPanel::failed(const QString &code)
{
    if (!m_asked)
        return;
    m_asked = false;
    m_more->setEnabled(true);
    setStatus(refusalText(code));
}

QString SearchPanel::refusalText(const QString &code)
{
    using protocol::ErrorCode;
    switch (protocol::errorCodeFromName(code).value_or(ErrorCode::BadMessage)) {
    case ErrorCode::SearchInvalid:
        return tr("Type at least one word of letters or digits to search for.");
    case ErrorCode::SearchTooLong:
        return tr("That search is too long: use at most %n character(s).", nullptr, limits::maxSearchLength);
    case ErrorCode::RateLimited:
        return tr("Too many searches at once. Wait a moment, then search again.");
    case ErrorCode::StorageFailed:
        return tr("The host keeps no history, so there is nothing to search.");
    default:
        return tr("The host could not search. Try again in a moment.");
    }
}

} // namespace tincan
