#include "client/savefilename.h"

#include <QTest>

using tincan::saveFileName;

// Names from the network, as a hostile or careless sender could give them, and what is saved.
class tst_SaveFileName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleans_data();
    void cleans();
    void keepsExtensionWithin255Bytes_data();
    void keepsExtensionWithin255Bytes();
};

void tst_SaveFileName::cleans_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("saved");

    QTest::newRow("plain") << u"Slides.pdf"_qs << u"Slides.pdf"_qs;
    QTest::newRow("unicode kept") << u"Grüße 北京 😀.txt"_qs << u"Grüße 北京 😀.txt"_qs;
    QTest::newRow("slash") << u"a/b.txt"_qs << u"a_b.txt"_qs;
    QTest::newRow("backslash") << u"a\\b.txt"_qs << u"a_b.txt"_qs;
    QTest::newRow("climbing out") << u"../../etc/passwd"_qs << u"_.._etc_passwd"_qs;
    QTest::newRow("windows drive") << u"C:\\Windows\\x.dll"_qs << u"C__Windows_x.dll"_qs;
    QTest::newRow("windows forbidden") << u"a<b>c:d\"e|f?g*h.txt"_qs << u"a_b_c_d_e_f_g_h.txt"_qs;
    QTest::newRow("control") << u"a\nb\tc\u0007.txt"_qs << u"a_b_c_.txt"_qs;
    QTest::newRow("NUL") << QString(u"a" + QString(QChar(0)) + u"b.txt") << u"a_b.txt"_qs;
    QTest::newRow("bidi override") << u"invoice\u202Efdp.exe"_qs << u"invoice_fdp.exe"_qs;
    QTest::newRow("bidi isolate") << u"a\u2066b\u2069.txt"_qs << u"a_b_.txt"_qs;
    QTest::newRow("zero width") << u"pay\u200Bpal.txt"_qs << u"pay_pal.txt"_qs;
    QTest::newRow("line separator") << u"a\u2028b.txt"_qs << u"a_b.txt"_qs;
    QTest::newRow("lone surrogate") << QString(u"a" + QString(QChar(0xD800)) + u".txt") << u"a_.txt"_qs;
    QTest::newRow("trailing dots and spaces") << u"report.pdf. . "_qs << u"report.pdf"_qs;
    QTest::newRow("leading dots") << u"..hidden"_qs << u"hidden"_qs;
    QTest::newRow("dot file") << u".bashrc"_qs << u"bashrc"_qs;
    QTest::newRow("surrounding spaces") << u"  notes.txt  "_qs << u"notes.txt"_qs;
    QTest::newRow("CON") << u"CON"_qs << u"_CON"_qs;
    QTest::newRow("con lower with extension") << u"con.txt"_qs << u"_con.txt"_qs;
    QTest::newRow("NUL two extensions") << u"NUL.tar.gz"_qs << u"_NUL.tar.gz"_qs;
    QTest::newRow("PRN") << u"prn.doc"_qs << u"_prn.doc"_qs;
    QTest::newRow("AUX") << u"Aux"_qs << u"_Aux"_qs;
    QTest::newRow("COM1") << u"COM1.log"_qs << u"_COM1.log"_qs;
    QTest::newRow("COM9") << u"com9"_qs << u"_com9"_qs;
    QTest::newRow("LPT5") << u"LPT5.txt"_qs << u"_LPT5.txt"_qs;
    QTest::newRow("device with space") << u"CON .txt"_qs << u"_CON .txt"_qs;
    QTest::newRow("COM0 is a name") << u"COM0.txt"_qs << u"COM0.txt"_qs;
    QTest::newRow("COM10 is a name") << u"COM10.txt"_qs << u"COM10.txt"_qs;
    QTest::newRow("CONSOLE is a name") << u"console.txt"_qs << u"console.txt"_qs;
    QTest::newRow("empty") << QString() << u"file"_qs;
    QTest::newRow("only dots") << u".."_qs << u"file"_qs;
    QTest::newRow("only spaces") << u"   "_qs << u"file"_qs;
}

void tst_SaveFileName::cleans()
{
    QFETCH(QString, name);
    QFETCH(QString, saved);
    QCOMPARE(saveFileName(name), saved);
}

void tst_SaveFileName::keepsExtensionWithin255Bytes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("ending");

    QTest::newRow("ascii") << QString(300, u'a') + u".pdf"_qs << u"a.pdf"_qs;
    // Three bytes each in UTF-8: a cut in the middle of one would be broken UTF-8.
    QTest::newRow("CJK") << QString(120, QChar(0x5317)) + u".jpeg"_qs << u"北.jpeg"_qs;
    // Four bytes each, two UTF-16 units.
    QTest::newRow("emoji") << u"😀"_qs.repeated(80) + u".png"_qs << u"😀.png"_qs;
    QTest::newRow("combining marks stay with their letter") << u"e\u0301"_qs.repeated(100) + u".txt"_qs
                                                            << u"e\u0301.txt"_qs;
    QTest::newRow("no extension") << QString(400, u'b') << u"bbb"_qs;
    QTest::newRow("a long 'extension' is text") << u"a."_qs + QString(300, u'x') << u"xxx"_qs;
    QTest::newRow("cut before spaces") << QString(250, u'c') + u"       "_qs + QString(30, u'd') + u".txt"_qs
                                       << u"c.txt"_qs;
}

void tst_SaveFileName::keepsExtensionWithin255Bytes()
{
    QFETCH(QString, name);
    QFETCH(QString, ending);
    const QString saved = saveFileName(name);
    QVERIFY2(saved.toUtf8().size() <= 255, qPrintable(QString::number(saved.toUtf8().size())));
    QVERIFY2(saved.toUtf8().size() >= 240, qPrintable(saved));
    QVERIFY2(saved.endsWith(ending), qPrintable(saved));
    // Whole characters only: the name survives a round trip through UTF-8.
    QCOMPARE(QString::fromUtf8(saved.toUtf8()), saved);
    QVERIFY(!saved.endsWith(u' ') && !saved.endsWith(u'.'));
}

QTEST_GUILESS_MAIN(tst_SaveFileName)
#include "tst_savefilename.moc"
