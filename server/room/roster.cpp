#include "server/room/roster.h"

#include "protocol/encodedparts.h"

#include <numeric>

namespace tincan {

namespace {

// Case-insensitive order, exact case breaking ties, so that every name has one place.
bool nickLess(const QString &a, const QString &b)
{
    const int order = QString::compare(a, b, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : QString::compare(a, b, Qt::CaseSensitive) < 0;
}

} // namespace

Roster::Roster() = default;

qsizetype Roster::lowerBound(const QString &nick) const
{
    return std::lower_bound(m_nicks.cbegin(), m_nicks.cend(), nick, nickLess) - m_nicks.cbegin();
}

qsizetype Roster::EncodedArray::offsetOf(qsizetype index) const
{
    // Where item `index` begins in the array: after '[', the items before it and their commas.
    return 1 + std::accumulate(lengths.cbegin(), lengths.cbegin() + index, qsizetype(0)) + index;
}

void Roster::EncodedArray::insert(qsizetype index, const QString &item)
{
    const QByteArray encoded = protocol::parts::jsonString(item);
    if (lengths.isEmpty())
        json = '[' + encoded + ']';
    else if (index < lengths.size())
        json.insert(offsetOf(index), encoded + ',');
    else
        json.insert(json.size() - 1, ',' + encoded);
    lengths.insert(index, encoded.size());
}

void Roster::EncodedArray::remove(qsizetype index)
{
    const qsizetype length = lengths[index];
    if (lengths.size() == 1)
        json = QByteArray("[]");
    else if (index + 1 < lengths.size())
        json.remove(offsetOf(index), length + 1); // the item and the comma after it
    else
        json.remove(offsetOf(index) - 1, length + 1); // the last: the comma before it
    lengths.removeAt(index);
}

void Roster::insert(const QString &nick, const QString &id)
{
    const qsizetype index = lowerBound(nick);
    if (index < m_nicks.size() && m_nicks[index] == nick)
        return;
    m_names.insert(index, nick);
    m_ids.insert(index, id);
    m_nicks.insert(index, nick);
    m_idList.insert(index, id);
}

void Roster::remove(const QString &nick)
{
    const qsizetype index = lowerBound(nick);
    if (index >= m_nicks.size() || m_nicks[index] != nick)
        return;
    m_names.remove(index);
    m_ids.remove(index);
    m_nicks.removeAt(index);
    m_idList.removeAt(index);
}

QString Roster::idOf(const QString &nick) const
{
    const qsizetype index = lowerBound(nick);
    return index < m_nicks.size() && m_nicks[index] == nick ? m_idList[index] : QString();
}

} // namespace tincan
