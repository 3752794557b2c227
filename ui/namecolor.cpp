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
    // The browser page's --name-s and --name-l (resources/web/style.css).
    return isDark(palette) ? QColor::fromHslF(hue / 360.0f, 0.75f, 0.72f) : QColor::fromHslF(hue / 360.0f, 0.62f, 0.38f);
}

QColor NameColor::avatarFill(int hue, const QPalette &palette)
{
    // The browser page's --avatar-s and --avatar-l.
    return isDark(palette) ? QColor::fromHslF(hue / 360.0f, 0.42f, 0.42f) : QColor::fromHslF(hue / 360.0f, 0.52f, 0.46f);
}

} // namespace tincan
