#include "ui/namehues.h"

#include "ui/namecolor.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <tuple>

namespace tincan {

NameHues::NameHues(QObject *parent)
    : QObject(parent)
{
}

void NameHues::setPresent(const QStringList &names)
{
    struct Entry
    {
        int preferred;
        quint32 hash;
        QString lower;
    };
    QList<Entry> entries;
    entries.reserve(names.size());
    QSet<QString> seen;
    for (const QString &name : names) {
        QString lower = name.toLower();
        if (seen.contains(lower))
            continue;
        seen.insert(lower);
        const quint32 hash = NameColor::fnv1a(name);
        entries.append({int(hash % quint32(NameColor::hueSlots)), hash, std::move(lower)});
    }
    // QString's operator< compares UTF-16 code units, as the page's < on strings does.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.preferred, a.hash, a.lower) < std::tie(b.preferred, b.hash, b.lower);
    });
    QHash<QString, int> assigned;
    assigned.reserve(entries.size());
    constexpr int count = NameColor::hueSlots;
    std::array<bool, count> taken{};
    const auto free = [&taken](int slot) { return !taken[size_t(slot)]; };
    const auto roomy = [&free](int slot) {
        return free(slot) && free((slot + 1) % count) && free((slot + count - 1) % count);
    };
    // The first slot going up from `from` (itself first) that `fits`, or -1.
    const auto firstUp = [](int from, const auto &fits) {
        for (int step = 0; step < count; ++step) {
            if (fits((from + step) % count))
                return (from + step) % count;
        }
        return -1;
    };
    for (qsizetype index = 0; index < entries.size(); ++index) {
        const Entry &entry = entries.at(index);
        int slot = entry.preferred;
        if (index < count) { // a free slot is left
            slot = firstUp(entry.preferred, roomy);
            if (slot < 0)
                slot = firstUp(entry.preferred, free);
            taken[size_t(slot)] = true;
        }
        assigned.insert(entry.lower, slot);
    }
    if (assigned == m_slots)
        return;
    m_slots = std::move(assigned);
    Q_EMIT changed();
}

int NameHues::slot(const QString &name) const
{
    const auto found = m_slots.constFind(name.toLower());
    return found != m_slots.cend() ? *found : NameColor::preferredSlot(name);
}

int NameHues::hue(const QString &name) const
{
    return slot(name) * NameColor::hueStep;
}

} // namespace tincan
