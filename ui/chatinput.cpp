#include "ui/chatinput.h"

#include "ui/mentioncompleter.h"

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
    , m_mentions(new MentionCompleter(this))
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

void ChatInput::setMentionNames(const QStringList &names)
{
    m_mentions->setNames(names);
}

bool ChatInput::isOfferingNames() const
{
    return m_mentions->isOpen();
}

bool ChatInput::chooseName(QKeyEvent *event)
{
    if (!m_mentions->isOpen())
        return false;
    const bool plain = !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
        if (!plain)
            return false;
        m_mentions->acceptCurrent();
        return true;
    case Qt::Key_Backtab:
    case Qt::Key_Escape:
        m_mentions->close();
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!plain)
            return false;
        m_mentions->move(event->key() == Qt::Key_Up ? -1 : 1);
        return true;
    default:
        return false;
    }
}

bool ChatInput::event(QEvent *event)
{
    // While names are offered, the keys that choose one are the list's, not a shortcut's.
    if (event->type() == QEvent::ShortcutOverride && m_mentions->isOpen()) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Escape:
        case Qt::Key_Up:
        case Qt::Key_Down:
            event->accept();
            return true;
        default:
            break;
        }
    }
    return QPlainTextEdit::event(event);
}

bool ChatInput::focusNextPrevChild(bool next)
{
    // Tab takes the name offered instead of moving on (keyPressEvent sees it).
    if (m_mentions->isOpen())
        return false;
    return QPlainTextEdit::focusNextPrevChild(next);
}

void ChatInput::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_mentions->retranslate();
    QPlainTextEdit::changeEvent(event);
}

void ChatInput::inputMethodEvent(QInputMethodEvent *event)
{
    QPlainTextEdit::inputMethodEvent(event);
    m_mentions->refresh();
}

void ChatInput::keyPressEvent(QKeyEvent *event)
{
    // The list of names, when open, passes its keys on to here first.
    if (chooseName(event)) {
        event->accept();
        return;
    }
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
    const int position = textCursor().position();
    const int revision = document()->revision();
    QPlainTextEdit::keyPressEvent(event);
    // Only what the key wrote or where it moved to: a lone Shift leaves a closed list closed.
    if (textCursor().position() != position || document()->revision() != revision)
        m_mentions->refresh();
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
