#pragma once

#include <QFrame>

class QLabel;

namespace tincan {

class ConnectionStatus;

// The top of the chat window: the room's name, who the user is in it, and the state of the
// connection as a coloured dot and a word.
class ChatHeader final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatHeader)

public:
    explicit ChatHeader(QWidget *parent = nullptr);

    void setRoom(const QString &room);
    // Empty before the user has a name.
    void setNick(const QString &nick);
    void setStatus(const ConnectionStatus &status);
    QString stateText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_nick;
    QLabel *m_room;
    QLabel *m_who;
    QLabel *m_stateDot;
    QLabel *m_state;
};

} // namespace tincan
