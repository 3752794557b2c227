#include "clientframes.h"
#include "rawclient.h"
#include "server/hostservice.h"
#include "testclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

// The `tincan --headless` program as an operator uses it: links printed, port choice, a clean
// stop on SIGTERM.
class tst_Headless final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Starts the host and waits for its first link; returns the port (0 on failure).
    quint16 startHost(QProcess &process, const QStringList &extra)
    {
        process.setProgram(QStringLiteral(TINCAN_BIN));
        process.setArguments(QStringList{u"--headless"_qs, u"--no-discovery"_qs, u"--bind"_qs, u"127.0.0.1"_qs,
                                         u"--data-dir"_qs, m_dir.path(), u"--room"_qs, u"Lab"_qs}
                             + extra);
        process.start();
        static const QRegularExpression link(u"http://127\\.0\\.0\\.1:(\\d+)/"_qs);
        QString output;
        [[maybe_unused]] const bool seen = QTest::qWaitFor([&] {
            output += QString::fromUtf8(process.readAllStandardOutput());
            return link.match(output).hasMatch() || process.state() == QProcess::NotRunning;
        }, 10000);
        m_lastOutput = output;
        return quint16(link.match(output).captured(1).toUInt());
    }

    QString m_lastOutput;

private Q_SLOTS:
    void printsLinkAndStopsCleanlyOnSigterm()
    {
        QProcess host;
        const quint16 port = startHost(host, {u"--port"_qs, u"0"_qs});
        QVERIFY2(port != 0, qPrintable(m_lastOutput));
        QVERIFY(m_lastOutput.contains(u"People can join at:"_qs));

        TestClient ann;
        QVERIFY(ann.join(QUrl(u"ws://127.0.0.1:%1/ws"_qs.arg(port)), u"Ann"_qs));
        QCOMPARE(ann.welcome().value(u"room").toString(), u"Lab"_qs);

        host.terminate(); // SIGTERM
        QTRY_VERIFY(ann.closed);
        QCOMPARE(ann.closeCode, QWebSocketProtocol::CloseCodeGoingAway);
        QCOMPARE(ann.closeReason, u"host is leaving"_qs);
        QTRY_COMPARE(host.state(), QProcess::NotRunning);
        QCOMPARE(host.exitStatus(), QProcess::NormalExit);
        QCOMPARE(host.exitCode(), 0);
    }

    // --lock: the room starts locked; /unlock opens it.
    void startsLockedWhenAsked()
    {
        QProcess host;
        const quint16 port = startHost(host, {u"--port"_qs, u"0"_qs, u"--lock"_qs});
        QVERIFY2(port != 0, qPrintable(m_lastOutput));
        QTRY_VERIFY((m_lastOutput += QString::fromUtf8(host.readAllStandardOutput()))
                        .contains(u"The room is locked: nobody new may join."_qs));
        const QUrl url(u"ws://127.0.0.1:%1/ws"_qs.arg(port));
        TestClient early;
        QVERIFY(!early.join(url, helloAs(u"early"_qs)));
        QCOMPARE(early.errors().first().value(u"code").toString(), u"room-locked"_qs);
        host.write("/unlock\n");
        QString output;
        QTRY_VERIFY((output += QString::fromUtf8(host.readAllStandardOutput())).contains(u"The room is open again."_qs));
        TestClient later;
        QVERIFY(later.join(url, helloAs(u"later"_qs)));
        host.terminate();
        QTRY_COMPARE(host.state(), QProcess::NotRunning);
    }

    // The operator keeps the room from the console: kick, ban, lock, the access code. The code
    // itself never appears in what the host prints (often a system log).
    void keepsTheRoomFromItsConsole()
    {
        QProcess host;
        const quint16 port = startHost(host, {u"--port"_qs, u"0"_qs, u"--access-code"_qs, u"Blue-Otter-42"_qs});
        QVERIFY2(port != 0, qPrintable(m_lastOutput));
        const QUrl url(u"ws://127.0.0.1:%1/ws"_qs.arg(port));
        QString output = m_lastOutput;
        const auto command = [&](const QByteArray &line, const QString &answer) {
            host.write(line + '\n');
            const bool seen = QTest::qWaitFor([&] {
                output += QString::fromUtf8(host.readAllStandardOutput());
                return output.contains(answer);
            }, 5000);
            if (!seen)
                qWarning().noquote() << output;
            return seen;
        };

        // The troll comes from another computer (a ban keeps its address out).
        RawClient troll(port, QHostAddress(u"127.0.0.9"_qs));
        QVERIFY(troll.waitForConnected());
        QVERIFY(troll.upgrade().startsWith("HTTP/1.1 101"));
        protocol::Hello hello = helloAs(u"troll"_qs);
        troll.send(clientframes::clientFrame(0x1, protocol::encode(hello)));
        QCOMPARE(troll.nextObject().value(u"code").toString(), u"access-denied"_qs);
        hello.accessCode = u"blue otter 42"_qs;
        troll.send(clientframes::clientFrame(0x1, protocol::encode(hello)));
        QCOMPARE(troll.nextObject().value(u"type").toString(), u"welcome"_qs);

        // Its sock puppet, from the same computer.
        RawClient puppet(port, QHostAddress(u"127.0.0.9"_qs));
        QVERIFY(puppet.waitForConnected());
        QVERIFY(puppet.upgrade().startsWith("HTTP/1.1 101"));
        hello.nick = u"Sock Puppet"_qs;
        puppet.send(clientframes::clientFrame(0x1, protocol::encode(hello)));
        QCOMPARE(puppet.nextObject().value(u"type").toString(), u"welcome"_qs);

        QVERIFY(command("/kick nobody", u"Nobody named nobody is in the room."_qs));
        // Named as the room knows them, however the host typed it; the others it took, too.
        QVERIFY(command("/ban TROLL", u"troll was removed and cannot come back while this host runs."_qs));
        QVERIFY(command("", u"Also removed, from the same computer: Sock Puppet."_qs));
        QCOMPARE(troll.nextObject().value(u"code").toString(), u"banned"_qs);

        // A bare /code never opens the room: only /code off does.
        QVERIFY(command("/code", u"Say the code: /code CODE"_qs));
        TestClient noCode;
        QVERIFY(!noCode.join(url, helloAs(u"nocode"_qs)));
        QCOMPARE(noCode.errors().first().value(u"code").toString(), u"access-denied"_qs);
        QVERIFY(command("/code off", u"Anyone may join without a code now."_qs));
        QVERIFY(command("/lock", u"The room is locked: nobody new may join."_qs));
        TestClient late;
        QVERIFY(!late.join(url, helloAs(u"late"_qs)));
        QCOMPARE(late.errors().first().value(u"code").toString(), u"room-locked"_qs);
        QVERIFY(command("/unlock", u"The room is open again."_qs));
        TestClient later;
        QVERIFY(later.join(url, helloAs(u"later"_qs)));
        QVERIFY(command("/help", u"/kick NAME"_qs));

        host.terminate();
        QTRY_COMPARE(host.state(), QProcess::NotRunning);
        output += QString::fromUtf8(host.readAllStandardOutput() + host.readAllStandardError());
        QVERIFY(output.contains(u"Joining needs the access code you set."_qs));
        QVERIFY2(!output.contains(u"Otter"_qs, Qt::CaseInsensitive), qPrintable(output));
    }

    // Started with a soft open-file limit of 256 (a common 1,024 on desktops), the host raises it
    // to the hard limit: 300 people can connect, where before the 250th or so found the door shut
    // for good.
    void raisesItsOpenFileLimit()
    {
        QProcess host;
        host.setProgram(u"prlimit"_qs);
        host.setArguments({u"--nofile=256:4096"_qs, QStringLiteral(TINCAN_BIN), u"--headless"_qs,
                           u"--no-discovery"_qs, u"--bind"_qs, u"127.0.0.1"_qs, u"--port"_qs, u"0"_qs,
                           u"--data-dir"_qs, m_dir.path()});
        host.start();
        static const QRegularExpression link(u"http://127\\.0\\.0\\.1:(\\d+)/"_qs);
        QString output;
        QVERIFY(QTest::qWaitFor([&] {
            output += QString::fromUtf8(host.readAllStandardOutput());
            return link.match(output).hasMatch() || host.state() == QProcess::NotRunning;
        }, 10000));
        const quint16 port = quint16(link.match(output).captured(1).toUInt());
        QVERIFY2(port != 0, qPrintable(output + QString::fromUtf8(host.readAllStandardError())));

        constexpr int people = 300;
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < people; ++i) {
            // From twenty loopback addresses: one address may hold only so many connections
            // that have not yet sent their request.
            const QHostAddress from(u"127.0.1.%1"_qs.arg(1 + i / 15));
            clients.push_back(std::make_unique<RawClient>(port, from));
        }
        int upgraded = 0;
        for (const auto &client : clients)
            upgraded += client->upgrade().startsWith("HTTP/1.1 101") ? 1 : 0;
        QCOMPARE(upgraded, people);
        clients.clear();
        host.terminate();
        QVERIFY(host.waitForFinished(10000));
    }

    // Started for its window where there is no display (a remote shell, a bare server): one
    // sentence that says so and how to host without a window, not Qt's abort; options are still
    // checked first.
    void noDisplayIsExplained_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("plain start") << QStringList{} << 1 << u"tincan --headless"_qs;
        QTest::newRow("hosting") << QStringList{u"--host"_qs, u"--nick"_qs, u"Ann"_qs} << 1 << u"no display"_qs;
        QTest::newRow("a mistyped option") << QStringList{u"--prot"_qs, u"8787"_qs} << 1 << u"prot"_qs;
    }

    void noDisplayIsExplained()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_qs, u"WAYLAND_DISPLAY"_qs, u"QT_QPA_PLATFORM"_qs})
            environment.remove(name);
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(TINCAN_BIN), arguments + QStringList{u"--data-dir"_qs, m_dir.path()});
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit); // no abort
        QCOMPARE(app.exitCode(), exitCode);
        const QString error = QString::fromUtf8(app.readAllStandardError());
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(!error.contains(u"Reinstalling the application"_qs), qPrintable(error));
    }

    void fixedPortInUseIsAClearFailure()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        QProcess host;
        host.setProgram(QStringLiteral(TINCAN_BIN));
        host.setArguments({u"--headless"_qs, u"--no-discovery"_qs, u"--bind"_qs, u"127.0.0.1"_qs, u"--port"_qs,
                           QString::number(squatter.serverPort()), u"--data-dir"_qs, m_dir.path()});
        host.start();
        QVERIFY(host.waitForFinished(10000));
        QCOMPARE(host.exitCode(), 1);
        const QString error = QString::fromUtf8(host.readAllStandardError());
        QVERIFY2(error.contains(u"Port %1 is already in use"_qs.arg(squatter.serverPort())), qPrintable(error));
    }

    void busyDefaultPortMovesToTheNextFreeOne()
    {
        // Hold the default port (or find it already held): the host must move on, and say so.
        QTcpServer squatter;
        squatter.listen(QHostAddress::LocalHost, tincan::protocol::defaultPort);
        QProcess host;
        const quint16 port = startHost(host, {});
        QVERIFY2(port > tincan::protocol::defaultPort, qPrintable(m_lastOutput));
        QVERIFY2(m_lastOutput.contains(u"Port %1 is in use; using port %2 instead."_qs
                                           .arg(tincan::protocol::defaultPort).arg(port)),
                 qPrintable(m_lastOutput));
        host.terminate();
        QTRY_COMPARE(host.state(), QProcess::NotRunning);
        QCOMPARE(host.exitCode(), 0);
    }

    void helpAndVersion()
    {
        QProcess help;
        help.start(QStringLiteral(TINCAN_BIN), {u"--help"_qs});
        QVERIFY(help.waitForFinished(5000));
        QCOMPARE(help.exitCode(), 0);
        const QString text = QString::fromUtf8(help.readAllStandardOutput());
        for (const char *option : {"--headless", "--port", "--bind", "--room", "--data-dir"})
            QVERIFY2(text.contains(QLatin1StringView(option)), option);

        QProcess version;
        version.start(QStringLiteral(TINCAN_BIN), {u"--version"_qs});
        QVERIFY(version.waitForFinished(5000));
        QCOMPARE(version.exitCode(), 0);
        QVERIFY(QString::fromUtf8(version.readAllStandardOutput()).contains(QStringLiteral(TINCAN_VERSION)));
    }

    void badOptionsAreExplained_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("port word") << QStringList{u"--headless"_qs, u"--port"_qs, u"eighty"_qs}
                                   << u"The port must be a number from 0 to 65535."_qs;
        QTest::newRow("port too big") << QStringList{u"--headless"_qs, u"--port"_qs, u"70000"_qs}
                                      << u"The port must be a number from 0 to 65535."_qs;
        QTest::newRow("bad bind") << QStringList{u"--headless"_qs, u"--bind"_qs, u"my-laptop"_qs}
                                  << u"“my-laptop” is not an IP address to listen on."_qs;
        const QString codeRule = u"An access code has 6 to 64 letters or digits (spaces and dashes are "
                                 "ignored) and no control characters."_qs;
        QTest::newRow("short code") << QStringList{u"--headless"_qs, u"--access-code"_qs, u"a-b"_qs} << codeRule;
        QTest::newRow("control code") << QStringList{u"--headless"_qs, u"--access-code"_qs, u"abc\tdef"_qs}
                                      << codeRule;
    }

    void badOptionsAreExplained()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess host;
        host.start(QStringLiteral(TINCAN_BIN), arguments);
        QVERIFY(host.waitForFinished(5000));
        QCOMPARE(host.exitCode(), 2);
        QCOMPARE(QString::fromUtf8(host.readAllStandardError()).trimmed(), message);
    }
};

QTEST_GUILESS_MAIN(tst_Headless)
#include "tst_headless.moc"
