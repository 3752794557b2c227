#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace tincan {

// The colour a sender's name is drawn in. One of 20 hues (slot i is i * 18 degrees), the same on
// every desktop and in the browser page. A name prefers slot FNV-1a (32 bit, over the UTF-16 code
// units of the lower-cased name) modulo 20; NameHues moves the people present at the same time
// apart.
class NameColor
{
public:
    static constexpr int hueSlots = 20;
    static constexpr int hueStep = 360 / hueSlots;

    static quint32 fnv1a(const QString &name);
    static int preferredSlot(const QString &name);
    // The hue of the preferred slot, in degrees.
    static int hue(const QString &name);
    // For a name written in the person's colour: light enough on a dark palette, dark enough on
    // a light one.
    static QColor forName(const QString &name, const QPalette &palette);
    static QColor forHue(int hue, const QPalette &palette);
    // The fill of the person's round letter avatar, under white text.
    static QColor avatarFill(int hue, const QPalette &palette);
    static bool isDark(const QPalette &palette);
};

} // namespace tincan
