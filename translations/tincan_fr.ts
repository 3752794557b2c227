<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Rejoindre le chat</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Rejoindre %1</translation>
    </message>
    <message>
        <source>Chat with everyone on this network. Nothing to install.</source>
        <translation>Discutez avec tout le monde sur ce réseau. Rien à installer.</translation>
    </message>
    <message>
        <source>Up to %1 characters. Others see this name.</source>
        <translation>Jusqu’à %1&#xa0;caractères. Les autres verront ce nom.</translation>
    </message>
    <message>
        <source>Join</source>
        <extracomment>Button that joins the chat</extracomment>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <extracomment>Button that joins with the free name the host suggested</extracomment>
        <translation>Utiliser «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Veuillez saisir un nom.</translation>
    </message>
    <message numerus="yes">
        <source>That name is too long. Use at most %n character(s).</source>
        <translation>
            <numerusform>Ce nom est trop long. Utilisez au plus %n&#xa0;caractère.</numerusform>
            <numerusform>Ce nom est trop long. Utilisez au plus %n&#xa0;caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>That name contains invisible or control characters. Please use plain letters, digits and symbols.</source>
        <translation>Ce nom contient des caractères invisibles ou de contrôle. Utilisez des lettres, des chiffres et des symboles ordinaires.</translation>
    </message>
    <message>
        <source>“%1” is already taken in this room. How about “%2”?</source>
        <translation>«&#xa0;%1&#xa0;» est déjà pris dans ce salon. Pourquoi pas «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” is already taken in this room. Please pick another name.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà pris dans ce salon. Veuillez choisir un autre nom.</translation>
    </message>
    <message>
        <source>While you were away, someone else took the name “%1”. Pick a name to rejoin:</source>
        <translation>Pendant votre absence, quelqu’un d’autre a pris le nom «&#xa0;%1&#xa0;». Choisissez un nom pour revenir&#xa0;:</translation>
    </message>
    <message>
        <source>Rejoin</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Catching up…</source>
        <extracomment>Fetching the messages missed while the connection was down</extracomment>
        <translation>Récupération des messages…</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Connexion perdue. Reconnexion dans %n&#xa0;seconde…</numerusform>
            <numerusform>Connexion perdue. Reconnexion dans %n&#xa0;secondes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the host. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Impossible de joindre l’hôte. Nouvel essai dans %n&#xa0;seconde…</numerusform>
            <numerusform>Impossible de joindre l’hôte. Nouvel essai dans %n&#xa0;secondes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Reconnexion dans %n&#xa0;seconde…</numerusform>
            <numerusform>Reconnexion dans %n&#xa0;secondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Your device is offline. Waiting for the network…</source>
        <translation>Votre appareil est hors ligne. En attente du réseau…</translation>
    </message>
    <message>
        <source>Choose a name to rejoin.</source>
        <translation>Choisissez un nom pour revenir.</translation>
    </message>
    <message>
        <source>The host refused the connection: %1</source>
        <extracomment>%1 is the reason, a sentence</extracomment>
        <translation>L’hôte a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The host stopped the chat.</source>
        <translation>L’hôte a arrêté le chat.</translation>
    </message>
    <message>
        <source>Joining took too long.</source>
        <translation>La connexion a pris trop de temps.</translation>
    </message>
    <message>
        <source>A message was too large for the host.</source>
        <translation>Un message était trop volumineux pour l’hôte.</translation>
    </message>
    <message>
        <source>The room is full. Tincan will keep trying.</source>
        <translation>Le salon est plein. Tincan va continuer d’essayer.</translation>
    </message>
    <message>
        <source>The host could not read a message from this page. Reload the page if this keeps happening.</source>
        <translation>L’hôte n’a pas pu lire un message de cette page. Rechargez la page si le problème persiste.</translation>
    </message>
    <message>
        <source>The host did not understand a request from this page. Reload the page if this keeps happening.</source>
        <translation>L’hôte n’a pas compris une requête de cette page. Rechargez la page si le problème persiste.</translation>
    </message>
    <message>
        <source>The host does not know a request this page sent. The host may be an older version.</source>
        <translation>L’hôte ne connaît pas une requête envoyée par cette page. Il utilise peut-être une version plus ancienne.</translation>
    </message>
    <message>
        <source>The page tried to chat before joining. Reload the page if this keeps happening.</source>
        <translation>La page a essayé de discuter avant d’avoir rejoint le chat. Rechargez la page si le problème persiste.</translation>
    </message>
    <message>
        <source>You are already in the room.</source>
        <translation>Vous êtes déjà dans le salon.</translation>
    </message>
    <message>
        <source>This page does not match the host’s version. Reload the page.</source>
        <translation>Cette page ne correspond pas à la version de l’hôte. Rechargez la page.</translation>
    </message>
    <message>
        <source>That name cannot be used. Use 1 to %1 visible characters, without control or invisible characters.</source>
        <translation>Ce nom ne peut pas être utilisé. Utilisez de 1 à %1&#xa0;caractères visibles, sans caractères de contrôle ni invisibles.</translation>
    </message>
    <message>
        <source>That name is already taken in this room.</source>
        <translation>Ce nom est déjà pris dans ce salon.</translation>
    </message>
    <message>
        <source>That message is too long for the host.</source>
        <translation>Ce message est trop long pour l’hôte.</translation>
    </message>
    <message>
        <source>You are sending messages too fast. Tincan will send this one again in a moment.</source>
        <translation>Vous envoyez des messages trop vite. Tincan renverra celui-ci dans un instant.</translation>
    </message>
    <message>
        <source>The room is full. Try again later.</source>
        <translation>Le salon est plein. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The host could not save the chat history. The chat goes on, but messages from now on may be lost when the host restarts.</source>
        <translation>L’hôte n’a pas pu enregistrer l’historique. Le chat continue, mais les messages envoyés à partir de maintenant pourraient être perdus au redémarrage de l’hôte.</translation>
    </message>
    <message>
        <source>You joined again from another connection, so this one stopped.</source>
        <translation>Vous avez rejoint le chat depuis une autre connexion, celle-ci s’est donc arrêtée.</translation>
    </message>
    <message>
        <source>The host reported a problem: %1.</source>
        <extracomment>%1 is a machine code such as &quot;rate-limited&quot;</extracomment>
        <translation>L’hôte a signalé un problème&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n person(s) in this room</source>
        <extracomment>Label of the button that opens the list of people</extracomment>
        <translation>
            <numerusform>Afficher la %n&#xa0;personne de ce salon</numerusform>
            <numerusform>Afficher les %n&#xa0;personnes de ce salon</numerusform>
        </translation>
    </message>
    <message>
        <source>In this room</source>
        <translation>Dans ce salon</translation>
    </message>
    <message>
        <source>you</source>
        <extracomment>Marks your own name in the list of people</extracomment>
        <translation>vous</translation>
    </message>
    <message>
        <source>Sound on for new messages</source>
        <translation>Son activé pour les nouveaux messages</translation>
    </message>
    <message>
        <source>Sound off for new messages</source>
        <translation>Son désactivé pour les nouveaux messages</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No messages yet. Say hello!</source>
        <translation>Pas encore de messages. Dites bonjour&#xa0;!</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Chargement des messages plus anciens…</translation>
    </message>
    <message>
        <source>This is the start of the room.</source>
        <translation>C’est le début du salon.</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Shown instead of your own name above your messages</extracomment>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Message %1</source>
        <extracomment>Placeholder of the message box; %1 is the room&apos;s name</extracomment>
        <translation>Message pour %1</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Écrivez un message</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Button that sends the message</extracomment>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line.</source>
        <translation>Entrée envoie, Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>%n&#xa0;caractère restant</numerusform>
            <numerusform>%n&#xa0;caractères restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s). The limit is %1.</source>
        <translation>
            <numerusform>%n&#xa0;caractère de trop. La limite est de %1.</numerusform>
            <numerusform>%n&#xa0;caractères de trop. La limite est de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Read out by screen readers: who wrote, then the message</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s)</source>
        <extracomment>Read out by screen readers after a burst of messages</extracomment>
        <translation>
            <numerusform>%n&#xa0;autre message</numerusform>
            <numerusform>%n&#xa0;autres messages</numerusform>
        </translation>
    </message>
    <message>
        <source>That message cannot be sent: it has nothing visible in it, or a control character.</source>
        <translation>Ce message ne peut pas être envoyé : il ne contient rien de visible, ou un caractère de contrôle.</translation>
    </message>
    <message>
        <source>Access code</source>
        <extracomment>Label of the field for the room&apos;s access code (a few letters and digits the host gives out)</extracomment>
        <translation>Code d’accès</translation>
    </message>
    <message>
        <source>This room needs an access code. Ask the host for it.</source>
        <translation>Ce salon demande un code d’accès. Demandez-le à l’hôte.</translation>
    </message>
    <message>
        <source>That code is not right. Check it with the host.</source>
        <translation>Ce code n’est pas le bon. Vérifiez-le auprès de l’hôte.</translation>
    </message>
    <message>
        <source>The host removed you from the chat.</source>
        <extracomment>The host removed this person; they may rejoin</extracomment>
        <translation>L’hôte vous a retiré du chat.</translation>
    </message>
    <message>
        <source>The host banned you from this chat.</source>
        <extracomment>Said at the moment the host bans this person, who was in the chat</extracomment>
        <translation>L’hôte vous a banni de ce chat.</translation>
    </message>
    <message>
        <source>The host has banned you from this chat.</source>
        <extracomment>Said when a banned person tries to join</extracomment>
        <translation>L’hôte vous a banni de ce chat.</translation>
    </message>
    <message>
        <source>The host has locked the room. Nobody new can join right now.</source>
        <translation>L’hôte a verrouillé le salon. Personne de nouveau ne peut le rejoindre pour l’instant.</translation>
    </message>
    <message>
        <source>Too many wrong codes from this device. Try again in a few minutes.</source>
        <translation>Trop de codes erronés depuis cet appareil. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Button that asks the host again to be let in</extracomment>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>Marks the host&apos;s name in the list of people (lower case, like &quot;you&quot;)</extracomment>
        <translation>hôte</translation>
    </message>
    <message>
        <source>%1 was removed by the host</source>
        <translation>%1 a été retiré par l’hôte</translation>
    </message>
    <message>
        <source>Download</source>
        <extracomment>Link on a file in the chat; it saves the file</extracomment>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>The host cannot use this file’s name. Rename the file and send it again.</source>
        <translation>L’hôte ne peut pas utiliser le nom de ce fichier. Renommez le fichier et envoyez-le à nouveau.</translation>
    </message>
    <message>
        <source>This file is larger than the host accepts.</source>
        <translation>Ce fichier est plus volumineux que ce que l’hôte accepte.</translation>
    </message>
    <message>
        <source>The host has no room left for this file.</source>
        <translation>L’hôte n’a plus de place pour ce fichier.</translation>
    </message>
    <message>
        <source>Too many files are on their way at once. Send this one when the others are done.</source>
        <translation>Trop de fichiers sont en cours d’envoi en même temps. Envoyez celui-ci quand les autres seront terminés.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <extracomment>Button beside the message box that picks files to send</extracomment>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <extracomment>Button beside the message box on phones: opens the camera</extracomment>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>Drop files here to send them</source>
        <extracomment>Shown over the chat while files are dragged over it</extracomment>
        <translation>Déposez les fichiers ici pour les envoyer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>How much of a file has been sent: %1 and %2 are sizes such as &quot;1.2 MB&quot;</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>Time left for a file to be sent: %1 is a duration such as &quot;2 minutes&quot;</extracomment>
        <translation>il reste %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button that stops sending a file</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button that takes a file that could not be sent out of the chat</extracomment>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>This file is empty: there is nothing to send.</source>
        <translation>Ce fichier est vide&#xa0;: il n’y a rien à envoyer.</translation>
    </message>
    <message>
        <source>The file could not be sent. Check the connection and send it again.</source>
        <translation>Le fichier n’a pas pu être envoyé. Vérifiez la connexion et envoyez-le à nouveau.</translation>
    </message>
    <message>
        <source>The host refused this upload. Send the file again.</source>
        <translation>L’hôte a refusé cet envoi. Envoyez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>The file changed while it was being sent. Send it again.</source>
        <translation>Le fichier a changé pendant l’envoi. Envoyez-le à nouveau.</translation>
    </message>
    <message>
        <source>The host could not store this file. Send it again later.</source>
        <translation>L’hôte n’a pas pu enregistrer ce fichier. Envoyez-le à nouveau plus tard.</translation>
    </message>
    <message>
        <source>That message is not there any more.</source>
        <translation>Ce message n’existe plus.</translation>
    </message>
    <message>
        <source>Only your own messages can be changed or deleted.</source>
        <translation>Seuls vos propres messages peuvent être modifiés ou supprimés.</translation>
    </message>
    <message>
        <source>A reaction is one emoji.</source>
        <translation>Une réaction est un seul emoji.</translation>
    </message>
    <message>
        <source>That message has all the different reactions it can take.</source>
        <translation>Ce message a déjà toutes les réactions différentes qu’il peut recevoir.</translation>
    </message>
    <message>
        <source>That was too fast for the host. Wait a moment and try again.</source>
        <extracomment>An edit, delete or reaction came too fast; nothing was changed</extracomment>
        <translation>C’était trop rapide pour l’hôte. Attendez un instant et réessayez.</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>Button on a message: answer it</extracomment>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>React</source>
        <extracomment>Button on a message: add an emoji reaction</extracomment>
        <translation>Réagir</translation>
    </message>
    <message>
        <source>Another emoji</source>
        <extracomment>Field for typing an emoji of one&apos;s own choice as a reaction</extracomment>
        <translation>Autre emoji</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete?</source>
        <extracomment>The Delete button after one click: click again to delete</extracomment>
        <translation>Supprimer ?</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <extracomment>Shown in place of a deleted message</extracomment>
        <translation>Message supprimé</translation>
    </message>
    <message>
        <source>edited</source>
        <extracomment>Mark next to the time of a message that was changed</extracomment>
        <translation>modifié</translation>
    </message>
    <message>
        <source>%1 more</source>
        <extracomment>After the names of those who gave a reaction, for those not listed</extracomment>
        <translation>%1 de plus</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <extracomment>Above the message box: %1 is the name of the person whose message is answered</extracomment>
        <translation>Réponse à %1</translation>
    </message>
    <message>
        <source>Editing your message</source>
        <translation>Modification de votre message</translation>
    </message>
    <message>
        <source>That person is not in the room any more.</source>
        <extracomment>A private message could not go: the other person left the chat</extracomment>
        <translation>Cette personne n’est plus dans le salon.</translation>
    </message>
    <message>
        <source>You can change messages once you are connected.</source>
        <extracomment>An edit, delete or reaction tried while the page is not connected; nothing was changed</extracomment>
        <translation>Vous pourrez modifier des messages une fois connecté.</translation>
    </message>
    <message>
        <source>Write to %1 privately</source>
        <extracomment>Button beside a person in the list of people; %1 is their name</extracomment>
        <translation>Écrire à %1 en privé</translation>
    </message>
    <message>
        <source>Message %1 privately</source>
        <extracomment>Placeholder of the message box in a private conversation; %1 is the other person&apos;s name</extracomment>
        <translation>Message privé à %1</translation>
    </message>
    <message>
        <source>Files go to the whole room. Switch to Room to send one.</source>
        <extracomment>Files cannot be sent in a private conversation; &quot;Room&quot; is the name of the room&apos;s tab</extracomment>
        <translation>Les fichiers vont à tout le salon. Passez à « Salon » pour en envoyer un.</translation>
    </message>
    <message>
        <source>More results</source>
        <extracomment>Button below search results: the next, older results</extracomment>
        <translation>Plus de résultats</translation>
    </message>
    <message>
        <source>Back to the results</source>
        <extracomment>Button above a search result shown among the messages around it</extracomment>
        <translation>Retour aux résultats</translation>
    </message>
</context>
<context>
    <name>HeadlessHost</name>
    <message>
        <source>Tincan could not start hosting: %1</source>
        <translation>Tincan n’a pas pu héberger le chat&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the room</source>
        <translation>
            <numerusform>%n&#xa0;personne dans le salon</numerusform>
            <numerusform>%n&#xa0;personnes dans le salon</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 is in use; using port %2 instead.</source>
        <translation>Le port %1 est occupé&#xa0;; utilisation du port %2 à la place.</translation>
    </message>
    <message>
        <source>Tincan is hosting on port %1. People can join at:</source>
        <translation>Tincan héberge le chat sur le port %1. On peut le rejoindre à l’adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Stopping: telling everyone the host is leaving.</source>
        <translation>Arrêt&#xa0;: tout le monde est prévenu que l’hôte s’en va.</translation>
    </message>
    <message>
        <source>Joining needs the access code you set.</source>
        <translation>Pour rejoindre, il faut le code d’accès que vous avez choisi.</translation>
    </message>
    <message>
        <source>Type /help for the commands that keep the room. Press Ctrl+C to stop.</source>
        <translation>Tapez /help pour les commandes qui gèrent le salon. Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>Say whom: %1 NAME</source>
        <translation>Qui ? %1 NOM</translation>
    </message>
    <message>
        <source>%1 was removed and cannot come back while this host runs.</source>
        <translation>%1 a été retiré et ne peut pas revenir tant que cet hôte tourne.</translation>
    </message>
    <message>
        <source>%1 was removed (they may join again).</source>
        <translation>%1 a été retiré (peut revenir).</translation>
    </message>
    <message>
        <source>Nobody named %1 is in the room.</source>
        <translation>Personne du nom de %1 n’est dans le salon.</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>The room is locked: nobody new may join.</source>
        <translation>Le salon est verrouillé : personne de nouveau ne peut entrer.</translation>
    </message>
    <message>
        <source>The room is open again.</source>
        <translation>Le salon est de nouveau ouvert.</translation>
    </message>
    <message>
        <source>Anyone may join without a code now.</source>
        <translation>Tout le monde peut maintenant entrer sans code.</translation>
    </message>
    <message>
        <source>An access code has %1 to %2 letters or digits.</source>
        <translation>Un code d’accès a de %1 à %2 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>The access code is set. People already in stay.</source>
        <translation>Le code d’accès est défini. Les personnes déjà présentes restent.</translation>
    </message>
    <message>
        <source>Commands: /kick NAME (remove; they may come back), /ban NAME (remove for as long as this host runs), /lock and /unlock (let nobody new in, or everyone again), /code CODE and /code off (set or remove the access code).</source>
        <translation>Commandes : /kick NOM (retirer ; peut revenir), /ban NOM (retirer tant que cet hôte tourne), /lock et /unlock (ne plus laisser entrer personne de nouveau, ou de nouveau tout le monde), /code CODE et /code off (définir ou retirer le code d’accès).</translation>
    </message>
    <message>
        <source>Also removed, from the same computer: %1.</source>
        <translation>Également retirés, depuis le même ordinateur : %1.</translation>
    </message>
    <message>
        <source>Say the code: /code CODE (or /code off to let anyone join without one).</source>
        <translation>Indiquez le code : /code CODE (ou /code off pour que tout le monde puisse entrer sans code).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>Le port doit être un nombre entre 0 et 65535.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address to listen on.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IP d’écoute valide.</translation>
    </message>
    <message>
        <source>“%1” is not an address to announce to (use ADDRESS or ADDRESS:PORT).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse d’annonce valide (utilisez ADRESSE ou ADRESSE:PORT).</translation>
    </message>
    <message>
        <source>Tincan: a chat for everyone on the local network. Host one, and others join from Tincan or from any browser.</source>
        <translation>Tincan&#xa0;: un chat pour tout le monde sur le réseau local. Hébergez-en un, les autres le rejoignent depuis Tincan ou n’importe quel navigateur.</translation>
    </message>
    <message>
        <source>Host a chat without a window (for always-on hosts).</source>
        <translation>Héberger un chat sans fenêtre (pour les hôtes toujours allumés).</translation>
    </message>
    <message>
        <source>Listen on this port (0: any free port). Without it, %1 or the next free port is used.</source>
        <translation>Écouter sur ce port (0&#xa0;: n’importe quel port libre). Sans cette option, le port %1 ou le suivant qui est libre est utilisé.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Listen on this address only (for example 127.0.0.1).</source>
        <translation>N’écouter que sur cette adresse (par exemple 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>The room&apos;s name.</source>
        <translation>Le nom du salon.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Keep the chat history in this folder.</source>
        <translation>Conserver l’historique du chat dans ce dossier.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Start hosting a chat right away (skips the start window).</source>
        <translation>Héberger un chat tout de suite (sans la fenêtre d’accueil).</translation>
    </message>
    <message>
        <source>Join the chat at this address right away, for example 192.168.1.20:%1 or http://192.168.1.20:%1/.</source>
        <translation>Rejoindre tout de suite le chat à cette adresse, par exemple 192.168.1.20:%1 ou http://192.168.1.20:%1/.</translation>
    </message>
    <message>
        <source>Your name in the chat.</source>
        <translation>Votre nom dans le chat.</translation>
    </message>
    <message>
        <source>Neither announce this host on the network nor look for other hosts (nothing is broadcast).</source>
        <translation>Ne pas annoncer cet hôte sur le réseau ni chercher d’autres hôtes (rien n’est diffusé).</translation>
    </message>
    <message>
        <source>Announce this host only to this address (repeatable; default: broadcast on the local networks, UDP port %1).</source>
        <translation>N’annoncer cet hôte qu’à cette adresse (option répétable&#xa0;; par défaut&#xa0;: diffusion sur les réseaux locaux, port UDP %1).</translation>
    </message>
    <message>
        <source>address[:port]</source>
        <translation>adresse[:port]</translation>
    </message>
    <message>
        <source>Speak this language instead of the system&apos;s: %1.</source>
        <translation>Utiliser cette langue au lieu de celle du système&#xa0;: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Tincan does not speak “%1”. It speaks: %2.</source>
        <translation>Tincan ne parle pas «&#xa0;%1&#xa0;». Langues disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Use either --host or --join, not both.</source>
        <translation>Utilisez --host ou --join, mais pas les deux.</translation>
    </message>
    <message>
        <source>“%1” is not a host name to allow (letters, digits, dots and dashes).</source>
        <translation>« %1 » n’est pas un nom d’hôte à autoriser (lettres, chiffres, points et tirets).</translation>
    </message>
    <message>
        <source>Also accept requests that name this host by this name (repeatable), for example a name the network&apos;s DNS gives it. Its own addresses, localhost and its computer name are always accepted.</source>
        <translation>Accepter aussi les requêtes qui désignent cet hôte par ce nom (répétable), par exemple un nom que lui donne le DNS du réseau. Ses propres adresses, localhost et le nom de l’ordinateur sont toujours acceptés.</translation>
    </message>
    <message>
        <source>Tincan cannot open its window: there is no display here (no desktop session, or a remote shell). To host a chat without a window, run: tincan --headless</source>
        <translation>Tincan ne peut pas ouvrir sa fenêtre : il n’y a pas d’affichage ici (pas de session de bureau, ou un shell distant). Pour héberger un chat sans fenêtre, lancez : tincan --headless</translation>
    </message>
    <message>
        <source>An access code has %1 to %2 letters or digits (spaces and dashes are ignored) and no control characters.</source>
        <translation>Un code d’accès a de %1 à %2 lettres ou chiffres (espaces et tirets ignorés) et aucun caractère de contrôle.</translation>
    </message>
    <message>
        <source>People need this code to join (the link and QR code the host shows carry it). Other programs on this computer can see a command line: on a shared computer, set the code in the window or with /code.</source>
        <translation>Ce code est nécessaire pour entrer (le lien et le QR code de l’hôte le contiennent). D’autres programmes de cet ordinateur peuvent voir une ligne de commande : sur un ordinateur partagé, définissez le code dans la fenêtre ou avec /code.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Start with the room locked: nobody new may join until the host unlocks it (the window&apos;s &quot;Lock the room&quot;, or /unlock on the console).</source>
        <translation>Démarrer avec le salon verrouillé : personne de nouveau ne peut entrer tant que l’hôte ne le déverrouille pas (« Verrouiller le salon » dans la fenêtre, ou /unlock dans la console).</translation>
    </message>
    <message>
        <source>“%1” is not a size for --%2 (for example 500M or 2G).</source>
        <translation>« %1 » n’est pas une taille pour --%2 (par exemple 500M ou 2G).</translation>
    </message>
    <message>
        <source>The largest file people may send (K, M, G: kilo-, mega-, gigabytes; default 2G).</source>
        <translation>Le plus gros fichier que l’on peut envoyer (K, M, G : kilo-, méga-, gigaoctets ; 2G par défaut).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>How much the room&apos;s files may take on disk in all (default 10G).</source>
        <translation>Place que les fichiers du salon peuvent occuper au total sur le disque (10G par défaut).</translation>
    </message>
</context>
<context>
    <name>tincan::AccessCodeDialog</name>
    <message>
        <source>Change Access Code</source>
        <translation>Changer le code d’accès</translation>
    </message>
    <message>
        <source>New &amp;access code:</source>
        <translation>Nouveau code d’&amp;accès :</translation>
    </message>
    <message>
        <source>New access code</source>
        <translation>Nouveau code d’accès</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Make up a code that is easy to read aloud</source>
        <translation>Inventer un code facile à lire à voix haute</translation>
    </message>
    <message>
        <source>People already in the chat stay. Whoever joins next needs the new code; the link and QR code carry it.</source>
        <translation>Les personnes déjà dans le chat restent. Les prochaines devront saisir le nouveau code ; le lien et le code QR le contiennent.</translation>
    </message>
    <message numerus="yes">
        <source>An access code needs at least %n letters or digits (spaces and dashes do not count).</source>
        <translation>
            <numerusform>Un code d’accès doit avoir au moins %n lettre ou chiffre (les espaces et tirets ne comptent pas).</numerusform>
            <numerusform>Un code d’accès doit avoir au moins %n lettres ou chiffres (les espaces et tirets ne comptent pas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An access code has at most %n characters.</source>
        <translation>
            <numerusform>Un code d’accès comporte au plus %n caractère.</numerusform>
            <numerusform>Un code d’accès comporte au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>An access code cannot have invisible or control characters in it.</source>
        <translation>Un code d’accès ne peut pas contenir de caractères invisibles ou de contrôle.</translation>
    </message>
</context>
<context>
    <name>tincan::ChatHeader</name>
    <message>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>You are %1</source>
        <translation>Vous êtes %1</translation>
    </message>
</context>
<context>
    <name>tincan::ChatTray</name>
    <message>
        <source>&amp;Show Tincan</source>
        <translation>&amp;Afficher Tincan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n&#xa0;nouveau message</numerusform>
            <numerusform>%n&#xa0;nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 vous a mentionné</translation>
    </message>
    <message>
        <source>%1: %2 unread</source>
        <translation>%1&#xa0;: %2&#xa0;non lus</translation>
    </message>
    <message>
        <source>Private message from %1</source>
        <extracomment>The title of a notification of a private message; %1 is who wrote it.</extracomment>
        <translation>Message privé de %1</translation>
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
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n&#xa0;nouveau message</numerusform>
            <numerusform>%n&#xa0;nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 a rejoint le chat</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 a quitté le chat</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 s’appelle maintenant %2</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 écrit…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 et %2 écrivent…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>Plusieurs personnes écrivent…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>Change &amp;Name…</source>
        <translation>Changer de &amp;nom…</translation>
    </message>
    <message>
        <source>&amp;Copy Invite Link</source>
        <translation>&amp;Copier le lien d’invitation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;People Panel</source>
        <translation>Panneau des &amp;personnes</translation>
    </message>
    <message>
        <source>Jump to &amp;Latest</source>
        <translation>Aller aux &amp;derniers messages</translation>
    </message>
    <message>
        <source>Go to &amp;Messages</source>
        <translation>Aller aux &amp;messages</translation>
    </message>
    <message>
        <source>Go to &amp;Input</source>
        <translation>Aller à la &amp;saisie</translation>
    </message>
    <message>
        <source>You are now %1</source>
        <translation>Vous vous appelez maintenant %1</translation>
    </message>
    <message>
        <source>A message was too long for this room and was not sent; it is back in the input box.</source>
        <translation>Un message était trop long pour ce salon et n’a pas été envoyé&#xa0;; il a été remis dans la zone de saisie.</translation>
    </message>
    <message>
        <source>A message could not be sent; it is back in the input box.</source>
        <translation>Un message n’a pas pu être envoyé&#xa0;; il a été remis dans la zone de saisie.</translation>
    </message>
    <message>
        <source>That name is taken.</source>
        <translation>Ce nom est déjà pris.</translation>
    </message>
    <message>
        <source>That name can&apos;t be used.</source>
        <translation>Ce nom ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>“%1” is free.</source>
        <translation>«&#xa0;%1&#xa0;» est libre.</translation>
    </message>
    <message>
        <source>The host could not save the chat history. The chat goes on, but recent messages may be missing after the host restarts.</source>
        <translation>L’hôte n’a pas pu enregistrer l’historique. Le chat continue, mais des messages récents pourraient manquer après le redémarrage de l’hôte.</translation>
    </message>
    <message>
        <source>A name has 1 to 32 characters and no control characters.</source>
        <translation>Un nom comporte de 1 à 32&#xa0;caractères, sans caractères de contrôle.</translation>
    </message>
    <message>
        <source>%1 — Tincan</source>
        <translation>%1 — Tincan</translation>
    </message>
    <message>
        <source>Change Name</source>
        <translation>Changer de nom</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>You can change your name once you are connected.</source>
        <translation>Vous pourrez changer de nom une fois connecté.</translation>
    </message>
    <message>
        <source>Nobody else is connected right now.</source>
        <translation>Personne d’autre n’est connecté pour le moment.</translation>
    </message>
    <message numerus="yes">
        <source>%n other person(s) connected will be disconnected.</source>
        <translation>
            <numerusform>%n&#xa0;autre personne connectée sera déconnectée.</numerusform>
            <numerusform>%n&#xa0;autres personnes connectées seront déconnectées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Hosting?</source>
        <translation>Arrêter d’héberger&#xa0;?</translation>
    </message>
    <message>
        <source>Closing Tincan ends the chat “%1” for everyone.</source>
        <translation>Fermer Tincan met fin au chat «&#xa0;%1&#xa0;» pour tout le monde.</translation>
    </message>
    <message>
        <source>&amp;Stop Hosting</source>
        <translation>&amp;Arrêter d’héberger</translation>
    </message>
    <message>
        <source>Unsent Messages</source>
        <translation>Messages non envoyés</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not yet received by the host will be lost. Close anyway?</source>
        <translation>
            <numerusform>%n&#xa0;message pas encore reçu par l’hôte sera perdu. Fermer quand même&#xa0;?</numerusform>
            <numerusform>%n&#xa0;messages pas encore reçus par l’hôte seront perdus. Fermer quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The chat no longer needs an access code. People already in stay.</source>
        <translation>Le chat n’exige plus de code d’accès. Les personnes déjà présentes restent.</translation>
    </message>
    <message>
        <source>Whoever joins next needs the new code. People already in stay.</source>
        <translation>Les prochaines personnes devront saisir le nouveau code. Celles déjà présentes restent.</translation>
    </message>
    <message>
        <source>The room is locked: nobody new can join.</source>
        <translation>Le salon est verrouillé : personne de nouveau ne peut rejoindre.</translation>
    </message>
    <message>
        <source>The room is open again: people can join.</source>
        <translation>Le salon est de nouveau ouvert : on peut le rejoindre.</translation>
    </message>
    <message>
        <source>%1 was removed by the host</source>
        <translation>%1 a été retiré du chat par l’hôte</translation>
    </message>
    <message>
        <source>That person is no longer in the chat, so nobody was removed.</source>
        <translation>Cette personne n’est plus dans le chat : personne n’a été retiré.</translation>
    </message>
    <message numerus="yes">
        <source>The room did not allow that: only the host can remove people, never themselves, and a chat can ban at most %n people.</source>
        <translation>
            <numerusform>Le salon ne l’a pas permis : seul l’hôte peut retirer des personnes, jamais lui-même, et un chat peut bannir au plus %n personne.</numerusform>
            <numerusform>Le salon ne l’a pas permis : seul l’hôte peut retirer des personnes, jamais lui-même, et un chat peut bannir au plus %n personnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop to send to everyone in this chat</source>
        <translation>Déposez pour l’envoyer à tout le monde dans ce chat</translation>
    </message>
    <message>
        <source>That message is not here any more, or too far back to show.</source>
        <translation>Ce message n’est plus là, ou il est trop ancien pour être affiché.</translation>
    </message>
    <message>
        <source>That message is no longer there: it was deleted, or you cannot see it.</source>
        <translation>Ce message n’est plus là : il a été supprimé, ou vous ne pouvez pas le voir.</translation>
    </message>
    <message>
        <source>You can only change or delete your own messages.</source>
        <translation>Vous ne pouvez modifier ou supprimer que vos propres messages.</translation>
    </message>
    <message>
        <source>A reaction is one emoji, without letters or spaces.</source>
        <translation>Une réaction est un seul emoji, sans lettres ni espaces.</translation>
    </message>
    <message>
        <source>That message has as many different reactions as it can take; add one of those instead.</source>
        <translation>Ce message a déjà autant de réactions différentes que possible ; ajoutez plutôt l’une d’elles.</translation>
    </message>
    <message>
        <source>That was too fast for the room. Wait a moment and try again.</source>
        <translation>C’était trop rapide pour le salon. Attendez un instant et réessayez.</translation>
    </message>
    <message>
        <source>A message needs some visible text.</source>
        <translation>Un message doit contenir du texte visible.</translation>
    </message>
    <message>
        <source>That text is too long for this room.</source>
        <translation>Ce texte est trop long pour ce salon.</translation>
    </message>
    <message>
        <source>The host keeps no history, so messages cannot be changed.</source>
        <translation>L’hôte ne garde pas d’historique, les messages ne peuvent donc pas être modifiés.</translation>
    </message>
    <message>
        <source>The host did not accept that change.</source>
        <translation>L’hôte n’a pas accepté cette modification.</translation>
    </message>
    <message>
        <source>%1 is not in the room now. You can write to them again when they are back.</source>
        <extracomment>Above the input of a private conversation; %1 is the other person&apos;s name.</extracomment>
        <translation>%1 n’est pas dans le salon pour le moment. Vous pourrez lui écrire de nouveau à son retour.</translation>
    </message>
    <message>
        <source>&amp;Search Messages…</source>
        <translation>&amp;Rechercher des messages…</translation>
    </message>
    <message>
        <source>You can see that message once you are connected.</source>
        <translation>Vous pourrez voir ce message une fois connecté.</translation>
    </message>
    <message>
        <source>A private message to %1 could not be sent; it is back in the input box of your conversation with them.</source>
        <extracomment>%1 is the name of the person a private message was for.</extracomment>
        <translation>Un message privé pour %1 n’a pas pu être envoyé ; il est de retour dans la zone de saisie de votre conversation avec cette personne.</translation>
    </message>
</context>
<context>
    <name>tincan::Composer</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter starts a new line)</source>
        <translation>Écrivez un message… (Entrée envoie, Maj+Entrée commence une nouvelle ligne)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over the limit of %1: shorten it to send</source>
        <translation>
            <numerusform>%n caractère au-delà de la limite de %1 : raccourcissez pour envoyer</numerusform>
            <numerusform>%n caractères au-delà de la limite de %1 : raccourcissez pour envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>Send files or pictures (you can also drop them here or paste them)</source>
        <translation>Envoyer des fichiers ou des images (vous pouvez aussi les déposer ici ou les coller)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Send Files</source>
        <translation>Envoyer des fichiers</translation>
    </message>
    <message>
        <source>The text is too long to go with the files: shorten it, then send them again.</source>
        <translation>Le texte est trop long pour accompagner les fichiers&#xa0;: raccourcissez-le, puis renvoyez-les.</translation>
    </message>
    <message>
        <source>“%1” is a folder: only files can be sent.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier&#xa0;: seuls des fichiers peuvent être envoyés.</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that the file is still there and that you may open it.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;». Vérifiez que le fichier existe toujours et que vous avez le droit de l’ouvrir.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to send.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;: il n’y a rien à envoyer.</translation>
    </message>
    <message>
        <source>The pasted picture could not be saved to be sent: the temporary folder is not writable.</source>
        <translation>Impossible d’enregistrer l’image collée pour l’envoyer&#xa0;: le dossier temporaire n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <extracomment>The name of a pasted picture&apos;s file (&quot;.png&quot; follows); %1 is the date and time it was pasted. Avoid characters that cannot be in file names, such as the slash and the colon.</extracomment>
        <translation>Image collée %1</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <extracomment>Above the input while answering a message: %1 is who wrote it, %2 its start.</extracomment>
        <translation>Réponse à %1 : %2</translation>
    </message>
    <message>
        <source>Editing your message (Esc cancels)</source>
        <translation>Modification de votre message (Échap pour annuler)</translation>
    </message>
    <message>
        <source>Files are shared with the whole room: switch to the Room tab to send them.</source>
        <translation>Les fichiers sont partagés avec tout le salon : passez à l’onglet Salon pour les envoyer.</translation>
    </message>
    <message>
        <source>Your message could not be changed while you are not connected: your change is still in the input box.</source>
        <translation>Votre message ne peut pas être modifié tant que vous n’êtes pas connecté : votre modification est toujours dans la zone de saisie.</translation>
    </message>
</context>
<context>
    <name>tincan::ConnectionBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Another name</source>
        <translation>Autre nom</translation>
    </message>
    <message>
        <source>A name has 1 to 32 characters and no control characters.</source>
        <translation>Un nom comporte de 1 à 32&#xa0;caractères, sans caractères de contrôle.</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Code d’accès</translation>
    </message>
    <message>
        <source>Enter the access code the host gave you.</source>
        <translation>Saisissez le code d’accès que l’hôte vous a donné.</translation>
    </message>
</context>
<context>
    <name>tincan::ConnectionStatus</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hôte du chat</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Can&apos;t reach %1. Trying again in %2 s.</source>
        <translation>Impossible de joindre %1. Nouvel essai dans %2&#xa0;s.</translation>
    </message>
    <message>
        <source>Lost the connection to the host. Reconnecting in %1 s.</source>
        <translation>Connexion à l’hôte perdue. Reconnexion dans %1&#xa0;s.</translation>
    </message>
    <message numerus="yes">
        <source>Your %n unsent message(s) will go out when you are back.</source>
        <translation>
            <numerusform>Votre %n&#xa0;message non envoyé partira dès votre retour.</numerusform>
            <numerusform>Vos %n&#xa0;messages non envoyés partiront dès votre retour.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Pas dans le chat</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Someone in this room is already called “%1”. Pick another name to join.</source>
        <translation>Quelqu’un dans ce salon s’appelle déjà «&#xa0;%1&#xa0;». Choisissez un autre nom pour le rejoindre.</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be used as a name here. Pick another one (1 to 32 characters).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas servir de nom ici. Choisissez-en un autre (de 1 à 32&#xa0;caractères).</translation>
    </message>
    <message>
        <source>The room is full right now.</source>
        <translation>Le salon est plein pour le moment.</translation>
    </message>
    <message>
        <source>This host runs a version of Tincan that this app cannot talk to. Update Tincan on both computers.</source>
        <translation>Cet hôte utilise une version de Tincan avec laquelle cette application ne peut pas communiquer. Mettez Tincan à jour sur les deux ordinateurs.</translation>
    </message>
    <message>
        <source>You joined this chat again from another connection, so this window stopped.</source>
        <translation>Vous avez rejoint ce chat depuis une autre connexion, cette fenêtre s’est donc arrêtée.</translation>
    </message>
    <message>
        <source>The host refused the connection.</source>
        <translation>L’hôte a refusé la connexion.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The host ended the chat.</source>
        <translation>L’hôte a mis fin au chat.</translation>
    </message>
    <message numerus="yes">
        <source>Your %n unsent message(s) will go out if you rejoin.</source>
        <translation>
            <numerusform>Votre %n message non envoyé partira si vous rejoignez à nouveau.</numerusform>
            <numerusform>Vos %n messages non envoyés partiront si vous rejoignez à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rejoin</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>&amp;Back to Start</source>
        <translation>&amp;Retour à l’accueil</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Could not join %1: that computer is not hosting a chat on this port. Check the address the host sees in their Tincan window.</source>
        <translation>Impossible de rejoindre %1 : cet ordinateur n’héberge pas de chat sur ce port. Vérifiez l’adresse que l’hôte voit dans sa fenêtre Tincan.</translation>
    </message>
    <message>
        <source>Could not join %1: no computer of that name was found. Check the address for typos.</source>
        <translation>Impossible de rejoindre %1 : aucun ordinateur de ce nom n’a été trouvé. Vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>Could not join %1: this computer&apos;s network has no way there. Check that both are on the same network.</source>
        <translation>Impossible de rejoindre %1 : le réseau de cet ordinateur n’y mène pas. Vérifiez que les deux sont sur le même réseau.</translation>
    </message>
    <message numerus="yes">
        <source>Could not join %1: no answer within %n second(s). Check the address, and that the host is still hosting.</source>
        <translation>
            <numerusform>Impossible de rejoindre %1 : pas de réponse en %n seconde. Vérifiez l’adresse, et que l’hôte héberge toujours.</numerusform>
            <numerusform>Impossible de rejoindre %1 : pas de réponse en %n secondes. Vérifiez l’adresse, et que l’hôte héberge toujours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not join %1.</source>
        <translation>Impossible de rejoindre %1.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>The host banned you from this chat.</source>
        <translation>L’hôte vous a banni de ce chat.</translation>
    </message>
    <message>
        <source>The host removed you from the chat.</source>
        <translation>L’hôte vous a retiré du chat.</translation>
    </message>
    <message>
        <source>That code is not right. Check it with the host and enter it again.</source>
        <translation>Ce code n’est pas le bon. Vérifiez-le auprès de l’hôte et saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>This chat needs an access code. Ask the host for it and enter it here.</source>
        <translation>Ce chat exige un code d’accès. Demandez-le à l’hôte et saisissez-le ici.</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried from this computer. Wait a few minutes, then try again.</source>
        <translation>Trop de codes erronés ont été essayés depuis cet ordinateur. Attendez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>The host has locked this chat: nobody new can join right now. Ask the host to unlock it, then try again.</source>
        <translation>L’hôte a verrouillé ce chat : personne de nouveau ne peut le rejoindre pour l’instant. Demandez à l’hôte de le déverrouiller, puis réessayez.</translation>
    </message>
    <message>
        <source>Too many wrong codes are being tried in this chat right now, so yours was not checked. Try again in a moment.</source>
        <translation>Trop de codes erronés sont essayés dans ce chat en ce moment, le vôtre n’a donc pas été vérifié. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>tincan::ConversationTabs</name>
    <message>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A conversation&apos;s tab with the number of messages not seen yet: %1 is its name, %2 the number.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Everyone in the room</source>
        <translation>Tout le monde dans le salon</translation>
    </message>
    <message>
        <source>Only the two of you</source>
        <translation>Vous deux seulement</translation>
    </message>
</context>
<context>
    <name>tincan::DesktopController</name>
    <message>
        <source>Enter the name others will see you as.</source>
        <translation>Saisissez le nom sous lequel les autres vous verront.</translation>
    </message>
    <message>
        <source>%1&apos;s chat</source>
        <translation>Chat de %1</translation>
    </message>
    <message>
        <source>The chat history could not be saved (%1). The chat goes on, but messages may be missing after a restart.</source>
        <translation>L’historique du chat n’a pas pu être enregistré (%1). Le chat continue, mais des messages pourraient manquer après un redémarrage.</translation>
    </message>
    <message>
        <source>Port %1 was in use, so the chat runs on port %2.</source>
        <translation>Le port %1 était occupé, le chat utilise donc le port %2.</translation>
    </message>
    <message>
        <source>Hosting could not start: %1</source>
        <translation>Impossible d’héberger le chat&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tincan::FileStore</name>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>tincan::FileTransfers</name>
    <message>
        <source>file</source>
        <extracomment>A file name offered in the save dialog when the sender&apos;s name for the file was unusable.</extracomment>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>Enregistrer le fichier</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré dans %2.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: the host no longer has it.</source>
        <translation>Impossible d’enregistrer «&#xa0;%1&#xa0;»&#xa0;: l’hôte ne l’a plus.</translation>
    </message>
    <message>
        <source>“%1” arrived damaged (not the file the message named) and was not saved.</source>
        <translation>«&#xa0;%1&#xa0;» est arrivé endommagé (ce n’est pas le fichier annoncé par le message) et n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>“%1” could not be written there. Choose another folder, or free some space.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;» à cet endroit. Choisissez un autre dossier ou libérez de l’espace.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: the connection to the host broke off. Save it again to go on where it stopped.</source>
        <translation>Impossible d’enregistrer «&#xa0;%1&#xa0;»&#xa0;: la connexion à l’hôte a été coupée. Enregistrez-le de nouveau pour reprendre là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>“%1” was not sent: it is larger than the host takes.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été envoyé&#xa0;: il dépasse la taille acceptée par l’hôte.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the host has no room left for files.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été envoyé&#xa0;: l’hôte n’a plus de place pour les fichiers.</translation>
    </message>
    <message>
        <source>“%1” was not sent: too many files are on their way to the host. Send it again in a moment.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été envoyé&#xa0;: trop de fichiers sont en cours d’envoi vers l’hôte. Renvoyez-le dans un instant.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the host does not take that file name. Rename the file and send it again.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été envoyé&#xa0;: l’hôte n’accepte pas ce nom de fichier. Renommez le fichier et renvoyez-le.</translation>
    </message>
    <message>
        <source>“%1” was not sent: you are sending too fast. Wait a moment and send it again.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été envoyé&#xa0;: vous envoyez trop vite. Attendez un instant et renvoyez-le.</translation>
    </message>
    <message>
        <source>“%1” was not sent: its message is too long for this room.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été envoyé&#xa0;: son message est trop long pour ce salon.</translation>
    </message>
    <message>
        <source>“%1” was not sent: its message has characters the room does not take.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été envoyé&#xa0;: son message contient des caractères que le salon n’accepte pas.</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that the file is still there and that you may open it.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;». Vérifiez que le fichier existe toujours et que vous avez le droit de l’ouvrir.</translation>
    </message>
    <message>
        <source>“%1” changed while it was being sent. Send it again.</source>
        <translation>«&#xa0;%1&#xa0;» a changé pendant l’envoi. Renvoyez-le.</translation>
    </message>
    <message>
        <source>The host stopped taking “%1”. Send it again.</source>
        <translation>L’hôte a cessé d’accepter «&#xa0;%1&#xa0;». Renvoyez-le.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the connection to the host kept breaking off.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été envoyé&#xa0;: la connexion à l’hôte n’a cessé de se couper.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the host refused it (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été envoyé&#xa0;: l’hôte l’a refusé (%2).</translation>
    </message>
</context>
<context>
    <name>tincan::HostPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation>Inviter des personnes</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Adresse réseau</translation>
    </message>
    <message>
        <source>This computer has more than one network address; pick the one your guests share.</source>
        <translation>Cet ordinateur a plusieurs adresses réseau&#xa0;; choisissez celle du réseau de vos invités.</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>Lien d’invitation</translation>
    </message>
    <message>
        <source>Copy invite link</source>
        <translation>Copier le lien d’invitation</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>Copier le lien dans le presse-papiers</translation>
    </message>
    <message>
        <source>QR code of the invite link</source>
        <translation>Code QR du lien d’invitation</translation>
    </message>
    <message>
        <source>Scan with a phone camera to open the chat in its browser</source>
        <translation>Scannez-le avec l’appareil photo d’un téléphone pour ouvrir le chat dans son navigateur</translation>
    </message>
    <message>
        <source>People connected</source>
        <translation>Personnes connectées</translation>
    </message>
    <message>
        <source>This computer is not on a network right now, so nobody else can join. Connect to a network and start hosting again.</source>
        <translation>Cet ordinateur n’est connecté à aucun réseau pour le moment, personne d’autre ne peut donc rejoindre le chat. Connectez-vous à un réseau et hébergez à nouveau le chat.</translation>
    </message>
    <message>
        <source>The chat only listens on this computer (%1), so only this computer can join.</source>
        <translation>Le chat n’écoute que sur cet ordinateur (%1)&#xa0;: seul cet ordinateur peut le rejoindre.</translation>
    </message>
    <message>
        <source>People on the same network can open this link in a browser, scan the code with a phone, or enter it in Tincan&apos;s Join page.</source>
        <translation>Les personnes du même réseau peuvent ouvrir ce lien dans un navigateur, scanner le code avec un téléphone ou le saisir dans l’onglet «&#xa0;Rejoindre&#xa0;» de Tincan.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) connected</source>
        <translation>
            <numerusform>%n&#xa0;personne connectée</numerusform>
            <numerusform>%n&#xa0;personnes connectées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Access code:</source>
        <translation>Code d’accès :</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Code d’accès</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>C&amp;hanger…</translation>
    </message>
    <message>
        <source>Choose a new access code; people already in the chat stay</source>
        <translation>Choisir un nouveau code d’accès ; les personnes déjà dans le chat restent</translation>
    </message>
    <message>
        <source>Remove the access code</source>
        <translation>Supprimer le code d’accès</translation>
    </message>
    <message>
        <source>Let anyone with the link join without a code</source>
        <translation>Laisser rejoindre sans code toute personne qui a le lien</translation>
    </message>
    <message>
        <source>&amp;Generate One</source>
        <translation>&amp;En générer un</translation>
    </message>
    <message>
        <source>Generate an access code</source>
        <translation>Générer un code d’accès</translation>
    </message>
    <message>
        <source>Make up a code that people need to join; the link and QR code carry it</source>
        <translation>Inventer un code nécessaire pour rejoindre ; le lien et le code QR le contiennent</translation>
    </message>
    <message>
        <source>&amp;Lock the room</source>
        <translation>&amp;Verrouiller le salon</translation>
    </message>
    <message>
        <source>Nobody new can join while the room is locked</source>
        <translation>Tant que le salon est verrouillé, personne de nouveau ne peut le rejoindre</translation>
    </message>
    <message>
        <source>None: anyone with the link can join</source>
        <translation>Aucun : toute personne qui a le lien peut rejoindre</translation>
    </message>
    <message>
        <source>Nobody new can join. People in the chat stay, and can come back if their connection drops.</source>
        <translation>Personne de nouveau ne peut rejoindre. Les personnes présentes restent et peuvent revenir si leur connexion tombe.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>tincan::HostService</name>
    <message>
        <source>Cannot create the history folder %1; this chat will not be kept after the host stops.</source>
        <translation>Impossible de créer le dossier d’historique %1&#xa0;; ce chat ne sera pas conservé après l’arrêt de l’hôte.</translation>
    </message>
    <message>
        <source>Cannot open the chat history in %1 (%2); this chat will not be kept after the host stops.</source>
        <translation>Impossible d’ouvrir l’historique du chat dans %1 (%2)&#xa0;; ce chat ne sera pas conservé après l’arrêt de l’hôte.</translation>
    </message>
    <message>
        <source>Chat history could not be saved (%1). The chat goes on, but messages from now on may be missing after the host restarts. Check the free disk space.</source>
        <translation>L’historique du chat n’a pas pu être enregistré (%1). Le chat continue, mais les messages envoyés à partir de maintenant pourraient manquer après le redémarrage de l’hôte. Vérifiez l’espace disque libre.</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program. Choose another port, or stop the program that uses it.</source>
        <translation>Le port %1 est déjà utilisé par un autre programme. Choisissez un autre port ou arrêtez le programme qui l’utilise.</translation>
    </message>
    <message>
        <source>Ports %1 to %2 are all in use. Choose another port.</source>
        <translation>Les ports %1 à %2 sont tous occupés. Choisissez un autre port.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d’écouter sur %1, port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The chat history in %1 can be read but not saved to (%2). Earlier messages are shown; new ones will not be kept after the host stops.</source>
        <translation>L’historique du chat dans %1 peut être lu mais pas enregistré (%2). Les messages précédents sont affichés ; les nouveaux ne seront pas conservés après l’arrêt de l’hôte.</translation>
    </message>
    <message>
        <source>Files cannot be shared in this chat: %1</source>
        <translation>Impossible de partager des fichiers dans ce chat : %1</translation>
    </message>
</context>
<context>
    <name>tincan::ImageViewer</name>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ajuster</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>100 %</source>
        <extracomment>The image viewer&apos;s button for showing the image at its actual size.</extracomment>
        <translation>100&#xa0;%</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>The image could not be fetched: there is no room for it in the app&apos;s cache folder.</source>
        <translation>Impossible de récupérer l’image&#xa0;: il n’y a pas de place pour elle dans le dossier de cache de l’application.</translation>
    </message>
    <message>
        <source>This image cannot be fetched from the host.</source>
        <translation>Cette image ne peut pas être récupérée auprès de l’hôte.</translation>
    </message>
    <message>
        <source>Loading… %1</source>
        <translation>Chargement… %1</translation>
    </message>
    <message>
        <source>The host no longer has this image.</source>
        <translation>L’hôte n’a plus cette image.</translation>
    </message>
    <message>
        <source>The image arrived damaged and is not shown.</source>
        <translation>L’image est arrivée endommagée et n’est pas affichée.</translation>
    </message>
    <message>
        <source>The image could not be fetched from the host.</source>
        <translation>Impossible de récupérer l’image auprès de l’hôte.</translation>
    </message>
    <message>
        <source>This image is too large to show here. Save it to open it with another program.</source>
        <translation>Cette image est trop grande pour être affichée ici. Enregistrez-la pour l’ouvrir avec un autre programme.</translation>
    </message>
    <message>
        <source>This image cannot be shown here. Save it to open it with another program.</source>
        <translation>Cette image ne peut pas être affichée ici. Enregistrez-la pour l’ouvrir avec un autre programme.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels · %3</source>
        <translation>%1 × %2 pixels · %3</translation>
    </message>
    <message>
        <source>Save Image</source>
        <translation>Enregistrer l’image</translation>
    </message>
    <message>
        <source>The image could not be saved there. Choose another folder, or free some space.</source>
        <translation>Impossible d’enregistrer l’image à cet endroit. Choisissez un autre dossier ou libérez de l’espace.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>tincan::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Tincan now speaks the system&apos;s language (%1).</source>
        <translation>Tincan parle maintenant la langue du système (%1).</translation>
    </message>
    <message>
        <source>Tincan now speaks %1.</source>
        <translation>Tincan parle maintenant %1.</translation>
    </message>
</context>
<context>
    <name>tincan::MentionCompleter</name>
    <message>
        <source>People to mention</source>
        <translation>Personnes à mentionner</translation>
    </message>
</context>
<context>
    <name>tincan::MessageDelegate</name>
    <message>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>On a file&apos;s card in the chat: saves the file (keep it short).</extracomment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation>message supprimé</translation>
    </message>
    <message>
        <source>(edited)</source>
        <extracomment>After a message&apos;s time: the message was changed after it was sent.</extracomment>
        <translation>(modifié)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tincan::MessageList</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Jump to new messages</source>
        <translation>Aller aux nouveaux messages</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n&#xa0;nouveau message</numerusform>
            <numerusform>%n&#xa0;nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Links in this message</source>
        <translation>Liens de ce message</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Copy Link %1</source>
        <translation>Copier le lien %1</translation>
    </message>
    <message>
        <source>&amp;Open Image</source>
        <translation>&amp;Ouvrir l’image</translation>
    </message>
    <message>
        <source>&amp;Save File…</source>
        <translation>&amp;Enregistrer le fichier…</translation>
    </message>
    <message>
        <source>C&amp;ancel Transfer</source>
        <translation>&amp;Annuler le transfert</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Rea&amp;ct</source>
        <translation>Ré&amp;agir</translation>
    </message>
    <message>
        <source>&amp;Other…</source>
        <translation>&amp;Autre…</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Réagir</translation>
    </message>
    <message>
        <source>Emoji:</source>
        <translation>Emoji :</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>tincan::MessageModel</name>
    <message>
        <source>%1, not sent yet: %2</source>
        <translation>%1, pas encore envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>file %1, %2</source>
        <translation>fichier %1, %2</translation>
    </message>
    <message>
        <source>Sent, the host is checking it…</source>
        <translation>Envoyé, l’hôte le vérifie…</translation>
    </message>
    <message>
        <source>Waiting to send…</source>
        <translation>En attente d’envoi…</translation>
    </message>
    <message>
        <source>%1 file</source>
        <extracomment>A file&apos;s kind when the system does not know it; %1 is its extension, like &quot;XYZ&quot;.</extracomment>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A transfer&apos;s progress: %1 and %2 are amounts of data, like &quot;2.1 MB of 8 MB&quot;.</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer&apos;s speed; %1 is an amount of data, like &quot;1.2 MB&quot;.</extracomment>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n seconde restante</numerusform>
            <numerusform>%n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute restante</numerusform>
            <numerusform>%n minutes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>%n heure restante</numerusform>
            <numerusform>%n heures restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation>message supprimé</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (modifié)</translation>
    </message>
</context>
<context>
    <name>tincan::PeopleList</name>
    <message>
        <source>People in the room</source>
        <translation>Personnes dans le salon</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personnes (%1)</translation>
    </message>
    <message>
        <source>&amp;Remove from Chat…</source>
        <translation>&amp;Retirer du chat…</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Bannir…</translation>
    </message>
    <message>
        <source>Ban from Chat?</source>
        <translation>Bannir du chat ?</translation>
    </message>
    <message>
        <source>Remove from Chat?</source>
        <translation>Retirer du chat ?</translation>
    </message>
    <message>
        <source>Ban %1 from this chat?</source>
        <translation>Bannir %1 de ce chat ?</translation>
    </message>
    <message>
        <source>Remove %1 from the chat?</source>
        <translation>Retirer %1 du chat ?</translation>
    </message>
    <message>
        <source>They are disconnected and cannot come back, under any name and from the same computer, for as long as you host this chat.</source>
        <translation>La personne est déconnectée et ne pourra pas revenir, sous aucun nom ni depuis le même ordinateur, tant que vous hébergez ce chat.</translation>
    </message>
    <message>
        <source>They are disconnected and everyone sees that you removed them. They can join again.</source>
        <translation>La personne est déconnectée et tout le monde voit que vous l’avez retirée. Elle peut revenir.</translation>
    </message>
    <message>
        <source>&amp;Ban</source>
        <translation>&amp;Bannir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Press Enter on a person to write to them privately; open their menu to remove them from the chat.</source>
        <translation>Appuyez sur Entrée sur une personne pour lui écrire en privé ; ouvrez son menu pour la retirer du chat.</translation>
    </message>
    <message>
        <source>Press Enter on a person to write to them privately.</source>
        <translation>Appuyez sur Entrée sur une personne pour lui écrire en privé.</translation>
    </message>
    <message>
        <source>&amp;Message Privately</source>
        <translation>&amp;Message privé</translation>
    </message>
</context>
<context>
    <name>tincan::QrCodeWidget</name>
    <message>
        <source>QR code for %1</source>
        <translation>Code QR pour %1</translation>
    </message>
</context>
<context>
    <name>tincan::RosterDelegate</name>
    <message>
        <source>host</source>
        <extracomment>The small badge beside the name of the person who hosts the chat</extracomment>
        <translation>hôte</translation>
    </message>
</context>
<context>
    <name>tincan::RosterModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>%1, that is you</source>
        <translation>%1, c’est vous</translation>
    </message>
    <message>
        <source>%1, that is you, the host</source>
        <translation>%1, c’est vous, l’hôte</translation>
    </message>
    <message>
        <source>%1, the host</source>
        <translation>%1, l’hôte</translation>
    </message>
    <message>
        <source>%1 hosts this chat</source>
        <translation>%1 héberge ce chat</translation>
    </message>
</context>
<context>
    <name>tincan::SearchPanel</name>
    <message>
        <source>Search messages (Enter searches)</source>
        <translation>Rechercher des messages (Entrée lance la recherche)</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher des messages</translation>
    </message>
    <message>
        <source>Close search (Esc)</source>
        <translation>Fermer la recherche (Échap)</translation>
    </message>
    <message>
        <source>Close search</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Messages trouvés</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Plus</translation>
    </message>
    <message>
        <source>You can search once you are connected.</source>
        <translation>Vous pourrez rechercher une fois connecté.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Aucun message trouvé.</translation>
    </message>
    <message>
        <source>Type at least one word of letters or digits to search for.</source>
        <translation>Tapez au moins un mot fait de lettres ou de chiffres à rechercher.</translation>
    </message>
    <message numerus="yes">
        <source>That search is too long: use at most %n character(s).</source>
        <translation>
            <numerusform>Cette recherche est trop longue : %n caractère au plus.</numerusform>
            <numerusform>Cette recherche est trop longue : %n caractères au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many searches at once. Wait a moment, then search again.</source>
        <translation>Trop de recherches à la fois. Patientez un instant, puis recherchez de nouveau.</translation>
    </message>
    <message>
        <source>The host keeps no history, so there is nothing to search.</source>
        <translation>L’hôte ne conserve pas d’historique : il n’y a rien à rechercher.</translation>
    </message>
    <message>
        <source>The host could not search. Try again in a moment.</source>
        <translation>L’hôte n’a pas pu rechercher. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>tincan::SearchResultsModel</name>
    <message>
        <source>%1 · %2 · private, to %3</source>
        <extracomment>A search result&apos;s heading for a private message: %1 who wrote it, %2 when.</extracomment>
        <translation>%1 · %2 · privé, à %3</translation>
    </message>
    <message>
        <source>%1 · %2 · private</source>
        <translation>%1 · %2 · privé</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2 : %3</translation>
    </message>
</context>
<context>
    <name>tincan::StartWindow</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Tincan</source>
        <translation>Tincan</translation>
    </message>
    <message>
        <source>Chat with the people on your network. No accounts, no internet needed.</source>
        <translation>Discutez avec les personnes de votre réseau. Sans compte, sans Internet.</translation>
    </message>
    <message>
        <source>How others see you</source>
        <translation>Le nom que les autres verront</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Host or join</source>
        <translation>Héberger ou rejoindre</translation>
    </message>
    <message>
        <source>&amp;Host a chat</source>
        <translation>&amp;Héberger un chat</translation>
    </message>
    <message>
        <source>&amp;Join a chat</source>
        <translation>&amp;Rejoindre un chat</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nom du salon</translation>
    </message>
    <message>
        <source>For example: Office, LAN party, Family</source>
        <translation>Par exemple&#xa0;: Bureau, LAN party, Famille</translation>
    </message>
    <message>
        <source>&amp;Room name:</source>
        <translation>Nom du &amp;salon&#xa0;:</translation>
    </message>
    <message>
        <source>Use a &amp;fixed port</source>
        <translation>Utiliser un port &amp;fixe</translation>
    </message>
    <message>
        <source>Keep the same address between sessions, for example for a firewall rule. Without it, Tincan picks a free port near %1.</source>
        <translation>Garder la même adresse d’une session à l’autre, par exemple pour une règle de pare-feu. Sinon, Tincan choisit un port libre proche de %1.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Others join by opening the link Tincan shows you in a browser, by scanning its QR code, or from Tincan&apos;s Join page.</source>
        <translation>Les autres rejoignent le chat en ouvrant dans un navigateur le lien que Tincan vous affiche, en scannant son code QR ou depuis l’onglet «&#xa0;Rejoindre&#xa0;» de Tincan.</translation>
    </message>
    <message>
        <source>Host address</source>
        <translation>Adresse de l’hôte</translation>
    </message>
    <message>
        <source>192.168.1.20:%1 or http://192.168.1.20:%1/</source>
        <translation>192.168.1.20:%1 ou http://192.168.1.20:%1/</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Found on this network:</source>
        <translation>&amp;Trouvés sur ce réseau&#xa0;:</translation>
    </message>
    <message>
        <source>Chats found on this network</source>
        <translation>Chats trouvés sur ce réseau</translation>
    </message>
    <message>
        <source>&amp;Recent hosts:</source>
        <translation>Hôtes &amp;récents&#xa0;:</translation>
    </message>
    <message>
        <source>Recent hosts</source>
        <translation>Hôtes récents</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A chat found on the network: room name, then its address</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Looking for chats on this network…</source>
        <translation>Recherche de chats sur ce réseau…</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>&amp;Start Hosting</source>
        <translation>&amp;Héberger le chat</translation>
    </message>
    <message>
        <source>Enter the address the host sees in their Tincan window, like 192.168.1.20:%1.</source>
        <translation>Saisissez l’adresse que l’hôte voit dans sa fenêtre Tincan, par exemple 192.168.1.20:%1.</translation>
    </message>
    <message>
        <source>Tincan addresses start with http:// or ws:// (or with no prefix at all), like http://192.168.1.20:%1/.</source>
        <translation>Les adresses Tincan commencent par http:// ou ws:// (ou sans préfixe), par exemple http://192.168.1.20:%1/.</translation>
    </message>
    <message>
        <source>The address has no computer name or IP address in it.</source>
        <translation>L’adresse ne contient ni nom d’ordinateur ni adresse IP.</translation>
    </message>
    <message>
        <source>That does not look like a computer name or IP address. Check for typos, like 192.168.1.20:%1.</source>
        <translation>Cela ne ressemble pas à un nom d’ordinateur ni à une adresse IP. Vérifiez qu’il n’y a pas de faute de frappe, par exemple 192.168.1.20:%1.</translation>
    </message>
    <message>
        <source>The port (the number after the colon) must be between 1 and 65535.</source>
        <translation>Le port (le nombre après les deux-points) doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Tincan addresses have no user name or password in them.</source>
        <translation>Les adresses Tincan ne contiennent ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>Enter the name others will see you as.</source>
        <translation>Saisissez le nom sous lequel les autres vous verront.</translation>
    </message>
    <message>
        <source>A name has 1 to %1 characters and no control characters.</source>
        <translation>Un nom comporte de 1 à %1&#xa0;caractères, sans caractères de contrôle.</translation>
    </message>
    <message>
        <source>%1&apos;s chat</source>
        <translation>Chat de %1</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>&amp;Code d’accès :</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Code d’accès</translation>
    </message>
    <message>
        <source>Optional: people need it to join</source>
        <translation>Facultatif : nécessaire pour rejoindre</translation>
    </message>
    <message>
        <source>With a code, only people who have it can join. The link and QR code carry it.</source>
        <translation>Avec un code, seules les personnes qui l’ont peuvent rejoindre. Le lien et le code QR le contiennent.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Make up a code that is easy to read aloud</source>
        <translation>Inventer un code facile à lire à voix haute</translation>
    </message>
    <message>
        <source>Re&amp;member this code for the next time I host</source>
        <translation>&amp;Mémoriser ce code pour la prochaine fois que j’héberge</translation>
    </message>
    <message>
        <source>%1 (needs a code)</source>
        <extracomment>A chat found on the network that only lets in people who have its access code</extracomment>
        <translation>%1 (code requis)</translation>
    </message>
    <message>
        <source>%1, needs an access code</source>
        <translation>%1, code d’accès requis</translation>
    </message>
</context>
<context>
    <name>tincan::TypingLine</name>
    <message>
        <source>Who is typing</source>
        <translation>Qui écrit</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 écrit…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 et %2 écrivent…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>Plusieurs personnes écrivent…</translation>
    </message>
</context>
</TS>
