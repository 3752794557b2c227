#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tincan {

// Everyone in the room, sorted as welcomes show it (case-insensitively), with each one's person
// id, kept ready as the two JSON arrays that go into every welcome (`roster`, `rosterIds`). A join
// or leave changes the encoded arrays in place: one binary search and one memmove each, however
// many people are in the room; no sorting and no JSON building per welcome.
class Roster final
{
public:
    Roster();

    void insert(const QString &nick, const QString &id);
    void remove(const QString &nick);
    qsizetype size() const { return m_nicks.size(); }
    QStringList names() const { return m_nicks; }
    // ["Ann","bob",...] as UTF-8 JSON.
    const QByteArray &json() const { return m_names.json; }
    // Their ids, in the same order.
    const QByteArray &idsJson() const { return m_ids.json; }
    // The id of a name in the roster (empty: not in it).
    QString idOf(const QString &nick) const;

private:
    // One JSON array of strings, edited in place.
    struct EncodedArray
    {
        QByteArray json = "[]";
        QList<qsizetype> lengths; // encoded length of each item
        void insert(qsizetype index, const QString &item);
        void remove(qsizetype index);
        qsizetype offsetOf(qsizetype index) const;
    };

    qsizetype lowerBound(const QString &nick) const;

    QStringList m_nicks;             // sorted
    QStringList m_idList;            // same order
    EncodedArray m_names;
    EncodedArray m_ids;
};

} // namespace tincan
