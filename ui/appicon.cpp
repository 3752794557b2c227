#include "ui/appicon.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace tincan {

QPixmap AppIcon::pixmap(int size, qreal devicePixelRatio, int unread)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;

    QLinearGradient background(0, 0, 0, s);
    background.setColorAt(0, QColor(0x2f, 0x8f, 0xd8));
    background.setColorAt(1, QColor(0x1c, 0x5f, 0xa8));
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawRoundedRect(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92), s * 0.2, s * 0.2);

    // Two cans joined by a string.
    const auto can = [&](qreal x) {
        const QRectF body(x, s * 0.40, s * 0.22, s * 0.34);
        QLinearGradient metal(body.topLeft(), body.topRight());
        metal.setColorAt(0, QColor(0xdd, 0xe3, 0xea));
        metal.setColorAt(0.5, Qt::white);
        metal.setColorAt(1, QColor(0xb8, 0xc2, 0xcc));
        painter.setBrush(metal);
        painter.drawRoundedRect(body, s * 0.03, s * 0.03);
        painter.setBrush(QColor(0x9a, 0xa6, 0xb2));
        painter.drawEllipse(QRectF(x, s * 0.37, s * 0.22, s * 0.07));
    };
    QPen string(QColor(0xff, 0xe0, 0x8a), std::max(1.0, s * 0.035));
    string.setCapStyle(Qt::RoundCap);
    painter.setPen(string);
    QPainterPath path(QPointF(s * 0.27, s * 0.42));
    path.cubicTo(QPointF(s * 0.40, s * 0.22), QPointF(s * 0.60, s * 0.22), QPointF(s * 0.73, s * 0.42));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    can(s * 0.14);
    can(s * 0.64);

    if (unread > 0) {
        const QRectF badge(s * 0.48, 0, s * 0.52, s * 0.52);
        painter.setBrush(QColor(0xd9, 0x30, 0x25));
        painter.drawEllipse(badge);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(6, int(s * (unread > 9 ? 0.26 : 0.34))));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, unread > 99 ? QStringLiteral("99+") : QString::number(unread));
    }
    return pixmap;
}

QIcon AppIcon::icon(int unread)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(pixmap(size, 1.0, unread));
    return icon;
}

} // namespace tincan
