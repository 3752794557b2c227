#include "client/chatsession.h"
#include "clientframes.h"
#include "protocol/accesscode.h"
#include "protocol/discovery.h"
#include "protocol/limits.h"
#include "rawclient.h"
#include "server/room/roomaccess.h"
#include "testclient.h"
#include "testhost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUdpSocket>

#include <algorithm>
#include <memory>

using namespace tincan;

namespace {

const QString hostKey = QStringLiteral("the-desktops-own-secret-7d1f");
const QString code = QStringLiteral("K7MX-3QPA");

QString errorCode(const QJsonObject &object)
{
    return object.value(QLatin1StringView("code")).toString();
}

protocol::Hello hello(const QString &nick, const QString &accessCode = {}, const QString &key = {},
                      const QString &token = {})
{
    protocol::Hello message = helloAs(nick, std::nullopt, token);
    message.accessCode = accessCode;
    message.hostKey = key;
    return message;
}

// A client on its own loopback address (127.0.0.N), to be another computer on the network.
std::unique_ptr<RawClient> rawFrom(quint16 port, int n)
{
    auto client = std::make_unique<RawClient>(port, QHostAddress(QStringLiteral("127.0.0.%1").arg(n)));
    if (!client->waitForConnected() || !client->upgrade().startsWith("HTTP/1.1 101"))
        return nullptr;
    return client;
}

void say(RawClient &client, const protocol::Hello &message)
{
    client.send(clientframes::clientFrame(0x1, protocol::encode(message)));
}

// The names a client was told the host removed.
QStringList removedIn(const TestClient &client)
{
    QStringList names;
    for (const QJsonObject &presence : client.ofType(protocol::type::presence)) {
        for (const QJsonValue &name : presence.value(QLatin1StringView("removed")).toArray())
            names.append(name.toString());
    }
    return names;
}

// A room whose host's window ("teacher", with the host key) and one member ("ann") are in.
struct HostedRoom
{
    TestHost host;
    TestClient teacher;
    TestClient ann;

    bool open()
    {
        host.setHostKey(hostKey);
        return host.start() && teacher.join(host.chatUrl(), hello(u"teacher"_qs, {}, hostKey))
            && ann.join(host.chatUrl(), hello(u"ann"_qs));
    }
};

} // namespace

// Keeping the room: the access code, kick, ban, lock and who the host is, as members and
// would-be members see them.
class tst_Moderation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codesAreComparedAsPeopleTypeThem();
    void aRoomWithACodeShowsNothingWithoutIt();
    void wrongCodesFromOneAddressAreBlockedNotOthers();
    void changingTheCodeKeepsEveryoneIn();
    void theCodeIsNeverLoggedServedOrAnnounced();
    void theHostIsShownToEveryone();
    void onlyTheHostRemovesPeopleAndNotItself();
    void aKickedMemberSeesWhyAndMayComeBack();
    void aBannedMemberCannotComeBackUnderAnyName();
    void aLockedRoomLetsOnlyItsMembersBackIn();
    // Found by review: each was possible before its fix.
    void olderResumeTokensDoNotOutliveABan();
    void olderResumeTokensDoNotOutliveAKick();
    void theHostsNameWaitsForTheHostsWindow();
    void aKickInTheSameTurnAsTheJoinLeavesNoGhost();
    void guessingFromManyAddressesIsSlowedForTheRoom();
    void aLockedRoomSaysTheSameToEveryCode();
    void aBanRemovesTheSameComputersOtherNames();
};

void tst_Moderation::codesAreComparedAsPeopleTypeThem()
{
    QCOMPARE(protocol::normalizedAccessCode(u"K7mx 3qpa"_qs), protocol::normalizedAccessCode(code));
    QVERIFY(protocol::normalizedAccessCode(u"K7MX-3QPB"_qs) != protocol::normalizedAccessCode(code));
    QCOMPARE(protocol::checkAccessCode(u"ab-1"_qs), protocol::AccessCodeProblem::TooShort);
    QCOMPARE(protocol::checkAccessCode(QString(65, u'x')), protocol::AccessCodeProblem::TooLong);
    QCOMPARE(protocol::checkAccessCode(u"abc\u0007de"_qs), protocol::AccessCodeProblem::BadCharacter);
    QCOMPARE(protocol::checkAccessCode(u"abc\u202ede"_qs), protocol::AccessCodeProblem::BadCharacter);
    QCOMPARE(protocol::checkAccessCode(u"Blauer Hund 42"_qs), protocol::AccessCodeProblem::None);
    // Letters and digits count, in any script; emoji and punctuation do not.
    QCOMPARE(protocol::checkAccessCode(u"🙂🙂🙂🙂🙂🙂"_qs), protocol::AccessCodeProblem::TooShort);
    QCOMPARE(protocol::checkAccessCode(u"!!ab12!!"_qs), protocol::AccessCodeProblem::TooShort);
    QCOMPARE(protocol::checkAccessCode(u"蓝色水獭四二"_qs), protocol::AccessCodeProblem::None);
    for (int i = 0; i < 20; ++i) {
        const QString generated = protocol::generateAccessCode();
        QCOMPARE(protocol::checkAccessCode(generated), protocol::AccessCodeProblem::None);
        QVERIFY2(QRegularExpression(u"^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$"_qs).match(generated).hasMatch(),
                 qPrintable(generated));
    }
}

void tst_Moderation::aRoomWithACodeShowsNothingWithoutIt()
{
    TestHost host;
    host.setAccessCode(code);
    QVERIFY(host.start());
    TestClient ann;
    QVERIFY(ann.join(host.chatUrl(), hello(u"ann"_qs, code)));

    // No code, a wrong one, one of 10,000 characters: access-denied, nothing about the room
    // (not even that the name is taken), and the connection stays for another try.
    TestClient bob;
    QVERIFY(!bob.join(host.chatUrl(), hello(u"ann"_qs)));
    QCOMPARE(bob.errors().size(), 1);
    QCOMPARE(errorCode(bob.errors().first()), u"access-denied"_qs);
    QVERIFY(!bob.errors().first().contains(u"suggestion"));
    QCOMPARE(bob.received.size(), 1);
    for (const QString &wrong : {u"K7MX-3QPB"_qs, QString(10000, u'€')}) {
        bob.received.clear();
        bob.sendObject(hello(u"bob"_qs, wrong).toJson());
        QTRY_COMPARE(bob.errors().size(), 1);
        QCOMPARE(errorCode(bob.errors().first()), u"access-denied"_qs);
    }
    QVERIFY(bob.isConnected());
    // Typed as a person would: spaces, small letters.
    bob.received.clear();
    bob.sendObject(hello(u"bob"_qs, u" k7mx 3qpa "_qs).toJson());
    QTRY_VERIFY(!bob.welcome().isEmpty());
    QCOMPARE(bob.welcome().value(u"roster").toArray().size(), 2);
    QTRY_VERIFY(!ann.ofType(protocol::type::presence).isEmpty());
    QVERIFY(ann.errors().isEmpty());
}

void tst_Moderation::wrongCodesFromOneAddressAreBlockedNotOthers()
{
    TestHost host;
    host.setAccessCode(code);
    QVERIFY(host.start());
    TestClient ann;
    QVERIFY(ann.join(host.chatUrl(), hello(u"ann"_qs, code)));

    // Guessing from one computer: a few tries, then that computer is kept out a while, even
    // with the right code, even on a new connection.
    auto guesser = rawFrom(host.port(), 7);
    QVERIFY(guesser);
    for (int i = 0; i < limits::wrongCodeTries; ++i) {
        say(*guesser, hello(u"mallory"_qs, u"guess%1"_qs.arg(i)));
        QCOMPARE(errorCode(guesser->nextObject()), u"access-denied"_qs);
    }
    say(*guesser, hello(u"mallory"_qs, u"guess-last"_qs));
    QCOMPARE(errorCode(guesser->nextObject()), u"access-blocked"_qs);
    QCOMPARE(guesser->closeFrame(), std::make_pair(1008, u"too many wrong access codes"_qs));

    auto again = rawFrom(host.port(), 7);
    QVERIFY(again);
    say(*again, hello(u"mallory"_qs, code));
    QCOMPARE(errorCode(again->nextObject()), u"access-blocked"_qs);

    // Everyone else: unaffected.
    auto neighbour = rawFrom(host.port(), 8);
    QVERIFY(neighbour);
    say(*neighbour, hello(u"cy"_qs, code));
    QCOMPARE(neighbour->nextObject().value(u"type").toString(), u"welcome"_qs);
    TestClient dee;
    QVERIFY(dee.join(host.chatUrl(), hello(u"dee"_qs, code)));
    QVERIFY(ann.errors().isEmpty());
    QVERIFY(ann.isConnected());
}

void tst_Moderation::changingTheCodeKeepsEveryoneIn()
{
    TestHost host;
    QVERIFY(host.start());
    TestClient ann;
    QVERIFY(ann.join(host.chatUrl(), hello(u"ann"_qs)));
    const QString token = ann.welcome().value(u"resumeToken").toString();

    host.service()->setAccessCode(code);
    QVERIFY(ann.isConnected());
    // A newcomer needs it now.
    TestClient bob;
    QVERIFY(!bob.join(host.chatUrl(), hello(u"bob"_qs)));
    QCOMPARE(errorCode(bob.errors().first()), u"access-denied"_qs);
    // Ann, back after a lost connection, is not a newcomer: her resume token lets her in.
    ann.socket.abort();
    TestClient annAgain;
    protocol::Hello resume = helloAs(u"ann"_qs, ann.welcome().value(u"lastSeq").toInteger(), token);
    QVERIFY(annAgain.join(host.chatUrl(), resume));

    // Removed: anyone may join again.
    host.service()->setAccessCode({});
    TestClient cy;
    QVERIFY(cy.join(host.chatUrl(), hello(u"cy"_qs)));
}

void tst_Moderation::theCodeIsNeverLoggedServedOrAnnounced()
{
    // Every tincan log category is on in this test (see main()).
    static QStringList logged;
    logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &message) { logged.append(message); });

    TestHost host;
    host.setAccessCode(code);
    QVERIFY(host.start());
    TestClient ann;
    QVERIFY(ann.join(host.chatUrl(), hello(u"ann"_qs, code)));
    TestClient bob;
    QVERIFY(!bob.join(host.chatUrl(), hello(u"bob"_qs, u"K7MX-WRNG"_qs)));

    // The page learns that a code is needed, never the code.
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/room.json"_qs.arg(host.port())));
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QTRY_VERIFY(reply->isFinished());
    const QByteArray roomJson = reply->readAll();
    QCOMPARE(QJsonDocument::fromJson(roomJson).object().value(u"code"), QJsonValue(true));
    QVERIFY(!roomJson.contains("K7MX"));

    // Announcements say the same.
    protocol::Announcement announcement{u"Room"_qs, 8787, u"abc"_qs, false, true};
    const QByteArray datagram = protocol::encodeAnnouncement(announcement);
    QVERIFY(datagram.contains("\"code\":true"));
    QCOMPARE(protocol::decodeAnnouncement(datagram)->codeRequired, true);

    host.stop();
    qInstallMessageHandler(previous);
    QVERIFY(!logged.isEmpty()); // the logging was on
    for (const QString &line : std::as_const(logged)) {
        QVERIFY2(!line.contains(u"K7MX"_qs, Qt::CaseInsensitive), qPrintable(line));
        QVERIFY2(!line.contains(u"WRNG"_qs), qPrintable(line));
    }
}

void tst_Moderation::theHostIsShownToEveryone()
{
    TestHost host;
    host.setHostKey(hostKey);
    QVERIFY(host.start());
    TestClient ann;
    QVERIFY(ann.join(host.chatUrl(), hello(u"ann"_qs)));
    QCOMPARE(ann.welcome().value(u"host").toString(), QString());

    // The host's window joins later: everyone is told who it is.
    TestClient teacher;
    QVERIFY(teacher.join(host.chatUrl(), hello(u"Ms Ada"_qs, {}, hostKey)));
    QCOMPARE(teacher.welcome().value(u"host").toString(), u"Ms Ada"_qs);
    QTRY_VERIFY(!ann.ofType(protocol::type::presence).isEmpty());
    QCOMPARE(ann.ofType(protocol::type::presence).last().value(u"host").toString(), u"Ms Ada"_qs);

    // A wrong key is no key: just a member.
    TestClient faker;
    QVERIFY(faker.join(host.chatUrl(), hello(u"Mr Fake"_qs, {}, hostKey + u"x"_qs)));
    QCOMPARE(faker.welcome().value(u"host").toString(), u"Ms Ada"_qs);
    QTRY_COMPARE(ann.ofType(protocol::type::presence).size(), 2);
    QCOMPARE(ann.ofType(protocol::type::presence).last().value(u"host").toString(), u"Ms Ada"_qs);

    // Renamed, the host is still the host.
    teacher.sendObject(protocol::Rename{u"Ada"_qs}.toJson());
    QTRY_COMPARE(ann.ofType(protocol::type::presence).size(), 3);
    QCOMPARE(ann.ofType(protocol::type::presence).last().value(u"host").toString(), u"Ada"_qs);
}

void tst_Moderation::onlyTheHostRemovesPeopleAndNotItself()
{
    HostedRoom room;
    QVERIFY(room.open());
    TestHost &host = room.host;
    TestClient &teacher = room.teacher;
    TestClient &ann = room.ann;
    TestClient bob;
    QVERIFY(bob.join(host.chatUrl(), hello(u"bob"_qs)));

    // A member may not remove anyone, the host least of all.
    bob.sendObject(protocol::Remove{protocol::Remove::Kind::Kick, u"ann"_qs}.toJson());
    bob.sendObject(protocol::Remove{protocol::Remove::Kind::Ban, u"teacher"_qs}.toJson());
    QTRY_COMPARE(bob.errors().size(), 2);
    QCOMPARE(errorCode(bob.errors().at(0)), u"not-allowed"_qs);
    QCOMPARE(errorCode(bob.errors().at(1)), u"not-allowed"_qs);
    // The host: not itself, nobody who is not there, and a broken request is bad-message.
    teacher.sendObject(protocol::Remove{protocol::Remove::Kind::Ban, u"TEACHER"_qs}.toJson());
    teacher.sendObject(protocol::Remove{protocol::Remove::Kind::Kick, u"zed"_qs}.toJson());
    teacher.sendObject(QJsonObject{{u"type"_qs, u"kick"_qs}, {u"nick"_qs, 7}});
    QTRY_COMPARE(teacher.errors().size(), 3);
    QCOMPARE(errorCode(teacher.errors().at(0)), u"not-allowed"_qs);
    QCOMPARE(errorCode(teacher.errors().at(1)), u"no-such-member"_qs);
    QCOMPARE(errorCode(teacher.errors().at(2)), u"bad-message"_qs);
    // Before a welcome: hello first.
    TestClient stranger;
    stranger.open(host.chatUrl());
    QTRY_VERIFY(stranger.isConnected());
    stranger.sendObject(protocol::Remove{protocol::Remove::Kind::Kick, u"ann"_qs}.toJson());
    QTRY_COMPARE(stranger.errors().size(), 1);
    QCOMPARE(errorCode(stranger.errors().first()), u"hello-required"_qs);

    // Nobody was affected: everyone is still in and chatting.
    ann.sendObject(protocol::Send{u"m1"_qs, u"still here"_qs}.toJson());
    QTRY_COMPARE(bob.messages().size(), 1);
    QTRY_COMPARE(teacher.messages().size(), 1);
    QVERIFY(removedIn(bob).isEmpty());
    QVERIFY(ann.isConnected() && bob.isConnected() && teacher.isConnected());
}

void tst_Moderation::aKickedMemberSeesWhyAndMayComeBack()
{
    HostedRoom room;
    QVERIFY(room.open());
    TestHost &host = room.host;
    TestClient &teacher = room.teacher;
    TestClient &ann = room.ann;
    TestClient troll;
    QVERIFY(troll.join(host.chatUrl(), hello(u"troll"_qs)));
    troll.sendObject(protocol::Typing{true}.toJson());
    QTRY_VERIFY(!ann.ofType(protocol::type::typing).isEmpty());

    teacher.sendObject(protocol::Remove{protocol::Remove::Kind::Kick, u"Troll"_qs}.toJson());
    QTRY_VERIFY(troll.closed);
    QCOMPARE(errorCode(troll.errors().last()), u"kicked"_qs);
    QCOMPARE(int(troll.closeCode), 1008);
    QCOMPARE(troll.closeReason, u"removed by the host"_qs);
    // Everyone else: removed (not "left"), no longer typing.
    QTRY_COMPARE(removedIn(ann), QStringList{u"troll"_qs});
    QCOMPARE(ann.ofType(protocol::type::typing).last().value(u"on").toBool(), false);
    QTRY_COMPARE(removedIn(teacher), QStringList{u"troll"_qs});
    QVERIFY(teacher.errors().isEmpty());

    // A kick is not a ban: they may join again.
    TestClient back;
    QVERIFY(back.join(host.chatUrl(), hello(u"troll"_qs)));
}

void tst_Moderation::aBannedMemberCannotComeBackUnderAnyName()
{
    HostedRoom room;
    QVERIFY(room.open());
    TestHost &host = room.host;
    TestClient &teacher = room.teacher;
    TestClient &ann = room.ann;
    auto troll = rawFrom(host.port(), 9);
    QVERIFY(troll);
    say(*troll, hello(u"troll"_qs));
    const QJsonObject welcome = troll->nextObject();
    QCOMPARE(welcome.value(u"type").toString(), u"welcome"_qs);
    const QString token = welcome.value(u"resumeToken").toString();

    teacher.sendObject(protocol::Remove{protocol::Remove::Kind::Ban, u"troll"_qs}.toJson());
    QCOMPARE(errorCode(troll->nextObject()), u"banned"_qs);
    QCOMPARE(troll->closeFrame(), std::make_pair(1008, u"removed by the host"_qs));
    QTRY_COMPARE(removedIn(ann), QStringList{u"troll"_qs});

    // From the same computer under another name: banned.
    auto sameComputer = rawFrom(host.port(), 9);
    QVERIFY(sameComputer);
    say(*sameComputer, hello(u"nice person"_qs));
    QCOMPARE(errorCode(sameComputer->nextObject()), u"banned"_qs);
    QCOMPARE(sameComputer->closeFrame(), std::make_pair(1008, u"banned"_qs));
    // From another computer with the banned resume identity: banned.
    auto otherComputer = rawFrom(host.port(), 10);
    QVERIFY(otherComputer);
    say(*otherComputer, helloAs(u"troll"_qs, 0, token));
    QCOMPARE(errorCode(otherComputer->nextObject()), u"banned"_qs);
    // Someone else from another computer: welcome.
    auto newcomer = rawFrom(host.port(), 11);
    QVERIFY(newcomer);
    say(*newcomer, hello(u"newcomer"_qs));
    QCOMPARE(newcomer->nextObject().value(u"type").toString(), u"welcome"_qs);
    QVERIFY(ann.isConnected());
    QVERIFY(ann.errors().isEmpty());
}

void tst_Moderation::aLockedRoomLetsOnlyItsMembersBackIn()
{
    TestHost host;
    QVERIFY(host.start());
    TestClient ann;
    QVERIFY(ann.join(host.chatUrl(), hello(u"ann"_qs)));
    const QString token = ann.welcome().value(u"resumeToken").toString();
    const qint64 lastSeq = ann.welcome().value(u"lastSeq").toInteger();

    host.service()->setLocked(true);
    TestClient bob;
    QVERIFY(!bob.join(host.chatUrl(), hello(u"bob"_qs)));
    QCOMPARE(errorCode(bob.errors().first()), u"room-locked"_qs);
    QTRY_VERIFY(bob.closed);
    QCOMPARE(int(bob.closeCode), 1008);
    QCOMPARE(bob.closeReason, u"room locked"_qs);

    // Ann's phone lost its network a moment: she is back, the room still locked.
    ann.socket.abort();
    TestClient annAgain;
    QVERIFY(annAgain.join(host.chatUrl(), helloAs(u"ann"_qs, lastSeq, token)));
    // A made-up token is no way in.
    TestClient faker;
    QVERIFY(!faker.join(host.chatUrl(), helloAs(u"mallory"_qs, 0, u"0123456789abcdef0123456789abcdef"_qs)));
    QCOMPARE(errorCode(faker.errors().first()), u"room-locked"_qs);

    host.service()->setLocked(false);
    TestClient bobAgain;
    QVERIFY(bobAgain.join(host.chatUrl(), hello(u"bob"_qs)));
}

void tst_Moderation::olderResumeTokensDoNotOutliveABan()
{
    HostedRoom room;
    QVERIFY(room.open());
    room.host.service()->setAccessCode(code);
    auto first = rawFrom(room.host.port(), 9);
    QVERIFY(first);
    say(*first, hello(u"troll"_qs, code));
    const QString t1 = first->nextObject().value(u"resumeToken").toString();
    QVERIFY(!t1.isEmpty());
    // The same person takes its own name over from a second connection: a second token, and a
    // third from a third connection. Only the newest two of a person ever count.
    auto second = rawFrom(room.host.port(), 9);
    QVERIFY(second);
    say(*second, hello(u"troll"_qs, code, {}, t1));
    const QString t2 = second->nextObject().value(u"resumeToken").toString();
    auto third = rawFrom(room.host.port(), 9);
    QVERIFY(third);
    say(*third, hello(u"troll"_qs, {}, {}, t2));
    QCOMPARE(third->nextObject().value(u"type").toString(), u"welcome"_qs);

    room.teacher.sendObject(protocol::Remove{protocol::Remove::Kind::Ban, u"troll"_qs}.toJson());
    QCOMPARE(errorCode(third->nextObject()), u"banned"_qs);
    // From another computer, under another name, with either older token: banned, or no way in.
    for (const QString &token : {t1, t2}) {
        auto back = rawFrom(room.host.port(), 10);
        QVERIFY(back);
        say(*back, hello(u"nice person"_qs, {}, {}, token));
        const QString answer = errorCode(back->nextObject());
        QVERIFY2(answer == u"banned"_qs || answer == u"access-denied"_qs, qPrintable(answer));
    }
}

void tst_Moderation::olderResumeTokensDoNotOutliveAKick()
{
    HostedRoom room;
    QVERIFY(room.open());
    TestClient troll;
    QVERIFY(troll.join(room.host.chatUrl(), hello(u"troll"_qs)));
    const QString t1 = troll.welcome().value(u"resumeToken").toString();
    TestClient troll2;
    QVERIFY(troll2.join(room.host.chatUrl(), hello(u"troll"_qs, {}, {}, t1))); // a takeover
    room.teacher.sendObject(protocol::Remove{protocol::Remove::Kind::Kick, u"troll"_qs}.toJson());
    QTRY_VERIFY(troll2.closed);
    room.host.service()->setLocked(true);
    // A kick is not a ban, but a kicked person is new again: the lock keeps them out.
    TestClient back;
    QVERIFY(!back.join(room.host.chatUrl(), hello(u"troll"_qs, {}, {}, t1)));
    QCOMPARE(errorCode(back.errors().first()), u"room-locked"_qs);
    // Ann, who was never removed, is still let back in.
    const QString annToken = room.ann.welcome().value(u"resumeToken").toString();
    room.ann.socket.abort();
    TestClient annBack;
    QVERIFY(annBack.join(room.host.chatUrl(), hello(u"ann"_qs, {}, {}, annToken)));
}

void tst_Moderation::theHostsNameWaitsForTheHostsWindow()
{
    TestHost host;
    host.setHostKey(hostKey);
    host.setRejoinGrace(5000);
    QVERIFY(host.start());
    TestClient ada;
    QVERIFY(ada.join(host.chatUrl(), hello(u"Ada"_qs, {}, hostKey)));
    TestClient ann;
    QVERIFY(ann.join(host.chatUrl(), hello(u"ann"_qs)));
    QCOMPARE(ann.welcome().value(u"host").toString(), u"Ada"_qs);

    // The host's laptop drops its Wi-Fi a moment: nobody else may come back as "Ada".
    ada.socket.abort();
    TestClient mallory;
    QTRY_VERIFY(!mallory.join(host.chatUrl(), hello(u"Ada"_qs)) && !mallory.errors().isEmpty());
    QCOMPARE(errorCode(mallory.errors().first()), u"nick-taken"_qs);
    // The host's window, with its key, is back under its name, the host still.
    TestClient adaAgain;
    QVERIFY(adaAgain.join(host.chatUrl(), hello(u"Ada"_qs, {}, hostKey)));
    QCOMPARE(adaAgain.welcome().value(u"host").toString(), u"Ada"_qs);
}

void tst_Moderation::aKickInTheSameTurnAsTheJoinLeavesNoGhost()
{
    TestHost host;
    QVERIFY(host.start());
    TestClient ann;
    QVERIFY(ann.join(host.chatUrl(), hello(u"ann"_qs)));
    ChatSession watcher;
    watcher.open(host.chatUrl(), u"watcher"_qs);
    QTRY_COMPARE(watcher.state(), ChatSession::State::Connected);
    QTRY_COMPARE(watcher.roster().size(), 2);

    // The console's /kick lands in the same turn as the troll's hello.
    bool kicked = false;
    QObject::connect(host.service(), &HostService::peerCountChanged, host.service(), [&](int count) {
        if (count == 3 && !kicked) {
            kicked = true;
            QVERIFY(!host.service()->removeMember(u"troll"_qs, protocol::Remove::Kind::Kick));
        }
    });
    TestClient troll;
    QVERIFY(troll.join(host.chatUrl(), hello(u"troll"_qs)));
    QTRY_VERIFY(troll.closed);
    // The watcher's join, then the troll's, then its removal: in that order, in three updates.
    QTRY_COMPARE(ann.ofType(protocol::type::presence).size(), 3);
    QCOMPARE(ann.ofType(protocol::type::presence).at(1).value(u"joined").toArray(), QJsonArray{u"troll"_qs});
    QCOMPARE(ann.ofType(protocol::type::presence).at(2).value(u"removed").toArray(), QJsonArray{u"troll"_qs});
    QTRY_COMPARE(watcher.roster(), (QStringList{u"ann"_qs, u"watcher"_qs}));
}

void tst_Moderation::guessingFromManyAddressesIsSlowedForTheRoom()
{
    // One machine with a whole IPv6 network of addresses: a new address every few guesses.
    RoomAccess access;
    access.setAccessCode(u"471100"_qs);
    int rateLimited = 0;
    qint64 now = 1000;
    for (int pin = 0; pin < 2000; ++pin) {
        now += 10;
        const QHostAddress from(u"2001:db8::%1"_qs.arg(pin / limits::wrongCodeTries + 1, 0, 16));
        const auto verdict = access.check(from, hello(u"x"_qs, u"%1"_qs.arg(pin, 6, 10, QLatin1Char('0'))), now);
        QVERIFY(verdict.refusal);
        rateLimited += verdict.refusal == protocol::ErrorCode::RateLimited;
    }
    // 20 seconds of guessing: the room's burst and one a second, the rest not even compared.
    QVERIFY2(rateLimited >= 2000 - limits::roomWrongCodeBurst - 21, qPrintable(QString::number(rateLimited)));
    // While it lasts, the right code waits too (rate-limited, the connection kept); then it works.
    QCOMPARE(access.check(QHostAddress(u"192.0.2.5"_qs), hello(u"ann"_qs, u"471100"_qs), now).refusal,
             std::optional(protocol::ErrorCode::RateLimited));
    QVERIFY(!access.check(QHostAddress(u"192.0.2.5"_qs), hello(u"ann"_qs, u"471100"_qs), now + 5000).refusal);
}

void tst_Moderation::aLockedRoomSaysTheSameToEveryCode()
{
    TestHost host;
    host.setAccessCode(code);
    QVERIFY(host.start());
    host.service()->setLocked(true);
    TestClient wrong;
    QVERIFY(!wrong.join(host.chatUrl(), hello(u"a"_qs, u"WRONG-CODE"_qs)));
    TestClient right;
    QVERIFY(!right.join(host.chatUrl(), hello(u"b"_qs, code)));
    QCOMPARE(errorCode(wrong.errors().first()), u"room-locked"_qs);
    QCOMPARE(errorCode(right.errors().first()), u"room-locked"_qs);
}

void tst_Moderation::aBanRemovesTheSameComputersOtherNames()
{
    HostedRoom room;
    QVERIFY(room.open());
    auto troll = rawFrom(room.host.port(), 9);
    QVERIFY(troll);
    say(*troll, hello(u"troll"_qs));
    QCOMPARE(troll->nextObject().value(u"type").toString(), u"welcome"_qs);
    auto puppet = rawFrom(room.host.port(), 9);
    QVERIFY(puppet);
    say(*puppet, hello(u"sock puppet"_qs));
    QCOMPARE(puppet->nextObject().value(u"type").toString(), u"welcome"_qs);

    room.teacher.sendObject(protocol::Remove{protocol::Remove::Kind::Ban, u"troll"_qs}.toJson());
    QCOMPARE(errorCode(troll->nextObject()), u"banned"_qs);
    QCOMPARE(errorCode(puppet->nextObject()), u"banned"_qs);
    QVERIFY(puppet->waitForHangUp());
    QTRY_COMPARE(removedIn(room.ann), (QStringList{u"troll"_qs, u"sock puppet"_qs}));
    QVERIFY(room.ann.isConnected());
}

int main(int argc, char *argv[])
{
    // Before the application reads its logging rules: whatever the environment says, this test
    // looks at everything the host may log.
    qputenv("QT_LOGGING_RULES", "tincan.*=true");
    QCoreApplication app(argc, argv);
    tst_Moderation test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_moderation.moc"
