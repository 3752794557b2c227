#include "ui/avatar.h"
#include "ui/messagedelegate.h"
#include "ui/messagelist.h"
#include "ui/messagemodel.h"
#include "ui/namecolor.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QTest>

using tincan::Avatar;
using tincan::MessageDelegate;
using tincan::MessageList;
using tincan::MessageModel;
using tincan::NameColor;
using tincan::protocol::ChatMessage;

namespace {

ChatMessage message(qint64 seq, const QString &from, const QString &text, const QDateTime &when)
{
    ChatMessage m;
    m.seq = seq;
    m.ts = when.toMSecsSinceEpoch();
    m.from = from;
    m.text = text;
    return m;
}

bool near(const QColor &a, const QColor &b, int tolerance = 4)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

QByteArray describe(const QColor &a, const QColor &b)
{
    return (a.name() + u" instead of "_qs + b.name()).toUtf8();
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x20, 0x24));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xee));
    palette.setColor(QPalette::Highlight, QColor(0x3f, 0x58, 0xe0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

} // namespace

// How the conversation looks: others on the left with their letter avatar at the start of a
// group, one's own messages on the right in the accent colour, mentions warm, a label above each
// new day, system lines as chips; in light and dark themes and at any scale (this test also runs
// with QT_SCALE_FACTOR=2). Colours are read back from what the view draws.
class tst_MessageView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void letters_data();
    void letters();
    void dayLabels();
    void bubblesSitWhereTheyBelong();
    void colours_data();
    void colours();
    void hostileSizesStayInTheColumn();

private:
    MessageDelegate::Layout layoutOf(int row) const;
    QColor pixel(const QImage &image, QPoint point) const;

    MessageModel *m_model = nullptr;
    MessageList *m_list = nullptr;
    QDateTime m_today;
};

void tst_MessageView::init()
{
    m_today = QDateTime(QDate::currentDate(), QTime(10, 0));
    const QDateTime yesterday = m_today.addDays(-1);
    m_model = new MessageModel;
    m_model->setOwnNick(u"Ann"_qs);
    m_model->addMessages({message(1, u"Bob"_qs, u"hello"_qs, yesterday),
                          message(2, u"Bob"_qs, u"a second line from Bob"_qs, yesterday.addSecs(30)),
                          message(3, u"Ann"_qs, u"mine"_qs, m_today)});
    m_model->addSystemLine(u"Cy joined"_qs);
    m_model->addMessages({message(4, u"Cy"_qs, u"hey Ann, look at this"_qs, m_today.addSecs(60))});
    m_list = new MessageList(m_model);
    m_list->resize(760, 700);
    m_list->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_list));
}

void tst_MessageView::cleanup()
{
    delete m_list;
    delete m_model;
}

MessageDelegate::Layout tst_MessageView::layoutOf(int row) const
{
    const QModelIndex index = m_model->index(row);
    QStyleOptionViewItem option;
    option.initFrom(m_list->viewport());
    option.font = m_list->font();
    option.palette = m_list->palette();
    option.widget = m_list;
    option.rect = m_list->visualRect(index);
    return static_cast<MessageDelegate *>(m_list->itemDelegate())->layoutFor(option, index);
}

QColor tst_MessageView::pixel(const QImage &image, QPoint point) const
{
    const qreal ratio = image.devicePixelRatio();
    return image.pixelColor(QPoint(int(point.x() * ratio), int(point.y() * ratio)));
}

void tst_MessageView::letters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("letter");
    QTest::newRow("plain") << u"ann"_qs << u"A"_qs;
    QTest::newRow("accent") << u"élodie"_qs << u"É"_qs;
    QTest::newRow("leading space and format characters") << u" \u200B\u202Ezoë"_qs << u"Z"_qs;
    QTest::newRow("emoji, whole") << u"😀 Cat"_qs << u"😀"_qs;
    QTest::newRow("cjk") << u"李伟"_qs << u"李"_qs;
    QTest::newRow("nothing to show") << u"\u200B"_qs << u"?"_qs;
}

void tst_MessageView::letters()
{
    QFETCH(QString, name);
    QFETCH(QString, letter);
    QCOMPARE(Avatar::letter(name), letter);
}

void tst_MessageView::dayLabels()
{
    const QDate today(2026, 11, 29);
    QCOMPARE(MessageDelegate::dayLabel(today, today), u"Today"_qs);
    QCOMPARE(MessageDelegate::dayLabel(today.addDays(-1), today), u"Yesterday"_qs);
    QCOMPARE(MessageDelegate::dayLabel(QDate(2026, 11, 2), today), QLocale().toString(QDate(2026, 11, 2), QLocale::LongFormat));

    // Above the first line of each day, and nowhere else.
    QVERIFY(!layoutOf(0).day.isEmpty());
    QVERIFY(layoutOf(1).day.isEmpty());
    QVERIFY(!layoutOf(2).day.isEmpty());
    QVERIFY(layoutOf(3).day.isEmpty());
    QVERIFY(layoutOf(0).day.bottom() < layoutOf(0).bubble.top());
}

void tst_MessageView::bubblesSitWhereTheyBelong()
{
    const MessageDelegate::Layout bob = layoutOf(0);
    const MessageDelegate::Layout bobAgain = layoutOf(1);
    const MessageDelegate::Layout own = layoutOf(2);
    const MessageDelegate::Layout system = layoutOf(3);
    const MessageDelegate::Layout cy = layoutOf(4);
    const int width = m_list->viewport()->width();

    // Others: avatar then bubble, on the left; the second of a group without avatar or name.
    QVERIFY(!bob.avatar.isEmpty());
    QVERIFY(bob.avatar.left() < width / 4);
    QVERIFY(bob.avatar.right() < bob.bubble.left());
    QVERIFY(!bob.header.isEmpty());
    QVERIFY(bobAgain.avatar.isEmpty());
    QVERIFY(bobAgain.header.isEmpty());
    QCOMPARE(bobAgain.bubble.left(), bob.bubble.left());
    QVERIFY(bobAgain.bubble.top() - bob.bubble.bottom() < cy.bubble.top() - system.bubble.bottom());

    // One's own: on the right, no avatar.
    QVERIFY(own.avatar.isEmpty());
    QVERIFY(own.bubble.left() > width / 2);
    QVERIFY(own.bubble.right() > width - 20);

    // A system line: a chip in the middle.
    QVERIFY(std::abs(system.bubble.center().x() - width / 2) <= 2);
    QVERIFY(system.avatar.isEmpty());

    // Bubbles fit their text: a short one is narrower than a longer one.
    QVERIFY(bob.bubble.width() < bobAgain.bubble.width());
    // Text lies inside its bubble.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const MessageDelegate::Layout layout = layoutOf(row);
        QVERIFY2(layout.bubble.contains(layout.text), qPrintable(QString::number(row)));
        QVERIFY(m_list->visualRect(m_model->index(row)).contains(layout.bubble));
    }
}

void tst_MessageView::colours_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_MessageView::colours()
{
    QFETCH(bool, dark);
    if (dark)
        m_list->setPalette(darkPalette());
    m_list->doItemsLayout(); // now, not on the view's next timer
    const QImage image = m_list->viewport()->grab().toImage();
    const QPalette palette = m_list->palette();
    const QColor background = palette.color(QPalette::Window);

    // The list itself: the window's colour around the bubbles.
    QVERIFY2(near(pixel(image, QPoint(2, layoutOf(2).bubble.center().y())), background),
             describe(pixel(image, QPoint(2, layoutOf(2).bubble.center().y())), background));

    // Bob's avatar in his colour (away from the letter).
    const QRect avatar = layoutOf(0).avatar;
    const QColor avatarFill = NameColor::avatarFill(NameColor::hue(u"Bob"_qs), palette);
    const QColor avatarSeen = pixel(image, QPoint(avatar.center().x(), avatar.top() + 4));
    QVERIFY2(near(avatarSeen, avatarFill), describe(avatarSeen, avatarFill));

    // Others' bubbles stand out from the background: the base colour in a light theme, lighter
    // than the background in a dark one.
    const QRect bob = layoutOf(1).bubble;
    const QColor bubble = pixel(image, QPoint(bob.left() + 4, bob.center().y()));
    if (dark)
        QVERIFY2(bubble.lightness() > background.lightness() + 8, describe(bubble, background));
    else
        QVERIFY2(near(bubble, palette.color(QPalette::Base)), describe(bubble, palette.color(QPalette::Base)));

    // One's own: the accent colour.
    const QRect own = layoutOf(2).bubble;
    const QColor ownSeen = pixel(image, QPoint(own.left() + 6, own.center().y()));
    QVERIFY2(near(ownSeen, palette.color(QPalette::Highlight)), describe(ownSeen, palette.color(QPalette::Highlight)));

    // A message that names the user: warm.
    const QRect mention = layoutOf(4).bubble;
    const QColor warm = pixel(image, QPoint(mention.left() + 8, mention.bottom() - 3));
    QVERIFY2(warm.red() > warm.blue() + 30, qPrintable(warm.name()));
}

void tst_MessageView::hostileSizesStayInTheColumn()
{
    // The longest name the room takes, in wide letters, and a long word without spaces.
    const QString wideName = QString(32, u'W');
    m_model->addMessages({message(5, wideName, QString(3000, u'm'), m_today.addSecs(120)),
                          message(6, u"Bob"_qs, u"\u202Eevil right-to-left override"_qs, m_today.addSecs(180))});
    m_list->doItemsLayout(); // now, not on the view's next timer
    const int width = m_list->viewport()->width();
    for (const int row : {5, 6}) {
        const MessageDelegate::Layout layout = layoutOf(row);
        QVERIFY(layout.bubble.left() >= 0);
        QVERIFY(layout.bubble.right() < width);
        QVERIFY(layout.bubble.width() <= 680);
        QVERIFY(layout.bubble.contains(layout.header));
        QVERIFY(layout.bubble.contains(layout.text));
    }
    // 3000 characters wrap into many lines rather than run off the side.
    QVERIFY(layoutOf(5).text.height() > 10 * m_list->fontMetrics().height());
}

QTEST_MAIN(tst_MessageView)
#include "tst_messageview.moc"
