#pragma once

#include <QList>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QToolButton;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tincan {

class QrCodeWidget;

// The hosting side panel: the link(s) others open to join (each named by its network), a Copy
// button, a QR code of the chosen link and how many people are connected. The invitation folds
// away once someone has joined, so the people list gets the room; one click opens it again.
class HostPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostPanel)

public:
    explicit HostPanel(QWidget *parent = nullptr);

    // `networks` names each link's network ("wlan0"), in the same order; may be empty. The link
    // chosen so far stays chosen when it is still among them.
    void setLinks(const QList<QUrl> &links, bool loopbackOnly, const QStringList &networks = {});
    void setPeerCount(int count);

    QList<QUrl> links() const { return m_links; }
    QUrl currentLink() const;
    QString peerCountText() const;
    bool isInvitationOpen() const;
    void setInvitationOpen(bool open);

public Q_SLOTS:
    void copyLink();

Q_SIGNALS:
    void linkCopied(const QUrl &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showLink(int index);
    // The texts that follow the links and the count: each link's name, the hint, the count.
    QString linkName(qsizetype index) const;
    void updateHint();
    void updateCount();

    QList<QUrl> m_links;
    QStringList m_networks;
    bool m_loopbackOnly = false;
    int m_peerCount = 0;
    QToolButton *m_toggle;
    QWidget *m_invitation;
    bool m_foldedOnce = false;
    QLabel *m_hint;
    QComboBox *m_choice;
    QLineEdit *m_link;
    QPushButton *m_copy;
    QrCodeWidget *m_qr;
    QLabel *m_count;
};

} // namespace tincan
