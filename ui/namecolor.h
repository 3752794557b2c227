#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace tincan {

// The colour a sender's name is drawn in. The hue is the same on every desktop and in the
// browser page: FNV-1a (32 bit) over the UTF-16 code units of the lower-cased name, modulo 360.
class NameColor
{
public:
    static quint32 fnv1a(const QString &name);
    static int hue(const QString &name);
    // Light enough on a dark palette, dark enough on a light one.
    static QColor forName(const QString &name, const QPalette &palette);
    static bool isDark(const QPalette &palette);
};

} // namespace tincan
