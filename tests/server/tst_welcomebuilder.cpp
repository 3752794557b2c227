#include "protocol/limits.h"
#include "server/room/recenthistory.h"
#include "server/room/roster.h"
#include "server/room/welcomebuilder.h"

#include <QTest>

using namespace tincan;
using protocol::ChatMessage;

namespace {

protocol::Welcome read(const QByteArray &json)
{
    const protocol::HostMessage decoded = protocol::decodeHostMessage(json);
    if (!std::holds_alternative<protocol::Welcome>(decoded)) {
        QTest::qFail("not a welcome", __FILE__, __LINE__);
        return {};
    }
    return std::get<protocol::Welcome>(decoded);
}

} // namespace

// The welcome for someone joining or coming back, put together from the room's encoded parts,
// reads as the protocol says.
class tst_WelcomeBuilder final : public QObject
{
    Q_OBJECT

private:
    Roster m_roster;
    RecentHistory m_history{nullptr};

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &name : {u"bob"_qs, u"Ann"_qs, u"<b>Cy</b>"_qs})
            m_roster.insert(name, u"id-"_qs + name);
        for (qint64 seq = 1; seq <= limits::welcomeHistory + 20; ++seq)
            m_history.append({seq, 5000 + seq, u"bob"_qs, u"line %1 \"quoted\""_qs.arg(seq), u"b-%1"_qs.arg(seq), {}});
    }

    void freshJoinGetsTheNewestHistory()
    {
        const WelcomeBuilder builder(u"Room \"1\""_qs, m_roster, m_history);
        const protocol::Welcome welcome = read(builder.build(u"Ann"_qs, u"token-1"_qs, std::nullopt));
        QCOMPARE(welcome.version, protocol::version);
        QCOMPARE(welcome.nick, u"Ann"_qs);
        QCOMPARE(welcome.room, u"Room \"1\""_qs);
        QCOMPARE(welcome.resumeToken, u"token-1"_qs);
        QCOMPARE(welcome.roster, (QStringList{u"<b>Cy</b>"_qs, u"Ann"_qs, u"bob"_qs}));
        QCOMPARE(welcome.history.size(), limits::welcomeHistory);
        QCOMPARE(welcome.history.first().seq, 21);
        QCOMPARE(welcome.history.last().seq, limits::welcomeHistory + 20);
        QCOMPARE(welcome.history.last().text, u"line 70 \"quoted\""_qs);
        QVERIFY(welcome.hasMore);
        QCOMPARE(welcome.lastSeq, limits::welcomeHistory + 20);
        QCOMPARE(welcome.limits, (protocol::WelcomeLimits{limits::maxTextLength, limits::maxNickLength,
                                                           limits::historyPageSize}));
    }

    void resumeGetsExactlyWhatWasMissed()
    {
        const WelcomeBuilder builder(u"Room"_qs, m_roster, m_history);
        const protocol::Welcome welcome = read(builder.build(u"Ann"_qs, u"t"_qs, 60));
        QCOMPARE(welcome.history.size(), 10);
        QCOMPARE(welcome.history.first().seq, 61);
        QVERIFY(!welcome.hasMore);
        const protocol::Welcome upToDate = read(builder.build(u"Ann"_qs, u"t"_qs, 70));
        QVERIFY(upToDate.history.isEmpty());
        QVERIFY(!upToDate.hasMore);
    }

    void emptyRoomWelcomesWithNothing()
    {
        Roster roster;
        roster.insert(u"Solo"_qs, u"id-Solo"_qs);
        RecentHistory history(nullptr);
        const WelcomeBuilder builder(u"Quiet"_qs, roster, history);
        const protocol::Welcome welcome = read(builder.build(u"Solo"_qs, u"t"_qs, std::nullopt));
        QCOMPARE(welcome.roster, QStringList{u"Solo"_qs});
        QVERIFY(welcome.history.isEmpty());
        QVERIFY(!welcome.hasMore);
        QCOMPARE(welcome.lastSeq, 0);
    }

    // The builder reads the roster and history as they are when it is asked.
    void followsTheRoom()
    {
        Roster roster;
        RecentHistory history(nullptr);
        const WelcomeBuilder builder(u"Live"_qs, roster, history);
        roster.insert(u"Dee"_qs, u"id-Dee"_qs);
        history.append({1, 1, u"Dee"_qs, u"hi"_qs, u"d-1"_qs, {}});
        const protocol::Welcome welcome = read(builder.build(u"Dee"_qs, u"t"_qs, std::nullopt));
        QCOMPARE(welcome.roster, QStringList{u"Dee"_qs});
        QCOMPARE(welcome.history.size(), 1);
        QCOMPARE(welcome.lastSeq, 1);
    }
};

QTEST_GUILESS_MAIN(tst_WelcomeBuilder)
#include "tst_welcomebuilder.moc"
