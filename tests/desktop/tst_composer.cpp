#include "client/chatsession.h"
#include "ui/chatinput.h"
#include "ui/composer.h"
#include "ui/mentioncompleter.h"
#include "windowparts.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using tincan::ChatInput;
using tincan::ChatSession;
using tincan::Composer;
using tincan::MentionCompleter;

// Writing a message: the box grows with what is written, and a text longer than the room takes
// is kept, with a sentence that says by how much.
class tst_Composer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void growsWithItsLines();
    void overLongPasteIsKeptAndExplained_data();
    void overLongPasteIsKeptAndExplained();
    void copiedFilesArePastedAsFiles();
    void mentionStart_data();
    void mentionStart();
    void namesAreOfferedAfterAnAt();

private:
    ChatInput *input() const { return m_composer->findChild<ChatInput *>(); }
    QLabel *hint() const
    {
        for (QLabel *label : m_composer->findChildren<QLabel *>())
            if (!label->isHidden())
                return label;
        return nullptr;
    }
    int lineHeight() const { return input()->fontMetrics().lineSpacing(); }
    // The names offered, top to bottom (empty: the list is closed).
    QStringList offered() const
    {
        QStringList names;
        const MentionCompleter *mentions = input()->mentionCompleter();
        if (!input()->isOfferingNames())
            return names;
        for (int row = 0; row < mentions->completionModel()->rowCount(); ++row)
            names.append(mentions->completionModel()->index(row, 0).data().toString());
        return names;
    }
    QString chosen() const { return input()->mentionCompleter()->popup()->currentIndex().data().toString(); }
    void paste(const QString &text)
    {
        QApplication::clipboard()->setText(text);
        input()->setFocus();
        QTest::keyClick(input(), Qt::Key_V, Qt::ControlModifier);
    }

    ChatSession *m_session = nullptr;
    Composer *m_composer = nullptr;
};

void tst_Composer::init()
{
    m_session = new ChatSession;
    m_composer = new Composer(m_session);
    m_composer->resize(600, m_composer->sizeHint().height());
    m_composer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_composer));
}

void tst_Composer::cleanup()
{
    delete m_composer;
    delete m_session;
}

void tst_Composer::growsWithItsLines()
{
    const int one = input()->height();
    paste(u"first\nsecond\nthird"_qs);
    QTRY_VERIFY(input()->height() >= one + 2 * lineHeight());
    input()->clear();
    QTRY_COMPARE(input()->height(), one);
}

void tst_Composer::overLongPasteIsKeptAndExplained_data()
{
    QTest::addColumn<QString>("piece");
    QTest::newRow("words") << u"lorem ipsum dolor "_qs;
    QTest::newRow("one long word") << u"loremipsumdolor"_qs;
    QTest::newRow("many lines") << u"lorem\n"_qs;
}

void tst_Composer::overLongPasteIsKeptAndExplained()
{
    QFETCH(QString, piece);
    const int one = input()->height();
    const int limit = m_session->maxTextLength();
    // 250 characters more than a message holds.
    QString text;
    while (text.size() < limit + 250)
        text += piece;
    text.truncate(limit + 250);
    paste(text);

    QCOMPARE(input()->toPlainText(), text);
    // The box shows as many lines as it can (not one), with a scroll bar for the rest.
    QTRY_VERIFY2(input()->height() >= one + 4 * lineHeight(), qPrintable(QString::number(input()->height())));
    QVERIFY(hint());
    QCOMPARE(hint()->text(), u"250 characters over the limit of %1: shorten it to send"_qs.arg(QLocale().toString(limit)));

    // Enter does not send it and does not throw it away.
    QSignalSpy sent(m_composer, &Composer::sent);
    QTest::keyClick(input(), Qt::Key_Return);
    QCOMPARE(sent.count(), 0);
    QCOMPARE(input()->toPlainText(), text);

    // Cut down to the limit, it goes.
    QTextCursor cursor = input()->textCursor();
    cursor.movePosition(QTextCursor::End);
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, 250);
    cursor.removeSelectedText();
    QTRY_VERIFY(!hint());
    QTest::keyClick(input(), Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(input()->toPlainText(), QString());
}

// Files copied in a file manager and pasted into the box are sent as files, in order, the text
// in the box going with the first; what cannot be sent is said in a sentence.
void tst_Composer::copiedFilesArePastedAsFiles()
{
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return file.fileName();
    };
    const QString notes = write(u"notes.txt"_qs, "notes");
    const QString photo = write(u"photo.jpg"_qs, "not really a photo");
    const QString empty = write(u"empty.txt"_qs, QByteArray());
    QDir(dir.path()).mkdir(u"folder"_qs);

    auto *attach = m_composer->findChild<QToolButton *>(u"attachButton"_qs);
    QVERIFY(attach && attach->isVisible());
    QCOMPARE(attach->accessibleName(), u"Attach files"_qs);

    QSignalSpy queued(m_session, &ChatSession::uploadQueued);
    QSignalSpy problems(m_composer, &Composer::problem);
    input()->setPlainText(u"from the trip"_qs);
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(notes), QUrl::fromLocalFile(dir.filePath(u"folder"_qs)),
                   QUrl::fromLocalFile(empty), QUrl::fromLocalFile(photo)});
    mime->setText(notes); // file managers put the path beside it as text
    QApplication::clipboard()->setMimeData(mime);
    input()->setFocus();
    QTest::keyClick(input(), Qt::Key_V, Qt::ControlModifier);

    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued.at(0).at(1).toString(), u"notes.txt"_qs);
    QCOMPARE(queued.at(0).at(3).toString(), u"from the trip"_qs);
    QCOMPARE(queued.at(1).at(1).toString(), u"photo.jpg"_qs);
    QCOMPARE(queued.at(1).at(3).toString(), QString());
    QCOMPARE(m_session->uploads().size(), 2);
    QVERIFY(input()->toPlainText().isEmpty());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).at(0).toString(),
             u"“folder” is a folder: only files can be sent. “empty.txt” is empty: there is nothing to send."_qs);

    // A picture on the clipboard becomes a PNG file named after the moment.
    QImage picture(40, 30, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QApplication::clipboard()->setImage(picture);
    QTest::keyClick(input(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(queued.size(), 3);
    QVERIFY2(queued.at(2).at(1).toString().startsWith(u"Pasted image "_qs), qPrintable(queued.at(2).at(1).toString()));
    QVERIFY(queued.at(2).at(1).toString().endsWith(u".png"_qs));
    const QImage sent(m_session->uploads().at(2).path);
    QCOMPARE(sent.convertToFormat(QImage::Format_RGB32), picture);
    QVERIFY(input()->toPlainText().isEmpty());
}

void tst_Composer::mentionStart_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("cursor"); // -1: at the end
    QTest::addColumn<int>("at");
    QTest::newRow("start of line") << u"@bo"_qs << -1 << 0;
    QTest::newRow("after a word") << u"hi @BO"_qs << -1 << 3;
    QTest::newRow("after punctuation") << u"(@b"_qs << -1 << 1;
    QTest::newRow("bare @") << u"hi @"_qs << -1 << -1;
    QTest::newRow("e-mail address") << u"ann@bo"_qs << -1 << -1;
    QTest::newRow("double @") << u"@@bo"_qs << -1 << -1;
    QTest::newRow("space after @") << u"@ bo"_qs << -1 << -1;
    QTest::newRow("name with a space") << u"@mary j"_qs << -1 << 0;
    QTest::newRow("past every name") << u"@bob and"_qs << -1 << -1;
    QTest::newRow("nobody by that name") << u"@zed"_qs << -1 << -1;
    QTest::newRow("nearest @") << u"@Bob @ma"_qs << -1 << 5;
    QTest::newRow("cursor inside a word") << u"@bob"_qs << 2 << -1;
    QTest::newRow("cursor before a space") << u"@bo later"_qs << 3 << 0;
}

void tst_Composer::mentionStart()
{
    QFETCH(QString, line);
    QFETCH(int, cursor);
    QFETCH(int, at);
    const QStringList names{u"Bob"_qs, u"Mary Jane"_qs};
    QCOMPARE(MentionCompleter::mentionStart(line, cursor < 0 ? line.size() : cursor, names), at);
}

// "@" and the start of a name offer the names that fit; Up and Down choose, Tab or Enter take
// one (Enter does not send then), Esc closes the list and nothing else.
void tst_Composer::namesAreOfferedAfterAnAt()
{
    input()->setMentionNames({u"Bob"_qs, u"bobby"_qs, u"Mary Jane"_qs, u"<b>Eve</b>"_qs});
    m_composer->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_composer));
    input()->setFocus();
    QSignalSpy sent(m_composer, &Composer::sent);

    typeKeys(input(), u"hi @"_qs);
    QCOMPARE(offered(), QStringList());
    typeKeys(input(), u"BO"_qs);
    QCOMPARE(offered(), (QStringList{u"Bob"_qs, u"bobby"_qs}));
    QCOMPARE(QApplication::activePopupWidget(), input()->mentionCompleter()->popup());
    QCOMPARE(chosen(), u"Bob"_qs);
    pressKey(input(), Qt::Key_Down);
    QCOMPARE(chosen(), u"bobby"_qs);
    pressKey(input(), Qt::Key_Up);
    QCOMPARE(chosen(), u"Bob"_qs);

    // Esc closes the list only: the reply being written stays.
    m_composer->startReply(7, u"Ann"_qs, u"Tea?"_qs);
    input()->setFocus();
    typeKeys(input(), u"b"_qs);
    QCOMPARE(offered(), (QStringList{u"Bob"_qs, u"bobby"_qs}));
    pressKey(input(), Qt::Key_Escape);
    QCOMPARE(offered(), QStringList());
    QCOMPARE(m_composer->replySeq(), 7);
    QCOMPARE(input()->toPlainText(), u"hi @BOb"_qs);

    // Enter takes the name and sends nothing; the name replaces what was typed.
    pressKey(input(), Qt::Key_Backspace);
    QCOMPARE(offered(), (QStringList{u"Bob"_qs, u"bobby"_qs}));
    pressKey(input(), Qt::Key_Return);
    QCOMPARE(sent.size(), 0);
    QCOMPARE(offered(), QStringList());
    QCOMPARE(input()->toPlainText(), u"hi @Bob "_qs);

    // A name with a space, taken with Tab (which does not move the focus away).
    typeKeys(input(), u"and @mary j"_qs);
    QCOMPARE(offered(), QStringList{u"Mary Jane"_qs});
    pressKey(input(), Qt::Key_Tab);
    QCOMPARE(input()->toPlainText(), u"hi @Bob and @Mary Jane "_qs);
    QVERIFY(input()->hasFocus());
    QCOMPARE(sent.size(), 0);

    // Markup in a name is offered as the text it is.
    typeKeys(input(), u"@<b"_qs);
    QCOMPARE(offered(), QStringList{u"<b>Eve</b>"_qs});
    pressKey(input(), Qt::Key_Tab);
    QCOMPARE(input()->toPlainText(), u"hi @Bob and @Mary Jane @<b>Eve</b> "_qs);

    // With the list closed, Enter sends as ever (the reply with it).
    pressKey(input(), Qt::Key_Return);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(m_composer->replySeq(), 0);
    QCOMPARE(input()->toPlainText(), QString());

    // An address is not a mention; Shift+Enter still starts a new line.
    typeKeys(input(), u"ann@bo"_qs);
    QCOMPARE(offered(), QStringList());
    pressKey(input(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(input()->toPlainText(), u"ann@bo\n"_qs);
    QCOMPARE(sent.size(), 1);
}

QTEST_MAIN(tst_Composer)
#include "tst_composer.moc"
