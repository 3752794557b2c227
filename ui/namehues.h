#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace tincan {

// Which hue each name is drawn in, so that the people present at the same time look different.
// The rule, shared with the browser page (resources/web/colours.js):
//  - 20 hue slots, slot i is hue i * 18 degrees (NameColor);
//  - a name prefers slot NameColor::preferredSlot(name);
//  - the people present (yourself included), each lower-cased name once, walked in the order
//    (preferred slot, hash, lower-cased name by UTF-16 code units), each take, going up from
//    their preferred slot (itself first, wrapping from 19 to 0), the first slot that is free with
//    both neighbours free (hues present differ by 36 degrees or more); if none is, the first free
//    slot; once all 20 are taken, the preferred one;
//  - a name not present (someone who left, seen in history) has its preferred slot.
class NameHues final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NameHues)

public:
    explicit NameHues(QObject *parent = nullptr);

    void setPresent(const QStringList &names);
    // The slot of a name: its own while present, else its preferred one.
    int slot(const QString &name) const;
    // Hue in degrees, 0..342.
    int hue(const QString &name) const;

Q_SIGNALS:
    // Someone's hue may have changed: the people present changed.
    void changed();

private:
    QHash<QString, int> m_slots; // lower-cased name -> slot, for the people present
};

} // namespace tincan
