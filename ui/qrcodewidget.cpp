#include "ui/qrcodewidget.h"

#include <QEvent>
#include <QPainter>

#include <qrcodegen/qrcodegen.hpp>

namespace tincan {

namespace {
constexpr int quietZone = 4; // modules of light border, as the QR standard asks
}

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setMinimumSize(120, 120);
}

void QrCodeWidget::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_modules.clear();
    m_size = 0;
    if (!text.isEmpty()) {
        const QByteArray utf8 = text.toUtf8();
        const qrcodegen::QrCode code = qrcodegen::QrCode::encodeText(utf8.constData(), qrcodegen::QrCode::Ecc::MEDIUM);
        m_size = code.getSize();
        m_modules.resize(size_t(m_size) * size_t(m_size));
        for (int y = 0; y < m_size; ++y) {
            for (int x = 0; x < m_size; ++x)
                m_modules[size_t(y) * size_t(m_size) + size_t(x)] = code.getModule(x, y);
        }
    }
    updateDescription();
    update();
}

void QrCodeWidget::updateDescription()
{
    setAccessibleDescription(m_text.isEmpty() ? QString() : tr("QR code for %1").arg(m_text));
}

void QrCodeWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateDescription();
    QWidget::changeEvent(event);
}

bool QrCodeWidget::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules[size_t(y) * size_t(m_size) + size_t(x)];
}

QSize QrCodeWidget::sizeHint() const
{
    return {180, 180};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    if (m_size == 0)
        return;
    QPainter painter(this);
    const int side = std::min(width(), height());
    const int total = m_size + 2 * quietZone;
    // Whole device pixels per module keep the edges crisp on any screen scale.
    const qreal ratio = devicePixelRatioF();
    const qreal module = std::max(1.0, std::floor(side * ratio / total)) / ratio;
    const qreal drawn = module * total;
    const QPointF origin((width() - drawn) / 2, (height() - drawn) / 2);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(QRectF(origin, QSizeF(drawn, drawn)), module, module);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y)) {
                painter.drawRect(QRectF(origin.x() + (x + quietZone) * module, origin.y() + (y + quietZone) * module,
                                        module, module));
            }
        }
    }
}

} // namespace tincan
