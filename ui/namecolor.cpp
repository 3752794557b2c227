#include "ui/namecolor.h"

#include <QPalette>

namespace tincan {

quint32 NameColor::fnv1a(const QString &name)
{
    quint32 hash = 2166136261u;
    const QString lower = name.toLower();
    for (const QChar unit : lower) {
        hash ^= unit.unicode();
        hash *= 16777619u;
    }
    return hash;
}

int NameColor::preferredSlot(const QString &name)
{
    return int(fnv1a(name) % quint32(hueSlots));
}

int NameColor::hue(const QString &name)
{
    return preferredSlot(name) * hueStep;
}

bool NameColor::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor NameColor::forName(const QString &name, const QPalette &palette)
{
    return forHue(hue(name), palette);
}

QColor NameColor::forHue(int hue, const QPalette &palette)
{
    // HSL saturation 65 %, lightness 38 % (light) or 70 % (dark): the browser page uses the same.
    return isDark(palette) ? QColor::fromHsl(hue, 166, 178) : QColor::fromHsl(hue, 166, 97);
}

} // namespace tincan
