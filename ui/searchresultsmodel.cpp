#include "ui/searchresultsmodel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tincan {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

namespace {

QString shownText(const protocol::ChatMessage &message)
{
    if (message.text.isEmpty() && message.file)
        return message.file->name;
    return message.text;
}

} // namespace

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Result &result = m_results.at(index.row());
    const protocol::ChatMessage &message = result.message;
    switch (role) {
    case SenderRole:
        return message.from;
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(message.ts);
    case Qt::DisplayRole:
    case TextRole:
        return shownText(message);
    case SeqRole:
        return message.seq;
    case ConversationRole:
        if (message.to.isEmpty())
            return QString();
        return !m_ownId.isEmpty() && message.author == m_ownId ? message.to : message.author;
    case MatchesRole:
        return QVariant::fromValue(result.matches);
    case HeaderRole: {
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(message.ts), QLocale::ShortFormat);
        if (message.to.isEmpty())
            return QString(message.from + u" · "_s + when);
        const bool mine = !m_ownId.isEmpty() && message.author == m_ownId;
        //: A search result's heading for a private message: %1 who wrote it, %2 when.
        return mine ? tr("%1 · %2 · private, to %3").arg(message.from, when, message.toNick)
                    : tr("%1 · %2 · private").arg(message.from, when);
    }
    case Qt::AccessibleTextRole:
        return tr("%1 at %2: %3")
            .arg(message.from, QLocale().toString(QDateTime::fromMSecsSinceEpoch(message.ts), QLocale::ShortFormat),
                 shownText(message));
    default:
        return {};
    }
}

QList<SearchResultsModel::Result> SearchResultsModel::resultsOf(const protocol::SearchResults &results) const
{
    QList<Result> list;
    for (const protocol::ChatMessage &message : results.messages)
        list.append({message, matches(shownText(message), results.terms)});
    return list;
}

void SearchResultsModel::setResults(const protocol::SearchResults &results)
{
    beginResetModel();
    m_results = resultsOf(results);
    endResetModel();
}

void SearchResultsModel::appendResults(const protocol::SearchResults &results)
{
    const QList<Result> more = resultsOf(results);
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_results.size()), int(m_results.size() + more.size()) - 1);
    m_results.append(more);
    endInsertRows();
}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_results.clear();
    endResetModel();
}

qint64 SearchResultsModel::oldestSeq() const
{
    return m_results.isEmpty() ? 0 : m_results.constLast().message.seq;
}

namespace {

// Lower case, accents off, as the host compares words.
QString fold(const QString &text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD).toCaseFolded()) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_Enclosing)
            folded.append(c);
    }
    return folded;
}

} // namespace

QList<QPoint> SearchResultsModel::matches(const QString &text, const QStringList &terms)
{
    // The text folded as the host folds it (lower case, accents off), remembering where each
    // folded character came from so that the places found are places in the text as shown.
    QString folded;
    QList<int> origin;
    for (int i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size();
        const QString unit = text.mid(i, pair ? 2 : 1);
        const QString decomposed = unit.normalized(QString::NormalizationForm_KD).toCaseFolded();
        for (const QChar c : decomposed) {
            if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing)
                continue;
            folded.append(c);
            origin.append(i);
        }
        if (pair)
            ++i;
    }
    origin.append(int(text.size()));
    QList<QPoint> found;
    int end = 0; // the end of the last match: matches never overlap
    for (int at = 0; at < folded.size(); ++at) {
        if (!folded.at(at).isLetterOrNumber() || (at > 0 && folded.at(at - 1).isLetterOrNumber()))
            continue;
        int longest = 0;
        for (const QString &term : terms) {
            const QString key = fold(term);
            if (!key.isEmpty() && QStringView(folded).mid(at).startsWith(key, Qt::CaseInsensitive))
                longest = std::max(longest, int(key.size()));
        }
        if (longest == 0 || origin.at(at) < end)
            continue;
        const int start = origin.at(at);
        // Up to where the next folded character came from: the marks of the last letter go along.
        const int stop = origin.at(at + longest);
        found.append(QPoint(start, stop - start));
        end = stop;
        at += longest - 1;
    }
    return found;
}

} // namespace tincan
