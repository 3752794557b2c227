#include "ui/composer.h"

#include "client/chatsession.h"
#include "protocol/nickname.h"
#include "ui/chatinput.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tincan {

Composer::Composer(ChatSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_input(new ChatInput(this))
    , m_send(new QPushButton(this))
    , m_lengthHint(new QLabel(this))
{
    m_input->setObjectName(u"messageInput"_s);
    connect(m_input, &ChatInput::submitted, this, &Composer::send);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        m_session->noteTyping(!m_input->toPlainText().trimmed().isEmpty());
        updateLengthHint();
    });
    m_send->setDefault(false);
    m_send->setAutoDefault(false);
    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    m_lengthHint->setTextFormat(Qt::PlainText);
    m_lengthHint->setForegroundRole(QPalette::PlaceholderText);
    m_lengthHint->hide();
    // Focusing the composer means writing in it.
    setFocusProxy(m_input);
    // As tall as its text (the input grows with it), never stretched by the window.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *inputRow = new QHBoxLayout;
    inputRow->setContentsMargins(10, 0, 10, 0);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_send, 0, Qt::AlignBottom);
    auto *hintRow = new QHBoxLayout;
    hintRow->setContentsMargins(12, 0, 12, 0);
    hintRow->addWidget(m_lengthHint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(inputRow);
    layout->addLayout(hintRow);
    retranslate();
}

void Composer::retranslate()
{
    m_input->setAccessibleName(tr("Message"));
    m_input->setPlaceholderText(tr("Write a message… (Enter sends, Shift+Enter starts a new line)"));
    m_send->setText(tr("&Send"));
    m_send->setAccessibleName(tr("Send message"));
    updateLengthHint();
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void Composer::restore(const QString &text)
{
    if (m_input->toPlainText().isEmpty())
        m_input->setPlainText(text);
}

void Composer::send()
{
    const QString text = m_input->toPlainText();
    if (protocol::checkText(text) == protocol::TextProblem::Empty) {
        m_input->setFocus();
        return;
    }
    if (text.size() > m_session->maxTextLength()) {
        updateLengthHint();
        m_input->setFocus();
        return;
    }
    m_session->send(text);
    m_input->clear();
    m_input->setFocus();
    Q_EMIT sent();
}

void Composer::updateLengthHint()
{
    const int over = int(m_input->toPlainText().size()) - m_session->maxTextLength();
    if (over > 0) {
        m_lengthHint->setText(tr("%n character(s) over the limit of %1: shorten it to send", nullptr, over)
                                  .arg(QLocale().toString(m_session->maxTextLength())));
        m_lengthHint->show();
    } else if (!m_lengthHint->isHidden()) {
        m_lengthHint->hide();
    }
}

} // namespace tincan
