#include "protocol/limits.h"
#include "rawclient.h"
#include "testclient.h"
#include "testhost.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tincan;

namespace {

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(10000) || process.exitCode() != 0) {
        qWarning().noquote() << program << arguments.join(u' ') << "failed:"
                             << process.readAllStandardError();
        return false;
    }
    return true;
}

QString newId()
{
    static int next = 0;
    return u"storage-%1"_qs.arg(++next);
}

qint64 maxSeq(const QList<protocol::ChatMessage> &messages)
{
    qint64 seq = 0;
    for (const protocol::ChatMessage &message : messages)
        seq = std::max(seq, message.seq);
    return seq;
}

} // namespace

// What a host does when its disk or network is not what a developer's machine has: a full
// disk, a history folder it may only read, and a network with Ethernet's 1500-byte packets.
// Runs in namespaces of its own (tests/in_namespace.sh): a loopback with MTU 1500 and mounts
// only it sees, made without touching the machine's own.
class tst_Storage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QNetworkInterface loopback = QNetworkInterface::interfaceFromName(u"lo"_qs);
        QVERIFY2(loopback.maximumTransmissionUnit() == 1500,
                 "run through tests/in_namespace.sh: it gives the test a loopback with MTU 1500 "
                 "and mounts of its own");
    }

    // Messages delivered while the disk was full were never stored; after a restart their
    // numbers are never handed out again (pages that saw them would drop the new ones as
    // duplicates).
    void fullDiskNeverReusesANumber()
    {
        QTemporaryDir dir;
        QVERIFY(run(u"mount"_qs, {u"-t"_qs, u"tmpfs"_qs, u"-o"_qs, u"size=320k"_qs, u"tincan-full"_qs, dir.path()}));
        TestHost host;
        host.setDataDir(dir.path());
        QVERIFY(host.start());
        TestClient ann, bob;
        QVERIFY(ann.join(host.chatUrl(), u"Ann"_qs));
        QVERIFY(bob.join(host.chatUrl(), u"Bob"_qs));
        // Fill the disk with chat until the host says it cannot save, then a few more.
        const QString text(15000, u'x');
        int afterFull = -1;
        for (int i = 0; i < 200 && afterFull < 5; ++i) {
            ann.sendObject(protocol::Send{newId(), text}.toJson());
            QTRY_COMPARE(bob.messages().size(), i + 1);
            const QList<QJsonObject> errors = bob.errors();
            const bool full = std::any_of(errors.cbegin(), errors.cend(), [](const QJsonObject &e) {
                return e.value(u"code"_qs) == u"storage-failed"_qs;
            });
            if (full)
                ++afterFull;
            if (i >= limits::sendBurst - 2)
                QTest::qWait(1000 / limits::sendPerSecond + 10); // within the send rate
        }
        QVERIFY2(afterFull >= 0, "the disk never filled up");
        const qint64 seen = maxSeq(bob.messages());
        host.stop();

        // The same full disk after a restart: numbering goes on above everything seen.
        QVERIFY(host.start(true));
        TestClient cy;
        QVERIFY(cy.join(host.chatUrl(), u"Cy"_qs));
        QVERIFY(cy.welcome().value(u"lastSeq"_qs).toInteger() < seen); // not all of it was kept
        cy.sendObject(protocol::Send{newId(), u"after the restart"_qs}.toJson());
        QTRY_COMPARE(cy.messages().size(), 1);
        QVERIFY2(cy.messages().first().seq > seen,
                 qPrintable(u"seq %1 handed out again (seen up to %2)"_qs.arg(cy.messages().first().seq).arg(seen)));
        host.stop();
        QVERIFY(run(u"umount"_qs, {dir.path()}));
    }

    // A client that saw numbers the host has lost (its history file was replaced) moves the
    // host's numbering above them.
    void resumeAboveTheHostsNewestMovesNumberingUp()
    {
        TestHost host;
        QVERIFY(host.start());
        TestClient ann;
        QVERIFY(ann.join(host.chatUrl(), u"Ann"_qs));
        const qint64 claimed = ann.welcome().value(u"lastSeq"_qs).toInteger() + 50000;
        TestClient back;
        QVERIFY(back.join(host.chatUrl(), u"Back"_qs, claimed));
        ann.sendObject(protocol::Send{newId(), u"new"_qs}.toJson());
        QTRY_COMPARE(back.messages().size(), 1);
        QVERIFY(back.messages().first().seq > claimed);
        // A made-up number moves it at most maxSeqCatchUp.
        TestClient liar;
        QVERIFY(liar.join(host.chatUrl(), u"Liar"_qs, protocol::maxWireInteger));
        ann.sendObject(protocol::Send{newId(), u"newer"_qs}.toJson());
        QTRY_COMPARE(liar.messages().size(), 1);
        QVERIFY(liar.messages().first().seq <= claimed + 1 + limits::maxSeqCatchUp + limits::seqReservation);
        host.stop();
    }

    // A history folder that can only be read still serves its history; numbering goes on
    // above it, and the host says what it cannot save.
    void readOnlyHistoryIsStillServed()
    {
        QTemporaryDir dir;
        TestHost host;
        host.setDataDir(dir.path());
        QVERIFY(host.start());
        {
            TestClient ann;
            QVERIFY(ann.join(host.chatUrl(), u"Ann"_qs));
            for (int i = 0; i < 5; ++i)
                ann.sendObject(protocol::Send{newId(), u"kept %1"_qs.arg(i)}.toJson());
            QTRY_COMPARE(ann.messages().size(), 5);
        }
        host.stop();
        QVERIFY(run(u"mount"_qs, {u"--bind"_qs, dir.path(), dir.path()}));
        QVERIFY(run(u"mount"_qs, {u"-o"_qs, u"remount,bind,ro"_qs, dir.path()}));
        QVERIFY(!QFile(dir.filePath(u"probe"_qs)).open(QIODevice::WriteOnly)); // really read-only

        QVERIFY(host.start(true));
        QVERIFY(host.storageProblems().join(u' ').contains(u"can be read but not saved"_qs));
        TestClient bob;
        QVERIFY(bob.join(host.chatUrl(), u"Bob"_qs));
        const QList<protocol::ChatMessage> history = messagesIn(bob.welcome().value(u"history"_qs));
        QCOMPARE(history.size(), 5);
        QCOMPARE(history.last().text, u"kept 4"_qs);
        bob.sendObject(protocol::Send{newId(), u"not kept"_qs}.toJson());
        QTRY_COMPARE(bob.messages().size(), 1);
        QVERIFY(bob.messages().first().seq > history.last().seq);
        QTRY_VERIFY(!bob.errors().isEmpty());
        QCOMPARE(bob.errors().last().value(u"code"_qs).toString(), u"storage-failed"_qs);
        host.stop();
        QVERIFY(run(u"umount"_qs, {dir.path()}));
    }

    // On a network with 1500-byte packets a big room's welcome drains slowly; it is bounded
    // in bytes, and neither it nor the history pages a newcomer asks for cut the newcomer off.
    void bigWelcomesReachNewcomers()
    {
        TestHost host;
        QVERIFY(host.start());
        // Sixty of the longest messages, in the script that costs the most bytes (3 per unit).
        const QString longest(limits::maxTextLength, QChar(0x5B57));
        for (int talker = 0; talker < 3; ++talker) {
            TestClient writer;
            QVERIFY(writer.join(host.chatUrl(), u"Writer %1"_qs.arg(talker)));
            for (int i = 0; i < 20; ++i)
                writer.sendObject(protocol::Send{newId(), longest}.toJson());
            QTRY_COMPARE_WITH_TIMEOUT(writer.messages().size(), 20, 10000);
        }

        for (int i = 0; i < 5; ++i) {
            RawClient newcomer(host.port());
            QVERIFY(newcomer.upgrade().startsWith("HTTP/1.1 101"));
            // It asks for its welcome and four pages of history at once and reads none of it
            // for a while: more than maxPendingOutBytes, all of it answers.
            newcomer.pauseReading();
            newcomer.send(clientframes::clientFrame(0x1, protocol::encode(helloAs(u"New %1"_qs.arg(i)))));
            QByteArray pages;
            for (int page = 0; page < 4; ++page) {
                pages += clientframes::clientFrame(0x1, protocol::encode(protocol::HistoryRequest{
                    protocol::HistoryRequest::Direction::After, 0, std::nullopt}));
            }
            newcomer.send(pages);
            QTest::qWait(1000);
            newcomer.resumeReading();
            const auto welcome = newcomer.next(10000);
            QVERIFY2(welcome && welcome->opcode == 0x1, "the newcomer was cut off");
            const QJsonObject object = QJsonDocument::fromJson(welcome->payload).object();
            QCOMPARE(object.value(u"type"_qs).toString(), u"welcome"_qs);
            QVERIFY2(welcome->payload.size() <= limits::maxAnswerBytes,
                     qPrintable(QString::number(welcome->payload.size())));
            QVERIFY(object.value(u"hasMore"_qs).toBool());
            for (int page = 0; page < 4; ++page) {
                const QJsonObject answer = newcomer.nextObject(10000);
                QCOMPARE(answer.value(u"type"_qs).toString(), u"history"_qs);
                QVERIFY(!answer.value(u"messages"_qs).toArray().isEmpty());
                QVERIFY(answer.value(u"hasMore"_qs).toBool());
            }
            QVERIFY(!newcomer.isClosed());
        }
        host.stop();
    }
};

QTEST_GUILESS_MAIN(tst_Storage)
#include "tst_storage.moc"
