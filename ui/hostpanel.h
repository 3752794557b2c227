#pragma once

#include <QList>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tincan {

class QrCodeWidget;

// The hosting side panel: the link(s) others open to join, a Copy button, a QR code of the
// chosen link and how many people are connected.
class HostPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostPanel)

public:
    explicit HostPanel(QWidget *parent = nullptr);

    void setLinks(const QList<QUrl> &links, bool loopbackOnly);
    void setPeerCount(int count);

    QList<QUrl> links() const { return m_links; }
    QUrl currentLink() const;
    QString peerCountText() const;

public Q_SLOTS:
    void copyLink();

Q_SIGNALS:
    void linkCopied(const QUrl &link);

private:
    void showLink(int index);

    QList<QUrl> m_links;
    QLabel *m_hint;
    QComboBox *m_choice;
    QLineEdit *m_link;
    QPushButton *m_copy;
    QrCodeWidget *m_qr;
    QLabel *m_count;
};

} // namespace tincan
