#pragma once

#include <QList>
#include <QUrl>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QToolButton;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tincan {

class QrCodeWidget;

// The hosting side panel: the link(s) others open to join (each named by its network), a Copy
// button, a QR code of the chosen link, the room's access code (which the link and QR code carry
// in their fragment) with ways to change, remove or generate it, the room's lock and how many
// people are connected. The invitation folds away once someone has joined, so the people list
// gets the room; one click opens it again.
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
    // Shows this code (empty: none) and puts it in the link and QR code; emits nothing.
    void setAccessCode(const QString &code);
    QString accessCode() const { return m_accessCode; }
    // Shows the room as locked or open; emits nothing.
    void setLocked(bool locked);
    bool isLocked() const;

    // The links as the host has them, without the code.
    QList<QUrl> links() const { return m_links; }
    // The chosen link as guests get it: with the access code in its fragment when there is one.
    QUrl currentLink() const;
    // The same link with `code` in its fragment ("#code=…", encoded), or as it is without one.
    static QUrl linkWithCode(const QUrl &link, const QString &code);
    QString peerCountText() const;
    bool isInvitationOpen() const;
    void setInvitationOpen(bool open);

public Q_SLOTS:
    void copyLink();
    // Asks for a new code (a dialog that checks it), then uses it.
    void changeAccessCode();
    void generateAccessCode();
    void removeAccessCode();

Q_SIGNALS:
    void linkCopied(const QUrl &link);
    // The host set, changed or (empty) removed the code here; the panel already shows it.
    void accessCodeChosen(const QString &code);
    // The host locked or unlocked the room here.
    void lockChosen(bool locked);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showLink(int index);
    // The texts that follow the links and the count: each link's name, the hint, the count.
    QString linkName(qsizetype index) const;
    void updateHint();
    void updateCount();
    void updateAccess();
    void chooseAccessCode(const QString &code);

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
    QString m_accessCode;
    QLabel *m_codeLabel;
    QLabel *m_code;
    QPushButton *m_changeCode;
    QPushButton *m_removeCode;
    QPushButton *m_generateCode;
    QCheckBox *m_lock;
    QLabel *m_lockHint;
};

} // namespace tincan
