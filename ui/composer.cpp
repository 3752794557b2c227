#include "ui/composer.h"

#include "client/chatsession.h"
#include "protocol/nickname.h"
#include "ui/chatinput.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tincan {

namespace {

// A paper clip in the button's text colour, drawn so that it needs no icon theme.
QIcon attachIcon(const QPalette &palette, qreal scale)
{
    constexpr int edge = 20;
    QPixmap pixmap(QSize(edge, edge) * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(edge / 2.0, edge / 2.0);
    painter.rotate(40);
    painter.translate(-12, -11.5);
    QPainterPath clip;
    clip.moveTo(12, 8.5);
    clip.lineTo(12, 16);
    clip.arcTo(QRectF(12, 14, 4, 4), 180, 180);
    clip.lineTo(16, 6);
    clip.arcTo(QRectF(8, 2, 8, 8), 0, 180);
    clip.lineTo(8, 17);
    clip.arcTo(QRectF(8, 14, 6, 6), 180, 180);
    clip.lineTo(14, 15.5);
    painter.setPen(QPen(palette.color(QPalette::ButtonText), 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(clip);
    painter.end();
    return QIcon(pixmap);
}

} // namespace

Composer::Composer(ChatSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_input(new ChatInput(this))
    , m_attach(new QToolButton(this))
    , m_send(new QPushButton(this))
    , m_lengthHint(new QLabel(this))
    , m_contextBar(new QWidget(this))
    , m_contextLabel(new QLabel(m_contextBar))
    , m_contextClose(new QToolButton(m_contextBar))
{
    m_contextBar->setObjectName(u"contextBar"_s);
    m_contextLabel->setObjectName(u"contextLabel"_s);
    m_contextLabel->setTextFormat(Qt::PlainText); // quotes and names are anyone's input
    m_contextLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_contextClose->setText(u"✕"_s);
    m_contextClose->setAutoRaise(true);
    connect(m_contextClose, &QToolButton::clicked, this, &Composer::cancelContext);
    auto *contextRow = new QHBoxLayout(m_contextBar);
    contextRow->setContentsMargins(14, 0, 10, 0);
    contextRow->addWidget(m_contextLabel, 1);
    contextRow->addWidget(m_contextClose);
    m_contextBar->hide();
    m_input->installEventFilter(this);
    m_input->setObjectName(u"messageInput"_s);
    connect(m_input, &ChatInput::submitted, this, &Composer::send);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        // The typing notice goes to the whole room: it is only about writing to the room, and
        // not about changing a message already sent.
        m_session->noteTyping(!m_quiet && m_conversation.isEmpty() && m_mode != Mode::Edit
                              && !m_input->toPlainText().trimmed().isEmpty());
        updateLengthHint();
    });
    connect(m_input, &ChatInput::filesPasted, this, [this](const QStringList &paths) { sendFiles(paths); });
    connect(m_input, &ChatInput::imagePasted, this, &Composer::sendImage);
    connect(m_session, &ChatSession::rosterChanged, this, &Composer::offerNames);
    connect(m_session, &ChatSession::nickChanged, this, &Composer::offerNames);
    offerNames();
    m_attach->setObjectName(u"attachButton"_s);
    m_attach->setAutoRaise(true);
    m_attach->setIconSize(QSize(20, 20));
    connect(m_attach, &QToolButton::clicked, this, &Composer::attach);
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
    inputRow->addWidget(m_attach, 0, Qt::AlignBottom);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_send, 0, Qt::AlignBottom);
    auto *hintRow = new QHBoxLayout;
    hintRow->setContentsMargins(12, 0, 12, 0);
    hintRow->addWidget(m_lengthHint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_contextBar);
    layout->addLayout(inputRow);
    layout->addLayout(hintRow);
    retranslate();
}

Composer::~Composer() = default;

void Composer::retranslate()
{
    m_input->setAccessibleName(tr("Message"));
    m_input->setPlaceholderText(tr("Write a message… (Enter sends, Shift+Enter starts a new line)"));
    m_send->setText(tr("&Send"));
    m_send->setAccessibleName(tr("Send message"));
    m_attach->setToolTip(tr("Send files or pictures (you can also drop them here or paste them)"));
    m_attach->setAccessibleName(tr("Attach files"));
    m_attach->setIcon(attachIcon(palette(), devicePixelRatioF()));
    m_contextClose->setToolTip(tr("Cancel (Esc)"));
    m_contextClose->setAccessibleName(tr("Cancel"));
    showContext();
    updateLengthHint();
}

QString Composer::text() const
{
    return m_input->toPlainText();
}

void Composer::setConversation(const QString &personId)
{
    if (personId == m_conversation)
        return;
    // An edit ends (the input gets back what it held before); a reply stays with the draft of
    // the conversation it was started in, and comes back with it.
    if (m_mode == Mode::Edit)
        cancelContext();
    Draft leaving{m_input->toPlainText(), replySeq(), m_contextSender, m_contextQuote};
    if (leaving.text.isEmpty() && leaving.replySeq == 0)
        m_drafts.remove(m_conversation);
    else
        m_drafts.insert(m_conversation, leaving);
    m_conversation = personId;
    const Draft entering = m_drafts.take(personId);
    m_mode = entering.replySeq > 0 ? Mode::Reply : Mode::None;
    m_contextSeq = entering.replySeq;
    m_contextSender = entering.replySender;
    m_contextQuote = entering.replyQuote;
    showContext();
    setTextQuietly(entering.text);
    m_input->moveCursor(QTextCursor::End);
    m_attach->setVisible(personId.isEmpty());
}

void Composer::setTextQuietly(const QString &text)
{
    m_quiet = true;
    m_input->setPlainText(text);
    m_quiet = false;
}

void Composer::offerNames()
{
    const QString own = protocol::nickKey(m_session->nick());
    QStringList names;
    for (const QString &nick : m_session->roster()) {
        if (protocol::nickKey(nick) != own)
            names.append(nick);
    }
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    m_input->setMentionNames(names);
}

void Composer::setRecipientPresent(bool present)
{
    m_recipientPresent = present;
    m_input->setReadOnly(!present);
    m_send->setEnabled(present);
}

void Composer::startReply(qint64 seq, const QString &sender, const QString &text)
{
    if (m_mode == Mode::Edit)
        cancelContext();
    m_mode = Mode::Reply;
    m_contextSeq = seq;
    m_contextSender = sender;
    m_contextQuote = text.simplified();
    showContext();
    m_input->setFocus();
}

void Composer::startEdit(qint64 seq, const QString &text)
{
    if (m_mode != Mode::Edit)
        m_draft = m_input->toPlainText();
    m_mode = Mode::Edit;
    m_contextSeq = seq;
    showContext();
    m_input->setPlainText(text);
    m_input->moveCursor(QTextCursor::End);
    m_input->setFocus();
}

void Composer::cancelContext()
{
    if (m_mode == Mode::Edit)
        setTextQuietly(std::exchange(m_draft, {}));
    m_mode = Mode::None;
    m_contextSeq = 0;
    showContext();
}

QString Composer::contextText() const
{
    return m_mode == Mode::None ? QString() : m_contextLabel->text();
}

void Composer::showContext()
{
    switch (m_mode) {
    case Mode::None:
        m_contextLabel->clear();
        m_contextLabel->hide();
        m_contextBar->hide();
        return;
    case Mode::Reply:
        //: Above the input while answering a message: %1 is who wrote it, %2 its start.
        m_contextLabel->setText(tr("Replying to %1: %2").arg(m_contextSender, m_contextQuote));
        break;
    case Mode::Edit:
        m_contextLabel->setText(tr("Editing your message (Esc cancels)"));
        break;
    }
    m_contextLabel->show();
    m_contextBar->show();
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    // While names are offered, Esc and the arrows are the list's (ChatInput).
    if (watched == m_input && event->type() == QEvent::KeyPress && !m_input->isOfferingNames()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && m_mode != Mode::None) {
            cancelContext();
            return true;
        }
        if (key->key() == Qt::Key_Up && key->modifiers() == Qt::NoModifier && m_input->toPlainText().isEmpty()) {
            Q_EMIT editLastRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        m_attach->setIcon(attachIcon(palette(), devicePixelRatioF()));
    QWidget::changeEvent(event);
}

void Composer::restore(const QString &text, const QString &conversation)
{
    if (conversation != m_conversation) {
        Draft &draft = m_drafts[conversation];
        if (draft.text.isEmpty())
            draft.text = text;
        return;
    }
    if (m_mode == Mode::Edit) {
        if (m_draft.isEmpty())
            m_draft = text;
        return;
    }
    if (m_input->toPlainText().isEmpty())
        setTextQuietly(text);
}

void Composer::send()
{
    const QString text = m_input->toPlainText();
    if (!m_recipientPresent || protocol::checkText(text) == protocol::TextProblem::Empty) {
        m_input->setFocus();
        return;
    }
    if (text.size() > m_session->maxTextLength()) {
        updateLengthHint();
        m_input->setFocus();
        return;
    }
    if (m_mode == Mode::Edit) {
        // Not connected: the change stays in the input to be sent again.
        if (!m_session->edit(m_contextSeq, text)) {
            Q_EMIT problem(tr("Your message could not be changed while you are not connected: "
                              "your change is still in the input box."));
            m_input->setFocus();
            return;
        }
        // The input gets back what the user was writing before the edit began.
        m_mode = Mode::None;
        m_contextSeq = 0;
        showContext();
        setTextQuietly(std::exchange(m_draft, {}));
        m_input->moveCursor(QTextCursor::End);
        m_input->setFocus();
        Q_EMIT sent();
        return;
    }
    m_session->send(text, m_conversation, m_mode == Mode::Reply ? std::optional<qint64>(m_contextSeq) : std::nullopt);
    m_mode = Mode::None;
    m_contextSeq = 0;
    showContext();
    m_input->clear();
    m_input->setFocus();
    Q_EMIT sent();
}

void Composer::attach()
{
    static QString folder = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Send Files"), folder);
    if (paths.isEmpty())
        return;
    folder = QFileInfo(paths.constFirst()).absolutePath();
    sendFiles(paths);
}

bool Composer::takeCaption(QString *caption)
{
    const QString text = m_input->toPlainText();
    if (protocol::checkText(text) == protocol::TextProblem::Empty) {
        caption->clear();
        return true;
    }
    if (text.size() > m_session->maxTextLength()) {
        updateLengthHint();
        Q_EMIT problem(tr("The text is too long to go with the files: shorten it, then send them again."));
        return false;
    }
    *caption = text;
    return true;
}

int Composer::sendFiles(const QStringList &paths, const QStringList &names)
{
    QString caption;
    if (paths.isEmpty())
        return 0;
    if (!m_conversation.isEmpty()) {
        Q_EMIT problem(tr("Files are shared with the whole room: switch to the Room tab to send them."));
        return 0;
    }
    if (!takeCaption(&caption))
        return 0;
    int queued = 0;
    QStringList problems;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QFileInfo info(paths.at(i));
        const QString shown = i < names.size() ? names.at(i) : info.fileName();
        if (info.isDir()) {
            problems.append(tr("“%1” is a folder: only files can be sent.").arg(shown));
            continue;
        }
        if (!info.isFile() || !info.isReadable()) {
            problems.append(tr("“%1” could not be read. Check that the file is still there and that you may open it.")
                                .arg(shown));
            continue;
        }
        if (info.size() == 0) {
            problems.append(tr("“%1” is empty: there is nothing to send.").arg(shown));
            continue;
        }
        const QString id = m_session->sendFile(info.absoluteFilePath(), queued == 0 ? caption : QString(),
                                               i < names.size() ? names.at(i) : QString());
        if (id.isEmpty()) {
            problems.append(tr("“%1” could not be read. Check that the file is still there and that you may open it.")
                                .arg(shown));
            continue;
        }
        ++queued;
    }
    if (queued > 0) {
        m_input->clear();
        m_input->setFocus();
        Q_EMIT sent();
    }
    if (!problems.isEmpty())
        Q_EMIT problem(problems.join(u' '));
    return queued;
}

bool Composer::sendImage(const QImage &image)
{
    if (image.isNull())
        return false;
    if (!m_pasted || !m_pasted->isValid())
        m_pasted = std::make_unique<QTemporaryDir>();
    // Unique on disk; the room sees the time it was pasted.
    const QString path = m_pasted->filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".png"_s);
    QImageWriter writer(path, "png");
    if (!m_pasted->isValid() || !writer.write(image)) {
        Q_EMIT problem(tr("The pasted picture could not be saved to be sent: the temporary folder is not writable."));
        return false;
    }
    //: The name of a pasted picture's file (".png" follows); %1 is the date and time it was pasted.
    //: Avoid characters that cannot be in file names, such as the slash and the colon.
    const QString name = tr("Pasted image %1").arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH.mm.ss"_s))
        + u".png"_s;
    return sendFiles({path}, {name}) == 1;
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
