#pragma once

#include <QWidget>

#include <vector>

namespace tincan {

// A QR code of one link, drawn module by module on a light square (scanners need dark on light,
// whatever the theme).
class QrCodeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeWidget)

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // Modules per side (0 when empty).
    int moduleCount() const { return m_size; }
    bool isDark(int x, int y) const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateDescription();

    QString m_text;
    int m_size = 0;
    std::vector<bool> m_modules;
};

} // namespace tincan
