<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BrowserPage</name>
    <message numerus="yes">
        <source>That name is too long. Use at most %n character(s).</source>
        <translation>
            <numerusform>That name is too long. Use at most %n character.</numerusform>
            <numerusform>That name is too long. Use at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Connection lost. Reconnecting in %n second…</numerusform>
            <numerusform>Connection lost. Reconnecting in %n seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the host. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Cannot reach the host. Trying again in %n second…</numerusform>
            <numerusform>Cannot reach the host. Trying again in %n seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Reconnecting in %n second…</numerusform>
            <numerusform>Reconnecting in %n seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n person(s) in this room</source>
        <extracomment>Label of the button that opens the list of people</extracomment>
        <translation>
            <numerusform>Show the %n person in this room</numerusform>
            <numerusform>Show the %n people in this room</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>%n character left</numerusform>
            <numerusform>%n characters left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s). The limit is %1.</source>
        <translation>
            <numerusform>Too long by %n character. The limit is %1.</numerusform>
            <numerusform>Too long by %n characters. The limit is %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s)</source>
        <extracomment>Read out by screen readers after a burst of messages</extracomment>
        <translation>
            <numerusform>%n more message</numerusform>
            <numerusform>%n more messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessHost</name>
    <message numerus="yes">
        <source>%n people in the room</source>
        <translation>
            <numerusform>%n person in the room</numerusform>
            <numerusform>%n people in the room</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tincan::AccessCodeDialog</name>
    <message numerus="yes">
        <source>An access code needs at least %n letters or digits (spaces and dashes do not count).</source>
        <translation>
            <numerusform>An access code needs at least %n letter or digit (spaces and dashes do not count).</numerusform>
            <numerusform>An access code needs at least %n letters or digits (spaces and dashes do not count).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An access code has at most %n characters.</source>
        <translation>
            <numerusform>An access code has at most %n character.</numerusform>
            <numerusform>An access code has at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tincan::ChatTray</name>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tincan::ChatWindow</name>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other person(s) connected will be disconnected.</source>
        <translation>
            <numerusform>%n other person is connected and will be disconnected.</numerusform>
            <numerusform>%n other people are connected and will be disconnected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not yet received by the host will be lost. Close anyway?</source>
        <translation>
            <numerusform>One message has not reached the host yet and will be lost. Close anyway?</numerusform>
            <numerusform>%n messages have not reached the host yet and will be lost. Close anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The room did not allow that: only the host can remove people, never themselves, and a chat can ban at most %n people.</source>
        <translation>
            <numerusform>The room did not allow that: only the host can remove people, never themselves, and a chat can ban at most %n person.</numerusform>
            <numerusform>The room did not allow that: only the host can remove people, never themselves, and a chat can ban at most %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tincan::Composer</name>
    <message numerus="yes">
        <source>%n character(s) over the limit of %1: shorten it to send</source>
        <translation>
            <numerusform>%n character over the limit of %1: shorten it to send</numerusform>
            <numerusform>%n characters over the limit of %1: shorten it to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tincan::ConnectionStatus</name>
    <message numerus="yes">
        <source>Your %n unsent message(s) will go out when you are back.</source>
        <translation>
            <numerusform>Your unsent message will go out when you are back.</numerusform>
            <numerusform>Your %n unsent messages will go out when you are back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %n unsent message(s) will go out if you rejoin.</source>
        <translation>
            <numerusform>Your unsent message will go out if you rejoin.</numerusform>
            <numerusform>Your %n unsent messages will go out if you rejoin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not join %1: no answer within %n second(s). Check the address, and that the host is still hosting.</source>
        <translation>
            <numerusform>Could not join %1: no answer within a second. Check the address, and that the host is still hosting.</numerusform>
            <numerusform>Could not join %1: no answer within %n seconds. Check the address, and that the host is still hosting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tincan::HostPanel</name>
    <message numerus="yes">
        <source>%n person(s) connected</source>
        <translation>
            <numerusform>%n person connected</numerusform>
            <numerusform>%n people connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tincan::MessageDelegate</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tincan::MessageList</name>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tincan::MessageModel</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>%n hour left</numerusform>
            <numerusform>%n hours left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tincan::SearchPanel</name>
    <message numerus="yes">
        <source>That search is too long: use at most %n character(s).</source>
        <translation>
            <numerusform>That search is too long: use at most %n character.</numerusform>
            <numerusform>That search is too long: use at most %n characters.</numerusform>
        </translation>
    </message>
</context>
</TS>
