#include "protocol/limits.h"
#include "protocol/messages.h"
#include "protocol/nickname.h"

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
                                            u"id-1"_qs};
        const auto decoded = protocol::decode(protocol::encode(message.toJson()));
        QVERIFY(decoded);
        QCOMPARE(protocol::typeOf(*decoded), u"message"_qs);
        QCOMPARE(protocol::ChatMessage::fromJson(*decoded), message);
    }

    void decodeRefusesNonObjects()
    {
        QVERIFY(!protocol::decode(u"[1,2]"_qs));
        QVERIFY(!protocol::decode(u"not json"_qs));
        QVERIFY(!protocol::decode(u"\"text\""_qs));
        QVERIFY(protocol::decode(u"{}"_qs));
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
