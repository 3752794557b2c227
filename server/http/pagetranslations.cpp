#include "server/http/pagetranslations.h"

#include "translations/language.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTranslator>

namespace tincan {

namespace {

struct Entry
{
    const char *key;    // the key in strings.js
    const char *source; // Qt's source text, %1… for the parameters, %n for {count}
    const char *params; // names of %1, %2, … in the page's template, comma-separated
    bool plural;        // chosen by {count}
    const char *context = "BrowserPage"; // or the desktop class that shows the same sentence
};

// The counts a plural entry is sent for: one of every category that whole numbers fall in, in
// any language (Arabic needs 0, 1, 2, 3, 11, 100; Welsh 6; Irish 7; French 1000000).
constexpr int pluralSamples[] = {0, 1, 2, 3, 5, 6, 7, 11, 21, 100, 1000000};

// A sentence the desktop window also shows keeps the desktop's context, so both share one
// translation. (lupdate reads the QT_TRANSLATE_*NOOP markers; it does not expand macros.)
const Entry entries[] = {
    {"app.name", QT_TRANSLATE_NOOP("tincan::ChatWindow", "Tincan"), "", false, "tincan::ChatWindow"},
    //: Browser tab title: room name · app name
    {"title.room", QT_TRANSLATE_NOOP("BrowserPage", "%1 · Tincan"), "room", false},
    //: Browser tab title with the number of unread messages in front
    {"title.unread", QT_TRANSLATE_NOOP("BrowserPage", "(%1) %2"), "count,title", false},

    {"join.heading", QT_TRANSLATE_NOOP("BrowserPage", "Join the chat"), "", false},
    {"join.headingRoom", QT_TRANSLATE_NOOP("BrowserPage", "Join %1"), "room", false},
    {"join.lead", QT_TRANSLATE_NOOP("BrowserPage", "Chat with everyone on this network. Nothing to install."), "", false},
    {"join.nickLabel", QT_TRANSLATE_NOOP("tincan::StartWindow", "Your name"), "", false, "tincan::StartWindow"},
    {"join.nickHint", QT_TRANSLATE_NOOP("BrowserPage", "Up to %1 characters. Others see this name."), "max", false},
    //: Button that joins the chat
    {"join.button", QT_TRANSLATE_NOOP("BrowserPage", "Join"), "", false},
    {"join.joining", QT_TRANSLATE_NOOP("BrowserPage", "Joining…"), "", false},
    //: Button that joins with the free name the host suggested
    {"join.useSuggestion", QT_TRANSLATE_NOOP("BrowserPage", "Use “%1”"), "name", false},
    //: Label of the field for the room's access code (a few letters and digits the host gives out)
    {"join.codeLabel", QT_TRANSLATE_NOOP("BrowserPage", "Access code"), "", false},

    {"code.needed", QT_TRANSLATE_NOOP("BrowserPage", "This room needs an access code. Ask the host for it."), "", false},
    {"code.wrong", QT_TRANSLATE_NOOP("BrowserPage", "That code is not right. Check it with the host."), "", false},

    {"nick.empty", QT_TRANSLATE_NOOP("BrowserPage", "Please type a name."), "", false},
    {"nick.tooLong", QT_TRANSLATE_N_NOOP("BrowserPage", "That name is too long. Use at most %n character(s)."), "", true},
    {"nick.badChars", QT_TRANSLATE_NOOP("BrowserPage", "That name contains invisible or control characters. Please use plain letters, digits and symbols."), "", false},
    {"nick.takenSuggest", QT_TRANSLATE_NOOP("BrowserPage", "“%1” is already taken in this room. How about “%2”?"), "name,suggestion", false},
    {"nick.taken", QT_TRANSLATE_NOOP("BrowserPage", "“%1” is already taken in this room. Please pick another name."), "name", false},
    {"nick.takenOnResume", QT_TRANSLATE_NOOP("BrowserPage", "While you were away, someone else took the name “%1”. Pick a name to rejoin:"), "name", false},
    {"nick.rejoinButton", QT_TRANSLATE_NOOP("BrowserPage", "Rejoin"), "", false},

    {"status.idle", QT_TRANSLATE_NOOP("tincan::ChatWindow", "Not connected"), "", false, "tincan::ChatWindow"},
    {"status.connecting", QT_TRANSLATE_NOOP("BrowserPage", "Connecting…"), "", false},
    {"status.connected", QT_TRANSLATE_NOOP("tincan::ChatWindow", "Connected"), "", false, "tincan::ChatWindow"},
    //: Fetching the messages missed while the connection was down
    {"status.catchingUp", QT_TRANSLATE_NOOP("BrowserPage", "Catching up…"), "", false},
    {"status.reconnecting", QT_TRANSLATE_N_NOOP("BrowserPage", "Connection lost. Reconnecting in %n second(s)…"), "", true},
    {"status.retrying", QT_TRANSLATE_N_NOOP("BrowserPage", "Cannot reach the host. Trying again in %n second(s)…"), "", true},
    {"status.retryIn", QT_TRANSLATE_N_NOOP("BrowserPage", "Reconnecting in %n second(s)…"), "", true},
    {"status.reconnectingNow", QT_TRANSLATE_NOOP("tincan::ChatWindow", "Reconnecting…"), "", false, "tincan::ChatWindow"},
    {"status.retryNow", QT_TRANSLATE_NOOP("BrowserPage", "Retry now"), "", false},
    {"status.offline", QT_TRANSLATE_NOOP("BrowserPage", "Your device is offline. Waiting for the network…"), "", false},
    {"status.needsNick", QT_TRANSLATE_NOOP("BrowserPage", "Choose a name to rejoin."), "", false},
    //: %1 is the reason, a sentence
    {"status.refused", QT_TRANSLATE_NOOP("BrowserPage", "The host refused the connection: %1"), "reason", false},
    {"status.ended", QT_TRANSLATE_NOOP("tincan::ConnectionStatus", "The host ended the chat."), "", false, "tincan::ConnectionStatus"},
    {"status.rejoin", QT_TRANSLATE_NOOP("BrowserPage", "Rejoin"), "", false},
    //: The host removed this person; they may rejoin
    {"status.kicked", QT_TRANSLATE_NOOP("BrowserPage", "The host removed you from the chat."), "", false},
    //: Said at the moment the host bans this person, who was in the chat
    {"status.bannedNow", QT_TRANSLATE_NOOP("BrowserPage", "The host banned you from this chat."), "", false},
    //: Said when a banned person tries to join
    {"status.banned", QT_TRANSLATE_NOOP("BrowserPage", "The host has banned you from this chat."), "", false},
    {"status.locked", QT_TRANSLATE_NOOP("BrowserPage", "The host has locked the room. Nobody new can join right now."), "", false},
    {"status.blocked", QT_TRANSLATE_NOOP("BrowserPage", "Too many wrong codes from this device. Try again in a few minutes."), "", false},
    //: Button that asks the host again to be let in
    {"status.tryAgain", QT_TRANSLATE_NOOP("BrowserPage", "Try again"), "", false},

    {"close.hostLeaving", QT_TRANSLATE_NOOP("BrowserPage", "The host stopped the chat."), "", false},
    {"close.helloTimeout", QT_TRANSLATE_NOOP("BrowserPage", "Joining took too long."), "", false},
    {"close.tooBig", QT_TRANSLATE_NOOP("BrowserPage", "A message was too large for the host."), "", false},
    {"close.roomFull", QT_TRANSLATE_NOOP("BrowserPage", "The room is full. Tincan will keep trying."), "", false},

    {"error.bad-json", QT_TRANSLATE_NOOP("BrowserPage", "The host could not read a message from this page. Reload the page if this keeps happening."), "", false},
    {"error.bad-message", QT_TRANSLATE_NOOP("BrowserPage", "The host did not understand a request from this page. Reload the page if this keeps happening."), "", false},
    {"error.unknown-type", QT_TRANSLATE_NOOP("BrowserPage", "The host does not know a request this page sent. The host may be an older version."), "", false},
    {"error.hello-required", QT_TRANSLATE_NOOP("BrowserPage", "The page tried to chat before joining. Reload the page if this keeps happening."), "", false},
    {"error.already-joined", QT_TRANSLATE_NOOP("BrowserPage", "You are already in the room."), "", false},
    {"error.version-unsupported", QT_TRANSLATE_NOOP("BrowserPage", "This page does not match the host’s version. Reload the page."), "", false},
    {"error.nick-invalid", QT_TRANSLATE_NOOP("BrowserPage", "That name cannot be used. Use 1 to %1 visible characters, without control or invisible characters."), "max", false},
    {"error.nick-taken", QT_TRANSLATE_NOOP("BrowserPage", "That name is already taken in this room."), "", false},
    {"error.text-invalid", QT_TRANSLATE_NOOP("BrowserPage", "That message cannot be sent: it has nothing visible in it, or a control character."), "", false},
    {"error.text-too-long", QT_TRANSLATE_NOOP("BrowserPage", "That message is too long for the host."), "", false},
    {"error.rate-limited", QT_TRANSLATE_NOOP("BrowserPage", "You are sending messages too fast. Tincan will send this one again in a moment."), "", false},
    {"error.room-full", QT_TRANSLATE_NOOP("BrowserPage", "The room is full. Try again later."), "", false},
    {"error.storage-failed", QT_TRANSLATE_NOOP("BrowserPage", "The host could not save the chat history. The chat goes on, but messages from now on may be lost when the host restarts."), "", false},
    {"error.replaced", QT_TRANSLATE_NOOP("BrowserPage", "You joined again from another connection, so this one stopped."), "", false},
    {"error.file-name-invalid", QT_TRANSLATE_NOOP("BrowserPage", "The host cannot use this file’s name. Rename the file and send it again."), "", false},
    {"error.file-too-large", QT_TRANSLATE_NOOP("BrowserPage", "This file is larger than the host accepts."), "", false},
    {"error.storage-full", QT_TRANSLATE_NOOP("BrowserPage", "The host has no room left for this file."), "", false},
    {"error.too-many-uploads", QT_TRANSLATE_NOOP("BrowserPage", "Too many files are on their way at once. Send this one when the others are done."), "", false},
    {"error.no-such-message", QT_TRANSLATE_NOOP("BrowserPage", "That message is not there any more."), "", false},
    {"error.not-yours", QT_TRANSLATE_NOOP("BrowserPage", "Only your own messages can be changed or deleted."), "", false},
    {"error.reaction-invalid", QT_TRANSLATE_NOOP("BrowserPage", "A reaction is one emoji."), "", false},
    {"error.too-many-reactions", QT_TRANSLATE_NOOP("BrowserPage", "That message has all the different reactions it can take."), "", false},
    //: A private message could not go: the other person left the chat
    {"error.no-such-member", QT_TRANSLATE_NOOP("BrowserPage", "That person is not in the room any more."), "", false},
    {"error.search-invalid", QT_TRANSLATE_NOOP("tincan::SearchPanel", "Type at least one word of letters or digits to search for."), "", false, "tincan::SearchPanel"},
    {"error.search-too-long", QT_TRANSLATE_N_NOOP("tincan::SearchPanel", "That search is too long: use at most %n character(s)."), "", true, "tincan::SearchPanel"},
    //: An edit, delete or reaction tried while the page is not connected; nothing was changed
    {"error.offline", QT_TRANSLATE_NOOP("BrowserPage", "You can change messages once you are connected."), "", false},
    //: An edit, delete or reaction came too fast; nothing was changed
    {"error.tooFast", QT_TRANSLATE_NOOP("BrowserPage", "That was too fast for the host. Wait a moment and try again."), "", false},
    //: %1 is a machine code such as "rate-limited"
    {"error.unknown", QT_TRANSLATE_NOOP("BrowserPage", "The host reported a problem: %1."), "code", false},

    //: Label of the button that opens the list of people
    {"room.peopleButton", QT_TRANSLATE_N_NOOP("BrowserPage", "Show the %n person(s) in this room"), "", true},
    {"room.rosterHeading", QT_TRANSLATE_NOOP("BrowserPage", "In this room"), "", false},
    //: Marks your own name in the list of people
    {"room.you", QT_TRANSLATE_NOOP("BrowserPage", "you"), "", false},
    //: Marks the host's name in the list of people (lower case, like "you")
    {"room.host", QT_TRANSLATE_NOOP("BrowserPage", "host"), "", false},
    {"room.soundOn", QT_TRANSLATE_NOOP("BrowserPage", "Sound on for new messages"), "", false},
    {"room.soundOff", QT_TRANSLATE_NOOP("BrowserPage", "Sound off for new messages"), "", false},
    {"room.close", QT_TRANSLATE_NOOP("BrowserPage", "Close"), "", false},
    {"room.offline", QT_TRANSLATE_NOOP("tincan::ConnectionStatus", "Offline"), "", false, "tincan::ConnectionStatus"},

    {"msg.list", QT_TRANSLATE_NOOP("tincan::ChatWindow", "Messages"), "", false, "tincan::ChatWindow"},
    {"msg.empty", QT_TRANSLATE_NOOP("BrowserPage", "No messages yet. Say hello!"), "", false},
    {"msg.loadingOlder", QT_TRANSLATE_NOOP("BrowserPage", "Loading older messages…"), "", false},
    {"msg.start", QT_TRANSLATE_NOOP("BrowserPage", "This is the start of the room."), "", false},
    //: Shown instead of your own name above your messages
    {"msg.you", QT_TRANSLATE_NOOP("BrowserPage", "You"), "", false},
    {"msg.pending", QT_TRANSLATE_NOOP("BrowserPage", "Waiting to send"), "", false},
    {"msg.sending", QT_TRANSLATE_NOOP("BrowserPage", "Sending…"), "", false},
    {"msg.jumpToNew", QT_TRANSLATE_N_NOOP("tincan::ChatWindow", "%n new message(s)"), "", true, "tincan::ChatWindow"},
    {"msg.today", QT_TRANSLATE_NOOP("BrowserPage", "Today"), "", false},
    {"msg.yesterday", QT_TRANSLATE_NOOP("BrowserPage", "Yesterday"), "", false},
    {"msg.mentionedYou", QT_TRANSLATE_NOOP("tincan::ChatTray", "%1 mentioned you"), "name", false, "tincan::ChatTray"},
    //: Button on a message: answer it
    {"msg.reply", QT_TRANSLATE_NOOP("BrowserPage", "Reply"), "", false},
    //: Button on a message: add an emoji reaction
    {"msg.react", QT_TRANSLATE_NOOP("BrowserPage", "React"), "", false},
    //: Field for typing an emoji of one's own choice as a reaction
    {"msg.otherEmoji", QT_TRANSLATE_NOOP("BrowserPage", "Another emoji"), "", false},
    {"msg.edit", QT_TRANSLATE_NOOP("BrowserPage", "Edit"), "", false},
    {"msg.delete", QT_TRANSLATE_NOOP("BrowserPage", "Delete"), "", false},
    //: The Delete button after one click: click again to delete
    {"msg.deleteSure", QT_TRANSLATE_NOOP("BrowserPage", "Delete?"), "", false},
    //: Shown in place of a deleted message
    {"msg.deleted", QT_TRANSLATE_NOOP("BrowserPage", "Message deleted"), "", false},
    //: Mark next to the time of a message that was changed
    {"msg.edited", QT_TRANSLATE_NOOP("BrowserPage", "edited"), "", false},
    //: After the names of those who gave a reaction, for those not listed
    {"msg.andMore", QT_TRANSLATE_NOOP("BrowserPage", "%1 more"), "count", false},
    //: Above the message box: %1 is the name of the person whose message is answered
    {"msg.replyingTo", QT_TRANSLATE_NOOP("BrowserPage", "Replying to %1"), "name", false},
    {"msg.editing", QT_TRANSLATE_NOOP("BrowserPage", "Editing your message"), "", false},

    {"conv.room", QT_TRANSLATE_NOOP("tincan::ConversationTabs", "Room"), "", false, "tincan::ConversationTabs"},
    //: Button beside a person in the list of people; %1 is their name
    {"conv.with", QT_TRANSLATE_NOOP("BrowserPage", "Write to %1 privately"), "name", false},
    //: Placeholder of the message box in a private conversation; %1 is the other person's name
    {"conv.placeholder", QT_TRANSLATE_NOOP("BrowserPage", "Message %1 privately"), "name", false},
    //: Files cannot be sent in a private conversation; "Room" is the name of the room's tab
    {"conv.noFiles", QT_TRANSLATE_NOOP("BrowserPage", "Files go to the whole room. Switch to Room to send one."), "", false},
    {"conv.gone", QT_TRANSLATE_NOOP("tincan::ChatWindow", "%1 is not in the room now. You can write to them again when they are back."), "name", false, "tincan::ChatWindow"},

    {"search.label", QT_TRANSLATE_NOOP("tincan::SearchPanel", "Search messages"), "", false, "tincan::SearchPanel"},
    {"search.close", QT_TRANSLATE_NOOP("tincan::SearchPanel", "Close search"), "", false, "tincan::SearchPanel"},
    {"search.searching", QT_TRANSLATE_NOOP("tincan::SearchPanel", "Searching…"), "", false, "tincan::SearchPanel"},
    {"search.none", QT_TRANSLATE_NOOP("tincan::SearchPanel", "No messages found."), "", false, "tincan::SearchPanel"},
    //: Button below search results: the next, older results
    {"search.more", QT_TRANSLATE_NOOP("BrowserPage", "More results"), "", false},
    //: Button above a search result shown among the messages around it
    {"search.back", QT_TRANSLATE_NOOP("BrowserPage", "Back to the results"), "", false},
    {"search.offline", QT_TRANSLATE_NOOP("tincan::SearchPanel", "You can search once you are connected."), "", false, "tincan::SearchPanel"},
    {"search.tooFast", QT_TRANSLATE_NOOP("tincan::SearchPanel", "Too many searches at once. Wait a moment, then search again."), "", false, "tincan::SearchPanel"},
    {"search.noHistory", QT_TRANSLATE_NOOP("tincan::SearchPanel", "The host keeps no history, so there is nothing to search."), "", false, "tincan::SearchPanel"},

    //: Link on a file in the chat; it saves the file
    {"file.download", QT_TRANSLATE_NOOP("BrowserPage", "Download"), "", false},
    //: Button beside the message box that picks files to send
    {"file.attach", QT_TRANSLATE_NOOP("BrowserPage", "Attach files"), "", false},
    //: Button beside the message box on phones: opens the camera
    {"file.photo", QT_TRANSLATE_NOOP("BrowserPage", "Take a photo"), "", false},
    //: Shown over the chat while files are dragged over it
    {"file.drop", QT_TRANSLATE_NOOP("BrowserPage", "Drop files here to send them"), "", false},

    //: How much of a file has been sent: %1 and %2 are sizes such as "1.2 MB"
    {"upload.progress", QT_TRANSLATE_NOOP("BrowserPage", "%1 of %2"), "done,total", false},
    //: Time left for a file to be sent: %1 is a duration such as "2 minutes"
    {"upload.left", QT_TRANSLATE_NOOP("BrowserPage", "%1 left"), "time", false},
    //: Button that stops sending a file
    {"upload.cancel", QT_TRANSLATE_NOOP("BrowserPage", "Cancel"), "", false},
    //: Button that takes a file that could not be sent out of the chat
    {"upload.remove", QT_TRANSLATE_NOOP("BrowserPage", "Remove"), "", false},
    {"upload.empty", QT_TRANSLATE_NOOP("BrowserPage", "This file is empty: there is nothing to send."), "", false},
    {"upload.failed", QT_TRANSLATE_NOOP("BrowserPage", "The file could not be sent. Check the connection and send it again."), "", false},
    {"upload.refused", QT_TRANSLATE_NOOP("BrowserPage", "The host refused this upload. Send the file again."), "", false},
    {"upload.changed", QT_TRANSLATE_NOOP("BrowserPage", "The file changed while it was being sent. Send it again."), "", false},
    {"upload.notStored", QT_TRANSLATE_NOOP("BrowserPage", "The host could not store this file. Send it again later."), "", false},

    {"sys.joined", QT_TRANSLATE_NOOP("tincan::ChatWindow", "%1 joined"), "name", false, "tincan::ChatWindow"},
    {"sys.left", QT_TRANSLATE_NOOP("tincan::ChatWindow", "%1 left"), "name", false, "tincan::ChatWindow"},
    {"sys.renamed", QT_TRANSLATE_NOOP("tincan::ChatWindow", "%1 is now %2"), "from,to", false, "tincan::ChatWindow"},
    {"sys.removed", QT_TRANSLATE_NOOP("BrowserPage", "%1 was removed by the host"), "name", false},

    {"typing.one", QT_TRANSLATE_NOOP("tincan::ChatWindow", "%1 is typing…"), "a", false, "tincan::ChatWindow"},
    {"typing.two", QT_TRANSLATE_NOOP("tincan::ChatWindow", "%1 and %2 are typing…"), "a,b", false, "tincan::ChatWindow"},
    {"typing.many", QT_TRANSLATE_NOOP("tincan::ChatWindow", "Several people are typing…"), "", false, "tincan::ChatWindow"},

    {"compose.label", QT_TRANSLATE_NOOP("tincan::ChatWindow", "Message"), "", false, "tincan::ChatWindow"},
    //: Placeholder of the message box; %1 is the room's name
    {"compose.placeholder", QT_TRANSLATE_NOOP("BrowserPage", "Message %1"), "room", false},
    {"compose.placeholderNoRoom", QT_TRANSLATE_NOOP("BrowserPage", "Write a message"), "", false},
    //: Button that sends the message
    {"compose.send", QT_TRANSLATE_NOOP("BrowserPage", "Send"), "", false},
    {"compose.hint", QT_TRANSLATE_NOOP("BrowserPage", "Enter sends, Shift+Enter starts a new line."), "", false},
    {"compose.left", QT_TRANSLATE_N_NOOP("BrowserPage", "%n character(s) left"), "", true},
    {"compose.tooLong", QT_TRANSLATE_N_NOOP("BrowserPage", "Too long by %n character(s). The limit is %1."), "max", true},

    //: Read out by screen readers: who wrote, then the message
    {"announce.message", QT_TRANSLATE_NOOP("BrowserPage", "%1: %2"), "name,text", false},
    //: Read out by screen readers after a burst of messages
    {"announce.more", QT_TRANSLATE_N_NOOP("BrowserPage", "%n more message(s)"), "", true},
};

// Qt's "%1" and "%n" become the page's "{name}" and "{count}".
QString toPageTemplate(QString text, const Entry &entry)
{
    const QStringList names = QString::fromLatin1(entry.params).split(u',', Qt::SkipEmptyParts);
    static const QRegularExpression marker(QStringLiteral("%(n|[1-9])"));
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = marker.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString what = m.captured(1);
        const int index = what == u"n" ? -1 : what.toInt() - 1;
        if (index < 0)
            out += u"{count}";
        else if (index < names.size())
            out += u'{' + names.at(index) + u'}';
        else
            out += m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QStringList PageTranslations::keys()
{
    QStringList keys;
    for (const Entry &entry : entries)
        keys.append(QString::fromLatin1(entry.key));
    return keys;
}

QByteArray PageTranslations::json(const QString &code)
{
    QTranslator translator;
    if (!Language::available().contains(code) || !translator.load(Language::translationFile(code)))
        return {};
    // English only translates plural forms: its other sentences are the source texts.
    const bool sourceLanguage = code == u"en";
    QJsonObject table;
    for (const Entry &entry : entries) {
        const QString key = QString::fromLatin1(entry.key);
        if (!entry.plural) {
            QString text = translator.translate(entry.context, entry.source);
            if (text.isEmpty() && sourceLanguage)
                text = QString::fromUtf8(entry.source);
            if (!text.isEmpty())
                table.insert(key, toPageTemplate(text, entry));
            continue;
        }
        QJsonObject forms;
        for (const int count : pluralSamples) {
            const QString text = translator.translate(entry.context, entry.source, nullptr, count);
            if (!text.isEmpty())
                forms.insert(QString::number(count), toPageTemplate(text, entry));
        }
        if (!forms.isEmpty())
            table.insert(key, forms);
    }
    return QJsonDocument(table).toJson(QJsonDocument::Compact);
}

} // namespace tincan
