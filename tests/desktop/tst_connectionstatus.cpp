#include "ui/connectionstatus.h"

#include "protocol/messages.h"

#include <QTcpServer>
#include <QTest>

using tincan::ChatSession;
using tincan::ConnectionStatus;
using tincan::protocol::ErrorCode;
using tincan::protocol::errorCodeName;

namespace {

const QString host = u"192.0.2.10"_qs;
const QString nick = u"Ann"_qs;

// A session in `state` at 192.0.2.10 as Ann, never welcomed, nothing pending, not hosting.
ConnectionStatus::Facts factsIn(ChatSession::State state)
{
    ConnectionStatus::Facts facts;
    facts.state = state;
    facts.host = host;
    facts.nick = nick;
    return facts;
}

} // namespace

// What the chat window says about its connection, for every state and every refusal.
class tst_ConnectionStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void texts_data();
    void texts();
    void refusals_data();
    void refusals();
    void anotherNameIsOffered();
    void accessRefusals_data();
    void accessRefusals();
    void removedByTheHost_data();
    void removedByTheHost();
    void dotSaysHowThingsStand();
    void followsTheSession();
};

void tst_ConnectionStatus::texts_data()
{
    QTest::addColumn<ConnectionStatus::Facts>("facts");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("banner");
    QTest::addColumn<QString>("button");

    using State = ChatSession::State;
    QTest::newRow("idle") << factsIn(State::Idle) << u"Not connected"_qs << QString() << QString();
    QTest::newRow("connecting") << factsIn(State::Connecting) << u"Connecting to 192.0.2.10…"_qs << QString()
                                << QString();
    ConnectionStatus::Facts facts = factsIn(State::Connecting);
    facts.everWelcomed = true;
    QTest::newRow("connecting again") << facts << u"Reconnecting…"_qs << QString() << QString();
    QTest::newRow("connected") << factsIn(State::Connected) << u"Connected"_qs << QString() << QString();
    facts = factsIn(State::Connected);
    facts.hosting = true;
    QTest::newRow("hosting") << facts << u"Hosting"_qs << QString() << QString();

    facts = factsIn(State::Reconnecting);
    facts.reconnectSeconds = 5;
    QTest::newRow("never reached") << facts << u"Offline"_qs << u"Can't reach 192.0.2.10. Trying again in 5 s."_qs
                                   << u"&Retry Now"_qs;
    facts.everWelcomed = true;
    QTest::newRow("connection lost") << facts << u"Offline"_qs
                                     << u"Lost the connection to the host. Reconnecting in 5 s."_qs
                                     << u"&Retry Now"_qs;
    facts.pending = 1;
    QTest::newRow("one unsent") << facts << u"Offline"_qs
                                << u"Lost the connection to the host. Reconnecting in 5 s. Your unsent message will go "
                                   u"out when you are back."_qs
                                << u"&Retry Now"_qs;
    facts.lastCloseCode = 1006;
    facts.pending = 3;
    QTest::newRow("three unsent") << facts << u"Offline"_qs
                                  << u"Lost the connection to the host. Reconnecting in 5 s. Your 3 unsent messages "
                                     u"will go out when you are back."_qs
                                  << u"&Retry Now"_qs;

    // The host said goodbye: a lasting state, with its own way on.
    facts = factsIn(State::Ended);
    facts.everWelcomed = true;
    QTest::newRow("host ended the chat") << facts << u"Ended"_qs << u"The host ended the chat."_qs << u"&Rejoin"_qs;
    facts.pending = 2;
    QTest::newRow("ended with unsent") << facts << u"Ended"_qs
                                       << u"The host ended the chat. Your 2 unsent messages will go out if you rejoin."_qs
                                       << u"&Rejoin"_qs;

    // The first connection failed: what happened, in words.
    using Failure = ChatSession::Failure;
    const auto unreachable = [](Failure failure) {
        ConnectionStatus::Facts f = factsIn(State::Unreachable);
        f.failure = failure;
        return f;
    };
    QTest::newRow("refused") << unreachable(Failure::Refused) << u"Not joined"_qs
                             << u"Could not join 192.0.2.10: that computer is not hosting a chat on this port. Check "
                                u"the address the host sees in their Tincan window."_qs
                             << u"&Try Again"_qs;
    QTest::newRow("no such name") << unreachable(Failure::HostNotFound) << u"Not joined"_qs
                                  << u"Could not join 192.0.2.10: no computer of that name was found. Check the "
                                     u"address for typos."_qs
                                  << u"&Try Again"_qs;
    QTest::newRow("no route") << unreachable(Failure::NoRoute) << u"Not joined"_qs
                              << u"Could not join 192.0.2.10: this computer's network has no way there. Check that "
                                 u"both are on the same network."_qs
                              << u"&Try Again"_qs;
    QTest::newRow("silence") << unreachable(Failure::TimedOut) << u"Not joined"_qs
                             << u"Could not join 192.0.2.10: no answer within 5 seconds. Check the address, and that "
                                u"the host is still hosting."_qs
                             << u"&Try Again"_qs;
    QTest::newRow("other failure") << unreachable(Failure::Other) << u"Not joined"_qs
                                   << u"Could not join 192.0.2.10."_qs << u"&Try Again"_qs;
}

void tst_ConnectionStatus::texts()
{
    QFETCH(ConnectionStatus::Facts, facts);
    QFETCH(QString, state);
    QFETCH(QString, banner);
    QFETCH(QString, button);
    const ConnectionStatus status(facts);
    QCOMPARE(status.stateText(), state);
    QCOMPARE(status.bannerText(), banner);
    QCOMPARE(status.bannerButtonText(), button);
    QVERIFY(!status.asksForNick());
    // Only a chat that has ended, or could not be reached, offers the way back to the start.
    const bool back = facts.state == ChatSession::State::Ended || facts.state == ChatSession::State::Unreachable;
    QCOMPARE(!status.backButtonText().isEmpty(), back);
}

void tst_ConnectionStatus::refusals_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("banner");
    QTest::addColumn<bool>("asksForNick");
    QTest::addColumn<QString>("button");

    QTest::newRow("nick-taken") << errorCodeName(ErrorCode::NickTaken)
                                << u"Someone in this room is already called “Ann”. Pick another name to join."_qs
                                << true << u"&Join"_qs;
    QTest::newRow("nick-invalid") << errorCodeName(ErrorCode::NickInvalid)
                                  << u"“Ann” can't be used as a name here. Pick another one (1 to 32 characters)."_qs
                                  << true << u"&Join"_qs;
    QTest::newRow("room-full") << errorCodeName(ErrorCode::RoomFull) << u"The room is full right now."_qs << false
                               << u"&Try Again"_qs;
    QTest::newRow("version-unsupported")
        << errorCodeName(ErrorCode::VersionUnsupported)
        << u"This host runs a version of Tincan that this app cannot talk to. Update Tincan on both computers."_qs
        << false << u"&Try Again"_qs;
    QTest::newRow("replaced") << errorCodeName(ErrorCode::Replaced)
                              << u"You joined this chat again from another connection, so this window stopped."_qs
                              << false << u"&Try Again"_qs;
    QTest::newRow("a code this app does not know") << u"future-refusal"_qs << u"The host refused the connection."_qs
                                                   << false << u"&Try Again"_qs;
}

void tst_ConnectionStatus::refusals()
{
    QFETCH(QString, code);
    QFETCH(QString, banner);
    QFETCH(bool, asksForNick);
    QFETCH(QString, button);
    ConnectionStatus::Facts facts = factsIn(ChatSession::State::Refused);
    facts.refusalCode = code;
    const ConnectionStatus status(facts);
    QCOMPARE(status.stateText(), u"Not joined"_qs);
    QCOMPARE(status.bannerText(), banner);
    QCOMPARE(status.asksForNick(), asksForNick);
    QCOMPARE(status.bannerButtonText(), button);
}

void tst_ConnectionStatus::accessRefusals_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("codeTried");
    QTest::addColumn<QString>("banner");
    QTest::addColumn<bool>("asksForCode");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("back");

    QTest::newRow("no code given") << errorCodeName(ErrorCode::AccessDenied) << false
                                   << u"This chat needs an access code. Ask the host for it and enter it here."_qs
                                   << true << u"&Join"_qs << u"&Back to Start"_qs;
    QTest::newRow("wrong code") << errorCodeName(ErrorCode::AccessDenied) << true
                                << u"That code is not right. Check it with the host and enter it again."_qs << true
                                << u"&Join"_qs << u"&Back to Start"_qs;
    QTest::newRow("blocked") << errorCodeName(ErrorCode::AccessBlocked) << true
                             << u"Too many wrong codes were tried from this computer. Wait a few minutes, then try "
                                u"again."_qs
                             << false << u"&Try Again"_qs << u"&Back to Start"_qs;
    // A ban is not tried again: only the way back is offered.
    QTest::newRow("banned") << errorCodeName(ErrorCode::Banned) << false
                            << u"The host banned you from this chat."_qs << false << QString() << u"&Back to Start"_qs;
    QTest::newRow("locked") << errorCodeName(ErrorCode::RoomLocked) << false
                            << u"The host has locked this chat: nobody new can join right now. Ask the host to "
                               u"unlock it, then try again."_qs
                            << false << u"&Try Again"_qs << u"&Back to Start"_qs;
    // The room is flooded with wrong codes: this one was not checked, and is kept for the retry.
    QTest::newRow("busy") << errorCodeName(ErrorCode::RateLimited) << true
                          << u"Too many wrong codes are being tried in this chat right now, so yours was "
                             u"not checked. Try again in a moment."_qs
                          << false << u"&Try Again"_qs << u"&Back to Start"_qs;
}

void tst_ConnectionStatus::accessRefusals()
{
    QFETCH(QString, code);
    QFETCH(bool, codeTried);
    QFETCH(QString, banner);
    QFETCH(bool, asksForCode);
    QFETCH(QString, button);
    QFETCH(QString, back);
    ConnectionStatus::Facts facts = factsIn(ChatSession::State::Refused);
    facts.refusalCode = code;
    facts.codeTried = codeTried;
    const ConnectionStatus status(facts);
    QCOMPARE(status.stateText(), u"Not joined"_qs);
    QCOMPARE(status.bannerText(), banner);
    QCOMPARE(status.asksForCode(), asksForCode);
    QVERIFY(!status.asksForNick());
    QCOMPARE(status.bannerButtonText(), button);
    QCOMPARE(status.backButtonText(), back);
}

void tst_ConnectionStatus::removedByTheHost_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("banner");
    QTest::addColumn<QString>("button");

    QTest::newRow("kicked") << errorCodeName(ErrorCode::Kicked) << u"The host removed you from the chat."_qs
                            << u"&Rejoin"_qs;
    QTest::newRow("banned") << errorCodeName(ErrorCode::Banned) << u"The host banned you from this chat."_qs
                            << QString();
}

// Removed by the host: a lasting state, which says so and never offers to reconnect by itself.
void tst_ConnectionStatus::removedByTheHost()
{
    QFETCH(QString, code);
    QFETCH(QString, banner);
    QFETCH(QString, button);
    ConnectionStatus::Facts facts = factsIn(ChatSession::State::Removed);
    facts.everWelcomed = true;
    facts.refusalCode = code;
    const ConnectionStatus status(facts);
    QCOMPARE(status.stateText(), u"Removed"_qs);
    QCOMPARE(status.bannerText(), banner);
    QCOMPARE(status.bannerButtonText(), button);
    QCOMPARE(status.backButtonText(), u"&Back to Start"_qs);
    QVERIFY(!status.asksForNick());
    QVERIFY(!status.asksForCode());
    QCOMPARE(status.stateColor(), ConnectionStatus(factsIn(ChatSession::State::Ended)).stateColor());
}

void tst_ConnectionStatus::anotherNameIsOffered()
{
    ConnectionStatus::Facts facts = factsIn(ChatSession::State::Refused);
    facts.refusalCode = errorCodeName(ErrorCode::NickTaken);
    QCOMPARE(ConnectionStatus(facts).offeredNick(), u"Ann"_qs);
    facts.suggestion = u"Ann 2"_qs;
    QCOMPARE(ConnectionStatus(facts).offeredNick(), u"Ann 2"_qs);
    // The refusal still names the name that was refused.
    QVERIFY(ConnectionStatus(facts).bannerText().contains(u"“Ann”"_qs));
}

void tst_ConnectionStatus::dotSaysHowThingsStand()
{
    using State = ChatSession::State;
    const QColor in = ConnectionStatus(factsIn(State::Connected)).stateColor();
    const QColor trying = ConnectionStatus(factsIn(State::Connecting)).stateColor();
    const QColor out = ConnectionStatus(factsIn(State::Idle)).stateColor();
    QVERIFY(in != trying && trying != out && out != in);
    QCOMPARE(ConnectionStatus(factsIn(State::Reconnecting)).stateColor(), trying);
    QCOMPARE(ConnectionStatus(factsIn(State::Refused)).stateColor(), out);
}

// The facts a session hands over before it is opened and once it is.
void tst_ConnectionStatus::followsTheSession()
{
    ChatSession session;
    ConnectionStatus::Facts facts = ConnectionStatus::factsOf(session);
    QCOMPARE(facts.state, ChatSession::State::Idle);
    QCOMPARE(ConnectionStatus(facts).stateText(), u"Not connected"_qs);

    // A listener that never answers the WebSocket handshake: the session stays connecting.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    session.open(QUrl(u"ws://127.0.0.1:"_qs + QString::number(silent.serverPort()) + u"/ws"_qs), nick);
    facts = ConnectionStatus::factsOf(session);
    QCOMPARE(facts.state, ChatSession::State::Connecting);
    QCOMPARE(facts.host, u"127.0.0.1"_qs);
    QCOMPARE(facts.nick, nick);
    QVERIFY(!facts.everWelcomed);
    QCOMPARE(ConnectionStatus(facts).stateText(), u"Connecting to 127.0.0.1…"_qs);
    QTRY_VERIFY(silent.hasPendingConnections());
    QCOMPARE(ConnectionStatus::factsOf(session).state, ChatSession::State::Connecting);
    session.close();
    QCOMPARE(ConnectionStatus(ConnectionStatus::factsOf(session)).stateText(), u"Not connected"_qs);
}

QTEST_MAIN(tst_ConnectionStatus)
#include "tst_connectionstatus.moc"
