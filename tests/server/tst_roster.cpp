#include "server/room/roster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace tincan;

// The roster keeps its JSON array up to date in place; it must always equal the array built
// from scratch the slow way (sort, then QJsonDocument).
class tst_Roster final : public QObject
{
    Q_OBJECT

private:
    static QByteArray slowJson(QStringList names)
    {
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            const int order = QString::compare(a, b, Qt::CaseInsensitive);
            return order != 0 ? order < 0 : QString::compare(a, b, Qt::CaseSensitive) < 0;
        });
        return QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void emptyRosterIsAnEmptyArray()
    {
        Roster roster;
        QCOMPARE(roster.json(), QByteArray("[]"));
        roster.insert(u"Ann"_qs, u"#Ann"_qs);
        roster.remove(u"Ann"_qs);
        QCOMPARE(roster.json(), QByteArray("[]"));
        QCOMPARE(roster.size(), 0);
    }

    void firstMiddleAndLastChangesKeepTheArray()
    {
        Roster roster;
        for (const QString &nick : {u"bob"_qs, u"Ann"_qs, u"dora"_qs, u"Carl"_qs})
            roster.insert(nick, u'#' + nick);
        QCOMPARE(roster.json(), QByteArray(R"(["Ann","bob","Carl","dora"])"));
        QCOMPARE(roster.idsJson(), QByteArray(R"(["#Ann","#bob","#Carl","#dora"])"));
        QCOMPARE(roster.idOf(u"Carl"_qs), u"#Carl"_qs);
        roster.remove(u"Ann"_qs);  // first
        QCOMPARE(roster.json(), QByteArray(R"(["bob","Carl","dora"])"));
        roster.remove(u"dora"_qs); // last
        QCOMPARE(roster.json(), QByteArray(R"(["bob","Carl"])"));
        roster.remove(u"nobody"_qs);
        roster.insert(u"bob"_qs, u"#bob"_qs); // already there
        QCOMPARE(roster.json(), QByteArray(R"(["bob","Carl"])"));
        QCOMPARE(roster.idsJson(), QByteArray(R"(["#bob","#Carl"])"));
        QCOMPARE(roster.idOf(u"Ann"_qs), QString());
    }

    void matchesTheSlowWayUnderChurn()
    {
        // Names that need escaping, non-Latin letters and names equal but for case.
        const QStringList pool = {u"Ann"_qs, u"ann"_qs, u"Q\"uote"_qs, u"back\\slash"_qs,
                                  u"Émile"_qs, u"émile"_qs, u"Zoë"_qs, u"李"_qs, u"😀 smile"_qs,
                                  u"a, b"_qs, u"]"_qs, u"bob"_qs, u"Bob 2"_qs, u"carl"_qs};
        QRandomGenerator random(42);
        Roster roster;
        QStringList present;
        for (int step = 0; step < 2000; ++step) {
            const QString nick = pool[random.bounded(int(pool.size()))] + QString::number(random.bounded(8));
            if (present.contains(nick)) {
                roster.remove(nick);
                present.removeOne(nick);
            } else {
                roster.insert(nick, u"id:"_qs + nick);
                present.append(nick);
            }
            QCOMPARE(roster.json(), slowJson(present));
            QStringList ids;
            for (const QString &name : roster.names())
                ids.append(u"id:"_qs + name);
            QCOMPARE(roster.idsJson(), QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
            QCOMPARE(roster.size(), present.size());
        }
    }
};

QTEST_GUILESS_MAIN(tst_Roster)
#include "tst_roster.moc"
