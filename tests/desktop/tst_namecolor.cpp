#include "ui/namecolor.h"

#include <QPalette>
#include <QTest>

using tincan::NameColor;

// The browser page computes the same numbers (FNV-1a over UTF-16 code units of the lower-cased
// name); these vectors are shared with its tests.
class tst_NameColor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hue_data();
    void hue();
    void readableOnBothThemes();
};

void tst_NameColor::hue_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<quint32>("hash");
    QTest::addColumn<int>("hue");
    QTest::newRow("Ann") << u"Ann"_qs << 355060760u << 320;
    QTest::newRow("ann") << u"ann"_qs << 355060760u << 320;
    QTest::newRow("Bob") << u"Bob"_qs << 2261164244u << 284;
    QTest::newRow("Zoë") << u"Zoë"_qs << 377293815u << 135;
    QTest::newRow("emoji") << u"😀 Cat"_qs << 368660300u << 140;
    QTest::newRow("empty") << QString() << 2166136261u << 61;
}

void tst_NameColor::hue()
{
    QFETCH(QString, name);
    QFETCH(quint32, hash);
    QFETCH(int, hue);
    QCOMPARE(NameColor::fnv1a(name), hash);
    QCOMPARE(NameColor::hue(name), hue);
}

void tst_NameColor::readableOnBothThemes()
{
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    QVERIFY(!NameColor::isDark(light));
    QVERIFY(NameColor::isDark(dark));
    const QColor onLight = NameColor::forName(u"Ann"_qs, light);
    const QColor onDark = NameColor::forName(u"Ann"_qs, dark);
    QCOMPARE(onLight.hslHue(), 320);
    QCOMPARE(onDark.hslHue(), 320);
    QVERIFY(onLight.lightness() < 128);
    QVERIFY(onDark.lightness() > 128);
}

QTEST_GUILESS_MAIN(tst_NameColor)
#include "tst_namecolor.moc"
