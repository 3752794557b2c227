#pragma once

#include <QImage>
#include <QPlainTextEdit>
#include <QStringList>

namespace tincan {

// Where a message is written: Enter sends, Shift+Enter starts a new line, and the box grows
// with its text up to a few lines. Files pasted or dropped into it, and a picture on the
// clipboard (a screenshot), are handed on to be sent instead of becoming text.
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
    // Local files were pasted or dropped into the box.
    void filesPasted(const QStringList &paths);
    // A picture without a file was pasted (a screenshot, an image copied in a browser).
    void imagePasted(const QImage &image);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

public:
    // The local files a clipboard or drop carries, in order (none: it carries no files).
    static QStringList localFiles(const QMimeData *source);

private:
    int heightForLines(int lines) const;
};

} // namespace tincan
