#pragma once

#include <QPlainTextEdit>

namespace tincan {

// Where a message is written: Enter sends, Shift+Enter starts a new line, and the box grows
// with its text up to a few lines.
class ChatInput final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatInput)

public:
    explicit ChatInput(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Enter was pressed; the text is still in the box (the window decides what to do with it).
    void submitted();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    int heightForLines(int lines) const;
};

} // namespace tincan
