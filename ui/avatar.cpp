#include "ui/avatar.h"

#include "ui/namecolor.h"

#include <QLocale>
#include <QPainter>
#include <QPalette>

namespace tincan {

QString Avatar::letter(const QString &name)
{
    const QList<uint> codes = name.toUcs4();
    for (const uint code : codes) {
        switch (QChar::category(code)) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            continue;
        default:
            return QLocale().toUpper(QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1));
        }
    }
    return QStringLiteral("?");
}

void Avatar::paint(QPainter *painter, const QRectF &rect, const QString &name, int hue, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(NameColor::avatarFill(hue, palette));
    painter->drawEllipse(rect);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(std::max(8, int(rect.height() * 0.45)));
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, letter(name));
    painter->restore();
}

QPixmap Avatar::pixmap(const QString &name, int hue, int size, qreal devicePixelRatio, const QPalette &palette)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRectF(0, 0, size, size), name, hue, palette);
    return pixmap;
}

} // namespace tincan
