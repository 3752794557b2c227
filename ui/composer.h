#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTemporaryDir;
class QToolButton;

namespace tincan {

class ChatInput;
class ChatSession;

// Where the user writes to the room: the input box (Enter sends, Shift+Enter starts a new
// line), the attach button, the Send button, and a hint while the text is longer than the room
// takes. It tells the session when the user is typing and hands it what they send: text, and
// files attached, dropped or pasted (a pasted picture becomes a PNG file), the text in the box
// going with the first of them.
class Composer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    // The session must outlive the composer.
    explicit Composer(ChatSession *session, QWidget *parent = nullptr);
    ~Composer() override;

    // Puts back a message the host would not take into the draft of its conversation (`to`: the
    // person of a private conversation, empty: the room), unless the user is already writing
    // another there.
    void restore(const QString &text, const QString &conversation = {});

    // The next message answers this one: a bar above the input quotes it (Esc takes it back).
    void startReply(qint64 seq, const QString &sender, const QString &text);
    // The input holds the text of one of the user's messages to change; Send changes it and Esc
    // gives the input back as it was.
    void startEdit(qint64 seq, const QString &text);
    void cancelContext();
    // What the bar above the input says (empty: no bar), and about which message.
    QString contextText() const;
    qint64 replySeq() const { return m_mode == Mode::Reply ? m_contextSeq : 0; }
    qint64 editSeq() const { return m_mode == Mode::Edit ? m_contextSeq : 0; }
    QString text() const;

    // Who the next message goes to: the person of a private conversation, or (empty) the room.
    // Files go to the room only, so a private conversation offers none. Each conversation keeps
    // its own draft and reply: what is typed in one is never sent in another.
    void setConversation(const QString &personId);
    QString conversation() const { return m_conversation; }
    // Whether the other person can be written to (in the room); otherwise nothing is sent.
    void setRecipientPresent(bool present);

    // Sends these files, in order, with the text in the box as the first one's message.
    // `names` (optional, same order) are what the room sees instead of the files' own names.
    // Returns how many were queued; the others were told about with problem().
    int sendFiles(const QStringList &paths, const QStringList &names = {});
    // Sends a picture as "Pasted image DATE TIME.png".
    bool sendImage(const QImage &image);

public Q_SLOTS:
    void send();
    // Asks which files to send (the system's open dialog).
    void attach();

Q_SIGNALS:
    // A message went to the session (the box is empty again).
    void sent();
    // A sentence for the user about something that could not be sent.
    void problem(const QString &text);
    // Up was pressed in the empty input: the user wants to change their last message.
    void editLastRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateLengthHint();
    // Puts this text in the input without telling the room that the user is typing.
    void setTextQuietly(const QString &text);
    // The names "@" offers: the people in the room but the user.
    void offerNames();

    ChatSession *m_session;
    QString m_conversation;
    bool m_recipientPresent = true;
    // The caption that goes with files, or nullopt when the text cannot be sent.
    bool takeCaption(QString *caption);

    ChatInput *m_input;
    QToolButton *m_attach;
    QPushButton *m_send;
    std::unique_ptr<QTemporaryDir> m_pasted; // pictures pasted, as files, while they are sent
    QLabel *m_lengthHint;

    enum class Mode { None, Reply, Edit };
    void showContext();
    Mode m_mode = Mode::None;
    qint64 m_contextSeq = 0;
    QString m_contextSender;
    QString m_contextQuote;
    QString m_draft; // what the input held before an edit began
    // What the conversations not on screen hold: their text, and the message they answer.
    struct Draft
    {
        QString text;
        qint64 replySeq = 0;
        QString replySender;
        QString replyQuote;
    };
    QHash<QString, Draft> m_drafts; // by conversation (empty: the room)
    bool m_quiet = false; // the text is being set, not typed
    QWidget *m_contextBar;
    QLabel *m_contextLabel;
    QToolButton *m_contextClose;
};

} // namespace tincan
