#include "client/chatsession.h"
#include "ui/chatinput.h"
#include "ui/composer.h"

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

QTEST_MAIN(tst_Composer)
#include "tst_composer.moc"
