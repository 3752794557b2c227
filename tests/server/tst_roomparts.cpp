#include "server/room/messageids.h"
#include "server/room/presencebatch.h"

#include <QTest>

using namespace tincan;

// The room's small bookkeeping parts: the ids it remembers for duplicate checks, and the
// presence changes it gathers in one turn.
class tst_RoomParts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageIdsRememberTheNewest()
    {
        MessageIds ids(3);
        ids.insert(u"a"_qs, 1, 10);
        ids.insert(u"b"_qs, 2, 20);
        ids.insert(u"c"_qs, 3, 30);
        QCOMPARE(ids.find(u"b"_qs)->seq, 2);
        QCOMPARE(ids.find(u"b"_qs)->ts, 20);
        ids.insert(u"d"_qs, 4, 40);
        QVERIFY(!ids.find(u"a"_qs)); // the oldest was forgotten
        QCOMPARE(ids.find(u"d"_qs)->seq, 4);
        QCOMPARE(ids.size(), 3);
        // An id is stored under its first seq; a second insert changes nothing.
        ids.insert(u"d"_qs, 99, 99);
        QCOMPARE(ids.find(u"d"_qs)->seq, 4);
        QVERIFY(!ids.find(u"nope"_qs));
    }

    void presenceBatchTellsEachWhatTheyMissed()
    {
        PresenceBatch batch;
        QVERIFY(batch.isEmpty());
        batch.joined(u"Ann"_qs, u"idAnn"_qs);
        const qsizetype afterAnn = batch.mark();
        batch.left(u"Bob"_qs);
        batch.renamed(u"Cy"_qs, u"Cyd"_qs, u"idCy"_qs);
        const protocol::Presence all = batch.presence(0, 7);
        QCOMPARE(all.joined, QStringList{u"Ann"_qs});
        QCOMPARE(all.ids.value(u"Ann"_qs), u"idAnn"_qs);
        QCOMPARE(all.ids.value(u"Cyd"_qs), u"idCy"_qs);
        QVERIFY(!all.ids.contains(u"Bob"_qs));
        QCOMPARE(all.left, QStringList{u"Bob"_qs});
        QCOMPARE(all.renamed, (QList<protocol::RenamedNick>{{u"Cy"_qs, u"Cyd"_qs}}));
        QCOMPARE(all.count, 7);
        // Ann joined first: she is told only what came after her welcome.
        const protocol::Presence forAnn = batch.presence(afterAnn, 7);
        QVERIFY(forAnn.joined.isEmpty());
        QCOMPARE(forAnn.left, QStringList{u"Bob"_qs});
        batch.clear();
        QVERIFY(batch.isEmpty());
        QCOMPARE(batch.mark(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_RoomParts)
#include "tst_roomparts.moc"
