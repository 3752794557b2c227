#include "protocol/encodedparts.h"
#include "protocol/limits.h"
#include "protocol/messages.h"
#include "protocol/nickname.h"
#include "testclient.h"

#include <QJsonDocument>
#include <QTest>

using namespace tincan;
using protocol::NickProblem;

Q_DECLARE_METATYPE(tincan::protocol::NickProblem)

// The wire rules shared by the host and the clients, checked without a network.
class tst_Protocol final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nickRules_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<NickProblem>("problem");
        QTest::addColumn<QString>("normalized");

        QTest::newRow("plain") << u"Ann"_qs << NickProblem::None << u"Ann"_qs;
        QTest::newRow("trimmed") << u"  Ann Lee \t"_qs << NickProblem::None << u"Ann Lee"_qs;
        QTest::newRow("emoji") << u"Zoë 🎮"_qs << NickProblem::None << u"Zoë 🎮"_qs;
        QTest::newRow("cjk") << u"小明"_qs << NickProblem::None << u"小明"_qs;
        QTest::newRow("empty") << QString() << NickProblem::Empty << QString();
        QTest::newRow("spaces only") << u"   "_qs << NickProblem::Empty << QString();
        QTest::newRow("32 units") << QString(32, u'x') << NickProblem::None << QString(32, u'x');
        QTest::newRow("33 units") << QString(33, u'x') << NickProblem::TooLong << QString(33, u'x');
        QTest::newRow("newline") << u"Ann\nBob"_qs << NickProblem::BadCharacter << u"Ann\nBob"_qs;
        QTest::newRow("nul") << QString(u"Ann"_qs + QChar(0) + u"x"_qs) << NickProblem::BadCharacter
                             << QString(u"Ann"_qs + QChar(0) + u"x"_qs);
        QTest::newRow("rtl override") << u"Ann\u202Egnp.exe"_qs << NickProblem::BadCharacter
                                      << u"Ann\u202Egnp.exe"_qs;
        QTest::newRow("rtl isolate") << u"\u2067Ann"_qs << NickProblem::BadCharacter << u"\u2067Ann"_qs;
        QTest::newRow("zero width") << u"A\u200Bnn"_qs << NickProblem::BadCharacter << u"A\u200Bnn"_qs;
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << NickProblem::BadCharacter
                                        << QString(QChar(0xD800));
        QTest::newRow("hangul filler padding") << u"Ann\u3164"_qs << NickProblem::BadCharacter << u"Ann\u3164"_qs;
        QTest::newRow("braille blank") << u"\u2800"_qs << NickProblem::BadCharacter << u"\u2800"_qs;
        QTest::newRow("only a combining mark") << u"\u0301"_qs << NickProblem::Invisible << u"\u0301"_qs;
        QTest::newRow("punctuation is visible") << u"..."_qs << NickProblem::None << u"..."_qs;
    }

    void nickRules()
    {
        QFETCH(QString, raw);
        QFETCH(NickProblem, problem);
        QFETCH(QString, normalized);
        QString out;
        QCOMPARE(protocol::checkNick(raw, &out), problem);
        QCOMPARE(out, normalized);
    }

    void nickKeyIgnoresCase()
    {
        QCOMPARE(protocol::nickKey(u"ANN"_qs), protocol::nickKey(u"ann"_qs));
        QCOMPARE(protocol::nickKey(u"STRASSE"_qs), protocol::nickKey(u"strasse"_qs));
        QVERIFY(protocol::nickKey(u"Ann"_qs) != protocol::nickKey(u"Anne"_qs));
    }

    void nickKeyJoinsLookAlikes_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("Cyrillic") << u"Anna"_qs << u"\u0410nna"_qs << true;
        QTest::newRow("sharp s") << u"Stra\u00DFe"_qs << u"STRASSE"_qs << true;
        QTest::newRow("decomposed") << u"Jos\u00E9"_qs << u"Jose\u0301"_qs << true;
        QTest::newRow("fullwidth") << u"\uFF21nn"_qs << u"Ann"_qs << true;
        QTest::newRow("dotless i") << u"K\u0131m"_qs << u"Kim"_qs << true;
        QTest::newRow("different names") << u"Anna"_qs << u"Hanna"_qs << false;
        QTest::newRow("different scripts, different names") << u"\u5C0F\u660E"_qs << u"\u5C0F\u7EA2"_qs << false;
    }

    void nickKeyJoinsLookAlikes()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(protocol::nickKey(a) == protocol::nickKey(b), same);
    }

    void suggestionIsFreeAndValid()
    {
        const QStringList taken{u"ann"_qs, u"ann 2"_qs};
        const auto isTaken = [&taken](const QString &name) { return taken.contains(name.toLower()); };
        QCOMPARE(protocol::suggestNick(u"Ann"_qs, isTaken), u"Ann 3"_qs);

        const QString longName(limits::maxNickLength, u'y');
        const QString suggestion = protocol::suggestNick(longName, [](const QString &) { return false; });
        QCOMPARE(suggestion.size(), limits::maxNickLength);
        QVERIFY(suggestion.endsWith(u" 2"_qs));
        QCOMPARE(protocol::checkNick(suggestion), NickProblem::None);
    }

    void textRules()
    {
        QCOMPARE(protocol::checkText(u"a\u0000b"_qs), protocol::TextProblem::BadCharacter);
        QCOMPARE(protocol::checkText(u"a\u009bb"_qs), protocol::TextProblem::BadCharacter);
        QCOMPARE(protocol::checkText(u"line\n\tline"_qs), protocol::TextProblem::None);
        QCOMPARE(protocol::checkText(u"\u200b\u3164\u2800"_qs), protocol::TextProblem::Empty);
        QCOMPARE(protocol::checkText(u"hi"_qs), protocol::TextProblem::None);
        QCOMPARE(protocol::checkText(u" \n\t "_qs), protocol::TextProblem::Empty);
        QCOMPARE(protocol::checkText(QString(limits::maxTextLength, u'a')), protocol::TextProblem::None);
        QCOMPARE(protocol::checkText(QString(limits::maxTextLength + 1, u'a')),
                 protocol::TextProblem::TooLong);
    }

    void clientMsgIds()
    {
        QVERIFY(protocol::isValidClientMsgId(u"3f2a8c1e-9b7d-4c1a-8e2f-0a1b2c3d4e5f"_qs));
        QVERIFY(!protocol::isValidClientMsgId(QString()));
        QVERIFY(!protocol::isValidClientMsgId(u"has space"_qs));
        QVERIFY(!protocol::isValidClientMsgId(u"ünï"_qs));
        QVERIFY(!protocol::isValidClientMsgId(QString(limits::maxClientMsgIdLength + 1, u'a')));
    }

    void messageRoundTrip()
    {
        const protocol::ChatMessage message{42, 1764100000000, u"Ann"_qs, u"Hi <b>there</b> 👋"_qs,
                                            u"id-1"_qs, {}};
        const protocol::HostMessage decoded = protocol::decodeHostMessage(protocol::encode(message));
        QVERIFY(std::holds_alternative<protocol::ChatMessage>(decoded));
        QCOMPARE(std::get<protocol::ChatMessage>(decoded), message);
    }

    // Every message a client sends reads back as the same type with the same fields.
    void clientMessagesRoundTrip()
    {
        const auto hello = std::get<protocol::Hello>(protocol::decodeClientMessage(protocol::encode(
            helloAs(u"Zoë"_qs, 17, u"t0k"_qs))));
        QCOMPARE(hello.version, protocol::version);
        QCOMPARE(hello.nick, u"Zoë"_qs);
        QCOMPARE(hello.lastSeq, std::optional<qint64>(17));
        QCOMPARE(hello.resumeToken, u"t0k"_qs);
        QVERIFY(!std::get<protocol::Hello>(protocol::decodeClientMessage(protocol::encode(
            helloAs(u"Ann"_qs)))).lastSeq);

        const auto send = std::get<protocol::Send>(
            protocol::decodeClientMessage(protocol::encode(protocol::Send{u"id-9"_qs, u"hi"_qs})));
        QCOMPARE(send.clientMsgId, u"id-9"_qs);
        QCOMPARE(send.text, u"hi"_qs);

        QCOMPARE(std::get<protocol::Typing>(protocol::decodeClientMessage(
                     protocol::encode(protocol::Typing{true}))).on, true);

        const auto older = std::get<protocol::HistoryRequest>(protocol::decodeClientMessage(protocol::encode(
            protocol::HistoryRequest{protocol::HistoryRequest::Direction::Before, 120, 20})));
        QCOMPARE(older.direction, protocol::HistoryRequest::Direction::Before);
        QCOMPARE(older.seq, 120);
        QCOMPARE(older.limit, std::optional<qint64>(20));
        const auto newer = std::get<protocol::HistoryRequest>(protocol::decodeClientMessage(protocol::encode(
            protocol::HistoryRequest{protocol::HistoryRequest::Direction::After, 0, std::nullopt})));
        QCOMPARE(newer.direction, protocol::HistoryRequest::Direction::After);
        QCOMPARE(newer.seq, 0);
        QVERIFY(!newer.limit);

        QCOMPARE(std::get<protocol::Rename>(protocol::decodeClientMessage(
                     protocol::encode(protocol::Rename{u"Bo"_qs}))).nick, u"Bo"_qs);

        protocol::Hello withCode = helloAs(u"Ann"_qs);
        withCode.accessCode = u"K7MX-3QPA"_qs;
        withCode.hostKey = u"k3y"_qs;
        const auto codeBack = std::get<protocol::Hello>(protocol::decodeClientMessage(protocol::encode(withCode)));
        QCOMPARE(codeBack.accessCode, u"K7MX-3QPA"_qs);
        QCOMPARE(codeBack.hostKey, u"k3y"_qs);
        QVERIFY(!protocol::encode(helloAs(u"Ann"_qs)).contains("accessCode"));

        for (const auto kind : {protocol::Remove::Kind::Kick, protocol::Remove::Kind::Ban}) {
            const QByteArray json = protocol::encode(protocol::Remove{kind, u"Troll"_qs});
            QVERIFY(json.contains(kind == protocol::Remove::Kind::Ban ? "\"type\":\"ban\"" : "\"type\":\"kick\""));
            const auto remove = std::get<protocol::Remove>(protocol::decodeClientMessage(json));
            QCOMPARE(remove.kind, kind);
            QCOMPARE(remove.nick, u"Troll"_qs);
        }
        QCOMPARE(std::get<protocol::DecodeError>(protocol::decodeClientMessage(R"({"type":"ban"})")).code,
                 protocol::ErrorCode::BadMessage);

        const auto upload = std::get<protocol::Upload>(protocol::decodeClientMessage(protocol::encode(
            protocol::Upload{u"f-1"_qs, u"Slides.pdf"_qs, 123456789, u"for Monday"_qs})));
        QCOMPARE(upload.clientMsgId, u"f-1"_qs);
        QCOMPARE(upload.name, u"Slides.pdf"_qs);
        QCOMPARE(upload.size, 123456789);
        QCOMPARE(upload.caption, u"for Monday"_qs);
        QVERIFY(!protocol::encode(protocol::Upload{u"f-2"_qs, u"a"_qs, 1, {}}).contains("caption"));
        QCOMPARE(std::get<protocol::UploadCancel>(protocol::decodeClientMessage(
                     protocol::encode(protocol::UploadCancel{u"f-1"_qs}))).clientMsgId, u"f-1"_qs);
        QCOMPARE(std::get<protocol::DecodeError>(protocol::decodeClientMessage(
                     R"({"type":"hello","version":1,"nick":"a","accessCode":5})")).code,
                 protocol::ErrorCode::BadMessage);
    }

    // Every message the host sends reads back the same, the way the desktop client reads it.
    void hostMessagesRoundTrip()
    {
        protocol::Welcome welcome;
        welcome.nick = u"Ann"_qs;
        welcome.room = u"Room <1>"_qs;
        welcome.roster = {u"Ann"_qs, u"bob"_qs};
        welcome.history = {{3, 1000, u"bob"_qs, u"hey"_qs, u"b-1"_qs, {}}};
        welcome.hasMore = true;
        welcome.lastSeq = 3;
        welcome.limits = {16000, 32, 100};
        welcome.resumeToken = u"secret"_qs;
        welcome.host = u"bob"_qs;
        const auto back = std::get<protocol::Welcome>(protocol::decodeHostMessage(protocol::encode(welcome)));
        QCOMPARE(back.nick, welcome.nick);
        QCOMPARE(back.room, welcome.room);
        QCOMPARE(back.roster, welcome.roster);
        QCOMPARE(back.history, welcome.history);
        QCOMPARE(back.hasMore, true);
        QCOMPARE(back.lastSeq, 3);
        QCOMPARE(back.limits, welcome.limits);
        QCOMPARE(back.resumeToken, welcome.resumeToken);
        QCOMPARE(back.host, u"bob"_qs);

        const auto ack = std::get<protocol::Ack>(
            protocol::decodeHostMessage(protocol::encode(protocol::Ack{u"a"_qs, 5, 99, true})));
        QCOMPARE(ack.clientMsgId, u"a"_qs);
        QCOMPARE(ack.seq, 5);
        QCOMPARE(ack.ts, 99);
        QVERIFY(ack.duplicate);

        const protocol::Presence presence{{u"Cy"_qs}, {u"Di"_qs}, {u"Fo"_qs}, {{u"Ed"_qs, u"Eddie"_qs}},
                                          u"Ann"_qs, 7, {{u"Cy"_qs, u"idCy"_qs}, {u"Eddie"_qs, u"idEd"_qs}}};
        const auto presenceBack = std::get<protocol::Presence>(protocol::decodeHostMessage(protocol::encode(presence)));
        QCOMPARE(presenceBack.joined, presence.joined);
        QCOMPARE(presenceBack.left, presence.left);
        QCOMPARE(presenceBack.removed, presence.removed);
        QCOMPARE(presenceBack.host, u"Ann"_qs);
        QCOMPARE(presenceBack.renamed, presence.renamed);
        QCOMPARE(presenceBack.count, 7);
        QCOMPARE(presenceBack.ids, presence.ids);

        const auto typing = std::get<protocol::TypingNotice>(
            protocol::decodeHostMessage(protocol::encode(protocol::TypingNotice{u"Cy"_qs, true})));
        QCOMPARE(typing.nick, u"Cy"_qs);
        QVERIFY(typing.on);

        const auto page = std::get<protocol::HistoryPage>(protocol::decodeHostMessage(
            protocol::encode(protocol::HistoryPage{welcome.history, true})));
        QCOMPARE(page.messages, welcome.history);
        QVERIFY(page.hasMore);

        QCOMPARE(std::get<protocol::Renamed>(protocol::decodeHostMessage(
                     protocol::encode(protocol::Renamed{u"Zed"_qs}))).nick, u"Zed"_qs);

        const auto error = std::get<protocol::Error>(protocol::decodeHostMessage(protocol::encode(
            protocol::Error(protocol::ErrorCode::NickTaken, {}, u"Ann 2"_qs))));
        QCOMPARE(error.code, protocol::ErrorCode::NickTaken);
        QCOMPARE(error.codeName, u"nick-taken"_qs);
        QCOMPARE(error.suggestion, u"Ann 2"_qs);
        // A code from a newer host is kept as text.
        const auto unknown = std::get<protocol::Error>(protocol::decodeHostMessage(
            R"({"type":"error","code":"from-the-future","message":"?"})"));
        QCOMPARE(unknown.codeName, u"from-the-future"_qs);
        QVERIFY(!unknown.code);
    }

    // The host's encode-once welcome and history answers are byte for byte what encode() makes.
    void encodedPartsMatchTheTypedEncoding()
    {
        protocol::Welcome welcome;
        welcome.nick = u"Ann \"the\" <b>"_qs;
        welcome.room = u"Ünïcode\nroom"_qs;
        welcome.roster = {u"Ann \"the\" <b>"_qs, u"Bob"_qs};
        welcome.history = {{1, 10, u"Bob"_qs, u"a\u0001b"_qs, u"x"_qs, {}}, {2, 20, u"Ann"_qs, u"🎮"_qs, {}, {}}};
        welcome.hasMore = true;
        welcome.lastSeq = 2;
        welcome.limits = {16000, 32, 100};
        welcome.resumeToken = u"abc"_qs;
        welcome.host = u"Bob \"<host>\""_qs;
        welcome.id = u"AAAAAAAAAAAAAAAAAAAAAA"_qs;
        welcome.rosterIds = {u"AAAAAAAAAAAAAAAAAAAAAA"_qs, u"BBBBBBBBBBBBBBBBBBBBBB"_qs};
        QList<QByteArray> history;
        for (const protocol::ChatMessage &message : std::as_const(welcome.history))
            history.append(protocol::encode(message));
        const auto array = [](const QStringList &items) {
            QList<QByteArray> encoded;
            for (const QString &item : items)
                encoded.append(protocol::parts::jsonString(item));
            QByteArray out;
            protocol::parts::appendJsonArray(out, encoded);
            return out;
        };
        QCOMPARE(protocol::parts::welcome(welcome, array(welcome.roster), array(welcome.rosterIds), history),
                 protocol::encode(welcome));
        // A resume's changed messages, with every field a message may carry.
        protocol::ChatMessage changed{3, 30, u"Cy"_qs, u"edited <i>"_qs, {}, {}};
        changed.author = u"CCCCCCCCCCCCCCCCCCCCCC"_qs;
        changed.to = u"AAAAAAAAAAAAAAAAAAAAAA"_qs;
        changed.toNick = u"Ann"_qs;
        changed.reply = protocol::Quote{1, u"Bob"_qs, u"BBBBBBBBBBBBBBBBBBBBBB"_qs, u"a"_qs, false};
        changed.edited = 31;
        changed.reactions = {{u"👍"_qs, 2, {{u"AAAAAAAAAAAAAAAAAAAAAA"_qs, u"Ann"_qs}}}};
        welcome.updates = {changed};
        QCOMPARE(protocol::parts::welcome(welcome, array(welcome.roster), array(welcome.rosterIds), history,
                                          {protocol::encode(changed)}),
                 protocol::encode(welcome));
        // ... and they read back as they were.
        const auto decoded = std::get<protocol::Welcome>(protocol::decodeHostMessage(protocol::encode(welcome)));
        QCOMPARE(decoded.updates, welcome.updates);
        QCOMPARE(decoded.rosterIds, welcome.rosterIds);
        QCOMPARE(decoded.id, welcome.id);
        QCOMPARE(protocol::parts::historyPage(history, false),
                 protocol::encode(protocol::HistoryPage{welcome.history, false}));
    }

    void decodingRefusesWhatIsNotAMessage_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("clientMsgId");
        QTest::newRow("array") << QByteArray("[1,2]") << u"bad-json"_qs << QString();
        QTest::newRow("not json") << QByteArray("not json") << u"bad-json"_qs << QString();
        QTest::newRow("string") << QByteArray("\"text\"") << u"bad-json"_qs << QString();
        QTest::newRow("no type") << QByteArray("{}") << u"unknown-type"_qs << QString();
        QTest::newRow("unknown type") << QByteArray(R"({"type":"dance"})") << u"unknown-type"_qs << QString();
        QTest::newRow("hello without nick") << QByteArray(R"({"type":"hello","version":1})")
                                            << u"bad-message"_qs << QString();
        QTest::newRow("lastSeq 1e300") << QByteArray(R"({"type":"hello","version":1,"nick":"A","lastSeq":1e300})")
                                       << u"bad-message"_qs << QString();
        QTest::newRow("lastSeq negative") << QByteArray(R"({"type":"hello","version":1,"nick":"A","lastSeq":-1})")
                                          << u"bad-message"_qs << QString();
        QTest::newRow("lastSeq fraction") << QByteArray(R"({"type":"hello","version":1,"nick":"A","lastSeq":1.5})")
                                          << u"bad-message"_qs << QString();
        QTest::newRow("version 1e300") << QByteArray(R"({"type":"hello","version":1e300,"nick":"A"})")
                                       << u"bad-message"_qs << QString();
        QTest::newRow("history before 1e300") << QByteArray(R"({"type":"history","before":1e300})")
                                              << u"bad-message"_qs << QString();
        QTest::newRow("history limit 1e300") << QByteArray(R"({"type":"history","after":0,"limit":1e300})")
                                             << u"bad-message"_qs << QString();
        QTest::newRow("history limit 0") << QByteArray(R"({"type":"history","after":0,"limit":0})")
                                         << u"bad-message"_qs << QString();
        QTest::newRow("history both ways") << QByteArray(R"({"type":"history","after":0,"before":9})")
                                           << u"bad-message"_qs << QString();
        QTest::newRow("typing not a bool") << QByteArray(R"({"type":"typing","on":"yes"})")
                                           << u"bad-message"_qs << QString();
        QTest::newRow("send without text") << QByteArray(R"({"type":"send","clientMsgId":"m-1"})")
                                           << u"bad-message"_qs << u"m-1"_qs;
        QTest::newRow("send with a long id") << QByteArray(R"({"type":"send","clientMsgId":")" + QByteArray(100, 'x')
                                                           + R"(","text":"hi"})")
                                             << u"bad-message"_qs << QString(limits::maxClientMsgIdLength, u'x');
        QTest::newRow("upload without size") << QByteArray(R"({"type":"upload","clientMsgId":"f-1","name":"a"})")
                                             << u"bad-message"_qs << u"f-1"_qs;
        QTest::newRow("upload size negative") << QByteArray(R"({"type":"upload","clientMsgId":"f-1","name":"a","size":-1})")
                                              << u"bad-message"_qs << u"f-1"_qs;
        QTest::newRow("upload size 1e300") << QByteArray(R"({"type":"upload","clientMsgId":"f-1","name":"a","size":1e300})")
                                           << u"bad-message"_qs << u"f-1"_qs;
        QTest::newRow("upload name not a string") << QByteArray(R"({"type":"upload","clientMsgId":"f-1","name":7,"size":1})")
                                                  << u"bad-message"_qs << u"f-1"_qs;
        QTest::newRow("cancel without id") << QByteArray(R"({"type":"upload-cancel"})") << u"bad-message"_qs << QString();
    }

    void fileMessagesRoundTrip()
    {
        protocol::FileInfo file{u"m1YcAAAAAAAAAAAAAAAAAA"_qs, u"IMG_2041.jpg"_qs, 2415918, u"image/jpeg"_qs,
                                u"9f86d0"_qs, 4032, 3024, true};
        const protocol::ChatMessage message{40, 1764100000000, u"Ann"_qs, {}, u"f-1"_qs, file};
        const auto back = std::get<protocol::ChatMessage>(protocol::decodeHostMessage(protocol::encode(message)));
        QCOMPARE(back, message);
        QVERIFY(back.file->isImage());
        // Not an image: no size, no thumbnail on the wire.
        file.type = u"application/pdf"_qs;
        file.width = file.height = 0;
        file.thumb = false;
        const QByteArray json = protocol::encode(file.toJson());
        QVERIFY(!json.contains("width") && !json.contains("thumb"));
        QCOMPARE(protocol::FileInfo::fromJson(QJsonDocument::fromJson(json).object()), file);

        const protocol::UploadReady ready{u"f-1"_qs, u"/files/upload/Zq3"_qs, 1024};
        const auto readyBack = std::get<protocol::UploadReady>(protocol::decodeHostMessage(protocol::encode(ready)));
        QCOMPARE(readyBack.url, ready.url);
        QCOMPARE(readyBack.offset, 1024);
        // An upload-ready pointing anywhere but the host's upload path is not one.
        QVERIFY(std::holds_alternative<protocol::DecodeError>(protocol::decodeHostMessage(
            R"({"type":"upload-ready","clientMsgId":"f","url":"/ws","offset":0})")));
        // A message whose file is broken is not a message.
        QVERIFY(std::holds_alternative<protocol::DecodeError>(protocol::decodeHostMessage(
            R"({"type":"message","seq":1,"ts":1,"from":"A","text":"","file":{"id":"x","name":"a"}})")));
    }

    void decodingRefusesWhatIsNotAMessage()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        QFETCH(QString, clientMsgId);
        const protocol::ClientMessage decoded = protocol::decodeClientMessage(frame);
        QVERIFY(std::holds_alternative<protocol::DecodeError>(decoded));
        QCOMPARE(protocol::errorCodeName(std::get<protocol::DecodeError>(decoded).code), code);
        QCOMPARE(std::get<protocol::DecodeError>(decoded).clientMsgId, clientMsgId);
    }

    void errorCodesRoundTrip()
    {
        for (const auto code : {protocol::ErrorCode::BadJson, protocol::ErrorCode::NickTaken,
                                protocol::ErrorCode::StorageFailed, protocol::ErrorCode::RateLimited}) {
            QCOMPARE(protocol::errorCodeFromName(protocol::errorCodeName(code)), code);
            QVERIFY(!protocol::errorSentence(code).isEmpty());
        }
        QCOMPARE(protocol::errorCodeName(protocol::ErrorCode::NickTaken), u"nick-taken"_qs);
        QVERIFY(!protocol::errorCodeFromName(u"no-such-code"));
    }
};

QTEST_GUILESS_MAIN(tst_Protocol)
#include "tst_protocol.moc"
