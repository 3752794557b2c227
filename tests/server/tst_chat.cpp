#include "clientframes.h"
#include "protocol/limits.h"
#include "testclient.h"
#include "testhost.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace tincan;

namespace {

// Whether `client` was told in a presence update that `nick` joined or left (`change`).
bool heardPresence(const TestClient &client, const QString &change, const QString &nick)
{
    const QList<QJsonObject> presences = client.ofType(protocol::type::presence);
    return std::any_of(presences.cbegin(), presences.cend(),
                       [&](const QJsonObject &o) { return o.value(change).toArray().contains(nick); });
}

// The last typing state `client` was told, if any.
std::optional<bool> lastTypingOn(const TestClient &client)
{
    const QList<QJsonObject> typing = client.ofType(protocol::type::typing);
    return typing.isEmpty() ? std::nullopt : std::optional<bool>(typing.last().value(u"on").toBool());
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList texts(const QList<protocol::ChatMessage> &messages)
{
    QStringList result;
    for (const auto &message : messages)
        result.append(message.from + u": "_qs + message.text);
    return result;
}

QString errorCode(const QJsonObject &error)
{
    return error.value(QLatin1StringView("code")).toString();
}

} // namespace

// Several people in one room, as their clients see it: delivery, order, presence, typing,
// nicknames and every refusal.
class tst_Chat final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHost> m_host;

private Q_SLOTS:
    void init()
    {
        m_host = std::make_unique<TestHost>();
        QVERIFY(m_host->start());
    }
    void cleanup() { m_host.reset(); }

    void welcomeDescribesTheRoom()
    {
        TestClient ann;
        QVERIFY(ann.join(m_host->chatUrl(), u"  Ann  "_qs));
        const QJsonObject welcome = ann.welcome();
        QCOMPARE(welcome.value(u"nick").toString(), u"Ann"_qs);
        QCOMPARE(welcome.value(u"room").toString(), u"Test room"_qs);
        QCOMPARE(welcome.value(u"version").toInt(), 1);
        QCOMPARE(welcome.value(u"roster").toArray(), QJsonArray{u"Ann"_qs});
        QCOMPARE(welcome.value(u"history").toArray().size(), 0);
        QCOMPARE(welcome.value(u"lastSeq").toInteger(), 0);
        QVERIFY(!welcome.value(u"resumeToken").toString().isEmpty());
        QCOMPARE(welcome.value(u"limits").toObject().value(u"maxTextLength").toInt(), limits::maxTextLength);
    }

    void messagesArriveInOrderOnceForEveryone()
    {
        TestClient ann, bob, cy;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_qs));
        QVERIFY(bob.join(m_host->chatUrl(), u"Bob"_qs));
        QVERIFY(cy.join(m_host->chatUrl(), u"Cy"_qs));

        QStringList expected;
        for (int round = 0; round < 5; ++round) {
            for (TestClient *client : {&ann, &bob, &cy}) {
                const QString nick = client->welcome().value(u"nick").toString();
                const QString text = u"message %1 from %2"_qs.arg(round).arg(nick);
                client->sendObject(protocol::Send{newId(), text}.toJson());
                expected.append(nick + u": "_qs + text);
            }
        }
        for (TestClient *client : {&ann, &bob, &cy}) {
            QTRY_COMPARE(client->messages().size(), expected.size());
            // Every client sees the same order, and seq grows strictly.
            const auto messages = client->messages();
            for (qsizetype i = 1; i < messages.size(); ++i)
                QVERIFY(messages[i].seq > messages[i - 1].seq);
            QCOMPARE(client->messages(), ann.messages());
            QCOMPARE(client->ofType(protocol::type::ack).size(), 5);
        }
        // Each client's own messages keep the order it sent them in.
        QStringList annsOwn;
        for (const QString &line : texts(ann.messages()))
            if (line.startsWith(u"Ann:"))
                annsOwn.append(line);
        QCOMPARE(annsOwn, expected.filter(u"Ann:"_qs));
        // Nothing doubled afterwards: delivery is in order, so a double would come before this.
        ann.sendObject(protocol::Send{newId(), u"the end"_qs}.toJson());
        QTRY_COMPARE(bob.messages().last().text, u"the end"_qs);
        QCOMPARE(bob.messages().size(), expected.size() + 1);
    }

    void ackCarriesSeqOfTheDeliveredMessage()
    {
        TestClient ann;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_qs));
        const QString id = newId();
        ann.sendObject(protocol::Send{id, u"hello"_qs}.toJson());
        QTRY_COMPARE(ann.ofType(protocol::type::ack).size(), 1);
        QTRY_COMPARE(ann.messages().size(), 1);
        const QJsonObject ack = ann.ofType(protocol::type::ack).first();
        QCOMPARE(ack.value(u"clientMsgId").toString(), id);
        QCOMPARE(ack.value(u"seq").toInteger(), ann.messages().first().seq);
        QCOMPARE(ann.messages().first().clientMsgId, id);
        QVERIFY(!ack.contains(u"duplicate"));
    }

    void presenceTellsJoinsLeavesAndRenames()
    {
        TestClient ann;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_qs));
        QSignalSpy count(m_host->service(), &HostService::peerCountChanged);
        {
            TestClient bob;
            QVERIFY(bob.join(m_host->chatUrl(), u"Bob"_qs));
            QCOMPARE(bob.welcome().value(u"roster").toArray(), (QJsonArray{u"Ann"_qs, u"Bob"_qs}));
            QTRY_COMPARE(ann.ofType(protocol::type::presence).size(), 1);
            QJsonObject presence = ann.ofType(protocol::type::presence).last();
            QCOMPARE(presence.value(u"joined").toArray(), QJsonArray{u"Bob"_qs});
            QCOMPARE(presence.value(u"count").toInt(), 2);
            QCOMPARE(bob.ofType(protocol::type::presence).size(), 0); // no presence about itself

            bob.sendObject(protocol::Rename{u"Bobby"_qs}.toJson());
            QTRY_COMPARE(bob.ofType(protocol::type::renamed).size(), 1);
            QCOMPARE(bob.ofType(protocol::type::renamed).first().value(u"nick").toString(), u"Bobby"_qs);
            QTRY_COMPARE(ann.ofType(protocol::type::presence).size(), 2);
            presence = ann.ofType(protocol::type::presence).last();
            const QJsonObject change = presence.value(u"renamed").toArray().first().toObject();
            QCOMPARE(change.value(u"from").toString(), u"Bob"_qs);
            QCOMPARE(change.value(u"to").toString(), u"Bobby"_qs);
            bob.socket.close();
            QTRY_VERIFY(bob.closed);
        }
        QTRY_COMPARE(ann.ofType(protocol::type::presence).size(), 3);
        const QJsonObject left = ann.ofType(protocol::type::presence).last();
        QCOMPARE(left.value(u"left").toArray(), QJsonArray{u"Bobby"_qs});
        QCOMPARE(left.value(u"count").toInt(), 1);
        QTRY_VERIFY(!count.isEmpty() && count.last().first().toInt() == 1);
    }

    void welcomeRosterAndHistoryFollowTheRoom()
    {
        // The welcome is put together from parts encoded when people joined and messages were
        // delivered: it must still match the room exactly, escapes included.
        TestClient bob, ann, quote, carl;
        QVERIFY(bob.join(m_host->chatUrl(), u"bob"_qs));
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_qs));
        QVERIFY(quote.join(m_host->chatUrl(), u"Q\"uote\\"_qs));
        QVERIFY(carl.join(m_host->chatUrl(), u"Carl"_qs));
        const QString tricky = u"say \"hi\"\n\\ \u00e9t\u00e9 \U0001F600 </script>"_qs;
        ann.sendObject(protocol::Send{newId(), tricky}.toJson());
        QTRY_COMPARE(carl.messages().size(), 1);
        carl.sendObject(protocol::Rename{u"aaron"_qs}.toJson());
        QTRY_COMPARE(carl.ofType(protocol::type::renamed).size(), 1);
        bob.socket.close();
        const auto bobLeft = [&ann] {
            for (const QJsonObject &presence : ann.ofType(protocol::type::presence)) {
                if (presence.value(u"left").toArray() == QJsonArray{u"bob"_qs})
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(bobLeft());

        TestClient dora;
        QVERIFY(dora.join(m_host->chatUrl(), u"Dora"_qs));
        const QJsonObject welcome = dora.welcome();
        QCOMPARE(welcome.value(u"roster").toArray(),
                 (QJsonArray{u"aaron"_qs, u"Ann"_qs, u"Dora"_qs, u"Q\"uote\\"_qs}));
        const QList<protocol::ChatMessage> history =
            messagesIn(welcome.value(u"history"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().text, tricky);
        QCOMPARE(history.first().from, u"Ann"_qs);
        QCOMPARE(history.first(), carl.messages().first());
    }

    void silentConnectionIsClosedAtTheHelloTimeout()
    {
        TestClient silent, ann;
        silent.open(m_host->chatUrl());
        QTRY_VERIFY(silent.isConnected());
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_qs));
        QElapsedTimer waited;
        waited.start();
        QTRY_VERIFY_WITH_TIMEOUT(silent.closed, limits::helloTimeoutMs + 5000);
        QVERIFY(waited.elapsed() > limits::helloTimeoutMs - 2000);
        QCOMPARE(silent.closeCode, QWebSocketProtocol::CloseCodePolicyViolated);
        QCOMPARE(silent.closeReason, u"hello timeout"_qs);
        QVERIFY(ann.isConnected()); // said hello in time: stays
    }

    // A page reloaded, a laptop lid closed and opened: back within the grace, the person never
    // left for anyone else. Nothing is announced, neither a leave nor a join.
    void aQuickReturnIsNeitherALeaveNorAJoin()
    {
        TestHost host;
        host.setRejoinGrace(limits::rejoinGraceMs);
        QVERIFY(host.start());
        TestClient ann, bob;
        QVERIFY(ann.join(host.chatUrl(), u"Ann"_qs));
        QVERIFY(bob.join(host.chatUrl(), u"Bob"_qs));
        QTRY_VERIFY(heardPresence(ann, u"joined"_qs, u"Bob"_qs));
        const qsizetype before = ann.ofType(protocol::type::presence).size();
        const QString token = bob.welcome().value(u"resumeToken"_qs).toString();
        bob.socket.close();
        QTRY_VERIFY(bob.closed);
        TestClient bobAgain;
        QVERIFY(bobAgain.join(host.chatUrl(), helloAs(u"Bob"_qs, std::nullopt, token)));
        QCOMPARE(bobAgain.welcome().value(u"roster"_qs).toArray(), (QJsonArray{u"Ann"_qs, u"Bob"_qs}));
        QCOMPARE(bobAgain.welcome().value(u"id"_qs), bob.welcome().value(u"id"_qs));
        QTest::qWait(limits::rejoinGraceMs + 500);
        QCOMPARE(ann.ofType(protocol::type::presence).size(), before);
        // Nobody else takes the name within the grace (no token: a new person): it is still the
        // one who is away a moment.
        bobAgain.socket.close();
        QTRY_VERIFY(bobAgain.closed);
        TestClient otherBob;
        QVERIFY(!otherBob.join(host.chatUrl(), helloAs(u"Bob"_qs)));
        QTRY_VERIFY(!otherBob.errors().isEmpty());
        QCOMPARE(otherBob.errors().last().value(u"code"_qs).toString(), u"nick-taken"_qs);
        // And the one who did not come back is announced as gone, once the grace is over.
        TestClient cy;
        QVERIFY(cy.join(host.chatUrl(), u"Cy"_qs));
        QTRY_VERIFY(heardPresence(ann, u"joined"_qs, u"Cy"_qs));
        cy.socket.close();
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(heardPresence(ann, u"left"_qs, u"Cy"_qs), limits::rejoinGraceMs + 3000);
        QVERIFY(clock.elapsed() >= limits::rejoinGraceMs - 500);
        host.stop();
    }

    void typingIsRelayedToOthers()
    {
        TestClient ann, bob;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_qs));
        QVERIFY(bob.join(m_host->chatUrl(), u"Bob"_qs));
        ann.sendObject(protocol::Typing{true}.toJson());
        QTRY_COMPARE(bob.ofType(protocol::type::typing).size(), 1);
        QCOMPARE(bob.ofType(protocol::type::typing).first().value(u"nick").toString(), u"Ann"_qs);
        QCOMPARE(bob.ofType(protocol::type::typing).first().value(u"on").toBool(), true);
        ann.sendObject(protocol::Typing{false}.toJson());
        QTRY_COMPARE(bob.ofType(protocol::type::typing).size(), 2);
        QCOMPARE(bob.ofType(protocol::type::typing).last().value(u"on").toBool(), false);
        QCOMPARE(ann.ofType(protocol::type::typing).size(), 0); // never echoed to the typist
    }

    void typingStopAlwaysArrives()
    {
        TestClient ann, bob;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_qs));
        QVERIFY(bob.join(m_host->chatUrl(), u"Bob"_qs));
        for (int i = 0; i < 5; ++i) // well over the typing rate
            ann.sendObject(protocol::Typing{true}.toJson());
        ann.sendObject(protocol::Typing{false}.toJson());
        ann.sendObject(protocol::Send{newId(), u"done typing"_qs}.toJson());
        QTRY_COMPARE(bob.messages().size(), 1);
        // The stop arrives (within the relay interval), and only the changes were relayed.
        QTRY_COMPARE(lastTypingOn(bob), std::optional<bool>(false));
        const auto typing = bob.ofType(protocol::type::typing);
        QCOMPARE(typing.size(), 2);
        QCOMPARE(typing.first().value(u"on").toBool(), true);
    }

    // A client that floods typing changes costs the room a few frames a second, and the last
    // state it sent is the one others end up with.
    void typingFloodIsRelayedAsAFewChanges()
    {
        TestClient ann, bob;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_qs));
        QVERIFY(bob.join(m_host->chatUrl(), u"Bob"_qs));
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 20000; ++i)
            ann.sendObject(protocol::Typing{i % 2 == 0}.toJson()); // on, off, on, ... ends with off
        for (int i = 0; i < 20000; ++i)
            ann.sendObject(protocol::Typing{false}.toJson());
        ann.sendObject(protocol::Send{newId(), u"after the flood"_qs}.toJson());
        QTRY_COMPARE_WITH_TIMEOUT(bob.messages().size(), 1, 15000);
        QTRY_COMPARE(lastTypingOn(bob), std::optional<bool>(false));
        QTest::qWait(limits::typingRelayIntervalMs * 2);
        const qsizetype relayed = bob.ofType(protocol::type::typing).size();
        const qint64 allowed = clock.elapsed() / limits::typingRelayIntervalMs + 2;
        QVERIFY2(relayed <= allowed, qPrintable(u"%1 typing frames in %2 ms"_qs.arg(relayed).arg(clock.elapsed())));
        QCOMPARE(lastTypingOn(bob), std::optional<bool>(false));
        QVERIFY(!bob.closed);
    }

    void resumeTokenTakesOverALingeringConnection()
    {
        TestClient bob;
        QVERIFY(bob.join(m_host->chatUrl(), u"Bob"_qs));
        auto stale = std::make_unique<TestClient>();
        QVERIFY(stale->join(m_host->chatUrl(), u"Ann"_qs));
        const QString token = stale->welcome().value(u"resumeToken").toString();
        QVERIFY(token.size() >= 16);
        QTRY_COMPARE(bob.ofType(protocol::type::presence).size(), 1);

        // Someone else cannot take the name, with no token or a wrong one.
        TestClient impostor;
        impostor.open(m_host->chatUrl());
        QTRY_VERIFY(impostor.isConnected());
        impostor.sendObject(helloAs(u"Ann"_qs, std::nullopt, u"not-the-token"_qs).toJson());
        QTRY_COMPARE(impostor.errors().size(), 1);
        QCOMPARE(errorCode(impostor.errors().first()), u"nick-taken"_qs);

        // Ann's new connection, with her token, takes over; the old one is closed.
        TestClient ann;
        ann.open(m_host->chatUrl());
        QTRY_VERIFY(ann.isConnected());
        ann.sendObject(helloAs(u"Ann"_qs, std::nullopt, token).toJson());
        QTRY_VERIFY(!ann.welcome().isEmpty());
        QCOMPARE(ann.welcome().value(u"nick").toString(), u"Ann"_qs);
        QVERIFY(ann.welcome().value(u"resumeToken").toString() != token);
        QCOMPARE(ann.welcome().value(u"roster").toArray(), (QJsonArray{u"Ann"_qs, u"Bob"_qs}));
        QTRY_VERIFY(stale->closed);
        QCOMPARE(stale->closeCode, QWebSocketProtocol::CloseCodePolicyViolated);
        QCOMPARE(stale->closeReason, u"replaced by a newer connection"_qs);
        QCOMPARE(errorCode(stale->errors().value(0)), u"replaced"_qs);

        // For Bob, Ann never left: no presence change, and her messages arrive as before.
        ann.sendObject(protocol::Send{newId(), u"back"_qs}.toJson());
        QTRY_COMPARE(bob.messages().size(), 1);
        QCOMPARE(bob.messages().first().from, u"Ann"_qs);
        QCOMPARE(bob.ofType(protocol::type::presence).size(), 1);
        QCOMPARE(ann.ofType(protocol::type::presence).size(), 0);
    }

    void nicknameRules_data()
    {
        QTest::addColumn<QString>("nick");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString() << u"nick-invalid"_qs;
        QTest::newRow("blank") << u"   "_qs << u"nick-invalid"_qs;
        QTest::newRow("too long") << QString(limits::maxNickLength + 1, u'n') << u"nick-invalid"_qs;
        QTest::newRow("control") << u"A\u0007nn"_qs << u"nick-invalid"_qs;
        QTest::newRow("bidi override") << u"\u202Enna"_qs << u"nick-invalid"_qs;
        // Names that show as nothing, or as another name with invisible padding.
        QTest::newRow("braille blank") << u"\u2800"_qs << u"nick-invalid"_qs;
        QTest::newRow("hangul filler") << u"\u3164"_qs << u"nick-invalid"_qs;
        QTest::newRow("choseong filler") << u"\u115F"_qs << u"nick-invalid"_qs;
        QTest::newRow("halfwidth filler") << u"\uFFA0"_qs << u"nick-invalid"_qs;
        QTest::newRow("padded with a filler") << u"Ann\u3164"_qs << u"nick-invalid"_qs;
        QTest::newRow("padded with braille blank") << u"\u2800Ann"_qs << u"nick-invalid"_qs;
        QTest::newRow("combining mark alone") << u"\u0301"_qs << u"nick-invalid"_qs;
        QTest::newRow("ideographic spaces") << u"\u3000\u3000"_qs << u"nick-invalid"_qs;
        QTest::newRow("taken") << u"Ann"_qs << u"nick-taken"_qs;
        QTest::newRow("taken other case") << u"aNN"_qs << u"nick-taken"_qs;
        QTest::newRow("taken with spaces") << u" ann "_qs << u"nick-taken"_qs;
        QTest::newRow("fine") << u"Anne"_qs << QString();
    }

    void nicknameRules()
    {
        QFETCH(QString, nick);
        QFETCH(QString, code);
        TestClient ann;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_qs));

        TestClient other;
        other.open(m_host->chatUrl());
        QTRY_VERIFY(other.isConnected());
        other.sendObject(helloAs(nick).toJson());
        if (code.isEmpty()) {
            QTRY_VERIFY(!other.welcome().isEmpty());
            return;
        }
        QTRY_COMPARE(other.errors().size(), 1);
        QCOMPARE(errorCode(other.errors().first()), code);
        QVERIFY(other.welcome().isEmpty());
        if (code == u"nick-taken") {
            const QString suggestion = other.errors().first().value(u"suggestion").toString();
            QCOMPARE(suggestion, nick.trimmed() + u" 2"_qs); // the name as typed, made free
            // The connection stays open: the suggested name is accepted.
            other.sendObject(helloAs(suggestion).toJson());
            QTRY_VERIFY(!other.welcome().isEmpty());
            QCOMPARE(other.welcome().value(u"nick").toString(), suggestion);
        }
        QVERIFY(other.isConnected());
        QCOMPARE(ann.ofType(protocol::type::welcome).size(), 1); // Ann never renamed
        QCOMPARE(ann.welcome().value(u"nick").toString(), u"Ann"_qs);
    }

    // Names a reader could take for one another are one name: the second is taken, and its
    // suggestion is free.
    void lookAlikeNamesAreTaken_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("Cyrillic A") << u"Anna"_qs << u"\u0410nna"_qs;
        QTest::newRow("Greek omicron") << u"Bob"_qs << u"B\u03BFb"_qs;
        QTest::newRow("sharp s") << u"Stra\u00DFe"_qs << u"STRASSE"_qs;
        QTest::newRow("composed and decomposed") << u"Jos\u00E9"_qs << u"Jose\u0301"_qs;
        QTest::newRow("fullwidth") << u"Ann"_qs << u"\uFF21\uFF2E\uFF2E"_qs;
        QTest::newRow("dotless i") << u"Kim"_qs << u"K\u0131m"_qs;
        QTest::newRow("mathematical bold") << u"Dee"_qs << u"\U0001D403ee"_qs;
    }

    void lookAlikeNamesAreTaken()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        TestClient one, two;
        QVERIFY(one.join(m_host->chatUrl(), first));
        two.open(m_host->chatUrl());
        QTRY_VERIFY(two.isConnected());
        two.sendObject(helloAs(second).toJson());
        QTRY_COMPARE(two.errors().size(), 1);
        QCOMPARE(errorCode(two.errors().first()), u"nick-taken"_qs);
        const QString suggestion = two.errors().first().value(u"suggestion").toString();
        two.sendObject(helloAs(suggestion).toJson());
        QTRY_VERIFY(!two.welcome().isEmpty());
        QCOMPARE(two.welcome().value(u"nick").toString(), suggestion);
    }

    void newlinesTabsAndEveryScriptAreKept()
    {
        TestClient ann, bob;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_qs));
        QVERIFY(bob.join(m_host->chatUrl(), u"Bob"_qs));
        const QString text = u"line one\n\tindented 小明 🎮 ü\u200d"_qs;
        ann.sendObject(protocol::Send{newId(), text}.toJson());
        QTRY_COMPARE(bob.messages().size(), 1);
        QCOMPARE(bob.messages().first().text, text);
    }

    void outOfRangeNumbersAreBadMessages()
    {
        TestClient ann;
        ann.open(m_host->chatUrl());
        QTRY_VERIFY(ann.isConnected());
        ann.sendRaw(u"{\"type\":\"hello\",\"version\":1,\"nick\":\"Ann\",\"lastSeq\":1e300}"_qs);
        QTRY_COMPARE(ann.errors().size(), 1);
        QCOMPARE(errorCode(ann.errors().first()), u"bad-message"_qs);
        ann.sendRaw(u"{\"type\":\"hello\",\"version\":1e300,\"nick\":\"Ann\"}"_qs);
        QTRY_COMPARE(ann.errors().size(), 2);
        QCOMPARE(errorCode(ann.errors().last()), u"bad-message"_qs);
        ann.sendObject(helloAs(u"Ann"_qs).toJson());
        QTRY_VERIFY(!ann.welcome().isEmpty());
    }

    void renameRefusals()
    {
        TestClient ann, bob;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_qs));
        QVERIFY(bob.join(m_host->chatUrl(), u"Bob"_qs));
        bob.sendObject(protocol::Rename{u"ANN"_qs}.toJson());
        QTRY_COMPARE(bob.errors().size(), 1);
        QCOMPARE(errorCode(bob.errors().first()), u"nick-taken"_qs);
        bob.sendObject(protocol::Rename{u"BOB"_qs}.toJson()); // own name, other case: fine
        QTRY_COMPARE(bob.ofType(protocol::type::renamed).size(), 1);
        QCOMPARE(bob.ofType(protocol::type::renamed).first().value(u"nick").toString(), u"BOB"_qs);
    }

    void badInputIsAnsweredAndTheConnectionKept_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<QString>("code");
        QTest::newRow("not json") << u"hello?"_qs << u"bad-json"_qs;
        QTest::newRow("json array") << u"[1,2,3]"_qs << u"bad-json"_qs;
        QTest::newRow("truncated") << u"{\"type\":\"send\",\"text\":"_qs << u"bad-json"_qs;
        QTest::newRow("unknown type") << u"{\"type\":\"dance\"}"_qs << u"unknown-type"_qs;
        QTest::newRow("no type") << u"{\"text\":\"hi\"}"_qs << u"unknown-type"_qs;
        QTest::newRow("host-only type") << u"{\"type\":\"welcome\"}"_qs << u"unknown-type"_qs;
        QTest::newRow("send without id") << u"{\"type\":\"send\",\"text\":\"hi\"}"_qs << u"bad-message"_qs;
        QTest::newRow("send with bad id") << u"{\"type\":\"send\",\"clientMsgId\":\"a b\",\"text\":\"hi\"}"_qs << u"bad-message"_qs;
        QTest::newRow("send with number text") << u"{\"type\":\"send\",\"clientMsgId\":\"x1\",\"text\":5}"_qs << u"bad-message"_qs;
        QTest::newRow("empty text") << u"{\"type\":\"send\",\"clientMsgId\":\"x2\",\"text\":\"  \\n \"}"_qs << u"text-invalid"_qs;
        QTest::newRow("text with NUL") << u"{\"type\":\"send\",\"clientMsgId\":\"x4\",\"text\":\"a\\u0000b\"}"_qs << u"text-invalid"_qs;
        QTest::newRow("text with ESC") << u"{\"type\":\"send\",\"clientMsgId\":\"x5\",\"text\":\"\\u001b[2J\"}"_qs << u"text-invalid"_qs;
        QTest::newRow("text with DEL") << u"{\"type\":\"send\",\"clientMsgId\":\"x6\",\"text\":\"a\\u007fb\"}"_qs << u"text-invalid"_qs;
        QTest::newRow("text with C1") << u"{\"type\":\"send\",\"clientMsgId\":\"x7\",\"text\":\"a\\u0085b\"}"_qs << u"text-invalid"_qs;
        QTest::newRow("text with CR") << u"{\"type\":\"send\",\"clientMsgId\":\"x8\",\"text\":\"a\\rb\"}"_qs << u"text-invalid"_qs;
        QTest::newRow("only zero-width") << u"{\"type\":\"send\",\"clientMsgId\":\"x9\",\"text\":\"\\u200b\\u200b\"}"_qs << u"text-invalid"_qs;
        QTest::newRow("only fillers") << u"{\"type\":\"send\",\"clientMsgId\":\"xa\",\"text\":\"\\u3164 \\u2800\"}"_qs << u"text-invalid"_qs;
        QTest::newRow("history before 1e300") << u"{\"type\":\"history\",\"before\":1e300}"_qs << u"bad-message"_qs;
        QTest::newRow("text too long") << (u"{\"type\":\"send\",\"clientMsgId\":\"x3\",\"text\":\""_qs
                                          + QString(limits::maxTextLength + 1, u'a') + u"\"}"_qs) << u"text-too-long"_qs;
        QTest::newRow("second hello") << u"{\"type\":\"hello\",\"version\":1,\"nick\":\"Zed\"}"_qs << u"already-joined"_qs;
        QTest::newRow("history both ways") << u"{\"type\":\"history\",\"before\":5,\"after\":1}"_qs << u"bad-message"_qs;
        QTest::newRow("history negative") << u"{\"type\":\"history\",\"before\":-5}"_qs << u"bad-message"_qs;
        QTest::newRow("typing not bool") << u"{\"type\":\"typing\",\"on\":\"yes\"}"_qs << u"bad-message"_qs;
        QTest::newRow("rename invalid") << u"{\"type\":\"rename\",\"nick\":\"\"}"_qs << u"nick-invalid"_qs;
    }

    void badInputIsAnsweredAndTheConnectionKept()
    {
        QFETCH(QString, frame);
        QFETCH(QString, code);
        TestClient ann, bob;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_qs));
        QVERIFY(bob.join(m_host->chatUrl(), u"Bob"_qs));
        ann.sendRaw(frame);
        QTRY_COMPARE(ann.errors().size(), 1);
        QCOMPARE(errorCode(ann.errors().first()), code);
        QVERIFY(!ann.errors().first().value(u"message").toString().isEmpty());
        // Still connected and still chatting; nobody else noticed anything.
        ann.sendObject(protocol::Send{newId(), u"still here"_qs}.toJson());
        QTRY_COMPARE(bob.messages().size(), 1);
        QCOMPARE(bob.messages().first().text, u"still here"_qs);
        QCOMPARE(bob.errors().size(), 0);
        QVERIFY(ann.isConnected());
    }

    void binaryFrameIsRefused()
    {
        TestClient ann;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_qs));
        ann.socket.sendBinaryMessage("\x00\x01\x02");
        QTRY_COMPARE(ann.errors().size(), 1);
        QCOMPARE(errorCode(ann.errors().first()), u"bad-message"_qs);
        QVERIFY(ann.isConnected());
    }

    void helloComesFirst()
    {
        TestClient early;
        early.open(m_host->chatUrl());
        QTRY_VERIFY(early.isConnected());
        early.sendObject(protocol::Send{newId(), u"hi"_qs}.toJson());
        QTRY_COMPARE(early.errors().size(), 1);
        QCOMPARE(errorCode(early.errors().first()), u"hello-required"_qs);
        early.sendObject(helloAs(u"Ann"_qs).toJson());
        QTRY_VERIFY(!early.welcome().isEmpty());
    }

    void unsupportedVersionIsClosed()
    {
        TestClient future;
        future.open(m_host->chatUrl());
        QTRY_VERIFY(future.isConnected());
        future.sendRaw(u"{\"type\":\"hello\",\"version\":2,\"nick\":\"Ann\"}"_qs);
        QTRY_VERIFY(future.closed);
        QCOMPARE(errorCode(future.errors().value(0)), u"version-unsupported"_qs);
        QCOMPARE(future.closeCode, QWebSocketProtocol::CloseCodePolicyViolated);
        QCOMPARE(future.closeReason, u"version unsupported"_qs);
    }

    void oversizedMessageIsClosedWith1009()
    {
        TestClient ann, bob;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_qs));
        QVERIFY(bob.join(m_host->chatUrl(), u"Bob"_qs));
        ann.sendRaw(QString(limits::maxIncomingMessageBytes + 1, u'x'));
        QTRY_VERIFY(ann.closed);
        QCOMPARE(ann.closeCode, QWebSocketProtocol::CloseCodeTooMuchData);
        // Bob is unharmed and learns that Ann left.
        QTRY_COMPARE(bob.ofType(protocol::type::presence).size(), 1);
        QCOMPARE(bob.ofType(protocol::type::presence).first().value(u"left").toArray(), QJsonArray{u"Ann"_qs});
        QVERIFY(bob.isConnected());
    }

    void foreignOriginIsRefused_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QByteArray>("expectedStatusLine");
        const QByteArray ok = "HTTP/1.1 101";
        const QByteArray forbidden = "HTTP/1.1 403";
        QTest::newRow("no origin (desktop)") << QString() << ok;
        QTest::newRow("same host") << u"http://127.0.0.1:%1"_qs << ok;
        QTest::newRow("same host, other case") << u"HTTP://127.0.0.1:%1"_qs << ok;
        QTest::newRow("other site") << u"http://evil.example"_qs << forbidden;
        QTest::newRow("other site, same port") << u"http://evil.example:%1"_qs << forbidden;
        QTest::newRow("other port") << u"http://127.0.0.1:1"_qs << forbidden;
        QTest::newRow("null") << u"null"_qs << forbidden;
        QTest::newRow("file page") << u"file://"_qs << forbidden;
    }

    void foreignOriginIsRefused()
    {
        QFETCH(QString, origin);
        QFETCH(QByteArray, expectedStatusLine);
        QTcpSocket socket;
        QByteArray reply;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { reply += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, m_host->port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        QByteArray request = "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_host->port())
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n";
        if (!origin.isEmpty())
            request += "Origin: " + (origin.contains(u"%1") ? origin.arg(m_host->port()) : origin).toUtf8() + "\r\n";
        socket.write(request + "\r\n");
        QTRY_VERIFY(reply.contains("\r\n\r\n"));
        QVERIFY2(reply.startsWith(expectedStatusLine), reply.constData());
    }

    void sendFloodIsRateLimitedWithoutLosingAnything()
    {
        TestClient ann, bob;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_qs));
        QVERIFY(bob.join(m_host->chatUrl(), u"Bob"_qs));
        const int burst = limits::sendBurst + 10;
        for (int i = 0; i < burst; ++i)
            ann.sendObject(protocol::Send{u"flood-%1"_qs.arg(i), u"m%1"_qs.arg(i)}.toJson());
        QTRY_COMPARE(ann.ofType(protocol::type::ack).size() + ann.errors().size(), burst);
        const int accepted = int(ann.ofType(protocol::type::ack).size());
        QVERIFY(accepted >= limits::sendBurst);
        QVERIFY(accepted < burst);
        for (const QJsonObject &error : ann.errors()) {
            QCOMPARE(errorCode(error), u"rate-limited"_qs);
            QVERIFY(error.value(u"clientMsgId").toString().startsWith(u"flood-"));
        }
        // Exactly the acknowledged ones were delivered, in the order sent.
        QTRY_COMPARE(bob.messages().size(), accepted);
        QCOMPARE(bob.messages().first().text, u"m0"_qs);
    }

    void duplicateClientMsgIdIsStoredOnce()
    {
        TestClient ann, bob;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_qs));
        QVERIFY(bob.join(m_host->chatUrl(), u"Bob"_qs));
        const QString id = newId();
        ann.sendObject(protocol::Send{id, u"once"_qs}.toJson());
        ann.sendObject(protocol::Send{id, u"once"_qs}.toJson()); // same turn of the host's loop
        QTRY_COMPARE(ann.ofType(protocol::type::ack).size(), 2);
        ann.sendObject(protocol::Send{id, u"once"_qs}.toJson()); // later resend
        QTRY_COMPARE(ann.ofType(protocol::type::ack).size(), 3);
        const auto acks = ann.ofType(protocol::type::ack);
        QCOMPARE(acks[0].value(u"duplicate").toBool(), false);
        QCOMPARE(acks[1].value(u"duplicate").toBool(), true);
        QCOMPARE(acks[2].value(u"duplicate").toBool(), true);
        for (const QJsonObject &ack : acks)
            QCOMPARE(ack.value(u"seq").toInteger(), acks[0].value(u"seq").toInteger());
        // A later message marks the end: a double of "once" would have arrived before it.
        ann.sendObject(protocol::Send{newId(), u"after"_qs}.toJson());
        QTRY_COMPARE(bob.messages().size(), 2);
        QTRY_COMPARE(ann.messages().size(), 2);
        QCOMPARE(texts(bob.messages()), (QStringList{u"Ann: once"_qs, u"Ann: after"_qs}));
        QCOMPARE(texts(ann.messages()), texts(bob.messages()));
    }

    void stopTellsEveryoneTheHostIsLeaving()
    {
        TestClient ann, bob;
        QVERIFY(ann.join(m_host->chatUrl(), u"Ann"_qs));
        QVERIFY(bob.join(m_host->chatUrl(), u"Bob"_qs));
        m_host->stop();
        QTRY_VERIFY(ann.closed && bob.closed);
        QCOMPARE(ann.closeCode, QWebSocketProtocol::CloseCodeGoingAway);
        QCOMPARE(ann.closeReason, u"host is leaving"_qs);
        QCOMPARE(bob.closeCode, QWebSocketProtocol::CloseCodeGoingAway);
    }

    void slowReaderIsDroppedOthersKeepChatting()
    {
        // A hundred long messages in history, so that each history page is over a megabyte.
        std::vector<std::unique_ptr<TestClient>> senders;
        const QString big(limits::maxTextLength, u'z');
        for (int s = 0; s < 5; ++s) {
            senders.push_back(std::make_unique<TestClient>());
            QVERIFY(senders.back()->join(m_host->chatUrl(), u"Sender %1"_qs.arg(s)));
            for (int i = 0; i < limits::sendBurst; ++i)
                senders.back()->sendObject(protocol::Send{u"big-%1-%2"_qs.arg(s).arg(i), big}.toJson());
        }
        TestClient &watcher = *senders.front();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.messages().size(), 5 * limits::sendBurst, 20000);

        // A raw peer that joins, asks for history again and again, and never reads an answer.
        QTcpSocket stuck;
        stuck.setReadBufferSize(1);
        stuck.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        stuck.connectToHost(QHostAddress::LocalHost, m_host->port());
        QTRY_COMPARE(stuck.state(), QAbstractSocket::ConnectedState);
        stuck.write(clientframes::upgradeRequest(m_host->port()));
        QTRY_VERIFY(stuck.bytesAvailable() > 0); // the 101 has begun to arrive: frames may follow
        stuck.write(clientframes::clientFrame(0x1, protocol::encode(helloAs(u"Stuck"_qs))));
        QTRY_COMPARE(watcher.ofType(protocol::type::presence).size(), 5); // four senders, then Stuck
        const qint64 newest = watcher.messages().last().seq;
        for (int i = 0; i < 12; ++i)
            stuck.write(clientframes::clientFrame(0x1, 
                protocol::encode(protocol::HistoryRequest{protocol::HistoryRequest::Direction::Before, newest + 1, limits::historyPageSize})));

        QTRY_VERIFY_WITH_TIMEOUT(!watcher.ofType(protocol::type::presence).last().value(u"left").toArray().isEmpty(),
                                 10000);
        QCOMPARE(watcher.ofType(protocol::type::presence).last().value(u"left").toArray(), QJsonArray{u"Stuck"_qs});

        // Everyone else chats on, unharmed.
        TestClient late;
        QVERIFY(late.join(m_host->chatUrl(), u"Late"_qs));
        std::vector<qsizetype> before;
        for (const auto &client : senders)
            before.push_back(client->messages().size());
        late.sendObject(protocol::Send{newId(), u"after the drop"_qs}.toJson());
        for (size_t i = 0; i < senders.size(); ++i) {
            QTRY_COMPARE(senders[i]->messages().size(), before[i] + 1);
            QCOMPARE(senders[i]->messages().last().text, u"after the drop"_qs);
            QVERIFY(senders[i]->isConnected());
        }
    }
};

QTEST_GUILESS_MAIN(tst_Chat)
#include "tst_chat.moc"
