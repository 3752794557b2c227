#include "ui/messagemodel.h"
#include "ui/namecolor.h"
#include "ui/namehues.h"
#include "ui/rostermodel.h"

#include <QPalette>
#include <QSignalSpy>
#include <QTest>

using tincan::MessageModel;
using tincan::NameColor;
using tincan::NameHues;
using tincan::RosterModel;

// The browser page computes the same numbers (resources/web/colours.js, FNV-1a over UTF-16 code
// units of the lower-cased name, 20 hue slots); tests/browser/people.test.mjs checks it against
// the same rule.
class tst_NameColor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hue_data();
    void hue();
    void readableOnBothThemes();
    void presentPeopleGetDifferentSlots();
    void overFullRoomFallsBackToPreferred();
    void modelsFollowThePeoplePresent();
};

void tst_NameColor::hue_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<quint32>("hash");
    QTest::addColumn<int>("hue");
    QTest::newRow("Ann") << u"Ann"_qs << 355060760u << 0;
    QTest::newRow("ann") << u"ann"_qs << 355060760u << 0;
    QTest::newRow("Bob") << u"Bob"_qs << 2261164244u << 72;
    QTest::newRow("Zoë") << u"Zoë"_qs << 377293815u << 270;
    QTest::newRow("emoji") << u"😀 Cat"_qs << 368660300u << 0;
    QTest::newRow("empty") << QString() << 2166136261u << 18;
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
    QCOMPARE(onLight.hslHue(), 0);
    QCOMPARE(onDark.hslHue(), 0);
    const QColor bobOnLight = NameColor::forHue(NameColor::hue(u"Bob"_qs), light);
    QCOMPARE(bobOnLight.hslHue(), 72);
    QVERIFY(bobOnLight.lightness() < 128);
    QVERIFY(onLight.lightness() < 128);
    QVERIFY(onDark.lightness() > 128);
}

void tst_NameColor::presentPeopleGetDifferentSlots()
{
    // Preferred slots: Ann 0, Bob 4, Cy 13, ann2 18, Zoë 15, Ærø 11, 李伟 18, علي 14, 😀 smile 4.
    NameHues hues;
    QSignalSpy changed(&hues, &NameHues::changed);
    hues.setPresent({u"Ann"_qs, u"Bob"_qs, u"Cy"_qs, u"ann2"_qs, u"Zoë"_qs, u"Ærø"_qs, u"李伟"_qs,
                     u"علي"_qs, u"😀 smile"_qs, u"ANN"_qs /* the same person's name again */});
    QCOMPARE(changed.count(), 1);
    // Walked in preferred order, each takes the first slot going up with both neighbours free:
    // 😀 smile (prefers 4, Bob's) goes to 6, 李伟 (18) wraps to 2, ann2 (18) goes to 8.
    // tests/browser/people.test.mjs expects the same of the page.
    const QList<std::pair<QString, int>> expected{
        {u"Ann"_qs, 0}, {u"Bob"_qs, 4}, {u"😀 smile"_qs, 6}, {u"Ærø"_qs, 11}, {u"Cy"_qs, 13},
        {u"علي"_qs, 15}, {u"Zoë"_qs, 17}, {u"李伟"_qs, 2}, {u"ann2"_qs, 8}};
    for (const auto &[name, slot] : expected) {
        QCOMPARE(hues.slot(name), slot);
        QCOMPARE(hues.hue(name), slot * 18);
    }
    QCOMPARE(hues.slot(u"zoë"_qs), 17);
    // Someone not present has their preferred colour, even if a present person holds it.
    QCOMPARE(hues.slot(u"Dee"_qs), NameColor::preferredSlot(u"Dee"_qs));

    // The same people again: nothing changed, nothing to repaint.
    hues.setPresent({u"Ann"_qs, u"Bob"_qs, u"Cy"_qs, u"ann2"_qs, u"Zoë"_qs, u"Ærø"_qs, u"李伟"_qs,
                     u"علي"_qs, u"😀 smile"_qs});
    QCOMPARE(changed.count(), 1);
    // Bob leaves: the smile takes its own slot back.
    hues.setPresent({u"Ann"_qs, u"😀 smile"_qs});
    QCOMPARE(changed.count(), 2);
    QCOMPARE(hues.slot(u"😀 smile"_qs), 4);
    QCOMPARE(hues.slot(u"Bob"_qs), 4);
}

void tst_NameColor::overFullRoomFallsBackToPreferred()
{
    QStringList members;
    for (int i = 0; i < 27; ++i)
        members.append(u"Member %1"_qs.arg(i * 7));
    NameHues hues;
    hues.setPresent(members);
    QSet<int> used;
    for (const QString &name : std::as_const(members))
        used.insert(hues.slot(name));
    QCOMPARE(used.size(), NameColor::hueSlots);
    // The first ten take every other slot, the next ten the slots between; the 7 after them keep
    // their preferred one.
    const QList<std::pair<QString, int>> expected{
        {u"Member 21"_qs, 0}, {u"Member 84"_qs, 2}, {u"Member 56"_qs, 18}, {u"Member 49"_qs, 7},
        {u"Member 7"_qs, 5}, {u"Member 91"_qs, 15}, {u"Member 42"_qs, 15}, {u"Member 105"_qs, 15},
        {u"Member 154"_qs, 17}, {u"Member 119"_qs, 18}, {u"Member 77"_qs, 19}, {u"Member 0"_qs, 19}};
    for (const auto &[name, slot] : expected)
        QCOMPARE(hues.slot(name), slot);
}

void tst_NameColor::modelsFollowThePeoplePresent()
{
    // "Guest 9" and "Guest 10" both prefer slot 12.
    QCOMPARE(NameColor::preferredSlot(u"Guest 9"_qs), 12);
    QCOMPARE(NameColor::preferredSlot(u"Guest 10"_qs), 12);
    NameHues hues;
    MessageModel messages;
    RosterModel roster;
    messages.setNameHues(&hues);
    roster.setNameHues(&hues);
    tincan::protocol::ChatMessage first;
    first.seq = 1;
    first.from = u"Guest 9"_qs;
    first.text = u"hello"_qs;
    first.ts = 1;
    tincan::protocol::ChatMessage second = first;
    second.seq = 2;
    second.from = u"Guest 10"_qs;
    messages.addMessages({first, second});
    // Nobody present yet: both have slot 12.
    QCOMPARE(messages.index(0).data(MessageModel::HueRole).toInt(), 12 * 18);
    QCOMPARE(messages.index(1).data(MessageModel::HueRole).toInt(), 12 * 18);

    QSignalSpy repainted(&messages, &MessageModel::dataChanged);
    QSignalSpy rosterRepainted(&roster, &RosterModel::dataChanged);
    const QStringList present{u"Guest 9"_qs, u"Guest 10"_qs};
    roster.setRoster(present);
    hues.setPresent(present);
    QCOMPARE(repainted.count(), 1);
    QVERIFY(repainted.at(0).at(2).value<QList<int>>().contains(MessageModel::HueRole));
    QCOMPARE(rosterRepainted.count(), 1);
    const int nine = messages.index(0).data(MessageModel::HueRole).toInt();
    const int ten = messages.index(1).data(MessageModel::HueRole).toInt();
    QVERIFY2(nine != ten, "two people present at once have different colours");
    QCOMPARE(QSet<int>({nine, ten}), QSet<int>({12 * 18, 14 * 18})); // one slot between them
    QCOMPARE(roster.index(0).data(RosterModel::HueRole).toInt(), nine);
    QCOMPARE(roster.index(1).data(RosterModel::HueRole).toInt(), ten);

    // One leaves: what they wrote takes their preferred colour again.
    hues.setPresent({u"Guest 9"_qs});
    QCOMPARE(messages.index(0).data(MessageModel::HueRole).toInt(), 12 * 18);
    QCOMPARE(messages.index(1).data(MessageModel::HueRole).toInt(), 12 * 18);
}

QTEST_GUILESS_MAIN(tst_NameColor)
#include "tst_namecolor.moc"
