#pragma once

#include <QCompleter>
#include <QStringList>

class QPlainTextEdit;
class QStringListModel;

namespace tincan {

// Offers the names of the people in the room while "@" and the start of a name are written in
// a text box (any case, names with spaces too), and puts "@Full Name " in place of what was
// written when one is chosen. The box passes it the keys that choose (see ChatInput).
class MentionCompleter final : public QCompleter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MentionCompleter)

public:
    explicit MentionCompleter(QPlainTextEdit *input);

    // Who can be mentioned, in the order offered (the caller leaves the user's own name out).
    void setNames(const QStringList &names);
    QStringList names() const;

    bool isOpen() const;
    // Looks at what is before the cursor: opens, narrows or closes the list of names.
    void refresh();
    void close();
    // Moves the choice up or down the list, round from one end to the other, as Up and Down do.
    void move(int step);
    // Puts the chosen name in place of the "@partial" and closes the list; false when none is
    // chosen.
    bool acceptCurrent();
    void retranslate();

    // Where the "@" starts of a mention that one of `names` completes, the cursor being at
    // `cursor` in `line` (-1: there is none). The "@" begins the line or follows something
    // other than a letter, a digit or "@"; at least one character follows it; the cursor is
    // not inside a word.
    static qsizetype mentionStart(const QString &line, qsizetype cursor, const QStringList &names);

private:
    void insertName(const QString &name);

    QPlainTextEdit *m_input;
    QStringListModel *m_names;
};

} // namespace tincan
