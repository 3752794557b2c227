#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace tincan {

class ChatInput;
class ChatSession;

// Where the user writes to the room: the input box (Enter sends, Shift+Enter starts a new
// line), the Send button, and a hint while the text is longer than the room takes. It tells the
// session when the user is typing and hands it what they send.
class Composer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    // The session must outlive the composer.
    explicit Composer(ChatSession *session, QWidget *parent = nullptr);

    // Puts back a message the host would not take, unless the user is already writing another.
    void restore(const QString &text);

public Q_SLOTS:
    void send();

Q_SIGNALS:
    // A message went to the session (the box is empty again).
    void sent();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateLengthHint();

    ChatSession *m_session;
    ChatInput *m_input;
    QPushButton *m_send;
    QLabel *m_lengthHint;
};

} // namespace tincan
