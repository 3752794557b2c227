#include "client/chatsession.h"
#include "testclient.h"
#include "testhost.h"
#include "ui/chatinput.h"
#include "ui/chatwindow.h"
#include "ui/composer.h"
#include "ui/mentioncompleter.h"
#include "ui/conversationfilter.h"
#include "ui/conversationtabs.h"
#include "ui/messagedelegate.h"
#include "ui/messagelist.h"
#include "ui/messagemodel.h"
#include "ui/peoplelist.h"
#include "ui/rostermodel.h"
#include "ui/searchpanel.h"
#include "ui/searchresultsmodel.h"
#include "windowparts.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using tincan::ChatSession;
using tincan::ChatWindow;
using tincan::MessageModel;
using tincan::MessageDelegate;
using tincan::MessageList;
using tincan::Composer;
using tincan::SearchResultsModel;

namespace {

constexpr int netTimeoutMs = 10000;

// A person at a desktop: a session, its window, and where the app keeps its settings.
struct Desk
{
    Desk(const QUrl &url, const QString &nick, QSettings *settings = nullptr)
        : window(&session)
    {
        session.setIdentityStore(settings);
        session.open(url, nick);
        window.setConfirmClose(false);
        window.show();
    }
    ChatSession session;
    ChatWindow window;

    const MessageModel *model() const { return window.messageModel(); }
    // The line of the message with this seq (invalid when it is not shown).
    QModelIndex line(qint64 seq) const { return model()->index(model()->rowOfSeq(seq)); }
    // The same line in the conversation on screen (invalid when another one is shown).
    QModelIndex shown(qint64 seq) const { return window.shownLines()->mapFromSource(line(seq)); }
    // The newest message whose text is `text`.
    QModelIndex lineWithText(const QString &text) const
    {
        for (int row = model()->rowCount() - 1; row >= 0; --row) {
            const QModelIndex index = model()->index(row);
            if (index.data(MessageModel::TextRole).toString() == text)
                return index;
        }
        return {};
    }
    qint64 seqOf(const QString &text) const
    {
        return lineWithText(text).data(MessageModel::SeqRole).toLongLong();
    }
};

// The texts of the messages in the conversation on screen, top to bottom.
QStringList shownMessages(const ChatWindow &window)
{
    QStringList texts;
    const QAbstractItemModel *lines = window.shownLines();
    for (int row = 0; row < lines->rowCount(); ++row) {
        const QModelIndex index = lines->index(row, 0);
        if (index.data(MessageModel::KindRole).value<MessageModel::Kind>() == MessageModel::Kind::Message)
            texts.append(index.data(MessageModel::TextRole).toString());
    }
    return texts;
}

// The texts of the conversation tabs, left to right (empty: the switcher is not shown).
QStringList tabTexts(const ChatWindow &window)
{
    QStringList texts;
    const tincan::ConversationTabs *tabs = window.conversationTabs();
    if (tabs->isHidden())
        return texts;
    for (int i = 0; i < tabs->count(); ++i)
        texts.append(tabs->tabText(i));
    return texts;
}

QList<MessageModel::Chip> chipsOf(const QModelIndex &line)
{
    return line.data(MessageModel::ReactionsRole).value<QList<MessageModel::Chip>>();
}

} // namespace

// Conversations as desktop users see them: who is who by person id, edits, deletes, reactions
// and replies reaching everyone, resumes that bring the changes missed, and search.
class tst_DesktopConversations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ownMessagesAreKnownByIdNotByName();
    void editsDeletesReactionsAndRepliesReachEveryone();
    void refusedChangesAreSaid();
    void resumeBringsChangesMissed();
    void searchFindsAndRefuses();
    void menuReplyEditAndChipsInTheWindow();
    void privateConversationsHaveTheirOwnTabs();
    void draftsStayInTheirConversation();
    void editsKeepTheirTextAndTheDraft();
    void aNameCannotChangeATabsCount();
    void searchMarksTheWordsFound_data();
    void searchMarksTheWordsFound();
    void searchInTheWindow();
    void mentionsAreCompletedAndHighlighted();
};

namespace {

QStringList menuTexts(const QMenu &menu)
{
    QStringList texts;
    for (const QAction *action : menu.actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    return texts;
}

} // namespace

// Ann writes, leaves, and someone else takes her name and writes too. Ann starts the app again
// under another name: she is the same person (her token was kept), her message is hers and the
// other "Ann"'s is not.
void tst_DesktopConversations::ownMessagesAreKnownByIdNotByName()
{
    TestHost host;
    QVERIFY(host.start());
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"tincan.ini"_qs), QSettings::IniFormat);

    QString annId;
    {
        Desk ann(host.chatUrl(), u"Ann"_qs, &settings);
        Desk bob(host.chatUrl(), u"Bob"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(bob.session.roster().size(), 2, netTimeoutMs);
        QTRY_COMPARE(ann.session.roster().size(), 2);
        annId = ann.session.personId();
        QVERIFY(tincan::protocol::isPersonId(annId));
        QCOMPARE(bob.session.idOf(u"Ann"_qs), annId);
        QCOMPARE(ann.session.idOf(u"Bob"_qs), bob.session.personId());
        QCOMPARE(bob.session.nickOf(annId), u"Ann"_qs);

        ann.session.send(u"mine"_qs);
        QTRY_VERIFY(bob.lineWithText(u"mine"_qs).isValid());
        QVERIFY(!bob.lineWithText(u"mine"_qs).data(MessageModel::OwnRole).toBool());
        QTRY_COMPARE(ann.lineWithText(u"mine"_qs).data(MessageModel::AuthorRole).toString(), annId);
        QVERIFY(ann.lineWithText(u"mine"_qs).data(MessageModel::OwnRole).toBool());
        ann.session.close();
        QTRY_VERIFY(bob.session.nickOf(annId).isEmpty());
    }

    TestClient other;
    QVERIFY(other.join(host.chatUrl(), u"Ann"_qs));
    other.sendObject(tincan::protocol::Send{u"impostor-1"_qs, u"not her"_qs, {}, {}}.toJson());
    QTRY_VERIFY(!other.ofType(tincan::protocol::type::ack).isEmpty());

    Desk again(host.chatUrl(), u"Annie"_qs, &settings);
    QTRY_COMPARE_WITH_TIMEOUT(again.session.state(), ChatSession::State::Connected, netTimeoutMs);
    QCOMPARE(again.session.personId(), annId);
    QTRY_VERIFY(again.lineWithText(u"not her"_qs).isValid());
    QVERIFY(again.lineWithText(u"mine"_qs).data(MessageModel::OwnRole).toBool());
    QVERIFY(!again.lineWithText(u"not her"_qs).data(MessageModel::OwnRole).toBool());
    QCOMPARE(again.session.idOf(u"Ann"_qs), other.welcome().value(u"id"_qs).toString());
    QVERIFY(again.session.idOf(u"Ann"_qs) != annId);
}

void tst_DesktopConversations::editsDeletesReactionsAndRepliesReachEveryone()
{
    TestHost host;
    QVERIFY(host.start());
    Desk ann(host.chatUrl(), u"Ann"_qs);
    Desk bob(host.chatUrl(), u"Bob"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(ann.session.roster().size(), 2, netTimeoutMs);

    ann.session.send(u"Lunch at noon?"_qs);
    QTRY_VERIFY(bob.lineWithText(u"Lunch at noon?"_qs).isValid());
    const qint64 seq = bob.seqOf(u"Lunch at noon?"_qs);
    QVERIFY(seq > 0);

    // Bob answers it: his reply carries a short quote of it.
    bob.session.send(u"Yes!"_qs, {}, seq);
    QTRY_VERIFY(ann.lineWithText(u"Yes!"_qs).isValid());
    QTRY_COMPARE(ann.lineWithText(u"Yes!"_qs).data(MessageModel::QuoteSeqRole).toLongLong(), seq);
    QCOMPARE(ann.lineWithText(u"Yes!"_qs).data(MessageModel::QuoteSenderRole).toString(), u"Ann"_qs);
    QCOMPARE(ann.lineWithText(u"Yes!"_qs).data(MessageModel::QuoteTextRole).toString(), u"Lunch at noon?"_qs);
    QTRY_COMPARE(bob.lineWithText(u"Yes!"_qs).data(MessageModel::QuoteTextRole).toString(), u"Lunch at noon?"_qs);

    // Ann edits: everyone sees the new text, marked edited, and the quote follows.
    ann.session.edit(seq, u"Lunch at one?"_qs);
    QTRY_COMPARE(bob.line(seq).data(MessageModel::TextRole).toString(), u"Lunch at one?"_qs);
    QVERIFY(bob.line(seq).data(MessageModel::EditedRole).toBool());
    QTRY_COMPARE(ann.line(seq).data(MessageModel::TextRole).toString(), u"Lunch at one?"_qs);
    QTRY_COMPARE(bob.lineWithText(u"Yes!"_qs).data(MessageModel::QuoteTextRole).toString(), u"Lunch at one?"_qs);

    // Bob reacts: a chip with a count, his own marked, the names listed for the tooltip.
    bob.session.react(seq, u"👍"_qs, true);
    QTRY_COMPARE(chipsOf(ann.line(seq)).size(), 1);
    QCOMPARE(chipsOf(ann.line(seq)).first().emoji, u"👍"_qs);
    QCOMPARE(chipsOf(ann.line(seq)).first().count, 1);
    QCOMPARE(chipsOf(ann.line(seq)).first().people, QStringList{u"Bob"_qs});
    QVERIFY(!chipsOf(ann.line(seq)).first().mine);
    QTRY_COMPARE(chipsOf(bob.line(seq)).size(), 1);
    QVERIFY(chipsOf(bob.line(seq)).first().mine);
    ann.session.react(seq, u"👍"_qs, true);
    QTRY_COMPARE(chipsOf(bob.line(seq)).first().count, 2);
    bob.session.react(seq, u"👍"_qs, false);
    QTRY_COMPARE(chipsOf(bob.line(seq)).first().count, 1);
    QVERIFY(!chipsOf(bob.line(seq)).first().mine);

    // Ann deletes it: a placeholder stays, the reactions go, the quote says it is gone.
    ann.session.deleteMessage(seq);
    QTRY_VERIFY(bob.line(seq).data(MessageModel::DeletedRole).toBool());
    QCOMPARE(bob.line(seq).data(MessageModel::TextRole).toString(), QString());
    QVERIFY(chipsOf(bob.line(seq)).isEmpty());
    QVERIFY(bob.line(seq).data(Qt::DisplayRole).toString().contains(u"message deleted"_qs));
    QTRY_VERIFY(bob.lineWithText(u"Yes!"_qs).data(MessageModel::QuoteDeletedRole).toBool());
    QCOMPARE(bob.lineWithText(u"Yes!"_qs).data(MessageModel::QuoteTextRole).toString(), QString());
}

void tst_DesktopConversations::refusedChangesAreSaid()
{
    TestHost host;
    QVERIFY(host.start());
    Desk ann(host.chatUrl(), u"Ann"_qs);
    Desk bob(host.chatUrl(), u"Bob"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(ann.session.roster().size(), 2, netTimeoutMs);
    ann.session.send(u"Ann's"_qs);
    QTRY_VERIFY(bob.lineWithText(u"Ann's"_qs).isValid());
    const qint64 seq = bob.seqOf(u"Ann's"_qs);

    QSignalSpy refused(&bob.session, &ChatSession::changeRefused);
    bob.session.edit(seq, u"Bob's now"_qs);
    QTRY_COMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(0).toString(), u"not-yours"_qs);
    QCOMPARE(refused.first().at(1).toLongLong(), seq);
    QCOMPARE(bob.window.noticeText(), ChatWindow::changeRefusalText(u"not-yours"_qs));
    QCOMPARE(ann.line(seq).data(MessageModel::TextRole).toString(), u"Ann's"_qs);

    bob.session.react(seq, u"ok"_qs, true);
    QTRY_COMPARE(refused.size(), 2);
    QCOMPARE(refused.last().at(0).toString(), u"reaction-invalid"_qs);
    bob.session.react(seq + 100, u"🎉"_qs, true);
    QTRY_COMPARE(refused.size(), 3);
    QCOMPARE(refused.last().at(0).toString(), u"no-such-message"_qs);
    QCOMPARE(bob.window.noticeText(), ChatWindow::changeRefusalText(u"no-such-message"_qs));
}

// Bob is away while Ann edits and reacts to a message he has seen: when he comes back (a resume),
// the message shows as it is now, and his resume point counts the changes.
void tst_DesktopConversations::resumeBringsChangesMissed()
{
    TestHost host;
    QVERIFY(host.start());
    Desk ann(host.chatUrl(), u"Ann"_qs);
    Desk bob(host.chatUrl(), u"Bob"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(ann.session.roster().size(), 2, netTimeoutMs);
    ann.session.send(u"draft"_qs);
    QTRY_VERIFY(bob.lineWithText(u"draft"_qs).isValid());
    const qint64 seq = bob.seqOf(u"draft"_qs);

    bob.session.close();
    QTRY_COMPARE(ann.session.roster().size(), 1);
    ann.session.edit(seq, u"final"_qs);
    QTRY_COMPARE(ann.line(seq).data(MessageModel::TextRole).toString(), u"final"_qs);
    ann.session.react(seq, u"🎉"_qs, true);
    QTRY_COMPARE(chipsOf(ann.line(seq)).size(), 1);
    QVERIFY(ann.session.lastSeq() > seq);

    QSignalSpy welcomed(&bob.session, &ChatSession::welcomed);
    bob.session.open(host.chatUrl(), u"Bob"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(welcomed.size(), 1, netTimeoutMs);
    QVERIFY(welcomed.first().at(2).toBool()); // resumed
    QCOMPARE(bob.line(seq).data(MessageModel::TextRole).toString(), u"final"_qs);
    QVERIFY(bob.line(seq).data(MessageModel::EditedRole).toBool());
    QCOMPARE(chipsOf(bob.line(seq)).size(), 1);
    QVERIFY(bob.session.lastSeq() >= seq);
    // And from here on both are told the same.
    ann.session.send(u"after"_qs);
    QTRY_VERIFY(bob.lineWithText(u"after"_qs).isValid());
}

void tst_DesktopConversations::searchFindsAndRefuses()
{
    TestHost host;
    QVERIFY(host.start());
    Desk ann(host.chatUrl(), u"Ann"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(ann.session.state(), ChatSession::State::Connected, netTimeoutMs);
    ann.session.send(u"The budget for March"_qs);
    ann.session.send(u"Something else"_qs);
    QTRY_VERIFY(ann.lineWithText(u"Something else"_qs).data(MessageModel::SeqRole).toLongLong() > 0);

    QList<tincan::protocol::SearchResults> answered;
    connect(&ann.session, &ChatSession::searchAnswered, this,
            [&answered](const tincan::protocol::SearchResults &results) { answered.append(results); });
    QSignalSpy failed(&ann.session, &ChatSession::searchFailed);
    QVERIFY(ann.session.search(u"budget"_qs));
    QTRY_COMPARE(answered.size(), 1);
    const tincan::protocol::SearchResults results = answered.first();
    QCOMPARE(results.messages.size(), 1);
    QCOMPARE(results.messages.first().text, u"The budget for March"_qs);

    QVERIFY(ann.session.search(u"!!!"_qs));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), u"search-invalid"_qs);
    QVERIFY(ann.session.search(QString(201, u'a')));
    QTRY_COMPARE(failed.size(), 2);
    QCOMPARE(failed.last().at(0).toString(), u"search-too-long"_qs);
}

// What the user does with the mouse and keys: a message's menu offers what they may do, a reply
// shows a quote bar (Esc takes it back), Up edits the last message, a chip toggles a reaction.
void tst_DesktopConversations::menuReplyEditAndChipsInTheWindow()
{
    TestHost host;
    QVERIFY(host.start());
    Desk ann(host.chatUrl(), u"Ann"_qs);
    Desk bob(host.chatUrl(), u"Bob"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(ann.session.roster().size(), 2, netTimeoutMs);
    ann.session.send(u"Anyone for tea?"_qs);
    QTRY_VERIFY(bob.lineWithText(u"Anyone for tea?"_qs).isValid());
    QTRY_VERIFY(ann.seqOf(u"Anyone for tea?"_qs) > 0);
    const qint64 seq = bob.seqOf(u"Anyone for tea?"_qs);

    // Bob's menu on Ann's message: no Edit or Delete (he is not the host); Ann's has both.
    {
        QMenu menu;
        bob.window.messageList()->fillMenu(menu, bob.line(seq));
        QCOMPARE(menuTexts(menu), (QStringList{u"&Reply"_qs, u"Rea&ct"_qs, u"&Copy Text"_qs}));
        QMenu mine;
        ann.window.messageList()->fillMenu(mine, ann.line(seq));
        QCOMPARE(menuTexts(mine), (QStringList{u"&Reply"_qs, u"Rea&ct"_qs, u"&Edit"_qs, u"&Delete"_qs, u"&Copy Text"_qs}));
        QMenu *react = menu.actions().at(1)->menu();
        QCOMPARE(menuTexts(*react), MessageList::quickReactions() + QStringList{u"&Other…"_qs});
        react->actions().at(0)->trigger(); // 👍
    }
    QTRY_COMPARE(chipsOf(ann.line(seq)).size(), 1);
    QTRY_VERIFY(chipsOf(bob.line(seq)).value(0).mine);

    // Clicking his own chip takes his reaction back.
    const QModelIndex shown = bob.shown(seq);
    bob.window.messageList()->scrollTo(shown);
    QStyleOptionViewItem option;
    option.initFrom(bob.window.messageList()->viewport());
    option.rect = bob.window.messageList()->visualRect(shown);
    option.widget = bob.window.messageList();
    auto *delegate = qobject_cast<MessageDelegate *>(bob.window.messageList()->itemDelegate());
    const MessageDelegate::Layout layout = delegate->layoutFor(option, shown);
    QCOMPARE(layout.chips.size(), 1);
    QTest::mouseClick(bob.window.messageList()->viewport(), Qt::LeftButton, {}, layout.chips.first().center());
    QTRY_VERIFY(chipsOf(ann.line(seq)).isEmpty());

    // Reply from the menu: a bar quotes the message; Esc takes it back; the reply carries it.
    {
        QMenu menu;
        bob.window.messageList()->fillMenu(menu, bob.line(seq));
        menu.actions().first()->trigger();
    }
    Composer *composer = bob.window.composer();
    QCOMPARE(composer->contextText(), u"Replying to Ann: Anyone for tea?"_qs);
    auto *input = bob.window.findChild<QWidget *>(u"messageInput"_qs);
    QTest::keyClick(input, Qt::Key_Escape);
    QCOMPARE(composer->contextText(), QString());
    QCOMPARE(composer->replySeq(), 0);
    composer->startReply(seq, u"Ann"_qs, u"Anyone for tea?"_qs);
    QTest::keyClicks(input, u"Me!"_qs);
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(composer->contextText(), QString());
    QTRY_COMPARE(ann.lineWithText(u"Me!"_qs).data(MessageModel::QuoteSeqRole).toLongLong(), seq);

    // Up in Ann's empty input edits her last message; Esc gives the input back.
    auto *annInput = ann.window.findChild<QWidget *>(u"messageInput"_qs);
    QTest::keyClick(annInput, Qt::Key_Up);
    QCOMPARE(ann.window.composer()->editSeq(), seq);
    QCOMPARE(ann.window.composer()->text(), u"Anyone for tea?"_qs);
    QTest::keyClick(annInput, Qt::Key_Escape);
    QCOMPARE(ann.window.composer()->text(), QString());
    QTest::keyClick(annInput, Qt::Key_Up);
    QTest::keyClick(annInput, Qt::Key_Backspace);
    QTest::keyClicks(annInput, u"!"_qs);
    QTest::keyClick(annInput, Qt::Key_Return);
    QTRY_COMPARE(bob.line(seq).data(MessageModel::TextRole).toString(), u"Anyone for tea!"_qs);
    QVERIFY(bob.line(seq).data(MessageModel::EditedRole).toBool());
    QTRY_COMPARE(bob.lineWithText(u"Me!"_qs).data(MessageModel::QuoteTextRole).toString(), u"Anyone for tea!"_qs);

    // Clicking the quote shows the original.
    ann.window.showMessage(seq);
    QCOMPARE(ann.model()->highlightedSeq(), seq);
    QVERIFY(ann.line(seq).data(MessageModel::HighlightRole).toBool());
}

// Ann writes to Bob only, from his entry in the people list; Bob finds a tab for it with the
// message counted, Cy never sees it, and the room's view never shows it. When Bob leaves, Ann's
// view says so and sends nothing; after the host restarts and Bob comes back under another name
// (the same person: his token was kept), both still have the conversation and it goes on.
void tst_DesktopConversations::privateConversationsHaveTheirOwnTabs()
{
    TestHost host;
    QVERIFY(host.start());
    QTemporaryDir dir;
    QSettings annSettings(dir.filePath(u"ann.ini"_qs), QSettings::IniFormat);
    QSettings bobSettings(dir.filePath(u"bob.ini"_qs), QSettings::IniFormat);
    Desk ann(host.chatUrl(), u"Ann"_qs, &annSettings);
    auto bob = std::make_unique<Desk>(host.chatUrl(), u"Bob"_qs, &bobSettings);
    TestClient cy;
    QVERIFY(cy.join(host.chatUrl(), u"Cy"_qs));
    QTRY_COMPARE_WITH_TIMEOUT(ann.session.roster().size(), 3, netTimeoutMs);
    QTRY_COMPARE(bob->session.roster().size(), 3);
    const QString annId = ann.session.personId();
    const QString bobId = bob->session.personId();
    QVERIFY(tabTexts(ann.window).isEmpty()); // only the room: no switcher

    // Ann's own entry offers no private conversation; Bob's does, and a double-click opens it.
    auto *people = part<tincan::PeopleList>(ann.window, u"peopleList"_qs);
    const int annRow = int(ann.window.rosterModel()->nicks().indexOf(u"Ann"_qs));
    const int bobRow = int(ann.window.rosterModel()->nicks().indexOf(u"Bob"_qs));
    auto *peopleView = part<QListView>(ann.window, u"peopleView"_qs);
    const QRect annEntry = peopleView->visualRect(ann.window.rosterModel()->index(annRow));
    QTest::mouseClick(peopleView->viewport(), Qt::LeftButton, {}, annEntry.center());
    QTest::mouseDClick(peopleView->viewport(), Qt::LeftButton, {}, annEntry.center());
    QVERIFY(!people->openMenu(annRow));
    const QRect bobEntry = peopleView->visualRect(ann.window.rosterModel()->index(bobRow));
    // As a mouse does it: a press and release, then the second press that makes it a double-click.
    QTest::mouseClick(peopleView->viewport(), Qt::LeftButton, {}, bobEntry.center());
    QTest::mouseDClick(peopleView->viewport(), Qt::LeftButton, {}, bobEntry.center());
    QTRY_COMPARE(tabTexts(ann.window), (QStringList{u"Room"_qs, u"Bob"_qs}));
    ann.window.conversationTabs()->setCurrent(QString());
    QMenu *menu = people->openMenu(bobRow);
    QVERIFY(menu);
    QCOMPARE(menuTexts(*menu).last(), u"&Message Privately"_qs);
    menu->actions().last()->trigger();
    menu->close();
    QTRY_COMPARE(ann.window.conversationTabs()->current(), bobId);
    QCOMPARE(tabTexts(ann.window), (QStringList{u"Room"_qs, u"Bob"_qs}));
    QCOMPARE(ann.window.conversationTabs()->current(), bobId);
    QCOMPARE(ann.window.privateNotice(), QString());

    auto *annInput = part<QPlainTextEdit>(ann.window, u"messageInput"_qs);
    QTest::keyClicks(annInput, u"psst, Bob"_qs);
    QTest::keyClick(annInput, Qt::Key_Return);
    QTRY_COMPARE(shownMessages(ann.window), QStringList{u"psst, Bob"_qs});
    cy.sendObject(tincan::protocol::Send{u"cy-1"_qs, u"hello all"_qs, {}, {}}.toJson());

    // Bob: a tab for Ann with one unread message, his room view without it.
    QTRY_COMPARE(tabTexts(bob->window), (QStringList{u"Room"_qs, u"Ann (1)"_qs}));
    QTRY_VERIFY(shownMessages(bob->window).contains(u"hello all"_qs));
    QVERIFY(!shownMessages(bob->window).contains(u"psst, Bob"_qs));
    QCOMPARE(bob->lineWithText(u"psst, Bob"_qs).data(MessageModel::ConversationRole).toString(), annId);
    // Ann, in Bob's tab, has the room's message counted on the room's tab.
    QTRY_COMPARE(tabTexts(ann.window), (QStringList{u"Room (1)"_qs, u"Bob"_qs}));
    QVERIFY(!shownMessages(ann.window).contains(u"hello all"_qs));
    // Cy saw the room's message (which came after the private one), and never the private one.
    QTRY_VERIFY(!cy.messages().isEmpty());
    for (const tincan::protocol::ChatMessage &message : cy.messages())
        QVERIFY(message.text != u"psst, Bob"_qs);

    // Bob opens the tab (its count goes) and replies from the message's menu: privately.
    bob->window.conversationTabs()->setCurrent(annId);
    QCOMPARE(tabTexts(bob->window), (QStringList{u"Room"_qs, u"Ann"_qs}));
    QCOMPARE(shownMessages(bob->window), QStringList{u"psst, Bob"_qs});
    const qint64 psst = bob->seqOf(u"psst, Bob"_qs);
    {
        QMenu messageMenu;
        bob->window.messageList()->fillMenu(messageMenu, bob->shown(psst));
        messageMenu.actions().first()->trigger(); // Reply
    }
    auto *bobInput = part<QPlainTextEdit>(bob->window, u"messageInput"_qs);
    QTest::keyClicks(bobInput, u"got it"_qs);
    QTest::keyClick(bobInput, Qt::Key_Return);
    QTRY_VERIFY(ann.lineWithText(u"got it"_qs).isValid());
    QCOMPARE(ann.lineWithText(u"got it"_qs).data(MessageModel::ConversationRole).toString(), bobId);
    QTRY_COMPARE(ann.lineWithText(u"got it"_qs).data(MessageModel::QuoteSeqRole).toLongLong(), psst);
    QCOMPARE(shownMessages(ann.window), (QStringList{u"psst, Bob"_qs, u"got it"_qs}));

    // Bob leaves: Ann's view says so, and nothing she types goes out.
    bob->session.close();
    bob.reset();
    QTRY_COMPARE(ann.window.privateNotice(),
                 u"Bob is not in the room now. You can write to them again when they are back."_qs);
    QVERIFY(annInput->isReadOnly());
    annInput->setPlainText(u"are you there?"_qs);
    QTest::keyClick(annInput, Qt::Key_Return);
    QVERIFY(ann.session.outbox().isEmpty());
    QCOMPARE(annInput->toPlainText(), u"are you there?"_qs);
    annInput->clear();

    // The host restarts; Ann joins again, Bob starts the app again as "Robert".
    host.stop();
    QTRY_VERIFY_WITH_TIMEOUT(ann.session.state() != ChatSession::State::Connected, netTimeoutMs);
    QVERIFY(host.start(true));
    ann.session.rejoin();
    QTRY_COMPARE_WITH_TIMEOUT(ann.session.state(), ChatSession::State::Connected, netTimeoutMs);
    QCOMPARE(ann.session.personId(), annId);
    Desk robert(host.chatUrl(), u"Robert"_qs, &bobSettings);
    QTRY_COMPARE_WITH_TIMEOUT(robert.session.state(), ChatSession::State::Connected, netTimeoutMs);
    QCOMPARE(robert.session.personId(), bobId);

    // Ann's tab follows his new name, and she can write again.
    QTRY_COMPARE(tabTexts(ann.window), (QStringList{u"Room (1)"_qs, u"Robert"_qs}));
    QTRY_COMPARE(ann.window.privateNotice(), QString());
    QVERIFY(!annInput->isReadOnly());
    QCOMPARE(shownMessages(ann.window), (QStringList{u"psst, Bob"_qs, u"got it"_qs}));
    // Robert's new window has the conversation from the host's history, in its own tab.
    QTRY_COMPARE(tabTexts(robert.window), (QStringList{u"Room"_qs, u"Ann"_qs}));
    QVERIFY(!shownMessages(robert.window).contains(u"psst, Bob"_qs));
    QVERIFY(shownMessages(robert.window).contains(u"hello all"_qs));
    robert.window.conversationTabs()->setCurrent(annId);
    QCOMPARE(shownMessages(robert.window), (QStringList{u"psst, Bob"_qs, u"got it"_qs}));
    robert.window.conversationTabs()->setCurrent(QString());

    QTest::keyClicks(annInput, u"welcome back"_qs);
    QTest::keyClick(annInput, Qt::Key_Return);
    QTRY_COMPARE(tabTexts(robert.window), (QStringList{u"Room"_qs, u"Ann (1)"_qs}));
    QCOMPARE(robert.lineWithText(u"welcome back"_qs).data(MessageModel::ConversationRole).toString(), annId);
}

// A draft belongs to its conversation: what Ann types to Bob stays in his tab when she goes to
// the room (and comes back with it), Enter in the room sends nothing private there, a reply bar
// stays with its conversation, nobody is told she is typing a private message or an edit, and a
// private message the host refuses goes back to Bob's tab, never the room's.
void tst_DesktopConversations::draftsStayInTheirConversation()
{
    TestHost host;
    QVERIFY(host.start());
    Desk ann(host.chatUrl(), u"Ann"_qs);
    auto bob = std::make_unique<Desk>(host.chatUrl(), u"Bob"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(ann.session.roster().size(), 2, netTimeoutMs);
    QTRY_COMPARE(bob->session.roster().size(), 2);
    const QString annId = ann.session.personId();
    const QString bobId = bob->session.personId();
    QSignalSpy typing(&bob->session, &ChatSession::typingChanged);
    ann.session.send(u"Lunch?"_qs);
    QTRY_VERIFY(ann.seqOf(u"Lunch?"_qs) > 0);
    const qint64 lunch = ann.seqOf(u"Lunch?"_qs);

    Composer *composer = ann.window.composer();
    auto *input = part<QPlainTextEdit>(ann.window, u"messageInput"_qs);
    ann.window.openConversation(bobId);
    QCOMPARE(composer->conversation(), bobId);
    QTest::keyClicks(input, u"my secret"_qs);

    // The room's input is empty, and Enter there sends nothing.
    ann.window.conversationTabs()->setCurrent(QString());
    QCOMPARE(composer->conversation(), QString());
    QCOMPARE(input->toPlainText(), QString());
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(ann.session.outbox().isEmpty());

    // An edit in the room: no typing notice either.
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(composer->editSeq(), lunch);
    QTest::keyClicks(input, u" At one"_qs);
    QTest::keyClick(input, Qt::Key_Escape);
    QCOMPARE(input->toPlainText(), QString());

    // Messages from one connection come in order: by the time Bob has this one, any typing
    // notice sent before it has come too.
    ann.session.send(u"marker"_qs);
    QTRY_VERIFY(bob->lineWithText(u"marker"_qs).isValid());
    for (const QList<QVariant> &notice : std::as_const(typing))
        QVERIFY(!notice.at(0).toStringList().contains(u"Ann"_qs));
    QVERIFY(!bob->lineWithText(u"my secret"_qs).isValid());

    // A reply begun in the room stays with the room's draft.
    composer->startReply(lunch, u"Ann"_qs, u"Lunch?"_qs);
    QTest::keyClicks(input, u"room draft"_qs);
    ann.window.conversationTabs()->setCurrent(bobId);
    QCOMPARE(input->toPlainText(), u"my secret"_qs);
    QCOMPARE(composer->contextText(), QString());
    QCOMPARE(composer->replySeq(), 0);
    ann.window.conversationTabs()->setCurrent(QString());
    QCOMPARE(input->toPlainText(), u"room draft"_qs);
    QCOMPARE(composer->replySeq(), lunch);
    QCOMPARE(composer->contextText(), u"Replying to Ann: Lunch?"_qs);

    // In Bob's tab, Enter sends the draft to him alone; the room's draft is still there.
    ann.window.conversationTabs()->setCurrent(bobId);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY(bob->lineWithText(u"my secret"_qs).isValid());
    QCOMPARE(bob->lineWithText(u"my secret"_qs).data(MessageModel::ConversationRole).toString(), annId);
    QCOMPARE(bob->lineWithText(u"my secret"_qs).data(MessageModel::QuoteSeqRole).toLongLong(), 0);
    ann.window.conversationTabs()->setCurrent(QString());
    QCOMPARE(input->toPlainText(), u"room draft"_qs);
    QTest::keyClick(input, Qt::Key_Escape);
    input->clear();

    // Ann is cut off and writes to Bob, who leaves meanwhile: the host refuses the message when
    // she is back, and it goes back to Bob's tab while she is in the room.
    host.stop();
    QTRY_VERIFY_WITH_TIMEOUT(ann.session.state() != ChatSession::State::Connected, netTimeoutMs);
    bob->session.close();
    bob.reset();
    ann.window.conversationTabs()->setCurrent(bobId);
    QTest::keyClicks(input, u"are you there?"_qs);
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(ann.session.outbox().size(), 1);
    ann.window.conversationTabs()->setCurrent(QString());
    QSignalSpy rejected(&ann.session, &ChatSession::messageRejected);
    QVERIFY(host.start(true));
    ann.session.rejoin();
    QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, netTimeoutMs);
    QCOMPARE(input->toPlainText(), QString());
    ann.window.conversationTabs()->setCurrent(bobId);
    QCOMPARE(input->toPlainText(), u"are you there?"_qs);
}

// Sending an edit gives the input back what Ann was writing before it; an edit that cannot go
// (she is not connected) stays in the input and she is told.
void tst_DesktopConversations::editsKeepTheirTextAndTheDraft()
{
    TestHost host;
    QVERIFY(host.start());
    Desk ann(host.chatUrl(), u"Ann"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(ann.session.state(), ChatSession::State::Connected, netTimeoutMs);
    ann.session.send(u"Tea at four"_qs);
    QTRY_VERIFY(ann.seqOf(u"Tea at four"_qs) > 0);
    const qint64 seq = ann.seqOf(u"Tea at four"_qs);
    Composer *composer = ann.window.composer();
    auto *input = part<QPlainTextEdit>(ann.window, u"messageInput"_qs);
    QSignalSpy problems(composer, &Composer::problem);

    QTest::keyClicks(input, u"half-written"_qs);
    composer->startEdit(seq, u"Tea at four"_qs);
    QTest::keyClicks(input, u" thirty"_qs);
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(input->toPlainText(), u"half-written"_qs);
    QCOMPARE(composer->editSeq(), 0);
    QTRY_COMPARE(ann.line(seq).data(MessageModel::TextRole).toString(), u"Tea at four thirty"_qs);
    QVERIFY(problems.isEmpty());

    host.stop();
    QTRY_VERIFY_WITH_TIMEOUT(ann.session.state() != ChatSession::State::Connected, netTimeoutMs);
    composer->startEdit(seq, u"Tea at four thirty"_qs);
    QTest::keyClicks(input, u"!"_qs);
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(input->toPlainText(), u"Tea at four thirty!"_qs);
    QCOMPARE(composer->editSeq(), seq);
    QTest::keyClick(input, Qt::Key_Escape);
    QCOMPARE(input->toPlainText(), u"half-written"_qs);
}

// A name is shown as written: "%2" in a name is not where the tab's count goes.
void tst_DesktopConversations::aNameCannotChangeATabsCount()
{
    tincan::ConversationTabs tabs;
    tabs.openConversation(u"p1"_qs, u"%2 & %1"_qs);
    tabs.setCurrent(QString());
    tabs.addUnread(u"p1"_qs, 3);
    QCOMPARE(tabs.tabText(tabs.indexOf(u"p1"_qs)), u"%2 && %1 (3)"_qs);
}

void tst_DesktopConversations::searchMarksTheWordsFound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QList<QPoint>>("marked");
    QTest::newRow("word starts") << u"Budget, rebudget and budgets"_qs << QStringList{u"budget"_qs}
                                 << QList<QPoint>{{0, 6}, {21, 6}};
    QTest::newRow("accents and case") << u"CAFÉ café Cafe"_qs << QStringList{u"cafe"_qs}
                                      << QList<QPoint>{{0, 4}, {5, 4}, {10, 4}};
    QTest::newRow("decomposed accent") << u"cafe\u0301 time"_qs << QStringList{u"café"_qs}
                                       << QList<QPoint>{{0, 5}};
    QTest::newRow("two terms") << u"march budget"_qs << QStringList{u"budget"_qs, u"mar"_qs}
                               << QList<QPoint>{{0, 3}, {6, 6}};
    QTest::newRow("markup is text") << u"<b>budget</b>"_qs << QStringList{u"budget"_qs}
                                    << QList<QPoint>{{3, 6}};
    QTest::newRow("none") << u"nothing here"_qs << QStringList{u"budget"_qs} << QList<QPoint>{};
}

void tst_DesktopConversations::searchMarksTheWordsFound()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QFETCH(QList<QPoint>, marked);
    QCOMPARE(tincan::SearchResultsModel::matches(text, terms), marked);
}

// Ctrl+F, a word, Enter: the messages found, newest first, with who and when, the words marked,
// "More" for older ones; a private result opens its tab; one not loaded is fetched and shown;
// refusals are said in words.
void tst_DesktopConversations::searchInTheWindow()
{
    TestHost host;
    QVERIFY(host.start());
    Desk ann(host.chatUrl(), u"Ann"_qs);
    Desk bob(host.chatUrl(), u"Bob"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(ann.session.roster().size(), 2, netTimeoutMs);
    ann.session.send(u"The budget for March"_qs);
    bob.session.send(u"budget secret"_qs, ann.session.personId());
    QTRY_VERIFY(ann.lineWithText(u"budget secret"_qs).isValid());
    const qint64 march = ann.seqOf(u"The budget for March"_qs);
    const qint64 secret = ann.seqOf(u"budget secret"_qs);
    // Sixty more from three others (each within the message rate): the first ones fall out of
    // what a newcomer's welcome brings.
    std::vector<std::unique_ptr<TestClient>> others;
    for (int i = 0; i < 3; ++i) {
        others.push_back(std::make_unique<TestClient>());
        QVERIFY(others.back()->join(host.chatUrl(), u"Other %1"_qs.arg(i)));
        for (int n = 0; n < 20; ++n) {
            others.back()->sendObject(
                tincan::protocol::Send{u"o%1-%2"_qs.arg(i).arg(n), u"budget filler %1 %2"_qs.arg(i).arg(n), {}, {}}
                    .toJson());
        }
    }
    for (const auto &other : others)
        QTRY_COMPARE_WITH_TIMEOUT(other->ofType(tincan::protocol::type::ack).size(), 20, netTimeoutMs);

    // Ann: Ctrl+F opens the field; Enter searches.
    tincan::SearchPanel *panel = ann.window.searchPanel();
    QVERIFY(panel->isHidden());
    ann.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&ann.window));
    QTest::keyClick(part<QPlainTextEdit>(ann.window, u"messageInput"_qs), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(panel->isVisible());
    auto *field = part<QLineEdit>(ann.window, u"searchField"_qs);
    QTest::keyClicks(field, u"budget"_qs);
    QTest::keyClick(field, Qt::Key_Return);
    const tincan::SearchResultsModel *found = panel->results();
    QTRY_COMPARE_WITH_TIMEOUT(found->rowCount(), 20, netTimeoutMs);
    QCOMPARE(found->index(0).data(SearchResultsModel::TextRole).toString(), u"budget filler 2 19"_qs);
    QVERIFY(found->index(0).data(SearchResultsModel::HeaderRole).toString().startsWith(u"Other 2 · "_qs));
    QCOMPARE(found->index(0).data(SearchResultsModel::MatchesRole).value<QList<QPoint>>(),
             (QList<QPoint>{{0, 6}}));
    // "More": the next page, older still.
    QVERIFY(panel->canShowMore());
    QTest::mouseClick(part<QPushButton>(ann.window, u"searchMore"_qs), Qt::LeftButton);
    QTRY_COMPARE(found->rowCount(), 40);
    QVERIFY(found->index(20).data(SearchResultsModel::SeqRole).toLongLong()
            < found->index(19).data(SearchResultsModel::SeqRole).toLongLong());

    // A private result says so, and opens in its tab, marked.
    field->clear();
    QTest::keyClicks(field, u"secr"_qs);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(found->rowCount(), 1);
    QVERIFY(found->index(0).data(SearchResultsModel::HeaderRole).toString().endsWith(u" · private"_qs));
    QVERIFY(!panel->canShowMore());
    QListView *list = panel->resultList();
    QVERIFY(list->isVisible());
    list->setFocus();
    list->setCurrentIndex(found->index(0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(ann.window.conversationTabs()->current(), bob.session.personId());
    QCOMPARE(ann.model()->highlightedSeq(), secret);
    QVERIFY(ann.shown(secret).isValid());

    // Refusals, in words.
    field->setText(u"!!!"_qs);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(panel->statusText(), tincan::SearchPanel::refusalText(u"search-invalid"_qs));
    QCOMPARE(panel->statusText(), u"Type at least one word of letters or digits to search for."_qs);
    field->setText(QString(201, u'a'));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(panel->statusText(), u"That search is too long: use at most 200 characters."_qs);
    field->setText(u"nowhere"_qs);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(panel->statusText(), u"No messages found."_qs);
    QVERIFY(list->isHidden());
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(panel->isHidden());

    // Dee joined later: the March message is not loaded; choosing it fetches it and shows it.
    Desk dee(host.chatUrl(), u"Dee"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(dee.session.state(), ChatSession::State::Connected, netTimeoutMs);
    QVERIFY(!dee.model()->hasSeq(march));
    dee.window.openSearch();
    auto *deeField = part<QLineEdit>(dee.window, u"searchField"_qs);
    QTest::keyClicks(deeField, u"march"_qs);
    QTest::keyClick(deeField, Qt::Key_Return);
    const tincan::SearchResultsModel *deeFound = dee.window.searchPanel()->results();
    QTRY_COMPARE(deeFound->rowCount(), 1);
    QCOMPARE(deeFound->index(0).data(SearchResultsModel::SeqRole).toLongLong(), march);
    dee.window.searchPanel()->resultList()->setCurrentIndex(deeFound->index(0));
    QTest::keyClick(dee.window.searchPanel()->resultList(), Qt::Key_Return);
    QTRY_COMPARE(dee.model()->highlightedSeq(), march);
    QVERIFY(dee.shown(march).isValid());
    QCOMPARE(dee.shown(march).data(MessageModel::TextRole).toString(), u"The budget for March"_qs);
    QVERIFY(dee.shown(march).data(MessageModel::HighlightRole).toBool());
}

// Ann types "@bo" and is offered Bob (never herself), takes him with Tab, then "@mary", where
// Enter takes "Mary Jane" instead of sending; the message she sends names both, and Bob's
// window shows it as a mention of him.
void tst_DesktopConversations::mentionsAreCompletedAndHighlighted()
{
    TestHost host;
    QVERIFY(host.start());
    Desk bob(host.chatUrl(), u"Bob"_qs);
    TestClient mary;
    QVERIFY(mary.join(host.chatUrl(), u"Mary Jane"_qs));
    Desk ann(host.chatUrl(), u"Ann"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(ann.session.roster().size(), 3, netTimeoutMs);
    ann.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&ann.window));
    auto *input = part<tincan::ChatInput>(ann.window, u"messageInput"_qs);
    input->setFocus();
    const auto offered = [input] {
        QStringList names;
        const QAbstractItemModel *list = input->mentionCompleter()->completionModel();
        for (int row = 0; input->isOfferingNames() && row < list->rowCount(); ++row)
            names.append(list->index(row, 0).data().toString());
        return names;
    };
    QSignalSpy sent(ann.window.composer(), &Composer::sent);

    typeKeys(input, u"@an"_qs);
    QCOMPARE(offered(), QStringList()); // her own name is not offered
    input->clear();
    typeKeys(input, u"@bo"_qs);
    QCOMPARE(offered(), QStringList{u"Bob"_qs});
    pressKey(input, Qt::Key_Tab);
    QCOMPARE(input->toPlainText(), u"@Bob "_qs);
    typeKeys(input, u"lunch with @mary"_qs);
    QCOMPARE(offered(), QStringList{u"Mary Jane"_qs});
    pressKey(input, Qt::Key_Return);
    QCOMPARE(sent.size(), 0);
    QCOMPARE(input->toPlainText(), u"@Bob lunch with @Mary Jane "_qs);
    typeKeys(input, u"today?"_qs);
    pressKey(input, Qt::Key_Return);
    QCOMPARE(sent.size(), 1);

    const QString text = u"@Bob lunch with @Mary Jane today?"_qs;
    QTRY_COMPARE_WITH_TIMEOUT(mary.messages().size(), 1, netTimeoutMs);
    QCOMPARE(mary.messages().first().text, text);
    QTRY_VERIFY(bob.lineWithText(text).isValid());
    QVERIFY(bob.lineWithText(text).data(MessageModel::MentionRole).toBool());
    QTRY_VERIFY(ann.lineWithText(text).data(MessageModel::SeqRole).toLongLong() > 0);
    QVERIFY(!ann.lineWithText(text).data(MessageModel::MentionRole).toBool());
}

QTEST_MAIN(tst_DesktopConversations)
#include "tst_desktopconversations.moc"
