#include "ui/chatinput.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>
#include <QUrl>

namespace tincan {

namespace {
constexpr int maxVisibleLines = 6;
}

ChatInput::ChatInput(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(document(), &QTextDocument::contentsChanged, this, [this] { updateGeometry(); });
}

int ChatInput::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins();
    return fontMetrics().lineSpacing() * lines + int(2 * document()->documentMargin()) + margins.top()
        + margins.bottom() + 2;
}

QSize ChatInput::sizeHint() const
{
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        lines += std::max(1, block.layout() ? block.layout()->lineCount() : 1);
    lines = std::clamp(lines, 1, maxVisibleLines);
    return {QPlainTextEdit::sizeHint().width(), heightForLines(lines)};
}

QSize ChatInput::minimumSizeHint() const
{
    return {100, heightForLines(1)};
}

void ChatInput::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        event->accept();
        Q_EMIT submitted();
        return;
    }
    if (enter) {
        // Shift+Enter: a plain new line, not a paragraph separator.
        insertPlainText(QStringLiteral("\n"));
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

QStringList ChatInput::localFiles(const QMimeData *source)
{
    QStringList paths;
    if (!source || !source->hasUrls())
        return paths;
    const QList<QUrl> urls = source->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && !url.toLocalFile().isEmpty())
            paths.append(url.toLocalFile());
    }
    return paths;
}

bool ChatInput::canInsertFromMimeData(const QMimeData *source) const
{
    return source && (source->hasImage() || !localFiles(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source));
}

void ChatInput::insertFromMimeData(const QMimeData *source)
{
    // Files first: a file manager puts a copied file's path beside it as text, and some put
    // its picture too.
    const QStringList files = localFiles(source);
    if (!files.isEmpty()) {
        Q_EMIT filesPasted(files);
        return;
    }
    if (source && source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            Q_EMIT imagePasted(image);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace tincan
