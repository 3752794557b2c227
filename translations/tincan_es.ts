<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation>Unirse al chat</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Unirse a %1</translation>
    </message>
    <message>
        <source>Chat with everyone on this network. Nothing to install.</source>
        <translation>Chatea con todos los que están en esta red. No hay nada que instalar.</translation>
    </message>
    <message>
        <source>Up to %1 characters. Others see this name.</source>
        <translation>Hasta %1 caracteres. Los demás verán este nombre.</translation>
    </message>
    <message>
        <source>Join</source>
        <extracomment>Button that joins the chat</extracomment>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Uniéndote…</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <extracomment>Button that joins with the free name the host suggested</extracomment>
        <translation>Usar «%1»</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Escribe un nombre.</translation>
    </message>
    <message numerus="yes">
        <source>That name is too long. Use at most %n character(s).</source>
        <translation>
            <numerusform>Ese nombre es demasiado largo. Usa como máximo %n carácter.</numerusform>
            <numerusform>Ese nombre es demasiado largo. Usa como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>That name contains invisible or control characters. Please use plain letters, digits and symbols.</source>
        <translation>Ese nombre contiene caracteres invisibles o de control. Usa solo letras, números y símbolos normales.</translation>
    </message>
    <message>
        <source>“%1” is already taken in this room. How about “%2”?</source>
        <translation>«%1» ya está en uso en esta sala. ¿Qué tal «%2»?</translation>
    </message>
    <message>
        <source>“%1” is already taken in this room. Please pick another name.</source>
        <translation>«%1» ya está en uso en esta sala. Elige otro nombre.</translation>
    </message>
    <message>
        <source>While you were away, someone else took the name “%1”. Pick a name to rejoin:</source>
        <translation>Mientras no estabas, otra persona tomó el nombre «%1». Elige un nombre para volver a unirte:</translation>
    </message>
    <message>
        <source>Rejoin</source>
        <translation>Volver a unirse</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Catching up…</source>
        <extracomment>Fetching the messages missed while the connection was down</extracomment>
        <translation>Poniéndote al día…</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Se perdió la conexión. Reconectando en %n segundo…</numerusform>
            <numerusform>Se perdió la conexión. Reconectando en %n segundos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the host. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>No se puede contactar con el anfitrión. Reintentando en %n segundo…</numerusform>
            <numerusform>No se puede contactar con el anfitrión. Reintentando en %n segundos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Reconectando en %n segundo…</numerusform>
            <numerusform>Reconectando en %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Your device is offline. Waiting for the network…</source>
        <translation>Tu dispositivo no tiene conexión. Esperando a la red…</translation>
    </message>
    <message>
        <source>Choose a name to rejoin.</source>
        <translation>Elige un nombre para volver a unirte.</translation>
    </message>
    <message>
        <source>The host refused the connection: %1</source>
        <extracomment>%1 is the reason, a sentence</extracomment>
        <translation>El anfitrión rechazó la conexión: %1</translation>
    </message>
    <message>
        <source>The host stopped the chat.</source>
        <translation>El anfitrión ha cerrado el chat.</translation>
    </message>
    <message>
        <source>Joining took too long.</source>
        <translation>Unirse ha tardado demasiado.</translation>
    </message>
    <message>
        <source>A message was too large for the host.</source>
        <translation>Un mensaje era demasiado grande para el anfitrión.</translation>
    </message>
    <message>
        <source>The room is full. Tincan will keep trying.</source>
        <translation>La sala está llena. Tincan seguirá intentándolo.</translation>
    </message>
    <message>
        <source>The host could not read a message from this page. Reload the page if this keeps happening.</source>
        <translation>El anfitrión no pudo leer un mensaje de esta página. Vuelve a cargar la página si sigue ocurriendo.</translation>
    </message>
    <message>
        <source>The host did not understand a request from this page. Reload the page if this keeps happening.</source>
        <translation>El anfitrión no entendió una solicitud de esta página. Vuelve a cargar la página si sigue ocurriendo.</translation>
    </message>
    <message>
        <source>The host does not know a request this page sent. The host may be an older version.</source>
        <translation>El anfitrión no reconoce una solicitud de esta página. Puede que tenga una versión anterior.</translation>
    </message>
    <message>
        <source>The page tried to chat before joining. Reload the page if this keeps happening.</source>
        <translation>La página intentó chatear antes de unirse. Vuelve a cargar la página si sigue ocurriendo.</translation>
    </message>
    <message>
        <source>You are already in the room.</source>
        <translation>Ya estás en la sala.</translation>
    </message>
    <message>
        <source>This page does not match the host’s version. Reload the page.</source>
        <translation>Esta página no coincide con la versión del anfitrión. Vuelve a cargar la página.</translation>
    </message>
    <message>
        <source>That name cannot be used. Use 1 to %1 visible characters, without control or invisible characters.</source>
        <translation>Ese nombre no se puede usar. Usa de 1 a %1 caracteres visibles, sin caracteres de control ni invisibles.</translation>
    </message>
    <message>
        <source>That name is already taken in this room.</source>
        <translation>Ese nombre ya está en uso en esta sala.</translation>
    </message>
    <message>
        <source>That message is too long for the host.</source>
        <translation>Ese mensaje es demasiado largo para el anfitrión.</translation>
    </message>
    <message>
        <source>You are sending messages too fast. Tincan will send this one again in a moment.</source>
        <translation>Estás enviando mensajes demasiado rápido. Tincan volverá a enviar este en un momento.</translation>
    </message>
    <message>
        <source>The room is full. Try again later.</source>
        <translation>La sala está llena. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>The host could not save the chat history. The chat goes on, but messages from now on may be lost when the host restarts.</source>
        <translation>El anfitrión no pudo guardar el historial del chat. El chat continúa, pero los mensajes a partir de ahora podrían perderse cuando el anfitrión se reinicie.</translation>
    </message>
    <message>
        <source>You joined again from another connection, so this one stopped.</source>
        <translation>Te has vuelto a unir desde otra conexión, así que esta se ha detenido.</translation>
    </message>
    <message>
        <source>The host reported a problem: %1.</source>
        <extracomment>%1 is a machine code such as &quot;rate-limited&quot;</extracomment>
        <translation>El anfitrión informó de un problema: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n person(s) in this room</source>
        <extracomment>Label of the button that opens the list of people</extracomment>
        <translation>
            <numerusform>Mostrar la %n persona de esta sala</numerusform>
            <numerusform>Mostrar las %n personas de esta sala</numerusform>
        </translation>
    </message>
    <message>
        <source>In this room</source>
        <translation>En esta sala</translation>
    </message>
    <message>
        <source>you</source>
        <extracomment>Marks your own name in the list of people</extracomment>
        <translation>tú</translation>
    </message>
    <message>
        <source>Sound on for new messages</source>
        <translation>Sonido activado para mensajes nuevos</translation>
    </message>
    <message>
        <source>Sound off for new messages</source>
        <translation>Sonido desactivado para mensajes nuevos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No messages yet. Say hello!</source>
        <translation>Aún no hay mensajes. ¡Saluda!</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Cargando mensajes anteriores…</translation>
    </message>
    <message>
        <source>This is the start of the room.</source>
        <translation>Este es el comienzo de la sala.</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Shown instead of your own name above your messages</extracomment>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Esperando para enviar</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Message %1</source>
        <extracomment>Placeholder of the message box; %1 is the room&apos;s name</extracomment>
        <translation>Mensaje para %1</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Escribe un mensaje</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Button that sends the message</extracomment>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line.</source>
        <translation>Intro envía, Mayús+Intro empieza una línea nueva.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>Queda %n carácter</numerusform>
            <numerusform>Quedan %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s). The limit is %1.</source>
        <translation>
            <numerusform>Sobra %n carácter. El límite es %1.</numerusform>
            <numerusform>Sobran %n caracteres. El límite es %1.</numerusform>
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
            <numerusform>%n mensaje más</numerusform>
            <numerusform>%n mensajes más</numerusform>
        </translation>
    </message>
    <message>
        <source>That message cannot be sent: it has nothing visible in it, or a control character.</source>
        <translation>Ese mensaje no se puede enviar: no tiene nada visible o contiene un carácter de control.</translation>
    </message>
    <message>
        <source>Access code</source>
        <extracomment>Label of the field for the room&apos;s access code (a few letters and digits the host gives out)</extracomment>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <source>This room needs an access code. Ask the host for it.</source>
        <translation>Esta sala necesita un código de acceso. Pídeselo al anfitrión.</translation>
    </message>
    <message>
        <source>That code is not right. Check it with the host.</source>
        <translation>Ese código no es correcto. Compruébalo con el anfitrión.</translation>
    </message>
    <message>
        <source>The host removed you from the chat.</source>
        <extracomment>The host removed this person; they may rejoin</extracomment>
        <translation>El anfitrión te ha quitado del chat.</translation>
    </message>
    <message>
        <source>The host banned you from this chat.</source>
        <extracomment>Said at the moment the host bans this person, who was in the chat</extracomment>
        <translation>El anfitrión te ha vetado de este chat.</translation>
    </message>
    <message>
        <source>The host has banned you from this chat.</source>
        <extracomment>Said when a banned person tries to join</extracomment>
        <translation>El anfitrión te ha vetado en este chat.</translation>
    </message>
    <message>
        <source>The host has locked the room. Nobody new can join right now.</source>
        <translation>El anfitrión ha cerrado la sala. Ahora mismo no puede entrar nadie nuevo.</translation>
    </message>
    <message>
        <source>Too many wrong codes from this device. Try again in a few minutes.</source>
        <translation>Demasiados códigos erróneos desde este dispositivo. Vuelve a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Button that asks the host again to be let in</extracomment>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>Marks the host&apos;s name in the list of people (lower case, like &quot;you&quot;)</extracomment>
        <translation>anfitrión</translation>
    </message>
    <message>
        <source>%1 was removed by the host</source>
        <translation>El anfitrión ha quitado a %1</translation>
    </message>
    <message>
        <source>Download</source>
        <extracomment>Link on a file in the chat; it saves the file</extracomment>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>The host cannot use this file’s name. Rename the file and send it again.</source>
        <translation>El anfitrión no puede usar el nombre de este archivo. Cámbiale el nombre y vuelve a enviarlo.</translation>
    </message>
    <message>
        <source>This file is larger than the host accepts.</source>
        <translation>Este archivo es más grande de lo que acepta el anfitrión.</translation>
    </message>
    <message>
        <source>The host has no room left for this file.</source>
        <translation>El anfitrión no tiene espacio para este archivo.</translation>
    </message>
    <message>
        <source>Too many files are on their way at once. Send this one when the others are done.</source>
        <translation>Se están enviando demasiados archivos a la vez. Envía este cuando terminen los demás.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <extracomment>Button beside the message box that picks files to send</extracomment>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <extracomment>Button beside the message box on phones: opens the camera</extracomment>
        <translation>Hacer una foto</translation>
    </message>
    <message>
        <source>Drop files here to send them</source>
        <extracomment>Shown over the chat while files are dragged over it</extracomment>
        <translation>Suelta los archivos aquí para enviarlos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>How much of a file has been sent: %1 and %2 are sizes such as &quot;1.2 MB&quot;</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>Time left for a file to be sent: %1 is a duration such as &quot;2 minutes&quot;</extracomment>
        <translation>tiempo restante: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button that stops sending a file</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button that takes a file that could not be sent out of the chat</extracomment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>This file is empty: there is nothing to send.</source>
        <translation>Este archivo está vacío: no hay nada que enviar.</translation>
    </message>
    <message>
        <source>The file could not be sent. Check the connection and send it again.</source>
        <translation>No se pudo enviar el archivo. Comprueba la conexión y vuelve a enviarlo.</translation>
    </message>
    <message>
        <source>The host refused this upload. Send the file again.</source>
        <translation>El anfitrión rechazó esta subida. Vuelve a enviar el archivo.</translation>
    </message>
    <message>
        <source>The file changed while it was being sent. Send it again.</source>
        <translation>El archivo cambió mientras se enviaba. Vuelve a enviarlo.</translation>
    </message>
    <message>
        <source>The host could not store this file. Send it again later.</source>
        <translation>El anfitrión no pudo guardar este archivo. Vuelve a enviarlo más tarde.</translation>
    </message>
    <message>
        <source>That message is not there any more.</source>
        <translation>Ese mensaje ya no está.</translation>
    </message>
    <message>
        <source>Only your own messages can be changed or deleted.</source>
        <translation>Solo puedes cambiar o borrar tus propios mensajes.</translation>
    </message>
    <message>
        <source>A reaction is one emoji.</source>
        <translation>Una reacción es un solo emoji.</translation>
    </message>
    <message>
        <source>That message has all the different reactions it can take.</source>
        <translation>Ese mensaje ya tiene todas las reacciones distintas que admite.</translation>
    </message>
    <message>
        <source>That was too fast for the host. Wait a moment and try again.</source>
        <extracomment>An edit, delete or reaction came too fast; nothing was changed</extracomment>
        <translation>Eso fue demasiado rápido para el anfitrión. Espera un momento e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>Button on a message: answer it</extracomment>
        <translation>Responder</translation>
    </message>
    <message>
        <source>React</source>
        <extracomment>Button on a message: add an emoji reaction</extracomment>
        <translation>Reaccionar</translation>
    </message>
    <message>
        <source>Another emoji</source>
        <extracomment>Field for typing an emoji of one&apos;s own choice as a reaction</extracomment>
        <translation>Otro emoji</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete?</source>
        <extracomment>The Delete button after one click: click again to delete</extracomment>
        <translation>¿Borrar?</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <extracomment>Shown in place of a deleted message</extracomment>
        <translation>Mensaje borrado</translation>
    </message>
    <message>
        <source>edited</source>
        <extracomment>Mark next to the time of a message that was changed</extracomment>
        <translation>editado</translation>
    </message>
    <message>
        <source>%1 more</source>
        <extracomment>After the names of those who gave a reaction, for those not listed</extracomment>
        <translation>%1 más</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <extracomment>Above the message box: %1 is the name of the person whose message is answered</extracomment>
        <translation>Respondiendo a %1</translation>
    </message>
    <message>
        <source>Editing your message</source>
        <translation>Editando tu mensaje</translation>
    </message>
    <message>
        <source>That person is not in the room any more.</source>
        <extracomment>A private message could not go: the other person left the chat</extracomment>
        <translation>Esa persona ya no está en la sala.</translation>
    </message>
    <message>
        <source>You can change messages once you are connected.</source>
        <extracomment>An edit, delete or reaction tried while the page is not connected; nothing was changed</extracomment>
        <translation>Podrás cambiar mensajes cuando estés conectado.</translation>
    </message>
    <message>
        <source>Write to %1 privately</source>
        <extracomment>Button beside a person in the list of people; %1 is their name</extracomment>
        <translation>Escribir a %1 en privado</translation>
    </message>
    <message>
        <source>Message %1 privately</source>
        <extracomment>Placeholder of the message box in a private conversation; %1 is the other person&apos;s name</extracomment>
        <translation>Mensaje privado para %1</translation>
    </message>
    <message>
        <source>Files go to the whole room. Switch to Room to send one.</source>
        <extracomment>Files cannot be sent in a private conversation; &quot;Room&quot; is the name of the room&apos;s tab</extracomment>
        <translation>Los archivos van a toda la sala. Cambia a «Sala» para enviar uno.</translation>
    </message>
    <message>
        <source>More results</source>
        <extracomment>Button below search results: the next, older results</extracomment>
        <translation>Más resultados</translation>
    </message>
    <message>
        <source>Back to the results</source>
        <extracomment>Button above a search result shown among the messages around it</extracomment>
        <translation>Volver a los resultados</translation>
    </message>
</context>
<context>
    <name>HeadlessHost</name>
    <message>
        <source>Tincan could not start hosting: %1</source>
        <translation>Tincan no pudo empezar a alojar el chat: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the room</source>
        <translation>
            <numerusform>%n persona en la sala</numerusform>
            <numerusform>%n personas en la sala</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 is in use; using port %2 instead.</source>
        <translation>El puerto %1 está en uso; se usa el puerto %2 en su lugar.</translation>
    </message>
    <message>
        <source>Tincan is hosting on port %1. People can join at:</source>
        <translation>Tincan aloja el chat en el puerto %1. Otras personas pueden unirse en:</translation>
    </message>
    <message>
        <source>Stopping: telling everyone the host is leaving.</source>
        <translation>Deteniendo: avisando a todos de que el anfitrión se va.</translation>
    </message>
    <message>
        <source>Joining needs the access code you set.</source>
        <translation>Para unirse hace falta el código de acceso que ha fijado.</translation>
    </message>
    <message>
        <source>Type /help for the commands that keep the room. Press Ctrl+C to stop.</source>
        <translation>Escriba /help para ver las órdenes que gestionan la sala. Pulse Ctrl+C para detener.</translation>
    </message>
    <message>
        <source>Say whom: %1 NAME</source>
        <translation>¿A quién? %1 NOMBRE</translation>
    </message>
    <message>
        <source>%1 was removed and cannot come back while this host runs.</source>
        <translation>%1 fue expulsado y no puede volver mientras este anfitrión siga activo.</translation>
    </message>
    <message>
        <source>%1 was removed (they may join again).</source>
        <translation>%1 fue expulsado (puede volver a unirse).</translation>
    </message>
    <message>
        <source>Nobody named %1 is in the room.</source>
        <translation>No hay nadie llamado %1 en la sala.</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 no se puede expulsar.</translation>
    </message>
    <message>
        <source>The room is locked: nobody new may join.</source>
        <translation>La sala está cerrada: nadie nuevo puede unirse.</translation>
    </message>
    <message>
        <source>The room is open again.</source>
        <translation>La sala vuelve a estar abierta.</translation>
    </message>
    <message>
        <source>Anyone may join without a code now.</source>
        <translation>Ahora cualquiera puede unirse sin código.</translation>
    </message>
    <message>
        <source>An access code has %1 to %2 letters or digits.</source>
        <translation>Un código de acceso tiene de %1 a %2 letras o cifras.</translation>
    </message>
    <message>
        <source>The access code is set. People already in stay.</source>
        <translation>El código de acceso está fijado. Quien ya está dentro se queda.</translation>
    </message>
    <message>
        <source>Commands: /kick NAME (remove; they may come back), /ban NAME (remove for as long as this host runs), /lock and /unlock (let nobody new in, or everyone again), /code CODE and /code off (set or remove the access code).</source>
        <translation>Órdenes: /kick NOMBRE (expulsar; puede volver), /ban NOMBRE (expulsar mientras este anfitrión siga activo), /lock y /unlock (no dejar entrar a nadie nuevo, o a todos de nuevo), /code CÓDIGO y /code off (fijar o quitar el código de acceso).</translation>
    </message>
    <message>
        <source>Also removed, from the same computer: %1.</source>
        <translation>También expulsados, desde el mismo equipo: %1.</translation>
    </message>
    <message>
        <source>Say the code: /code CODE (or /code off to let anyone join without one).</source>
        <translation>Indique el código: /code CÓDIGO (o /code off para que cualquiera pueda unirse sin código).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>El puerto debe ser un número entre 0 y 65535.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address to listen on.</source>
        <translation>«%1» no es una dirección IP en la que escuchar.</translation>
    </message>
    <message>
        <source>“%1” is not an address to announce to (use ADDRESS or ADDRESS:PORT).</source>
        <translation>«%1» no es una dirección a la que anunciar (usa DIRECCIÓN o DIRECCIÓN:PUERTO).</translation>
    </message>
    <message>
        <source>Tincan: a chat for everyone on the local network. Host one, and others join from Tincan or from any browser.</source>
        <translation>Tincan: un chat para todos en la red local. Aloja uno y los demás se unen desde Tincan o desde cualquier navegador.</translation>
    </message>
    <message>
        <source>Host a chat without a window (for always-on hosts).</source>
        <translation>Alojar un chat sin ventana (para anfitriones siempre encendidos).</translation>
    </message>
    <message>
        <source>Listen on this port (0: any free port). Without it, %1 or the next free port is used.</source>
        <translation>Escuchar en este puerto (0: cualquier puerto libre). Sin esta opción se usa el %1 o el siguiente puerto libre.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Listen on this address only (for example 127.0.0.1).</source>
        <translation>Escuchar solo en esta dirección (por ejemplo, 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>The room&apos;s name.</source>
        <translation>El nombre de la sala.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Keep the chat history in this folder.</source>
        <translation>Guardar el historial del chat en esta carpeta.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Start hosting a chat right away (skips the start window).</source>
        <translation>Empezar a alojar un chat de inmediato (sin la ventana de inicio).</translation>
    </message>
    <message>
        <source>Join the chat at this address right away, for example 192.168.1.20:%1 or http://192.168.1.20:%1/.</source>
        <translation>Unirse de inmediato al chat en esta dirección, por ejemplo, 192.168.1.20:%1 o http://192.168.1.20:%1/.</translation>
    </message>
    <message>
        <source>Your name in the chat.</source>
        <translation>Tu nombre en el chat.</translation>
    </message>
    <message>
        <source>Neither announce this host on the network nor look for other hosts (nothing is broadcast).</source>
        <translation>No anunciar este anfitrión en la red ni buscar otros anfitriones (no se difunde nada).</translation>
    </message>
    <message>
        <source>Announce this host only to this address (repeatable; default: broadcast on the local networks, UDP port %1).</source>
        <translation>Anunciar este anfitrión solo a esta dirección (se puede repetir; por defecto: difusión en las redes locales, puerto UDP %1).</translation>
    </message>
    <message>
        <source>address[:port]</source>
        <translation>dirección[:puerto]</translation>
    </message>
    <message>
        <source>Speak this language instead of the system&apos;s: %1.</source>
        <translation>Usar este idioma en lugar del del sistema: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Tincan does not speak “%1”. It speaks: %2.</source>
        <translation>Tincan no habla «%1». Idiomas disponibles: %2.</translation>
    </message>
    <message>
        <source>Use either --host or --join, not both.</source>
        <translation>Usa --host o --join, pero no ambos.</translation>
    </message>
    <message>
        <source>“%1” is not a host name to allow (letters, digits, dots and dashes).</source>
        <translation>«%1» no es un nombre de host que se pueda permitir (letras, dígitos, puntos y guiones).</translation>
    </message>
    <message>
        <source>Also accept requests that name this host by this name (repeatable), for example a name the network&apos;s DNS gives it. Its own addresses, localhost and its computer name are always accepted.</source>
        <translation>Aceptar también las peticiones que llaman a este host con este nombre (se puede repetir), por ejemplo un nombre que le da el DNS de la red. Sus propias direcciones, localhost y el nombre del equipo se aceptan siempre.</translation>
    </message>
    <message>
        <source>Tincan cannot open its window: there is no display here (no desktop session, or a remote shell). To host a chat without a window, run: tincan --headless</source>
        <translation>Tincan no puede abrir su ventana: aquí no hay pantalla (no hay sesión de escritorio o es una shell remota). Para alojar un chat sin ventana, ejecuta: tincan --headless</translation>
    </message>
    <message>
        <source>An access code has %1 to %2 letters or digits (spaces and dashes are ignored) and no control characters.</source>
        <translation>Un código de acceso tiene de %1 a %2 letras o cifras (los espacios y guiones no cuentan) y ningún carácter de control.</translation>
    </message>
    <message>
        <source>People need this code to join (the link and QR code the host shows carry it). Other programs on this computer can see a command line: on a shared computer, set the code in the window or with /code.</source>
        <translation>Para unirse hace falta este código (el enlace y el código QR del anfitrión lo llevan). Otros programas de este equipo pueden ver la línea de órdenes: en un equipo compartido, fije el código en la ventana o con /code.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Start with the room locked: nobody new may join until the host unlocks it (the window&apos;s &quot;Lock the room&quot;, or /unlock on the console).</source>
        <translation>Empezar con la sala cerrada: nadie nuevo puede unirse hasta que el anfitrión la abra («Cerrar la sala» en la ventana, o /unlock en la consola).</translation>
    </message>
    <message>
        <source>“%1” is not a size for --%2 (for example 500M or 2G).</source>
        <translation>«%1» no es un tamaño para --%2 (por ejemplo 500M o 2G).</translation>
    </message>
    <message>
        <source>The largest file people may send (K, M, G: kilo-, mega-, gigabytes; default 2G).</source>
        <translation>El archivo más grande que se puede enviar (K, M, G: kilo-, mega-, gigabytes; por defecto 2G).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>How much the room&apos;s files may take on disk in all (default 10G).</source>
        <translation>Cuánto pueden ocupar en total en el disco los archivos de la sala (por defecto 10G).</translation>
    </message>
</context>
<context>
    <name>tincan::AccessCodeDialog</name>
    <message>
        <source>Change Access Code</source>
        <translation>Cambiar el código de acceso</translation>
    </message>
    <message>
        <source>New &amp;access code:</source>
        <translation>Nuevo código de &amp;acceso:</translation>
    </message>
    <message>
        <source>New access code</source>
        <translation>Nuevo código de acceso</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>Make up a code that is easy to read aloud</source>
        <translation>Inventar un código fácil de leer en voz alta</translation>
    </message>
    <message>
        <source>People already in the chat stay. Whoever joins next needs the new code; the link and QR code carry it.</source>
        <translation>Quienes ya están en el chat se quedan. Quien se una a partir de ahora necesitará el código nuevo; el enlace y el código QR lo llevan.</translation>
    </message>
    <message numerus="yes">
        <source>An access code needs at least %n letters or digits (spaces and dashes do not count).</source>
        <translation>
            <numerusform>Un código de acceso necesita al menos %n letra o cifra (los espacios y guiones no cuentan).</numerusform>
            <numerusform>Un código de acceso necesita al menos %n letras o cifras (los espacios y guiones no cuentan).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An access code has at most %n characters.</source>
        <translation>
            <numerusform>Un código de acceso tiene como máximo %n carácter.</numerusform>
            <numerusform>Un código de acceso tiene como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>An access code cannot have invisible or control characters in it.</source>
        <translation>Un código de acceso no puede tener caracteres invisibles ni de control.</translation>
    </message>
</context>
<context>
    <name>tincan::ChatHeader</name>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>You are %1</source>
        <translation>Eres %1</translation>
    </message>
</context>
<context>
    <name>tincan::ChatTray</name>
    <message>
        <source>&amp;Show Tincan</source>
        <translation>&amp;Mostrar Tincan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 te ha mencionado</translation>
    </message>
    <message>
        <source>%1: %2 unread</source>
        <translation>%1: %2 sin leer</translation>
    </message>
    <message>
        <source>Private message from %1</source>
        <extracomment>The title of a notification of a private message; %1 is who wrote it.</extracomment>
        <translation>Mensaje privado de %1</translation>
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
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 se ha unido</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 se ha ido</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 ahora se llama %2</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 y %2 están escribiendo…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>Varias personas están escribiendo…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copiado</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>Change &amp;Name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Copy Invite Link</source>
        <translation>&amp;Copiar enlace de invitación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;People Panel</source>
        <translation>Panel de &amp;personas</translation>
    </message>
    <message>
        <source>Jump to &amp;Latest</source>
        <translation>Ir a lo más &amp;reciente</translation>
    </message>
    <message>
        <source>Go to &amp;Messages</source>
        <translation>Ir a los &amp;mensajes</translation>
    </message>
    <message>
        <source>Go to &amp;Input</source>
        <translation>Ir al cuadro de &amp;escritura</translation>
    </message>
    <message>
        <source>You are now %1</source>
        <translation>Ahora te llamas %1</translation>
    </message>
    <message>
        <source>A message was too long for this room and was not sent; it is back in the input box.</source>
        <translation>Un mensaje era demasiado largo para esta sala y no se envió; ha vuelto al cuadro de escritura.</translation>
    </message>
    <message>
        <source>A message could not be sent; it is back in the input box.</source>
        <translation>No se pudo enviar un mensaje; ha vuelto al cuadro de escritura.</translation>
    </message>
    <message>
        <source>That name is taken.</source>
        <translation>Ese nombre ya está en uso.</translation>
    </message>
    <message>
        <source>That name can&apos;t be used.</source>
        <translation>Ese nombre no se puede usar.</translation>
    </message>
    <message>
        <source>“%1” is free.</source>
        <translation>«%1» está libre.</translation>
    </message>
    <message>
        <source>The host could not save the chat history. The chat goes on, but recent messages may be missing after the host restarts.</source>
        <translation>El anfitrión no pudo guardar el historial del chat. El chat continúa, pero podrían faltar mensajes recientes cuando el anfitrión se reinicie.</translation>
    </message>
    <message>
        <source>A name has 1 to 32 characters and no control characters.</source>
        <translation>Un nombre tiene de 1 a 32 caracteres y ningún carácter de control.</translation>
    </message>
    <message>
        <source>%1 — Tincan</source>
        <translation>%1 — Tincan</translation>
    </message>
    <message>
        <source>Change Name</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>You can change your name once you are connected.</source>
        <translation>Podrás cambiar tu nombre cuando estés conectado.</translation>
    </message>
    <message>
        <source>Nobody else is connected right now.</source>
        <translation>Ahora mismo no hay nadie más conectado.</translation>
    </message>
    <message numerus="yes">
        <source>%n other person(s) connected will be disconnected.</source>
        <translation>
            <numerusform>Se desconectará a %n persona más que está conectada.</numerusform>
            <numerusform>Se desconectará a las otras %n personas conectadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Hosting?</source>
        <translation>¿Dejar de alojar el chat?</translation>
    </message>
    <message>
        <source>Closing Tincan ends the chat “%1” for everyone.</source>
        <translation>Si cierras Tincan, el chat «%1» terminará para todos.</translation>
    </message>
    <message>
        <source>&amp;Stop Hosting</source>
        <translation>&amp;Dejar de alojar</translation>
    </message>
    <message>
        <source>Unsent Messages</source>
        <translation>Mensajes sin enviar</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not yet received by the host will be lost. Close anyway?</source>
        <translation>
            <numerusform>Se perderá %n mensaje que el anfitrión aún no ha recibido. ¿Cerrar de todos modos?</numerusform>
            <numerusform>Se perderán %n mensajes que el anfitrión aún no ha recibido. ¿Cerrar de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>The chat no longer needs an access code. People already in stay.</source>
        <translation>El chat ya no necesita código de acceso. Quienes ya están dentro se quedan.</translation>
    </message>
    <message>
        <source>Whoever joins next needs the new code. People already in stay.</source>
        <translation>Quien se una a partir de ahora necesitará el código nuevo. Quienes ya están dentro se quedan.</translation>
    </message>
    <message>
        <source>The room is locked: nobody new can join.</source>
        <translation>La sala está cerrada: nadie nuevo puede unirse.</translation>
    </message>
    <message>
        <source>The room is open again: people can join.</source>
        <translation>La sala vuelve a estar abierta: se puede unir gente.</translation>
    </message>
    <message>
        <source>%1 was removed by the host</source>
        <translation>El host ha expulsado a %1</translation>
    </message>
    <message>
        <source>That person is no longer in the chat, so nobody was removed.</source>
        <translation>Esa persona ya no está en el chat, así que no se ha expulsado a nadie.</translation>
    </message>
    <message numerus="yes">
        <source>The room did not allow that: only the host can remove people, never themselves, and a chat can ban at most %n people.</source>
        <translation>
            <numerusform>La sala no lo ha permitido: solo el host puede expulsar a gente, nunca a sí mismo, y un chat puede vetar como máximo a %n persona.</numerusform>
            <numerusform>La sala no lo ha permitido: solo el host puede expulsar a gente, nunca a sí mismo, y un chat puede vetar como máximo a %n personas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop to send to everyone in this chat</source>
        <translation>Suelta para enviarlo a todos en este chat</translation>
    </message>
    <message>
        <source>That message is not here any more, or too far back to show.</source>
        <translation>Ese mensaje ya no está o es demasiado antiguo para mostrarlo.</translation>
    </message>
    <message>
        <source>That message is no longer there: it was deleted, or you cannot see it.</source>
        <translation>Ese mensaje ya no está: se eliminó o no puedes verlo.</translation>
    </message>
    <message>
        <source>You can only change or delete your own messages.</source>
        <translation>Solo puedes cambiar o eliminar tus propios mensajes.</translation>
    </message>
    <message>
        <source>A reaction is one emoji, without letters or spaces.</source>
        <translation>Una reacción es un solo emoji, sin letras ni espacios.</translation>
    </message>
    <message>
        <source>That message has as many different reactions as it can take; add one of those instead.</source>
        <translation>Ese mensaje ya tiene todas las reacciones distintas que admite; añade una de esas.</translation>
    </message>
    <message>
        <source>That was too fast for the room. Wait a moment and try again.</source>
        <translation>Eso fue demasiado rápido para la sala. Espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>A message needs some visible text.</source>
        <translation>Un mensaje necesita algo de texto visible.</translation>
    </message>
    <message>
        <source>That text is too long for this room.</source>
        <translation>Ese texto es demasiado largo para esta sala.</translation>
    </message>
    <message>
        <source>The host keeps no history, so messages cannot be changed.</source>
        <translation>El anfitrión no guarda historial, así que los mensajes no se pueden cambiar.</translation>
    </message>
    <message>
        <source>The host did not accept that change.</source>
        <translation>El anfitrión no aceptó ese cambio.</translation>
    </message>
    <message>
        <source>%1 is not in the room now. You can write to them again when they are back.</source>
        <extracomment>Above the input of a private conversation; %1 is the other person&apos;s name.</extracomment>
        <translation>%1 no está en la sala ahora. Podrás volver a escribirle cuando vuelva.</translation>
    </message>
    <message>
        <source>&amp;Search Messages…</source>
        <translation>&amp;Buscar mensajes…</translation>
    </message>
    <message>
        <source>You can see that message once you are connected.</source>
        <translation>Podrás ver ese mensaje cuando estés conectado.</translation>
    </message>
    <message>
        <source>A private message to %1 could not be sent; it is back in the input box of your conversation with them.</source>
        <extracomment>%1 is the name of the person a private message was for.</extracomment>
        <translation>No se pudo enviar un mensaje privado a %1; ha vuelto al cuadro de texto de vuestra conversación.</translation>
    </message>
</context>
<context>
    <name>tincan::Composer</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter starts a new line)</source>
        <translation>Escribe un mensaje… (Intro envía, Mayús+Intro empieza una línea nueva)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over the limit of %1: shorten it to send</source>
        <translation>
            <numerusform>%n carácter por encima del límite de %1: acórtalo para enviarlo</numerusform>
            <numerusform>%n caracteres por encima del límite de %1: acórtalo para enviarlo</numerusform>
        </translation>
    </message>
    <message>
        <source>Send files or pictures (you can also drop them here or paste them)</source>
        <translation>Enviar archivos o imágenes (también puedes soltarlos aquí o pegarlos)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Send Files</source>
        <translation>Enviar archivos</translation>
    </message>
    <message>
        <source>The text is too long to go with the files: shorten it, then send them again.</source>
        <translation>El texto es demasiado largo para acompañar a los archivos: acórtalo y vuelve a enviarlos.</translation>
    </message>
    <message>
        <source>“%1” is a folder: only files can be sent.</source>
        <translation>«%1» es una carpeta: solo se pueden enviar archivos.</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that the file is still there and that you may open it.</source>
        <translation>No se pudo leer «%1». Comprueba que el archivo sigue ahí y que tienes permiso para abrirlo.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to send.</source>
        <translation>«%1» está vacío: no hay nada que enviar.</translation>
    </message>
    <message>
        <source>The pasted picture could not be saved to be sent: the temporary folder is not writable.</source>
        <translation>No se pudo guardar la imagen pegada para enviarla: no se puede escribir en la carpeta temporal.</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <extracomment>The name of a pasted picture&apos;s file (&quot;.png&quot; follows); %1 is the date and time it was pasted. Avoid characters that cannot be in file names, such as the slash and the colon.</extracomment>
        <translation>Imagen pegada %1</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <extracomment>Above the input while answering a message: %1 is who wrote it, %2 its start.</extracomment>
        <translation>Respondiendo a %1: %2</translation>
    </message>
    <message>
        <source>Editing your message (Esc cancels)</source>
        <translation>Editando tu mensaje (Esc cancela)</translation>
    </message>
    <message>
        <source>Files are shared with the whole room: switch to the Room tab to send them.</source>
        <translation>Los archivos se comparten con toda la sala: cambia a la pestaña Sala para enviarlos.</translation>
    </message>
    <message>
        <source>Your message could not be changed while you are not connected: your change is still in the input box.</source>
        <translation>No se puede cambiar tu mensaje mientras no estés conectado: tu cambio sigue en el cuadro de texto.</translation>
    </message>
</context>
<context>
    <name>tincan::ConnectionBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>Problema de conexión</translation>
    </message>
    <message>
        <source>Another name</source>
        <translation>Otro nombre</translation>
    </message>
    <message>
        <source>A name has 1 to 32 characters and no control characters.</source>
        <translation>Un nombre tiene de 1 a 32 caracteres y ningún carácter de control.</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <source>Enter the access code the host gave you.</source>
        <translation>Escribe el código de acceso que te dio el host.</translation>
    </message>
</context>
<context>
    <name>tincan::ConnectionStatus</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Eres el anfitrión</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Can&apos;t reach %1. Trying again in %2 s.</source>
        <translation>No se puede contactar con %1. Reintentando en %2 s.</translation>
    </message>
    <message>
        <source>Lost the connection to the host. Reconnecting in %1 s.</source>
        <translation>Se perdió la conexión con el anfitrión. Reconectando en %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>Your %n unsent message(s) will go out when you are back.</source>
        <translation>
            <numerusform>Tu %n mensaje sin enviar saldrá cuando vuelvas.</numerusform>
            <numerusform>Tus %n mensajes sin enviar saldrán cuando vuelvas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Sin unirte</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
    <message>
        <source>Someone in this room is already called “%1”. Pick another name to join.</source>
        <translation>Alguien en esta sala ya se llama «%1». Elige otro nombre para unirte.</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be used as a name here. Pick another one (1 to 32 characters).</source>
        <translation>«%1» no se puede usar como nombre aquí. Elige otro (de 1 a 32 caracteres).</translation>
    </message>
    <message>
        <source>The room is full right now.</source>
        <translation>La sala está llena en este momento.</translation>
    </message>
    <message>
        <source>This host runs a version of Tincan that this app cannot talk to. Update Tincan on both computers.</source>
        <translation>Este anfitrión usa una versión de Tincan con la que esta aplicación no puede comunicarse. Actualiza Tincan en los dos equipos.</translation>
    </message>
    <message>
        <source>You joined this chat again from another connection, so this window stopped.</source>
        <translation>Te has vuelto a unir a este chat desde otra conexión, así que esta ventana se ha detenido.</translation>
    </message>
    <message>
        <source>The host refused the connection.</source>
        <translation>El anfitrión rechazó la conexión.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>The host ended the chat.</source>
        <translation>El host terminó el chat.</translation>
    </message>
    <message numerus="yes">
        <source>Your %n unsent message(s) will go out if you rejoin.</source>
        <translation>
            <numerusform>Tu %n mensaje sin enviar saldrá si vuelves a unirte.</numerusform>
            <numerusform>Tus %n mensajes sin enviar saldrán si vuelves a unirte.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rejoin</source>
        <translation>&amp;Volver a unirse</translation>
    </message>
    <message>
        <source>&amp;Back to Start</source>
        <translation>&amp;Volver al inicio</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Could not join %1: that computer is not hosting a chat on this port. Check the address the host sees in their Tincan window.</source>
        <translation>No se pudo unir a %1: ese equipo no aloja ningún chat en este puerto. Comprueba la dirección que el host ve en su ventana de Tincan.</translation>
    </message>
    <message>
        <source>Could not join %1: no computer of that name was found. Check the address for typos.</source>
        <translation>No se pudo unir a %1: no se encontró ningún equipo con ese nombre. Comprueba que la dirección no tenga errores.</translation>
    </message>
    <message>
        <source>Could not join %1: this computer&apos;s network has no way there. Check that both are on the same network.</source>
        <translation>No se pudo unir a %1: la red de este equipo no tiene forma de llegar allí. Comprueba que ambos estén en la misma red.</translation>
    </message>
    <message numerus="yes">
        <source>Could not join %1: no answer within %n second(s). Check the address, and that the host is still hosting.</source>
        <translation>
            <numerusform>No se pudo unir a %1: sin respuesta en %n segundo. Comprueba la dirección y que el host siga alojando el chat.</numerusform>
            <numerusform>No se pudo unir a %1: sin respuesta en %n segundos. Comprueba la dirección y que el host siga alojando el chat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not join %1.</source>
        <translation>No se pudo unir a %1.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Expulsado</translation>
    </message>
    <message>
        <source>The host banned you from this chat.</source>
        <translation>El host te ha vetado en este chat.</translation>
    </message>
    <message>
        <source>The host removed you from the chat.</source>
        <translation>El host te ha expulsado del chat.</translation>
    </message>
    <message>
        <source>That code is not right. Check it with the host and enter it again.</source>
        <translation>Ese código no es correcto. Compruébalo con el host y vuelve a escribirlo.</translation>
    </message>
    <message>
        <source>This chat needs an access code. Ask the host for it and enter it here.</source>
        <translation>Este chat necesita un código de acceso. Pídeselo al host y escríbelo aquí.</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried from this computer. Wait a few minutes, then try again.</source>
        <translation>Se han probado demasiados códigos incorrectos desde este equipo. Espera unos minutos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The host has locked this chat: nobody new can join right now. Ask the host to unlock it, then try again.</source>
        <translation>El host ha cerrado este chat: ahora mismo nadie nuevo puede unirse. Pídele que lo abra y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Too many wrong codes are being tried in this chat right now, so yours was not checked. Try again in a moment.</source>
        <translation>Ahora mismo se están probando demasiados códigos erróneos en este chat, así que el suyo no se comprobó. Inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>tincan::ConversationTabs</name>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A conversation&apos;s tab with the number of messages not seen yet: %1 is its name, %2 the number.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Everyone in the room</source>
        <translation>Todos los de la sala</translation>
    </message>
    <message>
        <source>Only the two of you</source>
        <translation>Solo vosotros dos</translation>
    </message>
</context>
<context>
    <name>tincan::DesktopController</name>
    <message>
        <source>Enter the name others will see you as.</source>
        <translation>Escribe el nombre con el que te verán los demás.</translation>
    </message>
    <message>
        <source>%1&apos;s chat</source>
        <translation>Chat de %1</translation>
    </message>
    <message>
        <source>The chat history could not be saved (%1). The chat goes on, but messages may be missing after a restart.</source>
        <translation>No se pudo guardar el historial del chat (%1). El chat continúa, pero podrían faltar mensajes tras un reinicio.</translation>
    </message>
    <message>
        <source>Port %1 was in use, so the chat runs on port %2.</source>
        <translation>El puerto %1 estaba en uso, así que el chat funciona en el puerto %2.</translation>
    </message>
    <message>
        <source>Hosting could not start: %1</source>
        <translation>No se pudo empezar a alojar el chat: %1</translation>
    </message>
</context>
<context>
    <name>tincan::FileStore</name>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>tincan::FileTransfers</name>
    <message>
        <source>file</source>
        <extracomment>A file name offered in the save dialog when the sender&apos;s name for the file was unusable.</extracomment>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>Guardar archivo</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>«%1» se guardó en %2.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: the host no longer has it.</source>
        <translation>No se pudo guardar «%1»: el anfitrión ya no lo tiene.</translation>
    </message>
    <message>
        <source>“%1” arrived damaged (not the file the message named) and was not saved.</source>
        <translation>«%1» llegó dañado (no es el archivo que indicaba el mensaje) y no se guardó.</translation>
    </message>
    <message>
        <source>“%1” could not be written there. Choose another folder, or free some space.</source>
        <translation>No se pudo escribir «%1» ahí. Elige otra carpeta o libera espacio.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: the connection to the host broke off. Save it again to go on where it stopped.</source>
        <translation>No se pudo guardar «%1»: se cortó la conexión con el anfitrión. Vuelve a guardarlo para continuar donde se detuvo.</translation>
    </message>
    <message>
        <source>“%1” was not sent: it is larger than the host takes.</source>
        <translation>«%1» no se envió: es más grande de lo que acepta el anfitrión.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the host has no room left for files.</source>
        <translation>«%1» no se envió: el anfitrión no tiene más espacio para archivos.</translation>
    </message>
    <message>
        <source>“%1” was not sent: too many files are on their way to the host. Send it again in a moment.</source>
        <translation>«%1» no se envió: hay demasiados archivos en camino al anfitrión. Vuelve a enviarlo en un momento.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the host does not take that file name. Rename the file and send it again.</source>
        <translation>«%1» no se envió: el anfitrión no acepta ese nombre de archivo. Cambia el nombre del archivo y vuelve a enviarlo.</translation>
    </message>
    <message>
        <source>“%1” was not sent: you are sending too fast. Wait a moment and send it again.</source>
        <translation>«%1» no se envió: estás enviando demasiado rápido. Espera un momento y vuelve a enviarlo.</translation>
    </message>
    <message>
        <source>“%1” was not sent: its message is too long for this room.</source>
        <translation>«%1» no se envió: su mensaje es demasiado largo para esta sala.</translation>
    </message>
    <message>
        <source>“%1” was not sent: its message has characters the room does not take.</source>
        <translation>«%1» no se envió: su mensaje tiene caracteres que la sala no acepta.</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that the file is still there and that you may open it.</source>
        <translation>No se pudo leer «%1». Comprueba que el archivo sigue ahí y que tienes permiso para abrirlo.</translation>
    </message>
    <message>
        <source>“%1” changed while it was being sent. Send it again.</source>
        <translation>«%1» cambió mientras se enviaba. Vuelve a enviarlo.</translation>
    </message>
    <message>
        <source>The host stopped taking “%1”. Send it again.</source>
        <translation>El anfitrión dejó de aceptar «%1». Vuelve a enviarlo.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the connection to the host kept breaking off.</source>
        <translation>«%1» no se envió: la conexión con el anfitrión se cortaba una y otra vez.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the host refused it (%2).</source>
        <translation>«%1» no se envió: el anfitrión lo rechazó (%2).</translation>
    </message>
</context>
<context>
    <name>tincan::HostPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation>Invitar a personas</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Dirección de red</translation>
    </message>
    <message>
        <source>This computer has more than one network address; pick the one your guests share.</source>
        <translation>Este equipo tiene más de una dirección de red; elige la que compartes con tus invitados.</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>Enlace de invitación</translation>
    </message>
    <message>
        <source>Copy invite link</source>
        <translation>Copiar enlace de invitación</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>Copiar el enlace al portapapeles</translation>
    </message>
    <message>
        <source>QR code of the invite link</source>
        <translation>Código QR del enlace de invitación</translation>
    </message>
    <message>
        <source>Scan with a phone camera to open the chat in its browser</source>
        <translation>Escanéalo con la cámara de un móvil para abrir el chat en su navegador</translation>
    </message>
    <message>
        <source>People connected</source>
        <translation>Personas conectadas</translation>
    </message>
    <message>
        <source>This computer is not on a network right now, so nobody else can join. Connect to a network and start hosting again.</source>
        <translation>Este equipo no está conectado a ninguna red ahora mismo, así que nadie más puede unirse. Conéctate a una red y vuelve a alojar el chat.</translation>
    </message>
    <message>
        <source>The chat only listens on this computer (%1), so only this computer can join.</source>
        <translation>El chat solo escucha en este equipo (%1), así que solo este equipo puede unirse.</translation>
    </message>
    <message>
        <source>People on the same network can open this link in a browser, scan the code with a phone, or enter it in Tincan&apos;s Join page.</source>
        <translation>Las personas de la misma red pueden abrir este enlace en un navegador, escanear el código con el móvil o escribirlo en la página «Unirse» de Tincan.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) connected</source>
        <translation>
            <numerusform>%n persona conectada</numerusform>
            <numerusform>%n personas conectadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Access code:</source>
        <translation>Código de acceso:</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ca&amp;mbiar…</translation>
    </message>
    <message>
        <source>Choose a new access code; people already in the chat stay</source>
        <translation>Elegir un código de acceso nuevo; quienes ya están en el chat se quedan</translation>
    </message>
    <message>
        <source>Remove the access code</source>
        <translation>Quitar el código de acceso</translation>
    </message>
    <message>
        <source>Let anyone with the link join without a code</source>
        <translation>Dejar que cualquiera con el enlace se una sin código</translation>
    </message>
    <message>
        <source>&amp;Generate One</source>
        <translation>&amp;Generar uno</translation>
    </message>
    <message>
        <source>Generate an access code</source>
        <translation>Generar un código de acceso</translation>
    </message>
    <message>
        <source>Make up a code that people need to join; the link and QR code carry it</source>
        <translation>Inventar un código que hará falta para unirse; el enlace y el código QR lo llevan</translation>
    </message>
    <message>
        <source>&amp;Lock the room</source>
        <translation>&amp;Cerrar la sala</translation>
    </message>
    <message>
        <source>Nobody new can join while the room is locked</source>
        <translation>Mientras la sala esté cerrada, nadie nuevo puede unirse</translation>
    </message>
    <message>
        <source>None: anyone with the link can join</source>
        <translation>Ninguno: cualquiera con el enlace puede unirse</translation>
    </message>
    <message>
        <source>Nobody new can join. People in the chat stay, and can come back if their connection drops.</source>
        <translation>Nadie nuevo puede unirse. Quienes están en el chat se quedan y pueden volver si se les corta la conexión.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>tincan::HostService</name>
    <message>
        <source>Cannot create the history folder %1; this chat will not be kept after the host stops.</source>
        <translation>No se puede crear la carpeta del historial %1; este chat no se conservará cuando el anfitrión se detenga.</translation>
    </message>
    <message>
        <source>Cannot open the chat history in %1 (%2); this chat will not be kept after the host stops.</source>
        <translation>No se puede abrir el historial del chat en %1 (%2); este chat no se conservará cuando el anfitrión se detenga.</translation>
    </message>
    <message>
        <source>Chat history could not be saved (%1). The chat goes on, but messages from now on may be missing after the host restarts. Check the free disk space.</source>
        <translation>No se pudo guardar el historial del chat (%1). El chat continúa, pero los mensajes a partir de ahora podrían faltar cuando el anfitrión se reinicie. Comprueba el espacio libre en disco.</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program. Choose another port, or stop the program that uses it.</source>
        <translation>Otro programa ya está usando el puerto %1. Elige otro puerto o cierra el programa que lo usa.</translation>
    </message>
    <message>
        <source>Ports %1 to %2 are all in use. Choose another port.</source>
        <translation>Los puertos del %1 al %2 están todos en uso. Elige otro puerto.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>The chat history in %1 can be read but not saved to (%2). Earlier messages are shown; new ones will not be kept after the host stops.</source>
        <translation>El historial del chat en %1 se puede leer pero no guardar (%2). Se muestran los mensajes anteriores; los nuevos no se conservarán cuando el host se detenga.</translation>
    </message>
    <message>
        <source>Files cannot be shared in this chat: %1</source>
        <translation>En este chat no se pueden compartir archivos: %1</translation>
    </message>
</context>
<context>
    <name>tincan::ImageViewer</name>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>100 %</source>
        <extracomment>The image viewer&apos;s button for showing the image at its actual size.</extracomment>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>The image could not be fetched: there is no room for it in the app&apos;s cache folder.</source>
        <translation>No se pudo descargar la imagen: no hay espacio para ella en la carpeta de caché de la aplicación.</translation>
    </message>
    <message>
        <source>This image cannot be fetched from the host.</source>
        <translation>Esta imagen no se puede descargar del anfitrión.</translation>
    </message>
    <message>
        <source>Loading… %1</source>
        <translation>Cargando… %1</translation>
    </message>
    <message>
        <source>The host no longer has this image.</source>
        <translation>El anfitrión ya no tiene esta imagen.</translation>
    </message>
    <message>
        <source>The image arrived damaged and is not shown.</source>
        <translation>La imagen llegó dañada y no se muestra.</translation>
    </message>
    <message>
        <source>The image could not be fetched from the host.</source>
        <translation>No se pudo descargar la imagen del anfitrión.</translation>
    </message>
    <message>
        <source>This image is too large to show here. Save it to open it with another program.</source>
        <translation>Esta imagen es demasiado grande para mostrarla aquí. Guárdala para abrirla con otro programa.</translation>
    </message>
    <message>
        <source>This image cannot be shown here. Save it to open it with another program.</source>
        <translation>Esta imagen no se puede mostrar aquí. Guárdala para abrirla con otro programa.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels · %3</source>
        <translation>%1 × %2 píxeles · %3</translation>
    </message>
    <message>
        <source>Save Image</source>
        <translation>Guardar imagen</translation>
    </message>
    <message>
        <source>The image could not be saved there. Choose another folder, or free some space.</source>
        <translation>No se pudo guardar la imagen ahí. Elige otra carpeta o libera espacio.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardada en %1</translation>
    </message>
</context>
<context>
    <name>tincan::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Tincan now speaks the system&apos;s language (%1).</source>
        <translation>Tincan ahora usa el idioma del sistema (%1).</translation>
    </message>
    <message>
        <source>Tincan now speaks %1.</source>
        <translation>Tincan ahora habla %1.</translation>
    </message>
</context>
<context>
    <name>tincan::MentionCompleter</name>
    <message>
        <source>People to mention</source>
        <translation>Personas para mencionar</translation>
    </message>
</context>
<context>
    <name>tincan::MessageDelegate</name>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>On a file&apos;s card in the chat: saves the file (keep it short).</extracomment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation>mensaje eliminado</translation>
    </message>
    <message>
        <source>(edited)</source>
        <extracomment>After a message&apos;s time: the message was changed after it was sent.</extracomment>
        <translation>(editado)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tincan::MessageList</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Jump to new messages</source>
        <translation>Ir a los mensajes nuevos</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Links in this message</source>
        <translation>Enlaces de este mensaje</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Copy Link %1</source>
        <translation>Copiar el enlace %1</translation>
    </message>
    <message>
        <source>&amp;Open Image</source>
        <translation>&amp;Abrir imagen</translation>
    </message>
    <message>
        <source>&amp;Save File…</source>
        <translation>&amp;Guardar archivo…</translation>
    </message>
    <message>
        <source>C&amp;ancel Transfer</source>
        <translation>Cancelar &amp;transferencia</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Rea&amp;ct</source>
        <translation>Rea&amp;ccionar</translation>
    </message>
    <message>
        <source>&amp;Other…</source>
        <translation>&amp;Otro…</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reaccionar</translation>
    </message>
    <message>
        <source>Emoji:</source>
        <translation>Emoji:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
</context>
<context>
    <name>tincan::MessageModel</name>
    <message>
        <source>%1, not sent yet: %2</source>
        <translation>%1, aún sin enviar: %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 a las %2: %3</translation>
    </message>
    <message>
        <source>file %1, %2</source>
        <translation>archivo %1, %2</translation>
    </message>
    <message>
        <source>Sent, the host is checking it…</source>
        <translation>Enviado, el anfitrión lo está comprobando…</translation>
    </message>
    <message>
        <source>Waiting to send…</source>
        <translation>Esperando para enviar…</translation>
    </message>
    <message>
        <source>%1 file</source>
        <extracomment>A file&apos;s kind when the system does not know it; %1 is its extension, like &quot;XYZ&quot;.</extracomment>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A transfer&apos;s progress: %1 and %2 are amounts of data, like &quot;2.1 MB of 8 MB&quot;.</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer&apos;s speed; %1 is an amount of data, like &quot;1.2 MB&quot;.</extracomment>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>queda %n segundo</numerusform>
            <numerusform>quedan %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>queda %n minuto</numerusform>
            <numerusform>quedan %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>queda %n hora</numerusform>
            <numerusform>quedan %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation>mensaje eliminado</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (editado)</translation>
    </message>
</context>
<context>
    <name>tincan::PeopleList</name>
    <message>
        <source>People in the room</source>
        <translation>Personas en la sala</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personas (%1)</translation>
    </message>
    <message>
        <source>&amp;Remove from Chat…</source>
        <translation>&amp;Expulsar del chat…</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Vetar…</translation>
    </message>
    <message>
        <source>Ban from Chat?</source>
        <translation>¿Vetar en el chat?</translation>
    </message>
    <message>
        <source>Remove from Chat?</source>
        <translation>¿Expulsar del chat?</translation>
    </message>
    <message>
        <source>Ban %1 from this chat?</source>
        <translation>¿Vetar a %1 en este chat?</translation>
    </message>
    <message>
        <source>Remove %1 from the chat?</source>
        <translation>¿Expulsar a %1 del chat?</translation>
    </message>
    <message>
        <source>They are disconnected and cannot come back, under any name and from the same computer, for as long as you host this chat.</source>
        <translation>Se le desconecta y no podrá volver, con ningún nombre ni desde el mismo equipo, mientras alojes este chat.</translation>
    </message>
    <message>
        <source>They are disconnected and everyone sees that you removed them. They can join again.</source>
        <translation>Se le desconecta y todos ven que lo has expulsado. Puede volver a unirse.</translation>
    </message>
    <message>
        <source>&amp;Ban</source>
        <translation>&amp;Vetar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Expulsar</translation>
    </message>
    <message>
        <source>Press Enter on a person to write to them privately; open their menu to remove them from the chat.</source>
        <translation>Pulsa Intro sobre una persona para escribirle en privado; abre su menú para sacarla del chat.</translation>
    </message>
    <message>
        <source>Press Enter on a person to write to them privately.</source>
        <translation>Pulsa Intro sobre una persona para escribirle en privado.</translation>
    </message>
    <message>
        <source>&amp;Message Privately</source>
        <translation>&amp;Mensaje privado</translation>
    </message>
</context>
<context>
    <name>tincan::QrCodeWidget</name>
    <message>
        <source>QR code for %1</source>
        <translation>Código QR de %1</translation>
    </message>
</context>
<context>
    <name>tincan::RosterDelegate</name>
    <message>
        <source>host</source>
        <extracomment>The small badge beside the name of the person who hosts the chat</extracomment>
        <translation>host</translation>
    </message>
</context>
<context>
    <name>tincan::RosterModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (tú)</translation>
    </message>
    <message>
        <source>%1, that is you</source>
        <translation>%1, eres tú</translation>
    </message>
    <message>
        <source>%1, that is you, the host</source>
        <translation>%1, eres tú, el host</translation>
    </message>
    <message>
        <source>%1, the host</source>
        <translation>%1, el host</translation>
    </message>
    <message>
        <source>%1 hosts this chat</source>
        <translation>%1 aloja este chat</translation>
    </message>
</context>
<context>
    <name>tincan::SearchPanel</name>
    <message>
        <source>Search messages (Enter searches)</source>
        <translation>Buscar mensajes (Intro busca)</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>Close search (Esc)</source>
        <translation>Cerrar la búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Close search</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Mensajes encontrados</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Más</translation>
    </message>
    <message>
        <source>You can search once you are connected.</source>
        <translation>Podrás buscar cuando estés conectado.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>No se encontraron mensajes.</translation>
    </message>
    <message>
        <source>Type at least one word of letters or digits to search for.</source>
        <translation>Escribe al menos una palabra de letras o números para buscar.</translation>
    </message>
    <message numerus="yes">
        <source>That search is too long: use at most %n character(s).</source>
        <translation>
            <numerusform>Esa búsqueda es demasiado larga: usa como máximo %n carácter.</numerusform>
            <numerusform>Esa búsqueda es demasiado larga: usa como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many searches at once. Wait a moment, then search again.</source>
        <translation>Demasiadas búsquedas a la vez. Espera un momento y vuelve a buscar.</translation>
    </message>
    <message>
        <source>The host keeps no history, so there is nothing to search.</source>
        <translation>El anfitrión no guarda historial, así que no hay nada que buscar.</translation>
    </message>
    <message>
        <source>The host could not search. Try again in a moment.</source>
        <translation>El anfitrión no pudo buscar. Inténtalo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>tincan::SearchResultsModel</name>
    <message>
        <source>%1 · %2 · private, to %3</source>
        <extracomment>A search result&apos;s heading for a private message: %1 who wrote it, %2 when.</extracomment>
        <translation>%1 · %2 · privado, para %3</translation>
    </message>
    <message>
        <source>%1 · %2 · private</source>
        <translation>%1 · %2 · privado</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 a las %2: %3</translation>
    </message>
</context>
<context>
    <name>tincan::StartWindow</name>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Tincan</source>
        <translation>Tincan</translation>
    </message>
    <message>
        <source>Chat with the people on your network. No accounts, no internet needed.</source>
        <translation>Chatea con las personas de tu red. Sin cuentas y sin necesidad de internet.</translation>
    </message>
    <message>
        <source>How others see you</source>
        <translation>Cómo te verán los demás</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>Host or join</source>
        <translation>Alojar o unirse</translation>
    </message>
    <message>
        <source>&amp;Host a chat</source>
        <translation>&amp;Alojar un chat</translation>
    </message>
    <message>
        <source>&amp;Join a chat</source>
        <translation>&amp;Unirse a un chat</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nombre de la sala</translation>
    </message>
    <message>
        <source>For example: Office, LAN party, Family</source>
        <translation>Por ejemplo: Oficina, LAN party, Familia</translation>
    </message>
    <message>
        <source>&amp;Room name:</source>
        <translation>Nombre de la &amp;sala:</translation>
    </message>
    <message>
        <source>Use a &amp;fixed port</source>
        <translation>Usar un puerto &amp;fijo</translation>
    </message>
    <message>
        <source>Keep the same address between sessions, for example for a firewall rule. Without it, Tincan picks a free port near %1.</source>
        <translation>Mantiene la misma dirección entre sesiones, por ejemplo, para una regla del cortafuegos. Sin esta opción, Tincan elige un puerto libre cercano al %1.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Others join by opening the link Tincan shows you in a browser, by scanning its QR code, or from Tincan&apos;s Join page.</source>
        <translation>Los demás se unen abriendo en un navegador el enlace que Tincan te muestra, escaneando su código QR o desde la página «Unirse» de Tincan.</translation>
    </message>
    <message>
        <source>Host address</source>
        <translation>Dirección del anfitrión</translation>
    </message>
    <message>
        <source>192.168.1.20:%1 or http://192.168.1.20:%1/</source>
        <translation>192.168.1.20:%1 o http://192.168.1.20:%1/</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Found on this network:</source>
        <translation>&amp;Encontrados en esta red:</translation>
    </message>
    <message>
        <source>Chats found on this network</source>
        <translation>Chats encontrados en esta red</translation>
    </message>
    <message>
        <source>&amp;Recent hosts:</source>
        <translation>Anfitriones &amp;recientes:</translation>
    </message>
    <message>
        <source>Recent hosts</source>
        <translation>Anfitriones recientes</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A chat found on the network: room name, then its address</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Looking for chats on this network…</source>
        <translation>Buscando chats en esta red…</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>&amp;Start Hosting</source>
        <translation>&amp;Empezar a alojar</translation>
    </message>
    <message>
        <source>Enter the address the host sees in their Tincan window, like 192.168.1.20:%1.</source>
        <translation>Escribe la dirección que el anfitrión ve en su ventana de Tincan, como 192.168.1.20:%1.</translation>
    </message>
    <message>
        <source>Tincan addresses start with http:// or ws:// (or with no prefix at all), like http://192.168.1.20:%1/.</source>
        <translation>Las direcciones de Tincan empiezan por http:// o ws:// (o no llevan prefijo), como http://192.168.1.20:%1/.</translation>
    </message>
    <message>
        <source>The address has no computer name or IP address in it.</source>
        <translation>La dirección no contiene ningún nombre de equipo ni dirección IP.</translation>
    </message>
    <message>
        <source>That does not look like a computer name or IP address. Check for typos, like 192.168.1.20:%1.</source>
        <translation>Eso no parece un nombre de equipo ni una dirección IP. Revisa que no haya errores, como en 192.168.1.20:%1.</translation>
    </message>
    <message>
        <source>The port (the number after the colon) must be between 1 and 65535.</source>
        <translation>El puerto (el número después de los dos puntos) debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>Tincan addresses have no user name or password in them.</source>
        <translation>Las direcciones de Tincan no llevan nombre de usuario ni contraseña.</translation>
    </message>
    <message>
        <source>Enter the name others will see you as.</source>
        <translation>Escribe el nombre con el que te verán los demás.</translation>
    </message>
    <message>
        <source>A name has 1 to %1 characters and no control characters.</source>
        <translation>Un nombre tiene de 1 a %1 caracteres y ningún carácter de control.</translation>
    </message>
    <message>
        <source>%1&apos;s chat</source>
        <translation>Chat de %1</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>&amp;Código de acceso:</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <source>Optional: people need it to join</source>
        <translation>Opcional: hará falta para unirse</translation>
    </message>
    <message>
        <source>With a code, only people who have it can join. The link and QR code carry it.</source>
        <translation>Con un código, solo puede unirse quien lo tenga. El enlace y el código QR lo llevan.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>Make up a code that is easy to read aloud</source>
        <translation>Inventar un código fácil de leer en voz alta</translation>
    </message>
    <message>
        <source>Re&amp;member this code for the next time I host</source>
        <translation>&amp;Recordar este código para la próxima vez que aloje</translation>
    </message>
    <message>
        <source>%1 (needs a code)</source>
        <extracomment>A chat found on the network that only lets in people who have its access code</extracomment>
        <translation>%1 (necesita código)</translation>
    </message>
    <message>
        <source>%1, needs an access code</source>
        <translation>%1, necesita código de acceso</translation>
    </message>
</context>
<context>
    <name>tincan::TypingLine</name>
    <message>
        <source>Who is typing</source>
        <translation>Quién está escribiendo</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 y %2 están escribiendo…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>Varias personas están escribiendo…</translation>
    </message>
</context>
</TS>
