#pragma once

#include "protocol/messages.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QToolButton;

namespace tincan {

class ChatSession;
class SearchResultsModel;

// Searching the room's history and the user's private conversations: a field (Enter searches),
// the messages found, newest first, with the words marked, and "More" for older ones. A result
// chosen (click or Enter) asks the window to show the message where it was written.
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    // The session must outlive the panel.
    explicit SearchPanel(ChatSession *session, QWidget *parent = nullptr);

    // Shows the panel with the field ready to type in.
    void open();
    void search();
    void searchMore();
    SearchResultsModel *results() const { return m_results; }
    QListView *resultList() const { return m_list; }
    // What the panel says about the search (nothing found, a refusal); empty: nothing.
    QString statusText() const;
    bool canShowMore() const;
    // The sentence shown when the host refuses a search.
    static QString refusalText(const QString &code);

Q_SIGNALS:
    // The user chose a result: the message `seq`, in the private conversation with
    // `conversation` (empty: the room).
    void resultChosen(qint64 seq, const QString &conversation);
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void answered(const protocol::SearchResults &results);
    void failed(const QString &code);
    void setStatus(const QString &text);
    void close();

    ChatSession *m_session;
    SearchResultsModel *m_results;
    QLineEdit *m_field;
    QToolButton *m_close;
    QLabel *m_status;
    QListView *m_list;
    QPushButton *m_more;
    QString m_query;   // what was last searched for
    bool m_asked = false;
    bool m_askedMore = false;
    bool m_hasMore = false;
};

} // namespace tincan
