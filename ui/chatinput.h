#pragma once

#include <QImage>
#include <QPlainTextEdit>
#include <QStringList>

namespace tincan {

class MentionCompleter;

// Where a message is written: Enter sends, Shift+Enter starts a new line, and the box grows
// with its text up to a few lines. Files pasted or dropped into it, and a picture on the
// clipboard (a screenshot), are handed on to be sent instead of becoming text. "@" and the
// start of a name offer the names that fit; while they are offered, Up and Down choose, Tab or
// Enter take the name, and Esc closes the list.
class ChatInput final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatInput)

public:
    explicit ChatInput(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The names "@" offers (the user's own left out).
    void setMentionNames(const QStringList &names);
    // Whether names are offered now (then Enter takes one instead of sending).
    bool isOfferingNames() const;
    MentionCompleter *mentionCompleter() const { return m_mentions; }

Q_SIGNALS:
    // Enter was pressed; the text is still in the box (the window decides what to do with it).
    void submitted();
    // Local files were pasted or dropped into the box.
    void filesPasted(const QStringList &paths);
    // A picture without a file was pasted (a screenshot, an image copied in a browser).
    void imagePasted(const QImage &image);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

public:
    // The local files a clipboard or drop carries, in order (none: it carries no files).
    static QStringList localFiles(const QMimeData *source);

private:
    int heightForLines(int lines) const;
    // Keys that act on the offered names; true when the key was used.
    bool chooseName(QKeyEvent *event);

    MentionCompleter *m_mentions;
};

} // namespace tincan
