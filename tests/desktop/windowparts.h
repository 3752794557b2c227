#pragma once

#include "ui/chatwindow.h"
#include "ui/messagemodel.h"

#include <QApplication>
#include <QStringList>
#include <QTest>
#include <QWidget>
#include <QtGlobal>

// What the desktop tests read off a window, as a user sees it.

// A named widget of a window; a missing one ends the test run (the window changed).
template <typename Widget>
Widget *part(const QWidget &window, const QString &name)
{
    auto *widget = window.findChild<Widget *>(name);
    if (!widget)
        qFatal("the window has no %s", qPrintable(name));
    return widget;
}

// The texts of the lines of one kind a chat window shows, top to bottom.
inline QStringList linesOfKind(const tincan::ChatWindow &window, tincan::MessageModel::Kind kind)
{
    QStringList texts;
    const tincan::MessageModel *model = window.messageModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (index.data(tincan::MessageModel::KindRole).value<tincan::MessageModel::Kind>() == kind)
            texts.append(index.data(tincan::MessageModel::TextRole).toString());
    }
    return texts;
}

// The chat messages (system lines left out).
inline QStringList shownTexts(const tincan::ChatWindow &window)
{
    return linesOfKind(window, tincan::MessageModel::Kind::Message);
}

// "Ann joined", "Bob was removed by the host", ...
inline QStringList systemLines(const tincan::ChatWindow &window)
{
    return linesOfKind(window, tincan::MessageModel::Kind::System);
}

// Keys go where Qt would send a user's: to the open popup (a list of names offered under the
// input passes them on to the input itself), otherwise to the widget with the focus.
inline void pressKey(QWidget *input, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *popup = QApplication::activePopupWidget();
    QTest::keyClick(popup ? popup : input, key, modifiers);
}

// Typed one key at a time (Latin-1 text, as QTest types it).
inline void typeKeys(QWidget *input, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xff)
            qFatal("typeKeys types Latin-1 text only");
        QWidget *popup = QApplication::activePopupWidget();
        QTest::keyClick(popup ? popup : input, char(c.unicode()));
    }
}
