#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tincan {

class ConnectionStatus;

// The strip over the messages while the chat is not connected: what went wrong, and the way on
// (try again now, join under another name when the host refused this one, or with the room's
// access code when it needs one).
class ConnectionBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBanner)

public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    // Says what `status` has to say, or hides the banner when it has nothing to say.
    void setStatus(const ConnectionStatus &status);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    // The button was pressed while the banner did not ask for a name.
    void retryRequested();
    // Another name was typed, and it is a valid one.
    void nickChosen(const QString &nick);
    // An access code was typed (whether it is right is the host's to say).
    void codeChosen(const QString &code);
    // The way back to the start window (after the host ended the chat, or could not be reached).
    void backRequested();

private:
    // The fixed texts; what the banner says about the connection is the window's to renew.
    void retranslate();
    void onAction();

    QLabel *m_text;
    QLineEdit *m_nick;
    QLineEdit *m_code;
    QPushButton *m_button;
    QPushButton *m_back;
};

} // namespace tincan
