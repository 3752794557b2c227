#pragma once

#include <QLabel>

namespace tincan {

// The small line under the messages that says who else is writing right now.
class TypingLine final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypingLine)

public:
    explicit TypingLine(QWidget *parent = nullptr);

    void setTyping(const QStringList &nicks);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QStringList m_nicks;
};

} // namespace tincan
