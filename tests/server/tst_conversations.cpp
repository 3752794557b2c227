#include "protocol/limits.h"
#include "testclient.h"
#include "testhost.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace tincan;

// Private messages, replies, reactions, edits, deletes and search, as people in a room see them
// (docs/PROTOCOL.md, "Conversations").
namespace {

const QString hostKey = QStringLiteral("the-desktops-own-secret-c0nv");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString idOf(const TestClient &client)
{
    return client.welcome().value(u"id"_qs).toString();
}

QString tokenOf(const TestClient &client)
{
    return client.welcome().value(u"resumeToken"_qs).toString();
}

// Sends a text (optionally private or a reply) and waits for its ack: the seq.
qint64 say(TestClient &client, const QString &text, const QString &to = {}, qint64 replyTo = 0)
{
    QJsonObject send{{u"type"_qs, u"send"_qs}, {u"clientMsgId"_qs, newId()}, {u"text"_qs, text}};
    if (!to.isEmpty())
        send.insert(u"to"_qs, to);
    if (replyTo > 0)
        send.insert(u"replyTo"_qs, replyTo);
    const QString id = send.value(u"clientMsgId"_qs).toString();
    qint64 seq = 0;
    // Sent again, as clients do, while the host says it comes too fast.
    for (int attempt = 0; attempt < 20 && seq == 0; ++attempt) {
        const qsizetype from = client.received.size();
        client.sendObject(send);
        bool limited = false;
        (void)QTest::qWaitFor([&] {
            for (qsizetype i = from; i < client.received.size(); ++i) {
                const QJsonObject &object = client.received[i];
                if (object.value(u"clientMsgId"_qs).toString() != id)
                    continue;
                if (typeOf(object) == u"ack"_qs)
                    seq = object.value(u"seq"_qs).toInteger();
                else if (object.value(u"code"_qs).toString() == u"rate-limited"_qs)
                    limited = true;
            }
            return seq > 0 || limited;
        }, 5000);
        if (limited)
            QTest::qWait(250);
    }
    return seq;
}

// The newest error `client` got after `from` objects had arrived.
QString errorAfter(const TestClient &client, qsizetype from)
{
    for (qsizetype i = client.received.size() - 1; i >= from; --i) {
        if (typeOf(client.received[i]) == u"error"_qs)
            return client.received[i].value(u"code"_qs).toString();
    }
    return {};
}

// Sends a request and waits for an error: its code (empty when none came).
QString refusal(TestClient &client, const QJsonObject &request)
{
    const qsizetype from = client.received.size();
    client.sendObject(request);
    (void)QTest::qWaitFor([&] { return !errorAfter(client, from).isEmpty(); }, 5000);
    return errorAfter(client, from);
}

// The newest state of message `seq` that `client` was told in an `update`.
std::optional<protocol::ChatMessage> updated(const TestClient &client, qint64 seq)
{
    const QList<QJsonObject> updates = client.ofType(protocol::type::update);
    for (auto it = updates.crbegin(); it != updates.crend(); ++it) {
        const auto update = protocol::Update::fromJson(*it);
        if (update && update->message.seq == seq)
            return update->message;
    }
    return std::nullopt;
}

// One request, one answer of `type`.
QJsonObject ask(TestClient &client, const QJsonObject &request, QLatin1StringView type)
{
    const qsizetype before = client.ofType(type).size();
    client.sendObject(request);
    (void)QTest::qWaitFor([&] { return client.ofType(type).size() > before; }, 5000);
    const QList<QJsonObject> answers = client.ofType(type);
    return answers.size() > before ? answers.last() : QJsonObject();
}

QList<protocol::ChatMessage> historyOf(TestClient &client, const QString &with = {})
{
    QJsonObject request{{u"type"_qs, u"history"_qs}, {u"before"_qs, 1'000'000'000}};
    if (!with.isEmpty())
        request.insert(u"with"_qs, with);
    return messagesIn(ask(client, request, protocol::type::history).value(u"messages"_qs));
}

protocol::SearchResults search(TestClient &client, const QString &query, qint64 before = 0)
{
    QJsonObject request{{u"type"_qs, u"search"_qs}, {u"query"_qs, query}};
    if (before > 0)
        request.insert(u"before"_qs, before);
    // Asked again, as a person would, while the host says searches come too fast.
    for (int attempt = 0; attempt < 10; ++attempt) {
        const qsizetype from = client.received.size();
        client.sendObject(request);
        (void)QTest::qWaitFor([&] {
            return client.received.size() > from
                && (typeOf(client.received.last()) == u"search-results"_qs || !errorAfter(client, from).isEmpty());
        }, 5000);
        for (qsizetype i = from; i < client.received.size(); ++i) {
            if (typeOf(client.received[i]) == u"search-results"_qs)
                return protocol::SearchResults::fromJson(client.received[i]).value_or(protocol::SearchResults{});
        }
        if (errorAfter(client, from) != u"rate-limited"_qs)
            break;
        QTest::qWait(1000 / limits::searchesPerSecond + 100);
    }
    return {};
}

QStringList texts(const QList<protocol::ChatMessage> &messages)
{
    QStringList out;
    for (const protocol::ChatMessage &message : messages)
        out.append(message.text);
    return out;
}

QJsonObject react(qint64 seq, const QString &emoji, bool on = true)
{
    return {{u"type"_qs, u"react"_qs}, {u"seq"_qs, seq}, {u"emoji"_qs, emoji}, {u"on"_qs, on}};
}

QJsonObject edit(qint64 seq, const QString &text)
{
    return {{u"type"_qs, u"edit"_qs}, {u"seq"_qs, seq}, {u"text"_qs, text}};
}

QJsonObject remove(qint64 seq)
{
    return {{u"type"_qs, u"delete"_qs}, {u"seq"_qs, seq}};
}

QByteArray filesOf(const QString &dir)
{
    QByteArray all;
    for (const QString &name : QDir(dir).entryList(QDir::Files)) {
        QFile file(QDir(dir).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class tst_Conversations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Whose message is whose rests on the id, not the name: after a rename, a reconnect under
    // another name and a restart of the host, the person's messages are still theirs.
    void aPersonKeepsTheirIdAcrossRenamesReconnectsAndRestarts()
    {
        TestHost host;
        QVERIFY(host.start());
        TestClient ann;
        QVERIFY(ann.join(host.chatUrl(), u"Ann"_qs));
        const QString id = idOf(ann);
        QVERIFY(protocol::isPersonId(id));
        QCOMPARE(ann.welcome().value(u"rosterIds"_qs).toArray(), QJsonArray{id});
        QVERIFY(say(ann, u"first"_qs) > 0);
        ann.sendObject({{u"type"_qs, u"rename"_qs}, {u"nick"_qs, u"Annie"_qs}});
        QTRY_VERIFY(!ann.ofType(protocol::type::renamed).isEmpty());
        QVERIFY(say(ann, u"second"_qs) > 0);
        QString token = tokenOf(ann);
        ann.socket.close();
        QTRY_VERIFY(ann.closed);

        TestClient back;
        QVERIFY(back.join(host.chatUrl(), helloAs(u"Ann at home"_qs, std::nullopt, token)));
        QCOMPARE(idOf(back), id);
        token = tokenOf(back);
        back.socket.close();
        QTRY_VERIFY(back.closed);
        host.stop();
        QVERIFY(host.start());

        TestClient afterRestart, stranger;
        QVERIFY(afterRestart.join(host.chatUrl(), helloAs(u"Ann"_qs, std::nullopt, token)));
        QCOMPARE(idOf(afterRestart), id);
        const QList<protocol::ChatMessage> history = messagesIn(afterRestart.welcome().value(u"history"_qs));
        QCOMPARE(texts(history), (QStringList{u"first"_qs, u"second"_qs}));
        for (const protocol::ChatMessage &message : history)
            QCOMPARE(message.author, id);
        // A made-up or altered token is nobody: a new person.
        QString forged = token;
        forged[forged.size() - 1] = forged.back() == u'A' ? u'B' : u'A';
        QVERIFY(stranger.join(host.chatUrl(), helloAs(u"Mallory"_qs, std::nullopt, forged)));
        QVERIFY(idOf(stranger) != id);
        QVERIFY(protocol::isPersonId(idOf(stranger)));
        // The others learn each name's id.
        QTRY_VERIFY(!afterRestart.ofType(protocol::type::presence).isEmpty());
        QCOMPARE(afterRestart.ofType(protocol::type::presence).last().value(u"ids"_qs).toObject()
                     .value(u"Mallory"_qs).toString(), idOf(stranger));
    }

    // A private message reaches its two people only, is stored for them only, and the
    // conversation survives a restart of the host.
    void privateMessagesReachAndStayWithTheirTwoPeople()
    {
        TestHost host;
        QVERIFY(host.start());
        TestClient ann, bob, cy;
        QVERIFY(ann.join(host.chatUrl(), u"Ann"_qs));
        QVERIFY(bob.join(host.chatUrl(), u"Bob"_qs));
        QVERIFY(cy.join(host.chatUrl(), u"Cy"_qs));
        const qint64 room = say(ann, u"hello room"_qs);
        const qint64 secret = say(ann, u"just for bob: zebra"_qs, idOf(bob));
        QVERIFY(room > 0 && secret > room);
        QTRY_COMPARE(bob.messages().size(), 2);
        QCOMPARE(bob.messages().last().to, idOf(bob));
        QCOMPARE(bob.messages().last().toNick, u"Bob"_qs);
        QCOMPARE(bob.messages().last().author, idOf(ann));
        QTRY_COMPARE(ann.messages().size(), 2);
        QTest::qWait(200);
        QCOMPARE(texts(cy.messages()), QStringList{u"hello room"_qs});
        QCOMPARE(texts(historyOf(cy)), QStringList{u"hello room"_qs});
        QVERIFY(search(cy, u"zebra"_qs).messages.isEmpty());
        QCOMPARE(texts(search(bob, u"zebra"_qs).messages), QStringList{u"just for bob: zebra"_qs});
        QCOMPARE(texts(historyOf(bob, idOf(ann))), QStringList{u"just for bob: zebra"_qs});
        QVERIFY(historyOf(cy, idOf(ann)).isEmpty());
        // Nobody, oneself and a made-up id: no-such-member.
        QJsonObject toNobody{{u"type"_qs, u"send"_qs}, {u"clientMsgId"_qs, newId()}, {u"text"_qs, u"hi"_qs},
                             {u"to"_qs, u"AAAAAAAAAAAAAAAAAAAAAA"_qs}};
        QCOMPARE(refusal(ann, toNobody), u"no-such-member"_qs);
        toNobody.insert(u"clientMsgId"_qs, newId());
        toNobody.insert(u"to"_qs, idOf(ann));
        QCOMPARE(refusal(ann, toNobody), u"no-such-member"_qs);

        // A restart: Bob resumes and still has the conversation; Cy's fresh welcome never shows it.
        const QString bobToken = tokenOf(bob);
        const QString bobId = idOf(bob);
        host.stop();
        QVERIFY(host.start());
        TestClient bobBack, cyBack, annBack;
        QVERIFY(bobBack.join(host.chatUrl(), helloAs(u"Bob"_qs, room, bobToken)));
        QCOMPARE(texts(messagesIn(bobBack.welcome().value(u"history"_qs))),
                 QStringList{u"just for bob: zebra"_qs});
        QCOMPARE(idOf(bobBack), bobId);
        QVERIFY(cyBack.join(host.chatUrl(), u"Cy"_qs));
        QCOMPARE(texts(messagesIn(cyBack.welcome().value(u"history"_qs))), QStringList{u"hello room"_qs});
        QVERIFY(annBack.join(host.chatUrl(), u"Ann"_qs)); // a new Ann: not the sender
        QCOMPARE(texts(messagesIn(annBack.welcome().value(u"history"_qs))), QStringList{u"hello room"_qs});
    }

    // A reply carries a quote of what it answers; the quote follows an edit and a delete; a
    // reply may not reach into a conversation it is not part of.
    void repliesQuoteTheirOriginal()
    {
        TestHost host;
        QVERIFY(host.start());
        TestClient ann, bob, cy;
        QVERIFY(ann.join(host.chatUrl(), u"Ann"_qs));
        QVERIFY(bob.join(host.chatUrl(), u"Bob"_qs));
        QVERIFY(cy.join(host.chatUrl(), u"Cy"_qs));
        const qint64 question = say(ann, u"Who brings the projector\non Monday?"_qs);
        const qint64 answer = say(bob, u"I do"_qs, {}, question);
        QTRY_COMPARE(cy.messages().size(), 2);
        const protocol::ChatMessage reply = cy.messages().last();
        QVERIFY(reply.reply);
        QCOMPARE(reply.reply->seq, question);
        QCOMPARE(reply.reply->from, u"Ann"_qs);
        QCOMPARE(reply.reply->author, idOf(ann));
        QCOMPARE(reply.reply->text, u"Who brings the projector on Monday?"_qs);
        // Long originals are cut to quoteLength.
        const qint64 longOne = say(ann, QString(500, u'x'));
        say(bob, u"wow"_qs, {}, longOne);
        QTRY_COMPARE(cy.messages().size(), 4);
        QCOMPARE(cy.messages().last().reply->text.size(), limits::quoteLength);
        // The quote follows the original.
        QCOMPARE(refusal(ann, edit(question, u"Who brings the beamer?"_qs)), QString());
        QTRY_VERIFY(updated(cy, question).has_value());
        const auto stored = [&] {
            for (const protocol::ChatMessage &m : historyOf(cy))
                if (m.seq == answer)
                    return m;
            return protocol::ChatMessage{};
        };
        QCOMPARE(stored().reply->text, u"Who brings the beamer?"_qs);
        ann.sendObject(remove(question));
        QTRY_VERIFY(updated(cy, question) && updated(cy, question)->deleted);
        QVERIFY(stored().reply->deleted);
        QVERIFY(stored().reply->text.isEmpty());
        // No reply to a deleted message, one that does not exist, or a private one from outside.
        const QJsonObject toDeleted{{u"type"_qs, u"send"_qs}, {u"clientMsgId"_qs, newId()},
                                    {u"text"_qs, u"?"_qs}, {u"replyTo"_qs, question}};
        QCOMPARE(refusal(bob, toDeleted), u"no-such-message"_qs);
        QCOMPARE(bob.errors().last().value(u"seq"_qs).toInteger(), question);
        const qint64 secret = say(ann, u"psst"_qs, idOf(bob));
        QJsonObject intoPrivate{{u"type"_qs, u"send"_qs}, {u"clientMsgId"_qs, newId()},
                                {u"text"_qs, u"me too"_qs}, {u"replyTo"_qs, secret}};
        QCOMPARE(refusal(cy, intoPrivate), u"no-such-message"_qs);
        // Bob may answer it privately, not in front of the room.
        intoPrivate.insert(u"clientMsgId"_qs, newId());
        QCOMPARE(refusal(bob, intoPrivate), u"no-such-message"_qs);
        QVERIFY(say(bob, u"ok"_qs, idOf(ann), secret) > 0);
        QTest::qWait(200);
        const QList<protocol::ChatMessage> cySaw = cy.messages();
        QVERIFY(std::none_of(cySaw.cbegin(), cySaw.cend(),
                             [](const protocol::ChatMessage &m) { return m.text == u"ok"_qs; }));
    }

    // Reactions: counted per emoji with who gave them, toggled, bounded, and kept across a
    // restart for late joiners.
    void reactionsAreCountedAndKept()
    {
        TestHost host;
        QVERIFY(host.start());
        TestClient ann, bob;
        QVERIFY(ann.join(host.chatUrl(), u"Ann"_qs));
        QVERIFY(bob.join(host.chatUrl(), u"Bob"_qs));
        const qint64 seq = say(ann, u"Pizza on Friday?"_qs);
        QCOMPARE(refusal(ann, react(seq, u"👍"_qs)), QString());
        bob.sendObject(react(seq, u"👍"_qs));
        bob.sendObject(react(seq, u"🧑🏽‍💻"_qs)); // a ZWJ sequence with a skin tone
        QTRY_VERIFY(updated(ann, seq) && updated(ann, seq)->reactions.size() == 2
                    && updated(ann, seq)->reactions[0].count == 2);
        protocol::ChatMessage now = *updated(ann, seq);
        QCOMPARE(now.reactions[0].emoji, u"👍"_qs);
        QCOMPARE(now.reactions[0].people.size(), 2);
        QCOMPARE(now.reactions[0].people[0].nick, u"Ann"_qs);
        QCOMPARE(now.reactions[0].people[1].id, idOf(bob));
        QCOMPARE(now.reactions[1].emoji, u"🧑🏽‍💻"_qs);
        // Given again: nothing changes and nothing is sent.
        const qsizetype updates = ann.ofType(protocol::type::update).size();
        bob.sendObject(react(seq, u"👍"_qs));
        QTest::qWait(200);
        QCOMPARE(ann.ofType(protocol::type::update).size(), updates);
        bob.sendObject(react(seq, u"👍"_qs, false));
        QTRY_VERIFY(updated(ann, seq)->reactions[0].count == 1);
        // Not an emoji, a missing message: clear errors.
        QCOMPARE(refusal(bob, react(seq, u"lol"_qs)), u"reaction-invalid"_qs);
        QCOMPARE(refusal(bob, react(seq, u"👍 👍"_qs)), u"reaction-invalid"_qs);
        QCOMPARE(refusal(bob, react(seq, QString(20, QChar(0x2764)))), u"reaction-invalid"_qs);
        // Only real emoji: no blank Braille, no punctuation or marks piled on, no lone parts.
        for (const QString &bad : {u"\u2800"_qs, u"👍!!!"_qs, u"👍\u0301\u0301"_qs, u"12\u20e3"_qs,
                                   u"\U0001F3FB"_qs, u"\u200d👍"_qs, u"👍\u200d"_qs, u"\uFFFD"_qs, u"\u2500"_qs}) {
            QCOMPARE(refusal(bob, react(seq, bad)), u"reaction-invalid"_qs);
        }
        for (const QString &good : {u"🇫🇷"_qs, u"1\ufe0f\u20e3"_qs, u"❤\ufe0f"_qs, u"👨‍👩‍👧‍👦"_qs, u"👋🏿"_qs,
                                    u"🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"_qs}) {
            QVERIFY2(protocol::isValidEmoji(good), qPrintable(good));
        }
        QCOMPARE(refusal(bob, react(seq + 1000, u"👍"_qs)), u"no-such-message"_qs);
        // One person gives at most maxReactionsPerPerson different emoji to a message.
        QCOMPARE(refusal(bob, react(seq, u"😀"_qs)), QString());
        QCOMPARE(refusal(bob, react(seq, u"😁"_qs)), QString());
        QTRY_COMPARE(updated(ann, seq)->reactions.size(), 4);
        QCOMPARE(refusal(bob, react(seq, u"🙃"_qs)), u"too-many-reactions"_qs);
        // The room at most maxReactionsPerMessage different emoji.
        const QString pool = u"😂🤣😃😄😅😆😉😊😋😎😍😘🥰😗😙😚🙂🤗🤩🤔"_qs;
        const QList<uint> points = pool.toUcs4();
        std::vector<std::unique_ptr<TestClient>> crowd;
        const qsizetype given = updated(ann, seq)->reactions.size();
        int next = 0;
        while (given + next < limits::maxReactionsPerMessage) {
            crowd.push_back(std::make_unique<TestClient>());
            QVERIFY(crowd.back()->join(host.chatUrl(), u"Fan %1"_qs.arg(crowd.size())));
            for (int i = 0; i < limits::maxReactionsPerPerson && given + next < limits::maxReactionsPerMessage;
                 ++i, ++next)
                crowd.back()->sendObject(react(seq, QString::fromUcs4(reinterpret_cast<const char32_t *>(&points[next]), 1)));
        }
        QTRY_VERIFY(updated(ann, seq)->reactions.size() == limits::maxReactionsPerMessage);
        QCOMPARE(refusal(ann, react(seq, u"🦄"_qs)), u"too-many-reactions"_qs);
        // A late joiner after a restart sees them.
        host.stop();
        QVERIFY(host.start());
        TestClient late;
        QVERIFY(late.join(host.chatUrl(), u"Late"_qs));
        const QList<protocol::ChatMessage> history = messagesIn(late.welcome().value(u"history"_qs));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].reactions.size(), limits::maxReactionsPerMessage);
        QCOMPARE(history[0].reactions[0].emoji, u"👍"_qs);
        QCOMPARE(history[0].reactions[0].count, 1);
    }

    // Edit and delete: your own only (the host may delete anyone's); everyone sees the change,
    // resumes and history return the current state, and a deleted text is gone from the disk.
    void editsAndDeletesReachEveryoneAndTheDisk()
    {
        TestHost host;
        host.setHostKey(hostKey);
        QVERIFY(host.start());
        TestClient teacher, ann, bob;
        protocol::Hello hello = helloAs(u"Teacher"_qs);
        hello.hostKey = hostKey;
        QVERIFY(teacher.join(host.chatUrl(), hello));
        QVERIFY(ann.join(host.chatUrl(), u"Ann"_qs));
        QVERIFY(bob.join(host.chatUrl(), u"Bob"_qs));
        const qint64 typo = say(ann, u"See you at 5 pm in room 12b"_qs);
        const qint64 secret = say(ann, u"my password is hunter2quokka"_qs);
        const qint64 bobs = say(bob, u"mine"_qs);
        QTRY_COMPARE(bob.messages().size(), 3);
        const qint64 bobSaw = bob.messages().last().seq;
        const QString bobToken = tokenOf(bob);
        bob.socket.close(); // Bob misses the changes and resumes later
        QTRY_VERIFY(bob.closed);

        QCOMPARE(refusal(ann, edit(typo, u"See you at 5 pm in room 12c"_qs)), QString());
        QTRY_VERIFY(updated(teacher, typo).has_value());
        QCOMPARE(updated(teacher, typo)->text, u"See you at 5 pm in room 12c"_qs);
        QVERIFY(updated(teacher, typo)->edited > 0);
        QCOMPARE(refusal(ann, edit(bobs, u"hijacked"_qs)), u"not-yours"_qs);
        QCOMPARE(refusal(ann, remove(bobs)), u"not-yours"_qs);
        QCOMPARE(refusal(ann, edit(typo, u"   "_qs)), u"text-invalid"_qs);
        QCOMPARE(refusal(ann, edit(typo, QString(limits::maxTextLength + 1, u'a'))), u"text-too-long"_qs);
        QCOMPARE(refusal(ann, edit(typo + 1000, u"x"_qs)), u"no-such-message"_qs);
        ann.sendObject(remove(secret));
        QTRY_VERIFY(updated(teacher, secret) && updated(teacher, secret)->deleted);
        QCOMPARE(updated(teacher, secret)->text, QString());
        QCOMPARE(refusal(ann, edit(secret, u"back"_qs)), u"no-such-message"_qs);
        // The host deletes anyone's.
        teacher.sendObject(remove(bobs));
        QTRY_VERIFY(updated(ann, bobs) && updated(ann, bobs)->deleted);

        // Bob's resume brings the changes to what he had.
        TestClient bobBack;
        QVERIFY(bobBack.join(host.chatUrl(), helloAs(u"Bob"_qs, bobSaw, bobToken)));
        const QList<protocol::ChatMessage> changed = messagesIn(bobBack.welcome().value(u"updates"_qs));
        QCOMPARE(changed.size(), 3);
        // The room's newest seq counts the changes: resuming from it brings nothing twice.
        const qint64 newestChange = ann.ofType(protocol::type::update).last().value(u"seq"_qs).toInteger();
        QCOMPARE(bobBack.welcome().value(u"lastSeq"_qs).toInteger(), newestChange);
        QCOMPARE(changed[0].text, u"See you at 5 pm in room 12c"_qs);
        QVERIFY(changed[1].deleted && changed[2].deleted);
        // Fresh history shows the current state; search never finds the deleted text.
        const QList<protocol::ChatMessage> now = historyOf(ann);
        QCOMPARE(now.size(), 3);
        QVERIFY(now[1].deleted && now[1].text.isEmpty());
        QVERIFY(search(ann, u"hunter2quokka"_qs).messages.isEmpty());
        QCOMPARE(search(ann, u"12c"_qs).messages.size(), 1);
        QVERIFY(search(ann, u"12b"_qs).messages.isEmpty());
        // Gone from the history file, its log and (once deletes pause) its search index.
        QTRY_VERIFY_WITH_TIMEOUT(!filesOf(host.dataDir()).contains("hunter2quokka"),
                                 limits::purgeDelayMs + 10000);
        QVERIFY(filesOf(host.dataDir()).contains("room 12c"));
    }

    // Search: every word as a word's start, case and accents aside, newest first, paged; the
    // query is text, never search syntax; bad queries get clear errors.
    void searchFindsWordsNewestFirst()
    {
        TestHost host;
        QVERIFY(host.start());
        TestClient ann;
        QVERIFY(ann.join(host.chatUrl(), u"Ann"_qs));
        for (int i = 1; i <= 25; ++i)
            say(ann, u"Budget draft %1 for March"_qs.arg(i));
        say(ann, u"Le Café est fermé"_qs);
        say(ann, u"unrelated"_qs);
        const protocol::SearchResults first = search(ann, u"BUDGET mar"_qs);
        QCOMPARE(first.terms, (QStringList{u"budget"_qs, u"mar"_qs}));
        QCOMPARE(first.messages.size(), limits::searchPageSize);
        QVERIFY(first.hasMore);
        QCOMPARE(first.messages.first().text, u"Budget draft 25 for March"_qs);
        const protocol::SearchResults second = search(ann, u"budget march"_qs, first.messages.last().seq);
        QCOMPARE(texts(second.messages), (QStringList{u"Budget draft 5 for March"_qs, u"Budget draft 4 for March"_qs,
                                                      u"Budget draft 3 for March"_qs, u"Budget draft 2 for March"_qs,
                                                      u"Budget draft 1 for March"_qs}));
        QVERIFY(!second.hasMore);
        QCOMPARE(second.messages.last().text, u"Budget draft 1 for March"_qs);
        QCOMPARE(texts(search(ann, u"cafe FERME"_qs).messages), QStringList{u"Le Café est fermé"_qs});
        QCOMPARE(search(ann, u"draf"_qs).messages.size(), limits::searchPageSize); // one word's start
        QVERIFY(search(ann, u"raft"_qs).messages.isEmpty());                      // not its middle
        // FTS5 syntax in a query is just words.
        QCOMPARE(search(ann, u"budget\" OR \"unrelated NEAR(x"_qs).messages.size(), 0);
        QCOMPARE(texts(search(ann, u"\"unrelated\"*"_qs).messages), QStringList{u"unrelated"_qs});
        QCOMPARE(refusal(ann, {{u"type"_qs, u"search"_qs}, {u"query"_qs, QString(10000, u'a')}}),
                 u"search-too-long"_qs);
        QCOMPARE(refusal(ann, {{u"type"_qs, u"search"_qs}, {u"query"_qs, u" !?… "_qs}}), u"search-invalid"_qs);
    }

    // Each person has their own rate for edits and reactions; over it: rate-limited, with the
    // message's seq.
    void editsAndReactionsAreRateLimited()
    {
        TestHost host;
        QVERIFY(host.start());
        TestClient ann;
        QVERIFY(ann.join(host.chatUrl(), u"Ann"_qs));
        const qint64 seq = say(ann, u"v0"_qs);
        const qsizetype from = ann.received.size();
        for (int i = 1; i <= limits::editBurst + 5; ++i)
            ann.sendObject(edit(seq, u"v%1"_qs.arg(i)));
        QTRY_VERIFY(errorAfter(ann, from) == u"rate-limited"_qs);
        QCOMPARE(ann.errors().last().value(u"seq"_qs).toInteger(), seq);
        const qsizetype reactFrom = ann.received.size();
        for (int i = 0; i < limits::reactionBurst + 5; ++i)
            ann.sendObject(react(seq, u"👍"_qs, i % 2 == 0));
        QTRY_VERIFY(errorAfter(ann, reactFrom) == u"rate-limited"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_Conversations)
#include "tst_conversations.moc"
