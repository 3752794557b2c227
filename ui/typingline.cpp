#include "ui/typingline.h"

#include <QEvent>

namespace tincan {

TypingLine::TypingLine(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText); // it quotes names other people chose
    QFont typingFont = font();
    typingFont.setItalic(true);
    typingFont.setPointSizeF(typingFont.pointSizeF() * 0.9);
    setFont(typingFont);
    setForegroundRole(QPalette::PlaceholderText);
    // Always one line tall, so the messages above do not jump as people start and stop.
    setFixedHeight(QFontMetrics(typingFont).height() + 2);
    setContentsMargins(14, 0, 14, 0);
    retranslate();
}

void TypingLine::retranslate()
{
    setAccessibleName(tr("Who is typing"));
    setTyping(m_nicks);
}

void TypingLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

void TypingLine::setTyping(const QStringList &nicks)
{
    m_nicks = nicks;
    QString text;
    if (nicks.size() == 1)
        text = tr("%1 is typing…").arg(nicks.at(0));
    else if (nicks.size() == 2)
        text = tr("%1 and %2 are typing…").arg(nicks.at(0), nicks.at(1));
    else if (nicks.size() > 2)
        text = tr("Several people are typing…");
    setText(text);
}

} // namespace tincan
