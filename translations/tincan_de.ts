<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BrowserPage</name>
    <message>
        <source>%1 · Tincan</source>
        <extracomment>Browser tab title: room name · app name</extracomment>
        <translation>%1 · Tincan</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <extracomment>Browser tab title with the number of unread messages in front</extracomment>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>Join the chat</source>
        <translation>Dem Chat beitreten</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>%1 beitreten</translation>
    </message>
    <message>
        <source>Chat with everyone on this network. Nothing to install.</source>
        <translation>Chatte mit allen in diesem Netzwerk. Nichts zu installieren.</translation>
    </message>
    <message>
        <source>Up to %1 characters. Others see this name.</source>
        <translation>Bis zu %1 Zeichen. Andere sehen diesen Namen.</translation>
    </message>
    <message>
        <source>Join</source>
        <extracomment>Button that joins the chat</extracomment>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Trete bei…</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <extracomment>Button that joins with the free name the host suggested</extracomment>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Bitte gib einen Namen ein.</translation>
    </message>
    <message numerus="yes">
        <source>That name is too long. Use at most %n character(s).</source>
        <translation>
            <numerusform>Dieser Name ist zu lang. Verwende höchstens %n Zeichen.</numerusform>
            <numerusform>Dieser Name ist zu lang. Verwende höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>That name contains invisible or control characters. Please use plain letters, digits and symbols.</source>
        <translation>Dieser Name enthält unsichtbare oder Steuerzeichen. Bitte verwende nur Buchstaben, Ziffern und Symbole.</translation>
    </message>
    <message>
        <source>“%1” is already taken in this room. How about “%2”?</source>
        <translation>„%1“ ist in diesem Raum schon vergeben. Wie wäre es mit „%2“?</translation>
    </message>
    <message>
        <source>“%1” is already taken in this room. Please pick another name.</source>
        <translation>„%1“ ist in diesem Raum schon vergeben. Bitte wähle einen anderen Namen.</translation>
    </message>
    <message>
        <source>While you were away, someone else took the name “%1”. Pick a name to rejoin:</source>
        <translation>Während du weg warst, hat jemand anderes den Namen „%1“ genommen. Wähle einen Namen, um wieder beizutreten:</translation>
    </message>
    <message>
        <source>Rejoin</source>
        <translation>Wieder beitreten</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Catching up…</source>
        <extracomment>Fetching the messages missed while the connection was down</extracomment>
        <translation>Hole Verpasstes nach…</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Verbindung verloren. Neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>Verbindung verloren. Neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the host. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Der Host ist nicht erreichbar. Neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>Der Host ist nicht erreichbar. Neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>Neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Your device is offline. Waiting for the network…</source>
        <translation>Dein Gerät ist offline. Warte auf das Netzwerk…</translation>
    </message>
    <message>
        <source>Choose a name to rejoin.</source>
        <translation>Wähle einen Namen, um wieder beizutreten.</translation>
    </message>
    <message>
        <source>The host refused the connection: %1</source>
        <extracomment>%1 is the reason, a sentence</extracomment>
        <translation>Der Host hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The host stopped the chat.</source>
        <translation>Der Host hat den Chat beendet.</translation>
    </message>
    <message>
        <source>Joining took too long.</source>
        <translation>Das Beitreten hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>A message was too large for the host.</source>
        <translation>Eine Nachricht war zu groß für den Host.</translation>
    </message>
    <message>
        <source>The room is full. Tincan will keep trying.</source>
        <translation>Der Raum ist voll. Tincan versucht es weiter.</translation>
    </message>
    <message>
        <source>The host could not read a message from this page. Reload the page if this keeps happening.</source>
        <translation>Der Host konnte eine Nachricht dieser Seite nicht lesen. Lade die Seite neu, wenn das öfter passiert.</translation>
    </message>
    <message>
        <source>The host did not understand a request from this page. Reload the page if this keeps happening.</source>
        <translation>Der Host hat eine Anfrage dieser Seite nicht verstanden. Lade die Seite neu, wenn das öfter passiert.</translation>
    </message>
    <message>
        <source>The host does not know a request this page sent. The host may be an older version.</source>
        <translation>Der Host kennt eine Anfrage dieser Seite nicht. Vielleicht läuft dort eine ältere Version.</translation>
    </message>
    <message>
        <source>The page tried to chat before joining. Reload the page if this keeps happening.</source>
        <translation>Die Seite wollte chatten, bevor sie beigetreten war. Lade die Seite neu, wenn das öfter passiert.</translation>
    </message>
    <message>
        <source>You are already in the room.</source>
        <translation>Du bist schon im Raum.</translation>
    </message>
    <message>
        <source>This page does not match the host’s version. Reload the page.</source>
        <translation>Diese Seite passt nicht zur Version des Hosts. Lade die Seite neu.</translation>
    </message>
    <message>
        <source>That name cannot be used. Use 1 to %1 visible characters, without control or invisible characters.</source>
        <translation>Dieser Name kann nicht verwendet werden. Verwende 1 bis %1 sichtbare Zeichen, ohne Steuer- oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>That name is already taken in this room.</source>
        <translation>Dieser Name ist in diesem Raum schon vergeben.</translation>
    </message>
    <message>
        <source>That message is too long for the host.</source>
        <translation>Diese Nachricht ist zu lang für den Host.</translation>
    </message>
    <message>
        <source>You are sending messages too fast. Tincan will send this one again in a moment.</source>
        <translation>Du sendest Nachrichten zu schnell. Tincan sendet diese gleich noch einmal.</translation>
    </message>
    <message>
        <source>The room is full. Try again later.</source>
        <translation>Der Raum ist voll. Versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>The host could not save the chat history. The chat goes on, but messages from now on may be lost when the host restarts.</source>
        <translation>Der Host konnte den Chatverlauf nicht speichern. Der Chat geht weiter, aber Nachrichten ab jetzt können bei einem Neustart des Hosts verloren gehen.</translation>
    </message>
    <message>
        <source>You joined again from another connection, so this one stopped.</source>
        <translation>Du bist über eine andere Verbindung erneut beigetreten, deshalb wurde diese beendet.</translation>
    </message>
    <message>
        <source>The host reported a problem: %1.</source>
        <extracomment>%1 is a machine code such as &quot;rate-limited&quot;</extracomment>
        <translation>Der Host hat ein Problem gemeldet: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n person(s) in this room</source>
        <extracomment>Label of the button that opens the list of people</extracomment>
        <translation>
            <numerusform>Die %n Person in diesem Raum anzeigen</numerusform>
            <numerusform>Die %n Personen in diesem Raum anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>In this room</source>
        <translation>In diesem Raum</translation>
    </message>
    <message>
        <source>you</source>
        <extracomment>Marks your own name in the list of people</extracomment>
        <translation>du</translation>
    </message>
    <message>
        <source>Sound on for new messages</source>
        <translation>Ton bei neuen Nachrichten an</translation>
    </message>
    <message>
        <source>Sound off for new messages</source>
        <translation>Ton bei neuen Nachrichten aus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No messages yet. Say hello!</source>
        <translation>Noch keine Nachrichten. Sag Hallo!</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Lade ältere Nachrichten…</translation>
    </message>
    <message>
        <source>This is the start of the room.</source>
        <translation>Hier beginnt der Raum.</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Shown instead of your own name above your messages</extracomment>
        <translation>Du</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Wartet auf Senden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Message %1</source>
        <extracomment>Placeholder of the message box; %1 is the room&apos;s name</extracomment>
        <translation>Nachricht an %1</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Schreib eine Nachricht</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Button that sends the message</extracomment>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line.</source>
        <translation>Enter sendet, Umschalt+Enter beginnt eine neue Zeile.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>Noch %n Zeichen</numerusform>
            <numerusform>Noch %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s). The limit is %1.</source>
        <translation>
            <numerusform>%n Zeichen zu lang. Die Grenze liegt bei %1.</numerusform>
            <numerusform>%n Zeichen zu lang. Die Grenze liegt bei %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Read out by screen readers: who wrote, then the message</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s)</source>
        <extracomment>Read out by screen readers after a burst of messages</extracomment>
        <translation>
            <numerusform>%n weitere Nachricht</numerusform>
            <numerusform>%n weitere Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>That message cannot be sent: it has nothing visible in it, or a control character.</source>
        <translation>Diese Nachricht kann nicht gesendet werden: Sie enthält nichts Sichtbares oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>Access code</source>
        <extracomment>Label of the field for the room&apos;s access code (a few letters and digits the host gives out)</extracomment>
        <translation>Zugangscode</translation>
    </message>
    <message>
        <source>This room needs an access code. Ask the host for it.</source>
        <translation>Dieser Raum braucht einen Zugangscode. Frag den Host danach.</translation>
    </message>
    <message>
        <source>That code is not right. Check it with the host.</source>
        <translation>Dieser Code stimmt nicht. Prüfe ihn mit dem Host.</translation>
    </message>
    <message>
        <source>The host removed you from the chat.</source>
        <extracomment>The host removed this person; they may rejoin</extracomment>
        <translation>Der Host hat dich aus dem Chat entfernt.</translation>
    </message>
    <message>
        <source>The host banned you from this chat.</source>
        <extracomment>Said at the moment the host bans this person, who was in the chat</extracomment>
        <translation>Der Host hat dich aus diesem Chat verbannt.</translation>
    </message>
    <message>
        <source>The host has banned you from this chat.</source>
        <extracomment>Said when a banned person tries to join</extracomment>
        <translation>Der Host hat dich aus diesem Chat verbannt.</translation>
    </message>
    <message>
        <source>The host has locked the room. Nobody new can join right now.</source>
        <translation>Der Host hat den Raum gesperrt. Gerade kann niemand Neues beitreten.</translation>
    </message>
    <message>
        <source>Too many wrong codes from this device. Try again in a few minutes.</source>
        <translation>Zu viele falsche Codes von diesem Gerät. Versuch es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Button that asks the host again to be let in</extracomment>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>Marks the host&apos;s name in the list of people (lower case, like &quot;you&quot;)</extracomment>
        <translation>Host</translation>
    </message>
    <message>
        <source>%1 was removed by the host</source>
        <translation>%1 wurde vom Host entfernt</translation>
    </message>
    <message>
        <source>Download</source>
        <extracomment>Link on a file in the chat; it saves the file</extracomment>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>The host cannot use this file’s name. Rename the file and send it again.</source>
        <translation>Der Host kann den Namen dieser Datei nicht verwenden. Benenne die Datei um und sende sie noch einmal.</translation>
    </message>
    <message>
        <source>This file is larger than the host accepts.</source>
        <translation>Diese Datei ist größer, als der Host annimmt.</translation>
    </message>
    <message>
        <source>The host has no room left for this file.</source>
        <translation>Der Host hat keinen Platz mehr für diese Datei.</translation>
    </message>
    <message>
        <source>Too many files are on their way at once. Send this one when the others are done.</source>
        <translation>Es werden zu viele Dateien gleichzeitig gesendet. Sende diese, wenn die anderen fertig sind.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <extracomment>Button beside the message box that picks files to send</extracomment>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <extracomment>Button beside the message box on phones: opens the camera</extracomment>
        <translation>Foto aufnehmen</translation>
    </message>
    <message>
        <source>Drop files here to send them</source>
        <extracomment>Shown over the chat while files are dragged over it</extracomment>
        <translation>Dateien hier ablegen, um sie zu senden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>How much of a file has been sent: %1 and %2 are sizes such as &quot;1.2 MB&quot;</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>Time left for a file to be sent: %1 is a duration such as &quot;2 minutes&quot;</extracomment>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button that stops sending a file</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button that takes a file that could not be sent out of the chat</extracomment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>This file is empty: there is nothing to send.</source>
        <translation>Diese Datei ist leer: Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>The file could not be sent. Check the connection and send it again.</source>
        <translation>Die Datei konnte nicht gesendet werden. Prüfe die Verbindung und sende sie noch einmal.</translation>
    </message>
    <message>
        <source>The host refused this upload. Send the file again.</source>
        <translation>Der Host hat diesen Upload abgelehnt. Sende die Datei noch einmal.</translation>
    </message>
    <message>
        <source>The file changed while it was being sent. Send it again.</source>
        <translation>Die Datei hat sich während des Sendens geändert. Sende sie noch einmal.</translation>
    </message>
    <message>
        <source>The host could not store this file. Send it again later.</source>
        <translation>Der Host konnte diese Datei nicht speichern. Sende sie später noch einmal.</translation>
    </message>
    <message>
        <source>That message is not there any more.</source>
        <translation>Diese Nachricht gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Only your own messages can be changed or deleted.</source>
        <translation>Nur eigene Nachrichten lassen sich ändern oder löschen.</translation>
    </message>
    <message>
        <source>A reaction is one emoji.</source>
        <translation>Eine Reaktion ist ein einzelnes Emoji.</translation>
    </message>
    <message>
        <source>That message has all the different reactions it can take.</source>
        <translation>Diese Nachricht hat schon so viele verschiedene Reaktionen, wie sie haben kann.</translation>
    </message>
    <message>
        <source>That was too fast for the host. Wait a moment and try again.</source>
        <extracomment>An edit, delete or reaction came too fast; nothing was changed</extracomment>
        <translation>Das war zu schnell für den Host. Warte einen Moment und versuche es erneut.</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>Button on a message: answer it</extracomment>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>React</source>
        <extracomment>Button on a message: add an emoji reaction</extracomment>
        <translation>Reagieren</translation>
    </message>
    <message>
        <source>Another emoji</source>
        <extracomment>Field for typing an emoji of one&apos;s own choice as a reaction</extracomment>
        <translation>Anderes Emoji</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete?</source>
        <extracomment>The Delete button after one click: click again to delete</extracomment>
        <translation>Löschen?</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <extracomment>Shown in place of a deleted message</extracomment>
        <translation>Nachricht gelöscht</translation>
    </message>
    <message>
        <source>edited</source>
        <extracomment>Mark next to the time of a message that was changed</extracomment>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>%1 more</source>
        <extracomment>After the names of those who gave a reaction, for those not listed</extracomment>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <extracomment>Above the message box: %1 is the name of the person whose message is answered</extracomment>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <source>Editing your message</source>
        <translation>Du bearbeitest deine Nachricht</translation>
    </message>
    <message>
        <source>That person is not in the room any more.</source>
        <extracomment>A private message could not go: the other person left the chat</extracomment>
        <translation>Diese Person ist nicht mehr im Raum.</translation>
    </message>
    <message>
        <source>You can change messages once you are connected.</source>
        <extracomment>An edit, delete or reaction tried while the page is not connected; nothing was changed</extracomment>
        <translation>Du kannst Nachrichten ändern, sobald du verbunden bist.</translation>
    </message>
    <message>
        <source>Write to %1 privately</source>
        <extracomment>Button beside a person in the list of people; %1 is their name</extracomment>
        <translation>%1 privat schreiben</translation>
    </message>
    <message>
        <source>Message %1 privately</source>
        <extracomment>Placeholder of the message box in a private conversation; %1 is the other person&apos;s name</extracomment>
        <translation>Private Nachricht an %1</translation>
    </message>
    <message>
        <source>Files go to the whole room. Switch to Room to send one.</source>
        <extracomment>Files cannot be sent in a private conversation; &quot;Room&quot; is the name of the room&apos;s tab</extracomment>
        <translation>Dateien gehen an den ganzen Raum. Wechsle zu „Raum“, um eine zu senden.</translation>
    </message>
    <message>
        <source>More results</source>
        <extracomment>Button below search results: the next, older results</extracomment>
        <translation>Weitere Ergebnisse</translation>
    </message>
    <message>
        <source>Back to the results</source>
        <extracomment>Button above a search result shown among the messages around it</extracomment>
        <translation>Zurück zu den Ergebnissen</translation>
    </message>
</context>
<context>
    <name>HeadlessHost</name>
    <message>
        <source>Tincan could not start hosting: %1</source>
        <translation>Tincan konnte den Chat nicht eröffnen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the room</source>
        <translation>
            <numerusform>%n Person im Raum</numerusform>
            <numerusform>%n Personen im Raum</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 is in use; using port %2 instead.</source>
        <translation>Port %1 ist belegt; stattdessen wird Port %2 verwendet.</translation>
    </message>
    <message>
        <source>Tincan is hosting on port %1. People can join at:</source>
        <translation>Tincan hostet auf Port %1. Andere können hier beitreten:</translation>
    </message>
    <message>
        <source>Stopping: telling everyone the host is leaving.</source>
        <translation>Wird beendet: Alle erfahren, dass der Host geht.</translation>
    </message>
    <message>
        <source>Joining needs the access code you set.</source>
        <translation>Zum Beitreten ist der von Ihnen festgelegte Zugangscode nötig.</translation>
    </message>
    <message>
        <source>Type /help for the commands that keep the room. Press Ctrl+C to stop.</source>
        <translation>Geben Sie /help ein, um die Befehle zur Raumverwaltung zu sehen. Mit Strg+C beenden.</translation>
    </message>
    <message>
        <source>Say whom: %1 NAME</source>
        <translation>Wen? %1 NAME</translation>
    </message>
    <message>
        <source>%1 was removed and cannot come back while this host runs.</source>
        <translation>%1 wurde entfernt und kann nicht zurückkommen, solange dieser Host läuft.</translation>
    </message>
    <message>
        <source>%1 was removed (they may join again).</source>
        <translation>%1 wurde entfernt (darf wieder beitreten).</translation>
    </message>
    <message>
        <source>Nobody named %1 is in the room.</source>
        <translation>Niemand namens %1 ist im Raum.</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The room is locked: nobody new may join.</source>
        <translation>Der Raum ist gesperrt: Niemand Neues kann beitreten.</translation>
    </message>
    <message>
        <source>The room is open again.</source>
        <translation>Der Raum ist wieder offen.</translation>
    </message>
    <message>
        <source>Anyone may join without a code now.</source>
        <translation>Jetzt kann jeder ohne Code beitreten.</translation>
    </message>
    <message>
        <source>An access code has %1 to %2 letters or digits.</source>
        <translation>Ein Zugangscode hat %1 bis %2 Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>The access code is set. People already in stay.</source>
        <translation>Der Zugangscode ist gesetzt. Wer schon da ist, bleibt.</translation>
    </message>
    <message>
        <source>Commands: /kick NAME (remove; they may come back), /ban NAME (remove for as long as this host runs), /lock and /unlock (let nobody new in, or everyone again), /code CODE and /code off (set or remove the access code).</source>
        <translation>Befehle: /kick NAME (entfernen; darf zurückkommen), /ban NAME (entfernen, solange dieser Host läuft), /lock und /unlock (niemand Neues hinein, oder wieder alle), /code CODE und /code off (Zugangscode setzen oder entfernen).</translation>
    </message>
    <message>
        <source>Also removed, from the same computer: %1.</source>
        <translation>Ebenfalls entfernt, vom selben Computer: %1.</translation>
    </message>
    <message>
        <source>Say the code: /code CODE (or /code off to let anyone join without one).</source>
        <translation>Nennen Sie den Code: /code CODE (oder /code off, damit jeder ohne Code beitreten kann).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>Der Port muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address to listen on.</source>
        <translation>„%1“ ist keine IP-Adresse, auf der gelauscht werden kann.</translation>
    </message>
    <message>
        <source>“%1” is not an address to announce to (use ADDRESS or ADDRESS:PORT).</source>
        <translation>„%1“ ist keine Adresse für Ankündigungen (verwende ADRESSE oder ADRESSE:PORT).</translation>
    </message>
    <message>
        <source>Tincan: a chat for everyone on the local network. Host one, and others join from Tincan or from any browser.</source>
        <translation>Tincan: ein Chat für alle im lokalen Netzwerk. Eröffne einen, und andere treten mit Tincan oder einem beliebigen Browser bei.</translation>
    </message>
    <message>
        <source>Host a chat without a window (for always-on hosts).</source>
        <translation>Einen Chat ohne Fenster eröffnen (für dauerhaft laufende Hosts).</translation>
    </message>
    <message>
        <source>Listen on this port (0: any free port). Without it, %1 or the next free port is used.</source>
        <translation>Auf diesem Port lauschen (0: ein beliebiger freier Port). Ohne diese Angabe wird %1 oder der nächste freie Port verwendet.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Listen on this address only (for example 127.0.0.1).</source>
        <translation>Nur auf dieser Adresse lauschen (zum Beispiel 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The room&apos;s name.</source>
        <translation>Der Name des Raums.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Keep the chat history in this folder.</source>
        <translation>Den Chatverlauf in diesem Ordner speichern.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Start hosting a chat right away (skips the start window).</source>
        <translation>Sofort einen Chat eröffnen (ohne Startfenster).</translation>
    </message>
    <message>
        <source>Join the chat at this address right away, for example 192.168.1.20:%1 or http://192.168.1.20:%1/.</source>
        <translation>Sofort dem Chat unter dieser Adresse beitreten, zum Beispiel 192.168.1.20:%1 oder http://192.168.1.20:%1/.</translation>
    </message>
    <message>
        <source>Your name in the chat.</source>
        <translation>Dein Name im Chat.</translation>
    </message>
    <message>
        <source>Neither announce this host on the network nor look for other hosts (nothing is broadcast).</source>
        <translation>Diesen Host weder im Netzwerk ankündigen noch nach anderen Hosts suchen (nichts wird rundgesendet).</translation>
    </message>
    <message>
        <source>Announce this host only to this address (repeatable; default: broadcast on the local networks, UDP port %1).</source>
        <translation>Diesen Host nur an diese Adresse ankündigen (mehrfach möglich; Standard: Rundsendung in den lokalen Netzwerken, UDP-Port %1).</translation>
    </message>
    <message>
        <source>address[:port]</source>
        <translation>Adresse[:Port]</translation>
    </message>
    <message>
        <source>Speak this language instead of the system&apos;s: %1.</source>
        <translation>Diese Sprache statt der des Systems verwenden: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Tincan does not speak “%1”. It speaks: %2.</source>
        <translation>Tincan spricht kein „%1“. Verfügbar sind: %2.</translation>
    </message>
    <message>
        <source>Use either --host or --join, not both.</source>
        <translation>Verwende entweder --host oder --join, nicht beides.</translation>
    </message>
    <message>
        <source>“%1” is not a host name to allow (letters, digits, dots and dashes).</source>
        <translation>„%1“ ist kein Hostname, der erlaubt werden kann (Buchstaben, Ziffern, Punkte und Bindestriche).</translation>
    </message>
    <message>
        <source>Also accept requests that name this host by this name (repeatable), for example a name the network&apos;s DNS gives it. Its own addresses, localhost and its computer name are always accepted.</source>
        <translation>Auch Anfragen annehmen, die diesen Host mit diesem Namen ansprechen (mehrfach möglich), etwa einem Namen aus dem DNS des Netzwerks. Eigene Adressen, localhost und der Computername werden immer angenommen.</translation>
    </message>
    <message>
        <source>Tincan cannot open its window: there is no display here (no desktop session, or a remote shell). To host a chat without a window, run: tincan --headless</source>
        <translation>Tincan kann sein Fenster nicht öffnen: Hier gibt es keine Anzeige (keine Desktop-Sitzung oder eine entfernte Shell). Um einen Chat ohne Fenster zu eröffnen, starte: tincan --headless</translation>
    </message>
    <message>
        <source>An access code has %1 to %2 letters or digits (spaces and dashes are ignored) and no control characters.</source>
        <translation>Ein Zugangscode hat %1 bis %2 Buchstaben oder Ziffern (Leerzeichen und Bindestriche zählen nicht) und keine Steuerzeichen.</translation>
    </message>
    <message>
        <source>People need this code to join (the link and QR code the host shows carry it). Other programs on this computer can see a command line: on a shared computer, set the code in the window or with /code.</source>
        <translation>Zum Beitreten ist dieser Code nötig (Link und QR-Code des Hosts enthalten ihn). Andere Programme auf diesem Computer können eine Befehlszeile sehen: Auf einem geteilten Computer setzen Sie den Code im Fenster oder mit /code.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Start with the room locked: nobody new may join until the host unlocks it (the window&apos;s &quot;Lock the room&quot;, or /unlock on the console).</source>
        <translation>Mit abgeschlossenem Raum starten: Niemand Neues kann beitreten, bis der Host ihn wieder öffnet („Raum abschließen“ im Fenster oder /unlock in der Konsole).</translation>
    </message>
    <message>
        <source>“%1” is not a size for --%2 (for example 500M or 2G).</source>
        <translation>„%1“ ist keine Größe für --%2 (zum Beispiel 500M oder 2G).</translation>
    </message>
    <message>
        <source>The largest file people may send (K, M, G: kilo-, mega-, gigabytes; default 2G).</source>
        <translation>Die größte Datei, die gesendet werden darf (K, M, G: Kilo-, Mega-, Gigabyte; Standard 2G).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>How much the room&apos;s files may take on disk in all (default 10G).</source>
        <translation>Wie viel Platz die Dateien des Raums insgesamt auf dem Datenträger belegen dürfen (Standard 10G).</translation>
    </message>
</context>
<context>
    <name>tincan::AccessCodeDialog</name>
    <message>
        <source>Change Access Code</source>
        <translation>Zugangscode ändern</translation>
    </message>
    <message>
        <source>New &amp;access code:</source>
        <translation>Neuer &amp;Zugangscode:</translation>
    </message>
    <message>
        <source>New access code</source>
        <translation>Neuer Zugangscode</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Make up a code that is easy to read aloud</source>
        <translation>Einen Code erzeugen, der sich leicht vorlesen lässt</translation>
    </message>
    <message>
        <source>People already in the chat stay. Whoever joins next needs the new code; the link and QR code carry it.</source>
        <translation>Wer schon im Chat ist, bleibt. Wer als Nächstes beitritt, braucht den neuen Code; Link und QR-Code enthalten ihn.</translation>
    </message>
    <message numerus="yes">
        <source>An access code needs at least %n letters or digits (spaces and dashes do not count).</source>
        <translation>
            <numerusform>Ein Zugangscode braucht mindestens %n Buchstaben oder Ziffer (Leerzeichen und Bindestriche zählen nicht).</numerusform>
            <numerusform>Ein Zugangscode braucht mindestens %n Buchstaben oder Ziffern (Leerzeichen und Bindestriche zählen nicht).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An access code has at most %n characters.</source>
        <translation>
            <numerusform>Ein Zugangscode hat höchstens %n Zeichen.</numerusform>
            <numerusform>Ein Zugangscode hat höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>An access code cannot have invisible or control characters in it.</source>
        <translation>Ein Zugangscode darf keine unsichtbaren oder Steuerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>tincan::ChatHeader</name>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>You are %1</source>
        <translation>Du bist %1</translation>
    </message>
</context>
<context>
    <name>tincan::ChatTray</name>
    <message>
        <source>&amp;Show Tincan</source>
        <translation>Tincan &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 hat dich erwähnt</translation>
    </message>
    <message>
        <source>%1: %2 unread</source>
        <translation>%1: %2 ungelesen</translation>
    </message>
    <message>
        <source>Private message from %1</source>
        <extracomment>The title of a notification of a private message; %1 is who wrote it.</extracomment>
        <translation>Private Nachricht von %1</translation>
    </message>
</context>
<context>
    <name>tincan::ChatWindow</name>
    <message>
        <source>Tincan</source>
        <translation>Tincan</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 ist gegangen</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 heißt jetzt %2</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 und %2 schreiben…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>Mehrere Leute schreiben…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>Change &amp;Name…</source>
        <translation>&amp;Namen ändern…</translation>
    </message>
    <message>
        <source>&amp;Copy Invite Link</source>
        <translation>Einladungslink &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;People Panel</source>
        <translation>&amp;Personenleiste</translation>
    </message>
    <message>
        <source>Jump to &amp;Latest</source>
        <translation>Zum &amp;Ende springen</translation>
    </message>
    <message>
        <source>Go to &amp;Messages</source>
        <translation>Zu den &amp;Nachrichten</translation>
    </message>
    <message>
        <source>Go to &amp;Input</source>
        <translation>Zum Eingabe&amp;feld</translation>
    </message>
    <message>
        <source>You are now %1</source>
        <translation>Du heißt jetzt %1</translation>
    </message>
    <message>
        <source>A message was too long for this room and was not sent; it is back in the input box.</source>
        <translation>Eine Nachricht war zu lang für diesen Raum und wurde nicht gesendet; sie steht wieder im Eingabefeld.</translation>
    </message>
    <message>
        <source>A message could not be sent; it is back in the input box.</source>
        <translation>Eine Nachricht konnte nicht gesendet werden; sie steht wieder im Eingabefeld.</translation>
    </message>
    <message>
        <source>That name is taken.</source>
        <translation>Dieser Name ist vergeben.</translation>
    </message>
    <message>
        <source>That name can&apos;t be used.</source>
        <translation>Dieser Name kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>“%1” is free.</source>
        <translation>„%1“ ist frei.</translation>
    </message>
    <message>
        <source>The host could not save the chat history. The chat goes on, but recent messages may be missing after the host restarts.</source>
        <translation>Der Host konnte den Chatverlauf nicht speichern. Der Chat geht weiter, aber nach einem Neustart des Hosts können neuere Nachrichten fehlen.</translation>
    </message>
    <message>
        <source>A name has 1 to 32 characters and no control characters.</source>
        <translation>Ein Name hat 1 bis 32 Zeichen und keine Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1 — Tincan</source>
        <translation>%1 – Tincan</translation>
    </message>
    <message>
        <source>Change Name</source>
        <translation>Namen ändern</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>You can change your name once you are connected.</source>
        <translation>Du kannst deinen Namen ändern, sobald du verbunden bist.</translation>
    </message>
    <message>
        <source>Nobody else is connected right now.</source>
        <translation>Gerade ist sonst niemand verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n other person(s) connected will be disconnected.</source>
        <translation>
            <numerusform>%n weitere verbundene Person wird getrennt.</numerusform>
            <numerusform>%n weitere verbundene Personen werden getrennt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Hosting?</source>
        <translation>Chat beenden?</translation>
    </message>
    <message>
        <source>Closing Tincan ends the chat “%1” for everyone.</source>
        <translation>Wenn du Tincan schließt, endet der Chat „%1“ für alle.</translation>
    </message>
    <message>
        <source>&amp;Stop Hosting</source>
        <translation>Chat &amp;beenden</translation>
    </message>
    <message>
        <source>Unsent Messages</source>
        <translation>Ungesendete Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not yet received by the host will be lost. Close anyway?</source>
        <translation>
            <numerusform>%n Nachricht hat den Host noch nicht erreicht und geht verloren. Trotzdem schließen?</numerusform>
            <numerusform>%n Nachrichten haben den Host noch nicht erreicht und gehen verloren. Trotzdem schließen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The chat no longer needs an access code. People already in stay.</source>
        <translation>Der Chat braucht keinen Zugangscode mehr. Wer schon drin ist, bleibt.</translation>
    </message>
    <message>
        <source>Whoever joins next needs the new code. People already in stay.</source>
        <translation>Wer als Nächstes beitritt, braucht den neuen Code. Wer schon drin ist, bleibt.</translation>
    </message>
    <message>
        <source>The room is locked: nobody new can join.</source>
        <translation>Der Raum ist abgeschlossen: Niemand Neues kann beitreten.</translation>
    </message>
    <message>
        <source>The room is open again: people can join.</source>
        <translation>Der Raum ist wieder offen: Andere können beitreten.</translation>
    </message>
    <message>
        <source>%1 was removed by the host</source>
        <translation>%1 wurde vom Host entfernt</translation>
    </message>
    <message>
        <source>That person is no longer in the chat, so nobody was removed.</source>
        <translation>Diese Person ist nicht mehr im Chat, also wurde niemand entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>The room did not allow that: only the host can remove people, never themselves, and a chat can ban at most %n people.</source>
        <translation>
            <numerusform>Der Raum hat das nicht erlaubt: Nur der Host kann Leute entfernen, nie sich selbst, und ein Chat kann höchstens %n Person verbannen.</numerusform>
            <numerusform>Der Raum hat das nicht erlaubt: Nur der Host kann Leute entfernen, nie sich selbst, und ein Chat kann höchstens %n Personen verbannen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop to send to everyone in this chat</source>
        <translation>Loslassen, um es an alle in diesem Chat zu senden</translation>
    </message>
    <message>
        <source>That message is not here any more, or too far back to show.</source>
        <translation>Diese Nachricht ist nicht mehr da oder liegt zu weit zurück.</translation>
    </message>
    <message>
        <source>That message is no longer there: it was deleted, or you cannot see it.</source>
        <translation>Diese Nachricht gibt es nicht mehr: Sie wurde gelöscht, oder du kannst sie nicht sehen.</translation>
    </message>
    <message>
        <source>You can only change or delete your own messages.</source>
        <translation>Du kannst nur deine eigenen Nachrichten ändern oder löschen.</translation>
    </message>
    <message>
        <source>A reaction is one emoji, without letters or spaces.</source>
        <translation>Eine Reaktion ist ein Emoji, ohne Buchstaben oder Leerzeichen.</translation>
    </message>
    <message>
        <source>That message has as many different reactions as it can take; add one of those instead.</source>
        <translation>Diese Nachricht hat schon so viele verschiedene Reaktionen, wie sie haben kann; wähle stattdessen eine davon.</translation>
    </message>
    <message>
        <source>That was too fast for the room. Wait a moment and try again.</source>
        <translation>Das war zu schnell für den Raum. Warte einen Moment und versuche es erneut.</translation>
    </message>
    <message>
        <source>A message needs some visible text.</source>
        <translation>Eine Nachricht braucht sichtbaren Text.</translation>
    </message>
    <message>
        <source>That text is too long for this room.</source>
        <translation>Dieser Text ist zu lang für diesen Raum.</translation>
    </message>
    <message>
        <source>The host keeps no history, so messages cannot be changed.</source>
        <translation>Der Host speichert keinen Verlauf, daher können Nachrichten nicht geändert werden.</translation>
    </message>
    <message>
        <source>The host did not accept that change.</source>
        <translation>Der Host hat diese Änderung nicht angenommen.</translation>
    </message>
    <message>
        <source>%1 is not in the room now. You can write to them again when they are back.</source>
        <extracomment>Above the input of a private conversation; %1 is the other person&apos;s name.</extracomment>
        <translation>%1 ist gerade nicht im Raum. Sobald %1 zurück ist, kannst du wieder schreiben.</translation>
    </message>
    <message>
        <source>&amp;Search Messages…</source>
        <translation>Nachrichten &amp;suchen…</translation>
    </message>
    <message>
        <source>You can see that message once you are connected.</source>
        <translation>Du kannst diese Nachricht sehen, sobald du verbunden bist.</translation>
    </message>
    <message>
        <source>A private message to %1 could not be sent; it is back in the input box of your conversation with them.</source>
        <extracomment>%1 is the name of the person a private message was for.</extracomment>
        <translation>Eine private Nachricht an %1 konnte nicht gesendet werden; sie steht wieder im Eingabefeld eurer Unterhaltung.</translation>
    </message>
</context>
<context>
    <name>tincan::Composer</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter starts a new line)</source>
        <translation>Schreib eine Nachricht… (Enter sendet, Umschalt+Enter beginnt eine neue Zeile)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over the limit of %1: shorten it to send</source>
        <translation>
            <numerusform>%n Zeichen über der Grenze von %1: zum Senden bitte kürzen</numerusform>
            <numerusform>%n Zeichen über der Grenze von %1: zum Senden bitte kürzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Send files or pictures (you can also drop them here or paste them)</source>
        <translation>Dateien oder Bilder senden (du kannst sie auch hierher ziehen oder einfügen)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Send Files</source>
        <translation>Dateien senden</translation>
    </message>
    <message>
        <source>The text is too long to go with the files: shorten it, then send them again.</source>
        <translation>Der Text ist zu lang, um mit den Dateien gesendet zu werden: Kürze ihn und sende sie dann erneut.</translation>
    </message>
    <message>
        <source>“%1” is a folder: only files can be sent.</source>
        <translation>„%1“ ist ein Ordner: Nur Dateien können gesendet werden.</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that the file is still there and that you may open it.</source>
        <translation>„%1“ konnte nicht gelesen werden. Prüfe, ob die Datei noch da ist und ob du sie öffnen darfst.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to send.</source>
        <translation>„%1“ ist leer: Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>The pasted picture could not be saved to be sent: the temporary folder is not writable.</source>
        <translation>Das eingefügte Bild konnte nicht zum Senden gespeichert werden: In den temporären Ordner kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <extracomment>The name of a pasted picture&apos;s file (&quot;.png&quot; follows); %1 is the date and time it was pasted. Avoid characters that cannot be in file names, such as the slash and the colon.</extracomment>
        <translation>Eingefügtes Bild %1</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <extracomment>Above the input while answering a message: %1 is who wrote it, %2 its start.</extracomment>
        <translation>Antwort an %1: %2</translation>
    </message>
    <message>
        <source>Editing your message (Esc cancels)</source>
        <translation>Du bearbeitest deine Nachricht (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Files are shared with the whole room: switch to the Room tab to send them.</source>
        <translation>Dateien gehen an den ganzen Raum: Wechsle zum Tab „Raum“, um sie zu senden.</translation>
    </message>
    <message>
        <source>Your message could not be changed while you are not connected: your change is still in the input box.</source>
        <translation>Deine Nachricht kann nicht geändert werden, solange du nicht verbunden bist: Deine Änderung steht noch im Eingabefeld.</translation>
    </message>
</context>
<context>
    <name>tincan::ConnectionBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>Another name</source>
        <translation>Anderer Name</translation>
    </message>
    <message>
        <source>A name has 1 to 32 characters and no control characters.</source>
        <translation>Ein Name hat 1 bis 32 Zeichen und keine Steuerzeichen.</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Zugangscode</translation>
    </message>
    <message>
        <source>Enter the access code the host gave you.</source>
        <translation>Gib den Zugangscode ein, den du vom Host bekommen hast.</translation>
    </message>
</context>
<context>
    <name>tincan::ConnectionStatus</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Als Host aktiv</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Can&apos;t reach %1. Trying again in %2 s.</source>
        <translation>%1 ist nicht erreichbar. Neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>Lost the connection to the host. Reconnecting in %1 s.</source>
        <translation>Verbindung zum Host verloren. Neuer Versuch in %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>Your %n unsent message(s) will go out when you are back.</source>
        <translation>
            <numerusform>Deine %n ungesendete Nachricht geht raus, sobald du wieder verbunden bist.</numerusform>
            <numerusform>Deine %n ungesendeten Nachrichten gehen raus, sobald du wieder verbunden bist.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Nicht beigetreten</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Someone in this room is already called “%1”. Pick another name to join.</source>
        <translation>Jemand in diesem Raum heißt schon „%1“. Wähle einen anderen Namen, um beizutreten.</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be used as a name here. Pick another one (1 to 32 characters).</source>
        <translation>„%1“ kann hier nicht als Name verwendet werden. Wähle einen anderen (1 bis 32 Zeichen).</translation>
    </message>
    <message>
        <source>The room is full right now.</source>
        <translation>Der Raum ist gerade voll.</translation>
    </message>
    <message>
        <source>This host runs a version of Tincan that this app cannot talk to. Update Tincan on both computers.</source>
        <translation>Auf diesem Host läuft eine Tincan-Version, mit der diese App nicht sprechen kann. Aktualisiere Tincan auf beiden Computern.</translation>
    </message>
    <message>
        <source>You joined this chat again from another connection, so this window stopped.</source>
        <translation>Du bist diesem Chat über eine andere Verbindung erneut beigetreten, deshalb wurde dieses Fenster getrennt.</translation>
    </message>
    <message>
        <source>The host refused the connection.</source>
        <translation>Der Host hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>The host ended the chat.</source>
        <translation>Der Host hat den Chat beendet.</translation>
    </message>
    <message numerus="yes">
        <source>Your %n unsent message(s) will go out if you rejoin.</source>
        <translation>
            <numerusform>Deine %n nicht gesendete Nachricht geht raus, wenn du wieder beitrittst.</numerusform>
            <numerusform>Deine %n nicht gesendeten Nachrichten gehen raus, wenn du wieder beitrittst.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rejoin</source>
        <translation>&amp;Wieder beitreten</translation>
    </message>
    <message>
        <source>&amp;Back to Start</source>
        <translation>&amp;Zurück zum Start</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Could not join %1: that computer is not hosting a chat on this port. Check the address the host sees in their Tincan window.</source>
        <translation>%1 konnte nicht beigetreten werden: Dieser Computer hostet auf diesem Port keinen Chat. Prüfe die Adresse, die der Host in seinem Tincan-Fenster sieht.</translation>
    </message>
    <message>
        <source>Could not join %1: no computer of that name was found. Check the address for typos.</source>
        <translation>%1 konnte nicht beigetreten werden: Es wurde kein Computer mit diesem Namen gefunden. Prüfe die Adresse auf Tippfehler.</translation>
    </message>
    <message>
        <source>Could not join %1: this computer&apos;s network has no way there. Check that both are on the same network.</source>
        <translation>%1 konnte nicht beigetreten werden: Das Netzwerk dieses Computers hat keinen Weg dorthin. Prüfe, ob beide im selben Netzwerk sind.</translation>
    </message>
    <message numerus="yes">
        <source>Could not join %1: no answer within %n second(s). Check the address, and that the host is still hosting.</source>
        <translation>
            <numerusform>%1 konnte nicht beigetreten werden: keine Antwort innerhalb von %n Sekunde. Prüfe die Adresse und ob der Host noch hostet.</numerusform>
            <numerusform>%1 konnte nicht beigetreten werden: keine Antwort innerhalb von %n Sekunden. Prüfe die Adresse und ob der Host noch hostet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not join %1.</source>
        <translation>%1 konnte nicht beigetreten werden.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>The host banned you from this chat.</source>
        <translation>Der Host hat dich aus diesem Chat verbannt.</translation>
    </message>
    <message>
        <source>The host removed you from the chat.</source>
        <translation>Der Host hat dich aus dem Chat entfernt.</translation>
    </message>
    <message>
        <source>That code is not right. Check it with the host and enter it again.</source>
        <translation>Dieser Code stimmt nicht. Frag beim Host nach und gib ihn noch einmal ein.</translation>
    </message>
    <message>
        <source>This chat needs an access code. Ask the host for it and enter it here.</source>
        <translation>Dieser Chat braucht einen Zugangscode. Frag den Host danach und gib ihn hier ein.</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried from this computer. Wait a few minutes, then try again.</source>
        <translation>Von diesem Computer wurden zu viele falsche Codes versucht. Warte ein paar Minuten und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>The host has locked this chat: nobody new can join right now. Ask the host to unlock it, then try again.</source>
        <translation>Der Host hat diesen Chat abgeschlossen: Gerade kann niemand Neues beitreten. Bitte den Host, ihn zu öffnen, und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Too many wrong codes are being tried in this chat right now, so yours was not checked. Try again in a moment.</source>
        <translation>In diesem Chat werden gerade zu viele falsche Codes ausprobiert, daher wurde Ihrer nicht geprüft. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>tincan::ConversationTabs</name>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A conversation&apos;s tab with the number of messages not seen yet: %1 is its name, %2 the number.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Everyone in the room</source>
        <translation>Alle im Raum</translation>
    </message>
    <message>
        <source>Only the two of you</source>
        <translation>Nur ihr beide</translation>
    </message>
</context>
<context>
    <name>tincan::DesktopController</name>
    <message>
        <source>Enter the name others will see you as.</source>
        <translation>Gib den Namen ein, unter dem andere dich sehen.</translation>
    </message>
    <message>
        <source>%1&apos;s chat</source>
        <translation>Chat von %1</translation>
    </message>
    <message>
        <source>The chat history could not be saved (%1). The chat goes on, but messages may be missing after a restart.</source>
        <translation>Der Chatverlauf konnte nicht gespeichert werden (%1). Der Chat geht weiter, aber nach einem Neustart können Nachrichten fehlen.</translation>
    </message>
    <message>
        <source>Port %1 was in use, so the chat runs on port %2.</source>
        <translation>Port %1 war belegt, deshalb läuft der Chat auf Port %2.</translation>
    </message>
    <message>
        <source>Hosting could not start: %1</source>
        <translation>Der Chat konnte nicht eröffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>tincan::FileStore</name>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>tincan::FileTransfers</name>
    <message>
        <source>file</source>
        <extracomment>A file name offered in the save dialog when the sender&apos;s name for the file was unusable.</extracomment>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>„%1“ wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: the host no longer has it.</source>
        <translation>„%1“ konnte nicht gespeichert werden: Der Host hat die Datei nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” arrived damaged (not the file the message named) and was not saved.</source>
        <translation>„%1“ kam beschädigt an (nicht die Datei, die die Nachricht nannte) und wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>“%1” could not be written there. Choose another folder, or free some space.</source>
        <translation>„%1“ konnte dort nicht geschrieben werden. Wähle einen anderen Ordner oder schaffe Platz.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: the connection to the host broke off. Save it again to go on where it stopped.</source>
        <translation>„%1“ konnte nicht gespeichert werden: Die Verbindung zum Host ist abgebrochen. Speichere die Datei erneut, um dort weiterzumachen, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>“%1” was not sent: it is larger than the host takes.</source>
        <translation>„%1“ wurde nicht gesendet: Die Datei ist größer, als der Host annimmt.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the host has no room left for files.</source>
        <translation>„%1“ wurde nicht gesendet: Der Host hat keinen Platz mehr für Dateien.</translation>
    </message>
    <message>
        <source>“%1” was not sent: too many files are on their way to the host. Send it again in a moment.</source>
        <translation>„%1“ wurde nicht gesendet: Zu viele Dateien sind gerade unterwegs zum Host. Sende sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the host does not take that file name. Rename the file and send it again.</source>
        <translation>„%1“ wurde nicht gesendet: Der Host nimmt diesen Dateinamen nicht an. Benenne die Datei um und sende sie erneut.</translation>
    </message>
    <message>
        <source>“%1” was not sent: you are sending too fast. Wait a moment and send it again.</source>
        <translation>„%1“ wurde nicht gesendet: Du sendest zu schnell. Warte einen Moment und sende die Datei erneut.</translation>
    </message>
    <message>
        <source>“%1” was not sent: its message is too long for this room.</source>
        <translation>„%1“ wurde nicht gesendet: Die Nachricht dazu ist zu lang für diesen Raum.</translation>
    </message>
    <message>
        <source>“%1” was not sent: its message has characters the room does not take.</source>
        <translation>„%1“ wurde nicht gesendet: Die Nachricht dazu enthält Zeichen, die der Raum nicht annimmt.</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that the file is still there and that you may open it.</source>
        <translation>„%1“ konnte nicht gelesen werden. Prüfe, ob die Datei noch da ist und ob du sie öffnen darfst.</translation>
    </message>
    <message>
        <source>“%1” changed while it was being sent. Send it again.</source>
        <translation>„%1“ hat sich beim Senden geändert. Sende die Datei erneut.</translation>
    </message>
    <message>
        <source>The host stopped taking “%1”. Send it again.</source>
        <translation>Der Host hat aufgehört, „%1“ anzunehmen. Sende die Datei erneut.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the connection to the host kept breaking off.</source>
        <translation>„%1“ wurde nicht gesendet: Die Verbindung zum Host ist immer wieder abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the host refused it (%2).</source>
        <translation>„%1“ wurde nicht gesendet: Der Host hat die Datei abgelehnt (%2).</translation>
    </message>
</context>
<context>
    <name>tincan::HostPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation>Leute einladen</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Netzwerkadresse</translation>
    </message>
    <message>
        <source>This computer has more than one network address; pick the one your guests share.</source>
        <translation>Dieser Computer hat mehr als eine Netzwerkadresse; wähle die aus dem Netzwerk deiner Gäste.</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>Einladungslink</translation>
    </message>
    <message>
        <source>Copy invite link</source>
        <translation>Einladungslink kopieren</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>Den Link in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>QR code of the invite link</source>
        <translation>QR-Code des Einladungslinks</translation>
    </message>
    <message>
        <source>Scan with a phone camera to open the chat in its browser</source>
        <translation>Mit der Handykamera scannen, um den Chat im Browser zu öffnen</translation>
    </message>
    <message>
        <source>People connected</source>
        <translation>Verbundene Personen</translation>
    </message>
    <message>
        <source>This computer is not on a network right now, so nobody else can join. Connect to a network and start hosting again.</source>
        <translation>Dieser Computer ist gerade mit keinem Netzwerk verbunden, deshalb kann niemand beitreten. Verbinde dich mit einem Netzwerk und eröffne den Chat neu.</translation>
    </message>
    <message>
        <source>The chat only listens on this computer (%1), so only this computer can join.</source>
        <translation>Der Chat lauscht nur auf diesem Computer (%1), deshalb kann nur dieser Computer beitreten.</translation>
    </message>
    <message>
        <source>People on the same network can open this link in a browser, scan the code with a phone, or enter it in Tincan&apos;s Join page.</source>
        <translation>Leute im selben Netzwerk können diesen Link im Browser öffnen, den Code mit dem Handy scannen oder ihn in Tincan unter „Beitreten“ eingeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) connected</source>
        <translation>
            <numerusform>%n Person verbunden</numerusform>
            <numerusform>%n Personen verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Access code:</source>
        <translation>Zugangscode:</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Zugangscode</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Choose a new access code; people already in the chat stay</source>
        <translation>Einen neuen Zugangscode wählen; wer schon im Chat ist, bleibt</translation>
    </message>
    <message>
        <source>Remove the access code</source>
        <translation>Den Zugangscode entfernen</translation>
    </message>
    <message>
        <source>Let anyone with the link join without a code</source>
        <translation>Alle mit dem Link ohne Code beitreten lassen</translation>
    </message>
    <message>
        <source>&amp;Generate One</source>
        <translation>Einen &amp;erzeugen</translation>
    </message>
    <message>
        <source>Generate an access code</source>
        <translation>Einen Zugangscode erzeugen</translation>
    </message>
    <message>
        <source>Make up a code that people need to join; the link and QR code carry it</source>
        <translation>Einen Code erzeugen, den man zum Beitreten braucht; Link und QR-Code enthalten ihn</translation>
    </message>
    <message>
        <source>&amp;Lock the room</source>
        <translation>Raum &amp;abschließen</translation>
    </message>
    <message>
        <source>Nobody new can join while the room is locked</source>
        <translation>Solange der Raum abgeschlossen ist, kann niemand Neues beitreten</translation>
    </message>
    <message>
        <source>None: anyone with the link can join</source>
        <translation>Keiner: Alle mit dem Link können beitreten</translation>
    </message>
    <message>
        <source>Nobody new can join. People in the chat stay, and can come back if their connection drops.</source>
        <translation>Niemand Neues kann beitreten. Wer im Chat ist, bleibt und kann zurückkommen, wenn die Verbindung abreißt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>tincan::HostService</name>
    <message>
        <source>Cannot create the history folder %1; this chat will not be kept after the host stops.</source>
        <translation>Der Ordner für den Verlauf %1 kann nicht angelegt werden; dieser Chat wird nach dem Beenden des Hosts nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Cannot open the chat history in %1 (%2); this chat will not be kept after the host stops.</source>
        <translation>Der Chatverlauf in %1 kann nicht geöffnet werden (%2); dieser Chat wird nach dem Beenden des Hosts nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Chat history could not be saved (%1). The chat goes on, but messages from now on may be missing after the host restarts. Check the free disk space.</source>
        <translation>Der Chatverlauf konnte nicht gespeichert werden (%1). Der Chat geht weiter, aber Nachrichten ab jetzt können nach einem Neustart des Hosts fehlen. Prüfe den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program. Choose another port, or stop the program that uses it.</source>
        <translation>Port %1 wird schon von einem anderen Programm verwendet. Wähle einen anderen Port oder beende das Programm, das ihn verwendet.</translation>
    </message>
    <message>
        <source>Ports %1 to %2 are all in use. Choose another port.</source>
        <translation>Die Ports %1 bis %2 sind alle belegt. Wähle einen anderen Port.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1, Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>The chat history in %1 can be read but not saved to (%2). Earlier messages are shown; new ones will not be kept after the host stops.</source>
        <translation>Der Chatverlauf in %1 kann gelesen, aber nicht gespeichert werden (%2). Frühere Nachrichten werden angezeigt; neue bleiben nach dem Beenden des Hosts nicht erhalten.</translation>
    </message>
    <message>
        <source>Files cannot be shared in this chat: %1</source>
        <translation>In diesem Chat können keine Dateien geteilt werden: %1</translation>
    </message>
</context>
<context>
    <name>tincan::ImageViewer</name>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>100 %</source>
        <extracomment>The image viewer&apos;s button for showing the image at its actual size.</extracomment>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>The image could not be fetched: there is no room for it in the app&apos;s cache folder.</source>
        <translation>Das Bild konnte nicht geladen werden: Im Cache-Ordner der App ist kein Platz dafür.</translation>
    </message>
    <message>
        <source>This image cannot be fetched from the host.</source>
        <translation>Dieses Bild kann nicht vom Host geladen werden.</translation>
    </message>
    <message>
        <source>Loading… %1</source>
        <translation>Wird geladen… %1</translation>
    </message>
    <message>
        <source>The host no longer has this image.</source>
        <translation>Der Host hat dieses Bild nicht mehr.</translation>
    </message>
    <message>
        <source>The image arrived damaged and is not shown.</source>
        <translation>Das Bild kam beschädigt an und wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>The image could not be fetched from the host.</source>
        <translation>Das Bild konnte nicht vom Host geladen werden.</translation>
    </message>
    <message>
        <source>This image is too large to show here. Save it to open it with another program.</source>
        <translation>Dieses Bild ist zu groß, um es hier anzuzeigen. Speichere es, um es mit einem anderen Programm zu öffnen.</translation>
    </message>
    <message>
        <source>This image cannot be shown here. Save it to open it with another program.</source>
        <translation>Dieses Bild kann hier nicht angezeigt werden. Speichere es, um es mit einem anderen Programm zu öffnen.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels · %3</source>
        <translation>%1 × %2 Pixel · %3</translation>
    </message>
    <message>
        <source>Save Image</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>The image could not be saved there. Choose another folder, or free some space.</source>
        <translation>Das Bild konnte dort nicht gespeichert werden. Wähle einen anderen Ordner oder schaffe Platz.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
</context>
<context>
    <name>tincan::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Tincan now speaks the system&apos;s language (%1).</source>
        <translation>Tincan spricht jetzt die Sprache des Systems (%1).</translation>
    </message>
    <message>
        <source>Tincan now speaks %1.</source>
        <translation>Tincan spricht jetzt %1.</translation>
    </message>
</context>
<context>
    <name>tincan::MentionCompleter</name>
    <message>
        <source>People to mention</source>
        <translation>Personen zum Erwähnen</translation>
    </message>
</context>
<context>
    <name>tincan::MessageDelegate</name>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>On a file&apos;s card in the chat: saves the file (keep it short).</extracomment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation>Nachricht gelöscht</translation>
    </message>
    <message>
        <source>(edited)</source>
        <extracomment>After a message&apos;s time: the message was changed after it was sent.</extracomment>
        <translation>(bearbeitet)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere Person</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tincan::MessageList</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Jump to new messages</source>
        <translation>Zu den neuen Nachrichten springen</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Links in this message</source>
        <translation>Links in dieser Nachricht</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Copy Link %1</source>
        <translation>Link %1 kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Image</source>
        <translation>Bild ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save File…</source>
        <translation>Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>C&amp;ancel Transfer</source>
        <translation>Übertragung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Rea&amp;ct</source>
        <translation>Rea&amp;gieren</translation>
    </message>
    <message>
        <source>&amp;Other…</source>
        <translation>&amp;Andere…</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reagieren</translation>
    </message>
    <message>
        <source>Emoji:</source>
        <translation>Emoji:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>tincan::MessageModel</name>
    <message>
        <source>%1, not sent yet: %2</source>
        <translation>%1, noch nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <source>file %1, %2</source>
        <translation>Datei %1, %2</translation>
    </message>
    <message>
        <source>Sent, the host is checking it…</source>
        <translation>Gesendet, der Host prüft die Datei…</translation>
    </message>
    <message>
        <source>Waiting to send…</source>
        <translation>Wartet auf das Senden…</translation>
    </message>
    <message>
        <source>%1 file</source>
        <extracomment>A file&apos;s kind when the system does not know it; %1 is its extension, like &quot;XYZ&quot;.</extracomment>
        <translation>%1-Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A transfer&apos;s progress: %1 and %2 are amounts of data, like &quot;2.1 MB of 8 MB&quot;.</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer&apos;s speed; %1 is an amount of data, like &quot;1.2 MB&quot;.</extracomment>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>noch %n Minute</numerusform>
            <numerusform>noch %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>noch %n Stunde</numerusform>
            <numerusform>noch %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation>Nachricht gelöscht</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (bearbeitet)</translation>
    </message>
</context>
<context>
    <name>tincan::PeopleList</name>
    <message>
        <source>People in the room</source>
        <translation>Personen im Raum</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personen (%1)</translation>
    </message>
    <message>
        <source>&amp;Remove from Chat…</source>
        <translation>Aus dem Chat &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Verbannen…</translation>
    </message>
    <message>
        <source>Ban from Chat?</source>
        <translation>Aus dem Chat verbannen?</translation>
    </message>
    <message>
        <source>Remove from Chat?</source>
        <translation>Aus dem Chat entfernen?</translation>
    </message>
    <message>
        <source>Ban %1 from this chat?</source>
        <translation>%1 aus diesem Chat verbannen?</translation>
    </message>
    <message>
        <source>Remove %1 from the chat?</source>
        <translation>%1 aus dem Chat entfernen?</translation>
    </message>
    <message>
        <source>They are disconnected and cannot come back, under any name and from the same computer, for as long as you host this chat.</source>
        <translation>Die Person wird getrennt und kann, solange du diesen Chat hostest, unter keinem Namen und nicht vom selben Computer zurückkommen.</translation>
    </message>
    <message>
        <source>They are disconnected and everyone sees that you removed them. They can join again.</source>
        <translation>Die Person wird getrennt, und alle sehen, dass du sie entfernt hast. Sie kann wieder beitreten.</translation>
    </message>
    <message>
        <source>&amp;Ban</source>
        <translation>&amp;Verbannen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Press Enter on a person to write to them privately; open their menu to remove them from the chat.</source>
        <translation>Drücke die Eingabetaste auf einer Person, um ihr privat zu schreiben; öffne ihr Menü, um sie aus dem Chat zu entfernen.</translation>
    </message>
    <message>
        <source>Press Enter on a person to write to them privately.</source>
        <translation>Drücke die Eingabetaste auf einer Person, um ihr privat zu schreiben.</translation>
    </message>
    <message>
        <source>&amp;Message Privately</source>
        <translation>&amp;Privat schreiben</translation>
    </message>
</context>
<context>
    <name>tincan::QrCodeWidget</name>
    <message>
        <source>QR code for %1</source>
        <translation>QR-Code für %1</translation>
    </message>
</context>
<context>
    <name>tincan::RosterDelegate</name>
    <message>
        <source>host</source>
        <extracomment>The small badge beside the name of the person who hosts the chat</extracomment>
        <translation>Host</translation>
    </message>
</context>
<context>
    <name>tincan::RosterModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (du)</translation>
    </message>
    <message>
        <source>%1, that is you</source>
        <translation>%1, das bist du</translation>
    </message>
    <message>
        <source>%1, that is you, the host</source>
        <translation>%1, das bist du, der Host</translation>
    </message>
    <message>
        <source>%1, the host</source>
        <translation>%1, der Host</translation>
    </message>
    <message>
        <source>%1 hosts this chat</source>
        <translation>%1 hostet diesen Chat</translation>
    </message>
</context>
<context>
    <name>tincan::SearchPanel</name>
    <message>
        <source>Search messages (Enter searches)</source>
        <translation>Nachrichten suchen (Eingabetaste sucht)</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten suchen</translation>
    </message>
    <message>
        <source>Close search (Esc)</source>
        <translation>Suche schließen (Esc)</translation>
    </message>
    <message>
        <source>Close search</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Gefundene Nachrichten</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>You can search once you are connected.</source>
        <translation>Du kannst suchen, sobald du verbunden bist.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Keine Nachrichten gefunden.</translation>
    </message>
    <message>
        <source>Type at least one word of letters or digits to search for.</source>
        <translation>Gib mindestens ein Wort aus Buchstaben oder Ziffern ein, nach dem gesucht werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>That search is too long: use at most %n character(s).</source>
        <translation>
            <numerusform>Diese Suche ist zu lang: Verwende höchstens %n Zeichen.</numerusform>
            <numerusform>Diese Suche ist zu lang: Verwende höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many searches at once. Wait a moment, then search again.</source>
        <translation>Zu viele Suchen auf einmal. Warte einen Moment und suche dann erneut.</translation>
    </message>
    <message>
        <source>The host keeps no history, so there is nothing to search.</source>
        <translation>Der Host speichert keinen Verlauf, daher gibt es nichts zu durchsuchen.</translation>
    </message>
    <message>
        <source>The host could not search. Try again in a moment.</source>
        <translation>Der Host konnte nicht suchen. Versuche es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>tincan::SearchResultsModel</name>
    <message>
        <source>%1 · %2 · private, to %3</source>
        <extracomment>A search result&apos;s heading for a private message: %1 who wrote it, %2 when.</extracomment>
        <translation>%1 · %2 · privat, an %3</translation>
    </message>
    <message>
        <source>%1 · %2 · private</source>
        <translation>%1 · %2 · privat</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
</context>
<context>
    <name>tincan::StartWindow</name>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Tincan</source>
        <translation>Tincan</translation>
    </message>
    <message>
        <source>Chat with the people on your network. No accounts, no internet needed.</source>
        <translation>Chatte mit den Leuten in deinem Netzwerk. Ohne Konto, ohne Internet.</translation>
    </message>
    <message>
        <source>How others see you</source>
        <translation>So sehen dich die anderen</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Dein &amp;Name:</translation>
    </message>
    <message>
        <source>Host or join</source>
        <translation>Eröffnen oder beitreten</translation>
    </message>
    <message>
        <source>&amp;Host a chat</source>
        <translation>Chat &amp;eröffnen</translation>
    </message>
    <message>
        <source>&amp;Join a chat</source>
        <translation>Chat bei&amp;treten</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Raumname</translation>
    </message>
    <message>
        <source>For example: Office, LAN party, Family</source>
        <translation>Zum Beispiel: Büro, LAN-Party, Familie</translation>
    </message>
    <message>
        <source>&amp;Room name:</source>
        <translation>&amp;Raumname:</translation>
    </message>
    <message>
        <source>Use a &amp;fixed port</source>
        <translation>&amp;Festen Port verwenden</translation>
    </message>
    <message>
        <source>Keep the same address between sessions, for example for a firewall rule. Without it, Tincan picks a free port near %1.</source>
        <translation>Behält dieselbe Adresse über mehrere Sitzungen bei, zum Beispiel für eine Firewall-Regel. Ohne diese Option wählt Tincan einen freien Port in der Nähe von %1.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Others join by opening the link Tincan shows you in a browser, by scanning its QR code, or from Tincan&apos;s Join page.</source>
        <translation>Andere treten bei, indem sie den Link, den Tincan dir anzeigt, im Browser öffnen, den QR-Code scannen oder Tincans Seite „Beitreten“ verwenden.</translation>
    </message>
    <message>
        <source>Host address</source>
        <translation>Adresse des Hosts</translation>
    </message>
    <message>
        <source>192.168.1.20:%1 or http://192.168.1.20:%1/</source>
        <translation>192.168.1.20:%1 oder http://192.168.1.20:%1/</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Found on this network:</source>
        <translation>In diesem Netzwerk &amp;gefunden:</translation>
    </message>
    <message>
        <source>Chats found on this network</source>
        <translation>In diesem Netzwerk gefundene Chats</translation>
    </message>
    <message>
        <source>&amp;Recent hosts:</source>
        <translation>&amp;Letzte Hosts:</translation>
    </message>
    <message>
        <source>Recent hosts</source>
        <translation>Letzte Hosts</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A chat found on the network: room name, then its address</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Looking for chats on this network…</source>
        <translation>Suche nach Chats in diesem Netzwerk…</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>&amp;Start Hosting</source>
        <translation>Chat &amp;eröffnen</translation>
    </message>
    <message>
        <source>Enter the address the host sees in their Tincan window, like 192.168.1.20:%1.</source>
        <translation>Gib die Adresse ein, die der Host in seinem Tincan-Fenster sieht, etwa 192.168.1.20:%1.</translation>
    </message>
    <message>
        <source>Tincan addresses start with http:// or ws:// (or with no prefix at all), like http://192.168.1.20:%1/.</source>
        <translation>Tincan-Adressen beginnen mit http:// oder ws:// (oder ganz ohne Präfix), etwa http://192.168.1.20:%1/.</translation>
    </message>
    <message>
        <source>The address has no computer name or IP address in it.</source>
        <translation>Die Adresse enthält keinen Computernamen und keine IP-Adresse.</translation>
    </message>
    <message>
        <source>That does not look like a computer name or IP address. Check for typos, like 192.168.1.20:%1.</source>
        <translation>Das sieht nicht nach einem Computernamen oder einer IP-Adresse aus. Prüfe auf Tippfehler, Beispiel: 192.168.1.20:%1.</translation>
    </message>
    <message>
        <source>The port (the number after the colon) must be between 1 and 65535.</source>
        <translation>Der Port (die Zahl nach dem Doppelpunkt) muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Tincan addresses have no user name or password in them.</source>
        <translation>Tincan-Adressen enthalten keinen Benutzernamen und kein Passwort.</translation>
    </message>
    <message>
        <source>Enter the name others will see you as.</source>
        <translation>Gib den Namen ein, unter dem andere dich sehen.</translation>
    </message>
    <message>
        <source>A name has 1 to %1 characters and no control characters.</source>
        <translation>Ein Name hat 1 bis %1 Zeichen und keine Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1&apos;s chat</source>
        <translation>Chat von %1</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>&amp;Zugangscode:</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Zugangscode</translation>
    </message>
    <message>
        <source>Optional: people need it to join</source>
        <translation>Optional: zum Beitreten nötig</translation>
    </message>
    <message>
        <source>With a code, only people who have it can join. The link and QR code carry it.</source>
        <translation>Mit einem Code können nur Leute beitreten, die ihn haben. Link und QR-Code enthalten ihn.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Make up a code that is easy to read aloud</source>
        <translation>Einen Code erzeugen, der sich leicht vorlesen lässt</translation>
    </message>
    <message>
        <source>Re&amp;member this code for the next time I host</source>
        <translation>Diesen Code fürs nächste &amp;Hosten merken</translation>
    </message>
    <message>
        <source>%1 (needs a code)</source>
        <extracomment>A chat found on the network that only lets in people who have its access code</extracomment>
        <translation>%1 (braucht einen Code)</translation>
    </message>
    <message>
        <source>%1, needs an access code</source>
        <translation>%1, braucht einen Zugangscode</translation>
    </message>
</context>
<context>
    <name>tincan::TypingLine</name>
    <message>
        <source>Who is typing</source>
        <translation>Wer gerade schreibt</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 und %2 schreiben…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>Mehrere Leute schreiben…</translation>
    </message>
</context>
</TS>
