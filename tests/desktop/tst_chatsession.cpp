#include "client/chatsession.h"
#include "protocol/limits.h"
#include "server/hostservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

#include <memory>

using tincan::ChatSession;
using tincan::HostConfig;
using tincan::HostService;
using tincan::protocol::ChatMessage;

namespace {

// Everything one session has been shown, in arrival order.
struct Seen
{
    explicit Seen(ChatSession *session)
    {
        QObject::connect(session, &ChatSession::messagesArrived, session,
                         [this](const QList<ChatMessage> &messages, ChatSession::Origin) { all += messages; });
        QObject::connect(session, &ChatSession::olderMessagesArrived, session,
                         [this](const QList<ChatMessage> &messages, bool) { older += messages; });
    }
    QStringList texts() const
    {
        QStringList result;
        for (const ChatMessage &message : all)
            result.append(message.text);
        return result;
    }
    QList<ChatMessage> all;
    QList<ChatMessage> older;
};

} // namespace

class tst_ChatSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void welcomeSendAndAck();
    void outboxGoesOutOnceInOrderAfterHostRestart();
    void resumeDeliversWhatWasMissed();
    void takenNickIsRefusedWithSuggestion();
    void typingIsRelayedAndStops();
    void renameUpdatesEveryone();
    void olderHistoryPages();
    void lostConnectionRetriesWithBackoff();
    void firstConnectionFailsFastAndSaysWhy();
    void silentAddressTimesOut();

private:
    bool startHost(bool samePort = false);
    void stopHost();
    std::unique_ptr<ChatSession> join(const QString &nick);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HostService> m_host;
    quint16 m_port = 0;
};

void tst_ChatSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(startHost());
}

void tst_ChatSession::cleanup()
{
    m_host.reset();
    m_port = 0;
}

bool tst_ChatSession::startHost(bool samePort)
{
    HostConfig config;
    config.bindAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = samePort ? m_port : 0;
    config.portFixed = samePort;
    config.roomName = u"Test room"_qs;
    config.dataDir = m_dir->path();
    config.rejoinGraceMs = 100; // leaves show at once
    m_host = std::make_unique<HostService>(config);
    QSignalSpy started(m_host.get(), &HostService::started);
    m_host->start();
    if (started.isEmpty() && !started.wait(5000))
        return false;
    m_port = m_host->port();
    return true;
}

void tst_ChatSession::stopHost()
{
    QSignalSpy stopped(m_host.get(), &HostService::stopped);
    m_host->stop();
    QTRY_VERIFY(!stopped.isEmpty());
    m_host.reset();
}

std::unique_ptr<ChatSession> tst_ChatSession::join(const QString &nick)
{
    auto session = std::make_unique<ChatSession>();
    session->open(QUrl(u"ws://127.0.0.1:"_qs + QString::number(m_port) + u"/ws"_qs), nick);
    return session;
}

void tst_ChatSession::welcomeSendAndAck()
{
    auto ann = join(u"Ann"_qs);
    QTRY_COMPARE(ann->state(), ChatSession::State::Connected);
    QCOMPARE(ann->room(), u"Test room"_qs);
    auto bob = join(u"Bob"_qs);
    QTRY_COMPARE(bob->state(), ChatSession::State::Connected);
    QTRY_COMPARE(ann->roster(), (QStringList{u"Ann"_qs, u"Bob"_qs}));
    QCOMPARE(bob->roster(), (QStringList{u"Ann"_qs, u"Bob"_qs}));

    Seen annSeen(ann.get());
    Seen bobSeen(bob.get());
    QSignalSpy acked(ann.get(), &ChatSession::messageAcknowledged);
    const QString id = ann->send(u"Hello 👋"_qs);
    QVERIFY(ann->isOwnMessageId(id));
    QTRY_COMPARE(acked.size(), 1);
    QCOMPARE(acked.at(0).at(0).toString(), id);
    QVERIFY(ann->outbox().isEmpty());
    QTRY_COMPARE(bobSeen.texts(), QStringList{u"Hello 👋"_qs});
    QTRY_COMPARE(annSeen.texts(), QStringList{u"Hello 👋"_qs});
    QCOMPARE(bobSeen.all.at(0).from, u"Ann"_qs);
    QCOMPARE(bobSeen.all.at(0).clientMsgId, id);
    QCOMPARE(ann->lastSeq(), bobSeen.all.at(0).seq);

    QSignalSpy left(ann.get(), &ChatSession::left);
    bob->close();
    QTRY_COMPARE(left.size(), 1);
    QCOMPARE(ann->roster(), QStringList{u"Ann"_qs});
}

void tst_ChatSession::outboxGoesOutOnceInOrderAfterHostRestart()
{
    auto ann = join(u"Ann"_qs);
    auto bob = join(u"Bob"_qs);
    QTRY_COMPARE(ann->state(), ChatSession::State::Connected);
    QTRY_COMPARE(bob->state(), ChatSession::State::Connected);
    Seen bobSeen(bob.get());
    ann->send(u"before"_qs);
    QTRY_COMPARE(bobSeen.texts(), QStringList{u"before"_qs});

    // The host ends the chat: a lasting state, no knocking on the shut door.
    stopHost();
    QTRY_COMPARE(ann->state(), ChatSession::State::Ended);
    QCOMPARE(ann->lastCloseCode(), 1001);
    ann->send(u"one"_qs);
    ann->send(u"two"_qs);
    QCOMPARE(ann->outbox().size(), 2);
    QTest::qWait(1500);
    QCOMPARE(ann->state(), ChatSession::State::Ended);

    QVERIFY(startHost(true));
    ann->rejoin();
    bob->rejoin();
    QTRY_COMPARE(ann->state(), ChatSession::State::Connected);
    QTRY_VERIFY(ann->outbox().isEmpty());
    QTRY_COMPARE(bob->state(), ChatSession::State::Connected);
    QTRY_COMPARE(bobSeen.texts(), (QStringList{u"before"_qs, u"one"_qs, u"two"_qs}));

    // A newcomer finds each of them once, in order, in the stored history.
    auto cy = join(u"Cy"_qs);
    Seen cySeen(cy.get());
    QTRY_COMPARE(cySeen.texts(), (QStringList{u"before"_qs, u"one"_qs, u"two"_qs}));
}

void tst_ChatSession::resumeDeliversWhatWasMissed()
{
    auto ann = join(u"Ann"_qs);
    auto bob = join(u"Bob"_qs);
    QTRY_COMPARE(ann->state(), ChatSession::State::Connected);
    QTRY_COMPARE(bob->state(), ChatSession::State::Connected);
    Seen annSeen(ann.get());
    bob->send(u"seen"_qs);
    QTRY_COMPARE(annSeen.texts(), QStringList{u"seen"_qs});

    ann->close();
    QTRY_COMPARE(bob->roster(), QStringList{u"Bob"_qs});
    bob->send(u"missed 1"_qs);
    bob->send(u"missed 2"_qs);
    QTRY_VERIFY(bob->outbox().isEmpty());

    QSignalSpy welcomed(ann.get(), &ChatSession::welcomed);
    ann->open(ann->url(), u"Ann"_qs);
    QTRY_COMPARE(welcomed.size(), 1);
    QVERIFY(welcomed.at(0).at(2).toBool()); // resumed
    QTRY_COMPARE(annSeen.texts(), (QStringList{u"seen"_qs, u"missed 1"_qs, u"missed 2"_qs}));
}

void tst_ChatSession::takenNickIsRefusedWithSuggestion()
{
    auto ann = join(u"Ann"_qs);
    QTRY_COMPARE(ann->state(), ChatSession::State::Connected);
    auto other = join(u"ann"_qs);
    QTRY_COMPARE(other->state(), ChatSession::State::Refused);
    QCOMPARE(other->refusal().code, u"nick-taken"_qs);
    QVERIFY(!other->refusal().suggestion.isEmpty());
    other->retryWithNick(other->refusal().suggestion);
    QTRY_COMPARE(other->state(), ChatSession::State::Connected);
    QTRY_COMPARE(ann->roster().size(), 2);
}

void tst_ChatSession::typingIsRelayedAndStops()
{
    auto ann = join(u"Ann"_qs);
    auto bob = join(u"Bob"_qs);
    QTRY_COMPARE(ann->state(), ChatSession::State::Connected);
    QTRY_COMPARE(bob->state(), ChatSession::State::Connected);
    ann->noteTyping(true);
    QTRY_COMPARE(bob->typingNicks(), QStringList{u"Ann"_qs});
    QVERIFY(ann->typingNicks().isEmpty());
    ann->send(u"done"_qs);
    QTRY_VERIFY(bob->typingNicks().isEmpty());
}

void tst_ChatSession::renameUpdatesEveryone()
{
    auto ann = join(u"Ann"_qs);
    auto bob = join(u"Bob"_qs);
    QTRY_COMPARE(ann->state(), ChatSession::State::Connected);
    QTRY_COMPARE(bob->state(), ChatSession::State::Connected);
    QSignalSpy renamed(bob.get(), &ChatSession::renamedPeer);
    ann->rename(u"Annie"_qs);
    QTRY_COMPARE(ann->nick(), u"Annie"_qs);
    QTRY_COMPARE(renamed.size(), 1);
    QCOMPARE(renamed.at(0).at(0).toString(), u"Ann"_qs);
    QCOMPARE(renamed.at(0).at(1).toString(), u"Annie"_qs);
    QCOMPARE(bob->roster(), (QStringList{u"Annie"_qs, u"Bob"_qs}));

    QSignalSpy failed(ann.get(), &ChatSession::renameFailed);
    ann->rename(u"bob"_qs);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), u"nick-taken"_qs);
    QCOMPARE(ann->nick(), u"Annie"_qs);
}

void tst_ChatSession::olderHistoryPages()
{
    // 60 messages from three people (each within the host's send burst).
    std::vector<std::unique_ptr<ChatSession>> writers;
    for (const QString &nick : {u"W1"_qs, u"W2"_qs, u"W3"_qs})
        writers.push_back(join(nick));
    for (auto &writer : writers)
        QTRY_COMPARE(writer->state(), ChatSession::State::Connected);
    for (int i = 0; i < 60; ++i) {
        writers[size_t(i / 20)]->send(u"m"_qs + QString::number(i));
        if (i % 20 == 19)
            QTRY_VERIFY(writers[size_t(i / 20)]->outbox().isEmpty());
    }

    auto reader = join(u"Reader"_qs);
    Seen seen(reader.get());
    QTRY_COMPARE(reader->state(), ChatSession::State::Connected);
    QTRY_VERIFY(!seen.all.isEmpty());
    QVERIFY(seen.all.size() < 60);
    QVERIFY(reader->hasOlder());
    QCOMPARE(seen.all.constLast().text, u"m59"_qs);
    while (reader->hasOlder()) {
        QVERIFY(reader->requestOlder());
        QVERIFY(!reader->requestOlder()); // one page at a time
        QTRY_VERIFY(!reader->isLoadingOlder());
    }
    const QList<ChatMessage> all = seen.older + seen.all;
    QCOMPARE(all.size(), 60);
    for (int i = 0; i < 60; ++i)
        QCOMPARE(all.at(i).text, u"m"_qs + QString::number(i));
}

void tst_ChatSession::lostConnectionRetriesWithBackoff()
{
    auto ann = join(u"Ann"_qs);
    QTRY_COMPARE(ann->state(), ChatSession::State::Connected);
    // The host vanishes without a word (a crash, a cable): that is worth retrying.
    m_host.reset();
    QTRY_COMPARE(ann->state(), ChatSession::State::Reconnecting);
    QVERIFY(ann->reconnectSeconds() >= 1);
    QVERIFY(ann->reconnectSeconds() <= 2);
    QVERIFY(startHost(true));
    ann->reconnectNow();
    QTRY_COMPARE(ann->state(), ChatSession::State::Connected);
}

// A first connection that fails says why at once and waits for the user; it never retries by
// itself (the address is most likely mistyped).
void tst_ChatSession::firstConnectionFailsFastAndSaysWhy()
{
    stopHost();
    auto ann = join(u"Ann"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(ann->state(), ChatSession::State::Unreachable, 2000);
    QCOMPARE(ann->failure(), ChatSession::Failure::Refused);
    QTest::qWait(1500);
    QCOMPARE(ann->state(), ChatSession::State::Unreachable);
    QVERIFY(startHost(true));
    ann->rejoin();
    QTRY_COMPARE(ann->state(), ChatSession::State::Connected);
}

void tst_ChatSession::silentAddressTimesOut()
{
    // Something that accepts the connection and never answers (another program, a host frozen).
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ChatSession ann;
    QElapsedTimer clock;
    clock.start();
    ann.open(QUrl(u"ws://127.0.0.1:%1/ws"_qs.arg(silent.serverPort())), u"Ann"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(ann.state(), ChatSession::State::Unreachable, tincan::limits::connectTimeoutMs + 3000);
    QCOMPARE(ann.failure(), ChatSession::Failure::TimedOut);
    QVERIFY(clock.elapsed() >= tincan::limits::connectTimeoutMs * 9 / 10); // a coarse timer may fire 5 % early
}

QTEST_GUILESS_MAIN(tst_ChatSession)
#include "tst_chatsession.moc"
