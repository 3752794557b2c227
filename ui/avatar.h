#pragma once

#include <QColor>
#include <QPixmap>
#include <QString>

class QPainter;
class QPalette;
class QRectF;

namespace tincan {

// The round letter that stands for a person, as on the browser page (resources/web/avatar.js):
// the first character of the name that is not a control, format or space character, upper-cased
// in the user's language, white on the person's avatar colour.
class Avatar final
{
public:
    static QString letter(const QString &name);
    static void paint(QPainter *painter, const QRectF &rect, const QString &name, int hue, const QPalette &palette);
    static QPixmap pixmap(const QString &name, int hue, int size, qreal devicePixelRatio, const QPalette &palette);
};

} // namespace tincan
