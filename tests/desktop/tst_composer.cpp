#include "client/chatsession.h"
#include "ui/chatinput.h"
#include "ui/composer.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

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

QTEST_MAIN(tst_Composer)
#include "tst_composer.moc"
