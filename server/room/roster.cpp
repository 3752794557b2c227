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

Roster::Roster()
    : m_json("[]")
{
}

qsizetype Roster::lowerBound(const QString &nick) const
{
    return std::lower_bound(m_nicks.cbegin(), m_nicks.cend(), nick, nickLess) - m_nicks.cbegin();
}

qsizetype Roster::offsetOf(qsizetype index) const
{
    // Where name `index` begins in the array: after '[', the names before it and their commas.
    return 1 + std::accumulate(m_lengths.cbegin(), m_lengths.cbegin() + index, qsizetype(0)) + index;
}

void Roster::insert(const QString &nick)
{
    const qsizetype index = lowerBound(nick);
    if (index < m_nicks.size() && m_nicks[index] == nick)
        return;
    const QByteArray encoded = protocol::parts::jsonString(nick);
    if (m_nicks.isEmpty())
        m_json = '[' + encoded + ']';
    else if (index < m_nicks.size())
        m_json.insert(offsetOf(index), encoded + ',');
    else
        m_json.insert(m_json.size() - 1, ',' + encoded);
    m_nicks.insert(index, nick);
    m_lengths.insert(index, encoded.size());
}

void Roster::remove(const QString &nick)
{
    const qsizetype index = lowerBound(nick);
    if (index >= m_nicks.size() || m_nicks[index] != nick)
        return;
    const qsizetype length = m_lengths[index];
    if (m_nicks.size() == 1)
        m_json = QByteArray("[]");
    else if (index + 1 < m_nicks.size())
        m_json.remove(offsetOf(index), length + 1); // the name and the comma after it
    else
        m_json.remove(offsetOf(index) - 1, length + 1); // the last: the comma before it
    m_nicks.removeAt(index);
    m_lengths.removeAt(index);
}

} // namespace tincan
