#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tincan {

// Everyone in the room, sorted as welcomes show it (case-insensitively), kept ready as the JSON
// array that goes into every welcome. A join or leave changes the encoded array in place: one
// binary search and one memmove, however many people are in the room; no sorting and no JSON
// building per welcome.
class Roster final
{
public:
    Roster();

    void insert(const QString &nick);
    void remove(const QString &nick);
    qsizetype size() const { return m_nicks.size(); }
    QStringList names() const { return m_nicks; }
    // ["Ann","bob",...] as UTF-8 JSON.
    const QByteArray &json() const { return m_json; }

private:
    qsizetype lowerBound(const QString &nick) const;
    qsizetype offsetOf(qsizetype index) const;

    QStringList m_nicks;             // sorted
    QList<qsizetype> m_lengths;      // encoded length of each name, same order
    QByteArray m_json;
};

} // namespace tincan
