#include "ui/mentioncompleter.h"

#include <QAbstractItemView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tincan {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.isMark();
}

} // namespace

MentionCompleter::MentionCompleter(QPlainTextEdit *input)
    : QCompleter(input)
    , m_input(input)
    , m_names(new QStringListModel(this))
{
    setModel(m_names);
    setWidget(input);
    setCompletionMode(QCompleter::PopupCompletion);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchStartsWith);
    setModelSorting(QCompleter::UnsortedModel);
    setWrapAround(true);
    setMaxVisibleItems(8);
    // A list view shows its rows as plain text: names are anyone's input.
    popup()->setObjectName(u"mentionList"_s);
    popup()->setTextElideMode(Qt::ElideRight);
    // Chosen with the mouse; the keys come through the input (ChatInput::keyPressEvent).
    connect(this, qOverload<const QString &>(&QCompleter::activated), this, &MentionCompleter::insertName);
    retranslate();
}

void MentionCompleter::retranslate()
{
    popup()->setAccessibleName(tr("People to mention"));
}

void MentionCompleter::setNames(const QStringList &names)
{
    if (names == m_names->stringList())
        return;
    m_names->setStringList(names);
    if (isOpen())
        refresh();
}

QStringList MentionCompleter::names() const
{
    return m_names->stringList();
}

bool MentionCompleter::isOpen() const
{
    return popup()->isVisible();
}

qsizetype MentionCompleter::mentionStart(const QString &line, qsizetype cursor, const QStringList &names)
{
    if (cursor <= 0 || cursor > line.size() || names.isEmpty())
        return -1;
    if (cursor < line.size() && isWordCharacter(line.at(cursor)))
        return -1;
    qsizetype longest = 0;
    for (const QString &name : names)
        longest = std::max(longest, name.size());
    // The nearest "@" first: in "@Ann @Bo" the cursor at the end completes "Bo".
    const qsizetype earliest = std::max<qsizetype>(0, cursor - longest - 1);
    for (qsizetype at = cursor - 1; at >= earliest; --at) {
        if (line.at(at) != u'@')
            continue;
        if (at > 0 && (isWordCharacter(line.at(at - 1)) || line.at(at - 1) == u'@'))
            continue; // an address (ann@example.org) or "@@"
        const QString partial = line.mid(at + 1, cursor - at - 1);
        if (partial.isEmpty() || partial.front().isSpace())
            continue;
        const bool completes = std::any_of(names.cbegin(), names.cend(), [&partial](const QString &name) {
            return name.startsWith(partial, Qt::CaseInsensitive);
        });
        if (completes)
            return at;
    }
    return -1;
}

void MentionCompleter::refresh()
{
    const QTextCursor cursor = m_input->textCursor();
    if (cursor.hasSelection() || m_input->isReadOnly()) {
        close();
        return;
    }
    const QString line = cursor.block().text();
    const qsizetype caret = cursor.positionInBlock();
    const qsizetype at = mentionStart(line, caret, m_names->stringList());
    if (at < 0) {
        close();
        return;
    }
    setCompletionPrefix(line.mid(at + 1, caret - at - 1));
    if (completionCount() == 0) {
        close();
        return;
    }
    QAbstractItemView *list = popup();
    list->setCurrentIndex(completionModel()->index(0, 0));
    // Under the "@", as wide as the longest name offered.
    QTextCursor atCursor(cursor);
    atCursor.setPosition(cursor.block().position() + int(at));
    QRect place = m_input->cursorRect(atCursor).translated(m_input->viewport()->geometry().topLeft());
    place.setWidth(std::max(120, list->sizeHintForColumn(0) + list->verticalScrollBar()->sizeHint().width()
                                     + 2 * list->frameWidth() + 8));
    complete(place);
}

void MentionCompleter::close()
{
    if (isOpen())
        popup()->hide();
}

void MentionCompleter::move(int step)
{
    const int rows = completionModel()->rowCount();
    if (!isOpen() || rows == 0)
        return;
    const QModelIndex current = popup()->currentIndex();
    const int row = current.isValid() ? ((current.row() + step) % rows + rows) % rows : (step > 0 ? 0 : rows - 1);
    popup()->setCurrentIndex(completionModel()->index(row, 0));
}

bool MentionCompleter::acceptCurrent()
{
    const QModelIndex current = popup()->currentIndex();
    close();
    if (!current.isValid())
        return false;
    insertName(current.data(completionRole()).toString());
    return true;
}

void MentionCompleter::insertName(const QString &name)
{
    QTextCursor cursor = m_input->textCursor();
    const qsizetype at = mentionStart(cursor.block().text(), cursor.positionInBlock(), {name});
    if (at < 0 || cursor.hasSelection())
        return;
    cursor.setPosition(cursor.block().position() + int(at), QTextCursor::KeepAnchor);
    cursor.insertText(u'@' + name + u' ');
    m_input->setTextCursor(cursor);
}

} // namespace tincan
