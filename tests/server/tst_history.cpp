#include "protocol/limits.h"
#include "testclient.h"
#include "testhost.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace tincan;

namespace {

QStringList texts(const QList<protocol::ChatMessage> &messages)
{
    QStringList result;
    for (const auto &message : messages)
        result.append(message.text);
    return result;
}

QList<protocol::ChatMessage> historyOf(const QJsonObject &object)
{
    return messagesIn(object.value(QLatin1StringView("history")));
}

// Sends "prefix 0".."prefix N-1" from `client` (N within the send burst) and waits until all
// are acknowledged.
bool sendMany(TestClient &client, const QString &prefix, int count)
{
    Q_ASSERT(count <= limits::sendBurst);
    const qsizetype acksBefore = client.ofType(protocol::type::ack).size();
    for (int i = 0; i < count; ++i)
        client.sendObject(protocol::Send{QUuid::createUuid().toString(QUuid::WithoutBraces), prefix + u' ' + QString::number(i)}.toJson());
    return QTest::qWaitFor([&] { return client.ofType(protocol::type::ack).size() == acksBefore + count; },
                           10000);
}

// Fills the room with "prefix 0".."prefix N-1", in order, from as many writers as the send
// rate needs.
bool fill(const QUrl &url, const QString &prefix, int count)
{
    for (int first = 0, writer = 0; first < count; first += limits::sendBurst, ++writer) {
        TestClient client;
        if (!client.join(url, u"Writer %1"_qs.arg(writer)))
            return false;
        const int n = std::min(limits::sendBurst, count - first);
        for (int i = 0; i < n; ++i)
            client.sendObject(protocol::Send{QUuid::createUuid().toString(QUuid::WithoutBraces), prefix + u' ' + QString::number(first + i)}.toJson());
        if (!QTest::qWaitFor([&] { return client.ofType(protocol::type::ack).size() == n; }, 10000))
            return false;
    }
    return true;
}

} // namespace

// Nothing lost, nothing doubled: resume by seq, scrollback, and history that outlives the host.
class tst_History final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resumeDeliversExactlyTheMissedMessages()
    {
        TestHost host;
        QVERIFY(host.start());
        TestClient ann, bob;
        QVERIFY(ann.join(host.chatUrl(), u"Ann"_qs));
        QVERIFY(bob.join(host.chatUrl(), u"Bob"_qs));
        QVERIFY(sendMany(ann, u"before"_qs, 3));
        QTRY_COMPARE(bob.messages().size(), 3);
        const qint64 bobLast = bob.messages().last().seq;
        const QString bobToken = bob.welcome().value(u"resumeToken"_qs).toString();

        bob.socket.close();
        QTRY_VERIFY(bob.closed);
        QVERIFY(sendMany(ann, u"missed"_qs, 4));

        // Back as the same person (the token), which a resume always is.
        TestClient bobAgain;
        QVERIFY(bobAgain.join(host.chatUrl(), helloAs(u"Bob"_qs, bobLast, bobToken)));
        const QJsonObject welcome = bobAgain.welcome();
        QCOMPARE(texts(historyOf(welcome)),
                 (QStringList{u"missed 0"_qs, u"missed 1"_qs, u"missed 2"_qs, u"missed 3"_qs}));
        QCOMPARE(welcome.value(u"hasMore").toBool(), false);
        QCOMPARE(welcome.value(u"lastSeq").toInteger(), ann.messages().last().seq);

        // And live messages continue right after, with nothing repeated.
        ann.sendObject(protocol::Send{u"live-1"_qs, u"live"_qs}.toJson());
        QTRY_COMPARE(bobAgain.messages().size(), 1);
        QCOMPARE(bobAgain.messages().first().text, u"live"_qs);
        QVERIFY(bobAgain.messages().first().seq > historyOf(welcome).last().seq);
    }

    void resumeWithNothingMissedIsEmpty()
    {
        TestHost host;
        QVERIFY(host.start());
        TestClient ann;
        QVERIFY(ann.join(host.chatUrl(), u"Ann"_qs));
        QVERIFY(sendMany(ann, u"m"_qs, 2));
        TestClient again;
        QVERIFY(again.join(host.chatUrl(), u"Ann again"_qs, ann.messages().last().seq));
        QCOMPARE(historyOf(again.welcome()).size(), 0);
    }

    void freshWelcomeHasRecentHistoryAndScrollbackPagesBack()
    {
        TestHost host;
        QVERIFY(host.start());
        const int total = limits::welcomeHistory + 30;
        QVERIFY(fill(host.chatUrl(), u"n"_qs, total));

        TestClient bob;
        QVERIFY(bob.join(host.chatUrl(), u"Bob"_qs));
        QList<protocol::ChatMessage> seen = historyOf(bob.welcome());
        QCOMPARE(seen.size(), limits::welcomeHistory);
        QCOMPARE(seen.last().text, u"n %1"_qs.arg(total - 1));
        QVERIFY(bob.welcome().value(u"hasMore").toBool());

        // Page back 20 at a time until the host says there is no more.
        bool more = true;
        while (more) {
            const qsizetype replies = bob.ofType(protocol::type::history).size();
            bob.sendObject(protocol::HistoryRequest{protocol::HistoryRequest::Direction::Before, seen.first().seq, 20}.toJson());
            QTRY_COMPARE(bob.ofType(protocol::type::history).size(), replies + 1);
            const QJsonObject page = bob.ofType(protocol::type::history).last();
            const auto older = messagesIn(page.value(u"messages"));
            QVERIFY(!older.isEmpty());
            QVERIFY(older.size() <= 20);
            seen = older + seen;
            more = page.value(u"hasMore").toBool();
        }
        QStringList expected;
        for (int i = 0; i < total; ++i)
            expected.append(u"n %1"_qs.arg(i));
        QCOMPARE(texts(seen), expected);
    }

    void historyAfterCatchesUpInPages()
    {
        TestHost host;
        QVERIFY(host.start());
        QVERIFY(fill(host.chatUrl(), u"p"_qs, 25));
        TestClient ann;
        QVERIFY(ann.join(host.chatUrl(), u"Ann"_qs));
        ann.sendObject(protocol::HistoryRequest{protocol::HistoryRequest::Direction::After, 0, 10}.toJson());
        QTRY_COMPARE(ann.ofType(protocol::type::history).size(), 1);
        const QJsonObject page = ann.ofType(protocol::type::history).first();
        QCOMPARE(texts(messagesIn(page.value(u"messages"))).first(), u"p 0"_qs);
        QCOMPARE(page.value(u"messages").toArray().size(), 10);
        QVERIFY(page.value(u"hasMore").toBool());
    }

    void historySurvivesRestartAndSeqContinues()
    {
        TestHost host;
        QVERIFY(host.start());
        qint64 lastSeq = 0;
        {
            TestClient ann;
            QVERIFY(ann.join(host.chatUrl(), u"Ann"_qs));
            QVERIFY(sendMany(ann, u"kept"_qs, 5));
            QTRY_COMPARE(ann.messages().size(), 5);
            lastSeq = ann.messages().last().seq;
        }
        host.stop();
        QVERIFY(host.start(true));

        TestClient bob;
        QVERIFY(bob.join(host.chatUrl(), u"Bob"_qs));
        QCOMPARE(texts(historyOf(bob.welcome())),
                 (QStringList{u"kept 0"_qs, u"kept 1"_qs, u"kept 2"_qs, u"kept 3"_qs, u"kept 4"_qs}));
        QCOMPARE(bob.welcome().value(u"lastSeq").toInteger(), lastSeq);
        bob.sendObject(protocol::Send{u"after-restart"_qs, u"new"_qs}.toJson());
        QTRY_COMPARE(bob.messages().size(), 1);
        QVERIFY(bob.messages().first().seq > lastSeq);
    }

    void killedHostKeepsEveryAcknowledgedMessage()
    {
        TestHost host;
        QVERIFY(host.start());
        QStringList acknowledged;
        {
            TestClient ann;
            QVERIFY(ann.join(host.chatUrl(), u"Ann"_qs));
            QVERIFY(sendMany(ann, u"ack"_qs, 10));
            QTRY_COMPARE(ann.messages().size(), 10);
            acknowledged = texts(ann.messages());
            host.kill(); // no goodbye, no orderly shutdown
        }
        QVERIFY(host.start(true));
        TestClient bob;
        QVERIFY(bob.join(host.chatUrl(), u"Bob"_qs));
        QCOMPARE(texts(historyOf(bob.welcome())), acknowledged);
    }

    void resendAfterRestartIsNotStoredTwice()
    {
        TestHost host;
        QVERIFY(host.start());
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        qint64 seq = 0;
        {
            TestClient ann;
            QVERIFY(ann.join(host.chatUrl(), u"Ann"_qs));
            ann.sendObject(protocol::Send{id, u"only once"_qs}.toJson());
            QTRY_COMPARE(ann.ofType(protocol::type::ack).size(), 1);
            seq = ann.ofType(protocol::type::ack).first().value(u"seq").toInteger();
        }
        host.stop();
        QVERIFY(host.start(true));

        TestClient ann, bob;
        QVERIFY(bob.join(host.chatUrl(), u"Bob"_qs));
        QVERIFY(ann.join(host.chatUrl(), u"Ann"_qs, seq));
        ann.sendObject(protocol::Send{id, u"only once"_qs}.toJson()); // the outbox resends after a restart
        QTRY_COMPARE(ann.ofType(protocol::type::ack).size(), 1);
        const QJsonObject ack = ann.ofType(protocol::type::ack).first();
        QCOMPARE(ack.value(u"seq").toInteger(), seq);
        QCOMPARE(ack.value(u"duplicate").toBool(), true);
        // A later message marks the end: a repeat of the resent one would have arrived first.
        ann.sendObject(protocol::Send{u"after-resend"_qs, u"after"_qs}.toJson());
        QTRY_COMPARE(bob.messages().size(), 1);
        QCOMPARE(bob.messages().first().text, u"after"_qs);

        TestClient cy;
        QVERIFY(cy.join(host.chatUrl(), u"Cy"_qs));
        QCOMPARE(texts(historyOf(cy.welcome())), (QStringList{u"only once"_qs, u"after"_qs}));
    }

    void unwritableHistoryIsReportedAndTheRoomKeepsRunning()
    {
        tincan::HostConfig config;
        config.bindAddress = QHostAddress(QHostAddress::LocalHost);
        config.port = 0;
        config.portFixed = true;
        config.dataDir = u"/proc/tincan-cannot-be-here"_qs;
        tincan::HostService service(config);
        QSignalSpy started(&service, &tincan::HostService::started);
        QSignalSpy storage(&service, &tincan::HostService::storageError);
        service.start();
        QCOMPARE(started.size(), 1);
        QCOMPARE(storage.size(), 1);
        QVERIFY(storage.first().first().toString().contains(u"/proc/tincan-cannot-be-here"_qs));

        const QUrl url(u"ws://127.0.0.1:%1/ws"_qs.arg(service.port()));
        TestClient ann, bob;
        QVERIFY(ann.join(url, u"Ann"_qs));
        QVERIFY(bob.join(url, u"Bob"_qs));
        ann.sendObject(protocol::Send{u"m-1"_qs, u"still works"_qs}.toJson());
        QTRY_COMPARE(bob.messages().size(), 1);
        QCOMPARE(bob.messages().first().text, u"still works"_qs);
        QTRY_VERIFY(!ann.errors().isEmpty());
        QCOMPARE(ann.errors().last().value(u"code").toString(), u"storage-failed"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_History)
#include "tst_history.moc"
