#pragma once

#include "protocol/messages.h"

#include <QAbstractListModel>
#include <QList>
#include <QPoint>

namespace tincan {

// The messages a search found, newest first, each with the places in its text where a word
// starts with one of the words searched for (to be highlighted, as plain text).
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    enum Role {
        SenderRole = Qt::UserRole + 1, // QString
        TimeRole,                      // QDateTime, local time
        TextRole,                      // QString: the message's text (or its file's name)
        SeqRole,                       // qint64
        ConversationRole,              // QString: a private message's other person; empty: the room
        MatchesRole,                   // QList<QPoint>: (start, length) in TextRole's text
        HeaderRole,                    // QString: "Ann · 12 March 14:03" (· "private")
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // This user's id: tells whose private conversation a result is in.
    void setOwnId(const QString &id) { m_ownId = id; }
    // A new search's first page (replace) or its next one.
    void setResults(const protocol::SearchResults &results);
    void appendResults(const protocol::SearchResults &results);
    void clear();
    // The oldest seq listed (where "More" goes on from); 0 when none.
    qint64 oldestSeq() const;

    // Where in `text` a word starts with one of `terms` (lower-cased): (start, length) pairs,
    // in order. Case and accents do not matter.
    static QList<QPoint> matches(const QString &text, const QStringList &terms);

private:
    struct Result
    {
        protocol::ChatMessage message;
        QList<QPoint> matches;
    };
    QList<Result> resultsOf(const protocol::SearchResults &results) const;

    QList<Result> m_results;
    QString m_ownId;
};

} // namespace tincan

Q_DECLARE_METATYPE(QList<QPoint>)
