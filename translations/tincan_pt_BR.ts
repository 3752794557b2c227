<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
        <translation>Entrar no chat</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Entrar em %1</translation>
    </message>
    <message>
        <source>Chat with everyone on this network. Nothing to install.</source>
        <translation>Converse com todos nesta rede. Nada para instalar.</translation>
    </message>
    <message>
        <source>Up to %1 characters. Others see this name.</source>
        <translation>Até %1 caracteres. Os outros veem este nome.</translation>
    </message>
    <message>
        <source>Join</source>
        <extracomment>Button that joins the chat</extracomment>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <extracomment>Button that joins with the free name the host suggested</extracomment>
        <translation>Usar “%1”</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Digite um nome.</translation>
    </message>
    <message numerus="yes">
        <source>That name is too long. Use at most %n character(s).</source>
        <translation>
            <numerusform>Esse nome é longo demais. Use no máximo %n caractere.</numerusform>
            <numerusform>Esse nome é longo demais. Use no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>That name contains invisible or control characters. Please use plain letters, digits and symbols.</source>
        <translation>Esse nome contém caracteres invisíveis ou de controle. Use apenas letras, números e símbolos comuns.</translation>
    </message>
    <message>
        <source>“%1” is already taken in this room. How about “%2”?</source>
        <translation>“%1” já está em uso nesta sala. Que tal “%2”?</translation>
    </message>
    <message>
        <source>“%1” is already taken in this room. Please pick another name.</source>
        <translation>“%1” já está em uso nesta sala. Escolha outro nome.</translation>
    </message>
    <message>
        <source>While you were away, someone else took the name “%1”. Pick a name to rejoin:</source>
        <translation>Enquanto você estava fora, outra pessoa pegou o nome “%1”. Escolha um nome para voltar:</translation>
    </message>
    <message>
        <source>Rejoin</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Catching up…</source>
        <extracomment>Fetching the messages missed while the connection was down</extracomment>
        <translation>Atualizando…</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Conexão perdida. Reconectando em %n segundo…</numerusform>
            <numerusform>Conexão perdida. Reconectando em %n segundos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the host. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Não foi possível alcançar o anfitrião. Tentando de novo em %n segundo…</numerusform>
            <numerusform>Não foi possível alcançar o anfitrião. Tentando de novo em %n segundos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Reconectando em %n segundo…</numerusform>
            <numerusform>Reconectando em %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <source>Your device is offline. Waiting for the network…</source>
        <translation>Seu dispositivo está offline. Aguardando a rede…</translation>
    </message>
    <message>
        <source>Choose a name to rejoin.</source>
        <translation>Escolha um nome para voltar.</translation>
    </message>
    <message>
        <source>The host refused the connection: %1</source>
        <extracomment>%1 is the reason, a sentence</extracomment>
        <translation>O anfitrião recusou a conexão: %1</translation>
    </message>
    <message>
        <source>The host stopped the chat.</source>
        <translation>O anfitrião encerrou o chat.</translation>
    </message>
    <message>
        <source>Joining took too long.</source>
        <translation>A entrada demorou demais.</translation>
    </message>
    <message>
        <source>A message was too large for the host.</source>
        <translation>Uma mensagem era grande demais para o anfitrião.</translation>
    </message>
    <message>
        <source>The room is full. Tincan will keep trying.</source>
        <translation>A sala está cheia. O Tincan vai continuar tentando.</translation>
    </message>
    <message>
        <source>The host could not read a message from this page. Reload the page if this keeps happening.</source>
        <translation>O anfitrião não conseguiu ler uma mensagem desta página. Recarregue a página se isso continuar acontecendo.</translation>
    </message>
    <message>
        <source>The host did not understand a request from this page. Reload the page if this keeps happening.</source>
        <translation>O anfitrião não entendeu uma solicitação desta página. Recarregue a página se isso continuar acontecendo.</translation>
    </message>
    <message>
        <source>The host does not know a request this page sent. The host may be an older version.</source>
        <translation>O anfitrião não reconhece uma solicitação desta página. Ele pode estar com uma versão mais antiga.</translation>
    </message>
    <message>
        <source>The page tried to chat before joining. Reload the page if this keeps happening.</source>
        <translation>A página tentou conversar antes de entrar. Recarregue a página se isso continuar acontecendo.</translation>
    </message>
    <message>
        <source>You are already in the room.</source>
        <translation>Você já está na sala.</translation>
    </message>
    <message>
        <source>This page does not match the host’s version. Reload the page.</source>
        <translation>Esta página não corresponde à versão do anfitrião. Recarregue a página.</translation>
    </message>
    <message>
        <source>That name cannot be used. Use 1 to %1 visible characters, without control or invisible characters.</source>
        <translation>Esse nome não pode ser usado. Use de 1 a %1 caracteres visíveis, sem caracteres de controle ou invisíveis.</translation>
    </message>
    <message>
        <source>That name is already taken in this room.</source>
        <translation>Esse nome já está em uso nesta sala.</translation>
    </message>
    <message>
        <source>That message is too long for the host.</source>
        <translation>Essa mensagem é longa demais para o anfitrião.</translation>
    </message>
    <message>
        <source>You are sending messages too fast. Tincan will send this one again in a moment.</source>
        <translation>Você está enviando mensagens rápido demais. O Tincan vai reenviar esta em instantes.</translation>
    </message>
    <message>
        <source>The room is full. Try again later.</source>
        <translation>A sala está cheia. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The host could not save the chat history. The chat goes on, but messages from now on may be lost when the host restarts.</source>
        <translation>O anfitrião não conseguiu salvar o histórico do chat. O chat continua, mas as mensagens a partir de agora podem se perder quando o anfitrião reiniciar.</translation>
    </message>
    <message>
        <source>You joined again from another connection, so this one stopped.</source>
        <translation>Você entrou de novo por outra conexão, então esta foi encerrada.</translation>
    </message>
    <message>
        <source>The host reported a problem: %1.</source>
        <extracomment>%1 is a machine code such as &quot;rate-limited&quot;</extracomment>
        <translation>O anfitrião informou um problema: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n person(s) in this room</source>
        <extracomment>Label of the button that opens the list of people</extracomment>
        <translation>
            <numerusform>Mostrar a %n pessoa desta sala</numerusform>
            <numerusform>Mostrar as %n pessoas desta sala</numerusform>
        </translation>
    </message>
    <message>
        <source>In this room</source>
        <translation>Nesta sala</translation>
    </message>
    <message>
        <source>you</source>
        <extracomment>Marks your own name in the list of people</extracomment>
        <translation>você</translation>
    </message>
    <message>
        <source>Sound on for new messages</source>
        <translation>Som ativado para novas mensagens</translation>
    </message>
    <message>
        <source>Sound off for new messages</source>
        <translation>Som desativado para novas mensagens</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>No messages yet. Say hello!</source>
        <translation>Nenhuma mensagem ainda. Diga oi!</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Carregando mensagens anteriores…</translation>
    </message>
    <message>
        <source>This is the start of the room.</source>
        <translation>Este é o começo da sala.</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Shown instead of your own name above your messages</extracomment>
        <translation>Você</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Message %1</source>
        <extracomment>Placeholder of the message box; %1 is the room&apos;s name</extracomment>
        <translation>Mensagem para %1</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Escreva uma mensagem</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Button that sends the message</extracomment>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line.</source>
        <translation>Enter envia, Shift+Enter começa uma nova linha.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>Resta %n caractere</numerusform>
            <numerusform>Restam %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s). The limit is %1.</source>
        <translation>
            <numerusform>%n caractere a mais. O limite é %1.</numerusform>
            <numerusform>%n caracteres a mais. O limite é %1.</numerusform>
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
            <numerusform>mais %n mensagem</numerusform>
            <numerusform>mais %n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>That message cannot be sent: it has nothing visible in it, or a control character.</source>
        <translation>Essa mensagem não pode ser enviada: não tem nada visível ou contém um caractere de controle.</translation>
    </message>
    <message>
        <source>Access code</source>
        <extracomment>Label of the field for the room&apos;s access code (a few letters and digits the host gives out)</extracomment>
        <translation>Código de acesso</translation>
    </message>
    <message>
        <source>This room needs an access code. Ask the host for it.</source>
        <translation>Esta sala precisa de um código de acesso. Peça ao anfitrião.</translation>
    </message>
    <message>
        <source>That code is not right. Check it with the host.</source>
        <translation>Esse código não está certo. Confira com o anfitrião.</translation>
    </message>
    <message>
        <source>The host removed you from the chat.</source>
        <extracomment>The host removed this person; they may rejoin</extracomment>
        <translation>O anfitrião removeu você do chat.</translation>
    </message>
    <message>
        <source>The host banned you from this chat.</source>
        <extracomment>Said at the moment the host bans this person, who was in the chat</extracomment>
        <translation>O anfitrião baniu você deste chat.</translation>
    </message>
    <message>
        <source>The host has banned you from this chat.</source>
        <extracomment>Said when a banned person tries to join</extracomment>
        <translation>O anfitrião baniu você deste chat.</translation>
    </message>
    <message>
        <source>The host has locked the room. Nobody new can join right now.</source>
        <translation>O anfitrião trancou a sala. Ninguém novo pode entrar agora.</translation>
    </message>
    <message>
        <source>Too many wrong codes from this device. Try again in a few minutes.</source>
        <translation>Códigos errados demais a partir deste dispositivo. Tente de novo daqui a alguns minutos.</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Button that asks the host again to be let in</extracomment>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>Marks the host&apos;s name in the list of people (lower case, like &quot;you&quot;)</extracomment>
        <translation>anfitrião</translation>
    </message>
    <message>
        <source>%1 was removed by the host</source>
        <translation>%1 foi removido pelo anfitrião</translation>
    </message>
    <message>
        <source>Download</source>
        <extracomment>Link on a file in the chat; it saves the file</extracomment>
        <translation>Baixar</translation>
    </message>
    <message>
        <source>The host cannot use this file’s name. Rename the file and send it again.</source>
        <translation>O anfitrião não pode usar o nome deste arquivo. Renomeie o arquivo e envie de novo.</translation>
    </message>
    <message>
        <source>This file is larger than the host accepts.</source>
        <translation>Este arquivo é maior do que o anfitrião aceita.</translation>
    </message>
    <message>
        <source>The host has no room left for this file.</source>
        <translation>O anfitrião não tem mais espaço para este arquivo.</translation>
    </message>
    <message>
        <source>Too many files are on their way at once. Send this one when the others are done.</source>
        <translation>Há arquivos demais sendo enviados ao mesmo tempo. Envie este quando os outros terminarem.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <extracomment>Button beside the message box that picks files to send</extracomment>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <extracomment>Button beside the message box on phones: opens the camera</extracomment>
        <translation>Tirar uma foto</translation>
    </message>
    <message>
        <source>Drop files here to send them</source>
        <extracomment>Shown over the chat while files are dragged over it</extracomment>
        <translation>Solte os arquivos aqui para enviá-los</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>How much of a file has been sent: %1 and %2 are sizes such as &quot;1.2 MB&quot;</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>Time left for a file to be sent: %1 is a duration such as &quot;2 minutes&quot;</extracomment>
        <translation>tempo restante: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button that stops sending a file</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button that takes a file that could not be sent out of the chat</extracomment>
        <translation>Remover</translation>
    </message>
    <message>
        <source>This file is empty: there is nothing to send.</source>
        <translation>Este arquivo está vazio: não há nada para enviar.</translation>
    </message>
    <message>
        <source>The file could not be sent. Check the connection and send it again.</source>
        <translation>Não foi possível enviar o arquivo. Verifique a conexão e envie de novo.</translation>
    </message>
    <message>
        <source>The host refused this upload. Send the file again.</source>
        <translation>O anfitrião recusou este envio. Envie o arquivo de novo.</translation>
    </message>
    <message>
        <source>The file changed while it was being sent. Send it again.</source>
        <translation>O arquivo mudou enquanto era enviado. Envie de novo.</translation>
    </message>
    <message>
        <source>The host could not store this file. Send it again later.</source>
        <translation>O anfitrião não conseguiu guardar este arquivo. Envie de novo mais tarde.</translation>
    </message>
    <message>
        <source>That message is not there any more.</source>
        <translation>Essa mensagem não existe mais.</translation>
    </message>
    <message>
        <source>Only your own messages can be changed or deleted.</source>
        <translation>Só é possível alterar ou excluir as suas próprias mensagens.</translation>
    </message>
    <message>
        <source>A reaction is one emoji.</source>
        <translation>Uma reação é um único emoji.</translation>
    </message>
    <message>
        <source>That message has all the different reactions it can take.</source>
        <translation>Essa mensagem já tem todas as reações diferentes que pode receber.</translation>
    </message>
    <message>
        <source>That was too fast for the host. Wait a moment and try again.</source>
        <extracomment>An edit, delete or reaction came too fast; nothing was changed</extracomment>
        <translation>Isso foi rápido demais para o anfitrião. Espere um momento e tente de novo.</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>Button on a message: answer it</extracomment>
        <translation>Responder</translation>
    </message>
    <message>
        <source>React</source>
        <extracomment>Button on a message: add an emoji reaction</extracomment>
        <translation>Reagir</translation>
    </message>
    <message>
        <source>Another emoji</source>
        <extracomment>Field for typing an emoji of one&apos;s own choice as a reaction</extracomment>
        <translation>Outro emoji</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete?</source>
        <extracomment>The Delete button after one click: click again to delete</extracomment>
        <translation>Excluir?</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <extracomment>Shown in place of a deleted message</extracomment>
        <translation>Mensagem excluída</translation>
    </message>
    <message>
        <source>edited</source>
        <extracomment>Mark next to the time of a message that was changed</extracomment>
        <translation>editada</translation>
    </message>
    <message>
        <source>%1 more</source>
        <extracomment>After the names of those who gave a reaction, for those not listed</extracomment>
        <translation>mais %1</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <extracomment>Above the message box: %1 is the name of the person whose message is answered</extracomment>
        <translation>Respondendo a %1</translation>
    </message>
    <message>
        <source>Editing your message</source>
        <translation>Editando sua mensagem</translation>
    </message>
    <message>
        <source>That person is not in the room any more.</source>
        <extracomment>A private message could not go: the other person left the chat</extracomment>
        <translation>Essa pessoa não está mais na sala.</translation>
    </message>
    <message>
        <source>You can change messages once you are connected.</source>
        <extracomment>An edit, delete or reaction tried while the page is not connected; nothing was changed</extracomment>
        <translation>Você poderá alterar mensagens quando estiver conectado.</translation>
    </message>
    <message>
        <source>Write to %1 privately</source>
        <extracomment>Button beside a person in the list of people; %1 is their name</extracomment>
        <translation>Escrever para %1 em particular</translation>
    </message>
    <message>
        <source>Message %1 privately</source>
        <extracomment>Placeholder of the message box in a private conversation; %1 is the other person&apos;s name</extracomment>
        <translation>Mensagem particular para %1</translation>
    </message>
    <message>
        <source>Files go to the whole room. Switch to Room to send one.</source>
        <extracomment>Files cannot be sent in a private conversation; &quot;Room&quot; is the name of the room&apos;s tab</extracomment>
        <translation>Os arquivos vão para a sala inteira. Mude para “Sala” para enviar um.</translation>
    </message>
    <message>
        <source>More results</source>
        <extracomment>Button below search results: the next, older results</extracomment>
        <translation>Mais resultados</translation>
    </message>
    <message>
        <source>Back to the results</source>
        <extracomment>Button above a search result shown among the messages around it</extracomment>
        <translation>Voltar aos resultados</translation>
    </message>
</context>
<context>
    <name>HeadlessHost</name>
    <message>
        <source>Tincan could not start hosting: %1</source>
        <translation>O Tincan não conseguiu hospedar o chat: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the room</source>
        <translation>
            <numerusform>%n pessoa na sala</numerusform>
            <numerusform>%n pessoas na sala</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 is in use; using port %2 instead.</source>
        <translation>A porta %1 está em uso; usando a porta %2 no lugar dela.</translation>
    </message>
    <message>
        <source>Tincan is hosting on port %1. People can join at:</source>
        <translation>O Tincan está hospedando na porta %1. As pessoas podem entrar em:</translation>
    </message>
    <message>
        <source>Stopping: telling everyone the host is leaving.</source>
        <translation>Parando: avisando a todos que o anfitrião está saindo.</translation>
    </message>
    <message>
        <source>Joining needs the access code you set.</source>
        <translation>Para entrar é preciso o código de acesso que você definiu.</translation>
    </message>
    <message>
        <source>Type /help for the commands that keep the room. Press Ctrl+C to stop.</source>
        <translation>Digite /help para ver os comandos que cuidam da sala. Pressione Ctrl+C para parar.</translation>
    </message>
    <message>
        <source>Say whom: %1 NAME</source>
        <translation>Quem? %1 NOME</translation>
    </message>
    <message>
        <source>%1 was removed and cannot come back while this host runs.</source>
        <translation>%1 foi removido e não pode voltar enquanto este anfitrião estiver ativo.</translation>
    </message>
    <message>
        <source>%1 was removed (they may join again).</source>
        <translation>%1 foi removido (pode entrar de novo).</translation>
    </message>
    <message>
        <source>Nobody named %1 is in the room.</source>
        <translation>Ninguém chamado %1 está na sala.</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 não pode ser removido.</translation>
    </message>
    <message>
        <source>The room is locked: nobody new may join.</source>
        <translation>A sala está trancada: ninguém novo pode entrar.</translation>
    </message>
    <message>
        <source>The room is open again.</source>
        <translation>A sala está aberta de novo.</translation>
    </message>
    <message>
        <source>Anyone may join without a code now.</source>
        <translation>Agora qualquer pessoa pode entrar sem código.</translation>
    </message>
    <message>
        <source>An access code has %1 to %2 letters or digits.</source>
        <translation>Um código de acesso tem de %1 a %2 letras ou dígitos.</translation>
    </message>
    <message>
        <source>The access code is set. People already in stay.</source>
        <translation>O código de acesso foi definido. Quem já está na sala continua.</translation>
    </message>
    <message>
        <source>Commands: /kick NAME (remove; they may come back), /ban NAME (remove for as long as this host runs), /lock and /unlock (let nobody new in, or everyone again), /code CODE and /code off (set or remove the access code).</source>
        <translation>Comandos: /kick NOME (remover; pode voltar), /ban NOME (remover enquanto este anfitrião estiver ativo), /lock e /unlock (não deixar ninguém novo entrar, ou deixar todos de novo), /code CÓDIGO e /code off (definir ou remover o código de acesso).</translation>
    </message>
    <message>
        <source>Also removed, from the same computer: %1.</source>
        <translation>Também removidos, do mesmo computador: %1.</translation>
    </message>
    <message>
        <source>Say the code: /code CODE (or /code off to let anyone join without one).</source>
        <translation>Diga o código: /code CÓDIGO (ou /code off para deixar qualquer pessoa entrar sem código).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>A porta deve ser um número de 0 a 65535.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address to listen on.</source>
        <translation>“%1” não é um endereço IP em que se possa escutar.</translation>
    </message>
    <message>
        <source>“%1” is not an address to announce to (use ADDRESS or ADDRESS:PORT).</source>
        <translation>“%1” não é um endereço para anunciar (use ENDEREÇO ou ENDEREÇO:PORTA).</translation>
    </message>
    <message>
        <source>Tincan: a chat for everyone on the local network. Host one, and others join from Tincan or from any browser.</source>
        <translation>Tincan: um chat para todos na rede local. Hospede um, e os outros entram pelo Tincan ou por qualquer navegador.</translation>
    </message>
    <message>
        <source>Host a chat without a window (for always-on hosts).</source>
        <translation>Hospedar um chat sem janela (para anfitriões sempre ligados).</translation>
    </message>
    <message>
        <source>Listen on this port (0: any free port). Without it, %1 or the next free port is used.</source>
        <translation>Escutar nesta porta (0: qualquer porta livre). Sem isso, é usada a %1 ou a próxima porta livre.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porta</translation>
    </message>
    <message>
        <source>Listen on this address only (for example 127.0.0.1).</source>
        <translation>Escutar apenas neste endereço (por exemplo, 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>endereço</translation>
    </message>
    <message>
        <source>The room&apos;s name.</source>
        <translation>O nome da sala.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Keep the chat history in this folder.</source>
        <translation>Guardar o histórico do chat nesta pasta.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>Start hosting a chat right away (skips the start window).</source>
        <translation>Começar a hospedar um chat imediatamente (pula a janela inicial).</translation>
    </message>
    <message>
        <source>Join the chat at this address right away, for example 192.168.1.20:%1 or http://192.168.1.20:%1/.</source>
        <translation>Entrar imediatamente no chat neste endereço, por exemplo, 192.168.1.20:%1 ou http://192.168.1.20:%1/.</translation>
    </message>
    <message>
        <source>Your name in the chat.</source>
        <translation>Seu nome no chat.</translation>
    </message>
    <message>
        <source>Neither announce this host on the network nor look for other hosts (nothing is broadcast).</source>
        <translation>Não anunciar este anfitrião na rede nem procurar outros anfitriões (nada é transmitido).</translation>
    </message>
    <message>
        <source>Announce this host only to this address (repeatable; default: broadcast on the local networks, UDP port %1).</source>
        <translation>Anunciar este anfitrião apenas para este endereço (pode ser repetido; padrão: transmissão nas redes locais, porta UDP %1).</translation>
    </message>
    <message>
        <source>address[:port]</source>
        <translation>endereço[:porta]</translation>
    </message>
    <message>
        <source>Speak this language instead of the system&apos;s: %1.</source>
        <translation>Usar este idioma em vez do idioma do sistema: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Tincan does not speak “%1”. It speaks: %2.</source>
        <translation>O Tincan não fala “%1”. Idiomas disponíveis: %2.</translation>
    </message>
    <message>
        <source>Use either --host or --join, not both.</source>
        <translation>Use --host ou --join, não os dois.</translation>
    </message>
    <message>
        <source>“%1” is not a host name to allow (letters, digits, dots and dashes).</source>
        <translation>“%1” não é um nome de host a permitir (letras, dígitos, pontos e hifens).</translation>
    </message>
    <message>
        <source>Also accept requests that name this host by this name (repeatable), for example a name the network&apos;s DNS gives it. Its own addresses, localhost and its computer name are always accepted.</source>
        <translation>Aceitar também pedidos que chamam este host por este nome (repetível), por exemplo um nome que o DNS da rede lhe dá. Os próprios endereços, localhost e o nome do computador são sempre aceitos.</translation>
    </message>
    <message>
        <source>Tincan cannot open its window: there is no display here (no desktop session, or a remote shell). To host a chat without a window, run: tincan --headless</source>
        <translation>O Tincan não consegue abrir a janela: não há tela aqui (nenhuma sessão de desktop, ou um shell remoto). Para hospedar um chat sem janela, execute: tincan --headless</translation>
    </message>
    <message>
        <source>An access code has %1 to %2 letters or digits (spaces and dashes are ignored) and no control characters.</source>
        <translation>Um código de acesso tem de %1 a %2 letras ou dígitos (espaços e hífens são ignorados) e nenhum caractere de controle.</translation>
    </message>
    <message>
        <source>People need this code to join (the link and QR code the host shows carry it). Other programs on this computer can see a command line: on a shared computer, set the code in the window or with /code.</source>
        <translation>É preciso este código para entrar (o link e o QR code do anfitrião o levam). Outros programas neste computador podem ver a linha de comando: num computador compartilhado, defina o código na janela ou com /code.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Start with the room locked: nobody new may join until the host unlocks it (the window&apos;s &quot;Lock the room&quot;, or /unlock on the console).</source>
        <translation>Começar com a sala trancada: ninguém novo pode entrar até o anfitrião destrancá-la (“Trancar a sala” na janela, ou /unlock no console).</translation>
    </message>
    <message>
        <source>“%1” is not a size for --%2 (for example 500M or 2G).</source>
        <translation>“%1” não é um tamanho para --%2 (por exemplo 500M ou 2G).</translation>
    </message>
    <message>
        <source>The largest file people may send (K, M, G: kilo-, mega-, gigabytes; default 2G).</source>
        <translation>O maior arquivo que se pode enviar (K, M, G: kilo-, mega-, gigabytes; padrão 2G).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamanho</translation>
    </message>
    <message>
        <source>How much the room&apos;s files may take on disk in all (default 10G).</source>
        <translation>Quanto os arquivos da sala podem ocupar no disco no total (padrão 10G).</translation>
    </message>
</context>
<context>
    <name>tincan::AccessCodeDialog</name>
    <message>
        <source>Change Access Code</source>
        <translation>Alterar o código de acesso</translation>
    </message>
    <message>
        <source>New &amp;access code:</source>
        <translation>Novo código de &amp;acesso:</translation>
    </message>
    <message>
        <source>New access code</source>
        <translation>Novo código de acesso</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Gerar</translation>
    </message>
    <message>
        <source>Make up a code that is easy to read aloud</source>
        <translation>Criar um código fácil de ler em voz alta</translation>
    </message>
    <message>
        <source>People already in the chat stay. Whoever joins next needs the new code; the link and QR code carry it.</source>
        <translation>Quem já está no chat continua. Quem entrar a seguir precisa do novo código; o link e o código QR já o trazem.</translation>
    </message>
    <message numerus="yes">
        <source>An access code needs at least %n letters or digits (spaces and dashes do not count).</source>
        <translation>
            <numerusform>Um código de acesso precisa de pelo menos %n letra ou dígito (espaços e hifens não contam).</numerusform>
            <numerusform>Um código de acesso precisa de pelo menos %n letras ou dígitos (espaços e hifens não contam).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An access code has at most %n characters.</source>
        <translation>
            <numerusform>Um código de acesso tem no máximo %n caractere.</numerusform>
            <numerusform>Um código de acesso tem no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>An access code cannot have invisible or control characters in it.</source>
        <translation>Um código de acesso não pode ter caracteres invisíveis nem de controle.</translation>
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
        <translation>Estado da conexão</translation>
    </message>
    <message>
        <source>You are %1</source>
        <translation>Você é %1</translation>
    </message>
</context>
<context>
    <name>tincan::ChatTray</name>
    <message>
        <source>&amp;Show Tincan</source>
        <translation>&amp;Mostrar o Tincan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensagem nova</numerusform>
            <numerusform>%n mensagens novas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 mencionou você</translation>
    </message>
    <message>
        <source>%1: %2 unread</source>
        <translation>%1: %2 não lidas</translation>
    </message>
    <message>
        <source>Private message from %1</source>
        <extracomment>The title of a notification of a private message; %1 is who wrote it.</extracomment>
        <translation>Mensagem privada de %1</translation>
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
        <translation>Não conectado</translation>
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
        <translation>Mensagens</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensagem nova</numerusform>
            <numerusform>%n mensagens novas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 entrou</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 saiu</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 agora se chama %2</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está digitando…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 e %2 estão digitando…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>Várias pessoas estão digitando…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
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
        <translation>Mudar &amp;nome…</translation>
    </message>
    <message>
        <source>&amp;Copy Invite Link</source>
        <translation>&amp;Copiar link de convite</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;People Panel</source>
        <translation>Painel de &amp;pessoas</translation>
    </message>
    <message>
        <source>Jump to &amp;Latest</source>
        <translation>Ir para as &amp;recentes</translation>
    </message>
    <message>
        <source>Go to &amp;Messages</source>
        <translation>Ir para as &amp;mensagens</translation>
    </message>
    <message>
        <source>Go to &amp;Input</source>
        <translation>Ir para a &amp;digitação</translation>
    </message>
    <message>
        <source>You are now %1</source>
        <translation>Agora você se chama %1</translation>
    </message>
    <message>
        <source>A message was too long for this room and was not sent; it is back in the input box.</source>
        <translation>Uma mensagem era longa demais para esta sala e não foi enviada; ela voltou para a caixa de texto.</translation>
    </message>
    <message>
        <source>A message could not be sent; it is back in the input box.</source>
        <translation>Não foi possível enviar uma mensagem; ela voltou para a caixa de texto.</translation>
    </message>
    <message>
        <source>That name is taken.</source>
        <translation>Esse nome já está em uso.</translation>
    </message>
    <message>
        <source>That name can&apos;t be used.</source>
        <translation>Esse nome não pode ser usado.</translation>
    </message>
    <message>
        <source>“%1” is free.</source>
        <translation>“%1” está livre.</translation>
    </message>
    <message>
        <source>The host could not save the chat history. The chat goes on, but recent messages may be missing after the host restarts.</source>
        <translation>O anfitrião não conseguiu salvar o histórico do chat. O chat continua, mas mensagens recentes podem faltar depois que o anfitrião reiniciar.</translation>
    </message>
    <message>
        <source>A name has 1 to 32 characters and no control characters.</source>
        <translation>Um nome tem de 1 a 32 caracteres e nenhum caractere de controle.</translation>
    </message>
    <message>
        <source>%1 — Tincan</source>
        <translation>%1 — Tincan</translation>
    </message>
    <message>
        <source>Change Name</source>
        <translation>Mudar nome</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>You can change your name once you are connected.</source>
        <translation>Você poderá mudar seu nome quando estiver conectado.</translation>
    </message>
    <message>
        <source>Nobody else is connected right now.</source>
        <translation>Ninguém mais está conectado agora.</translation>
    </message>
    <message numerus="yes">
        <source>%n other person(s) connected will be disconnected.</source>
        <translation>
            <numerusform>%n outra pessoa conectada será desconectada.</numerusform>
            <numerusform>%n outras pessoas conectadas serão desconectadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Hosting?</source>
        <translation>Parar de hospedar?</translation>
    </message>
    <message>
        <source>Closing Tincan ends the chat “%1” for everyone.</source>
        <translation>Fechar o Tincan encerra o chat “%1” para todos.</translation>
    </message>
    <message>
        <source>&amp;Stop Hosting</source>
        <translation>&amp;Parar de hospedar</translation>
    </message>
    <message>
        <source>Unsent Messages</source>
        <translation>Mensagens não enviadas</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not yet received by the host will be lost. Close anyway?</source>
        <translation>
            <numerusform>%n mensagem ainda não recebida pelo anfitrião será perdida. Fechar mesmo assim?</numerusform>
            <numerusform>%n mensagens ainda não recebidas pelo anfitrião serão perdidas. Fechar mesmo assim?</numerusform>
        </translation>
    </message>
    <message>
        <source>The chat no longer needs an access code. People already in stay.</source>
        <translation>O chat não precisa mais de código de acesso. Quem já está dentro continua.</translation>
    </message>
    <message>
        <source>Whoever joins next needs the new code. People already in stay.</source>
        <translation>Quem entrar a seguir precisa do novo código. Quem já está dentro continua.</translation>
    </message>
    <message>
        <source>The room is locked: nobody new can join.</source>
        <translation>A sala está trancada: ninguém novo pode entrar.</translation>
    </message>
    <message>
        <source>The room is open again: people can join.</source>
        <translation>A sala está aberta de novo: as pessoas podem entrar.</translation>
    </message>
    <message>
        <source>%1 was removed by the host</source>
        <translation>%1 foi removido pelo host</translation>
    </message>
    <message>
        <source>That person is no longer in the chat, so nobody was removed.</source>
        <translation>Essa pessoa não está mais no chat, então ninguém foi removido.</translation>
    </message>
    <message numerus="yes">
        <source>The room did not allow that: only the host can remove people, never themselves, and a chat can ban at most %n people.</source>
        <translation>
            <numerusform>A sala não permitiu: só o host pode remover pessoas, nunca a si mesmo, e um chat pode banir no máximo %n pessoa.</numerusform>
            <numerusform>A sala não permitiu: só o host pode remover pessoas, nunca a si mesmo, e um chat pode banir no máximo %n pessoas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop to send to everyone in this chat</source>
        <translation>Solte para enviar a todos neste chat</translation>
    </message>
    <message>
        <source>That message is not here any more, or too far back to show.</source>
        <translation>Essa mensagem não está mais aqui ou é antiga demais para mostrar.</translation>
    </message>
    <message>
        <source>That message is no longer there: it was deleted, or you cannot see it.</source>
        <translation>Essa mensagem não está mais lá: foi apagada ou você não pode vê-la.</translation>
    </message>
    <message>
        <source>You can only change or delete your own messages.</source>
        <translation>Você só pode alterar ou apagar suas próprias mensagens.</translation>
    </message>
    <message>
        <source>A reaction is one emoji, without letters or spaces.</source>
        <translation>Uma reação é um único emoji, sem letras nem espaços.</translation>
    </message>
    <message>
        <source>That message has as many different reactions as it can take; add one of those instead.</source>
        <translation>Essa mensagem já tem todas as reações diferentes que aceita; adicione uma delas.</translation>
    </message>
    <message>
        <source>That was too fast for the room. Wait a moment and try again.</source>
        <translation>Isso foi rápido demais para a sala. Espere um momento e tente de novo.</translation>
    </message>
    <message>
        <source>A message needs some visible text.</source>
        <translation>Uma mensagem precisa de algum texto visível.</translation>
    </message>
    <message>
        <source>That text is too long for this room.</source>
        <translation>Esse texto é longo demais para esta sala.</translation>
    </message>
    <message>
        <source>The host keeps no history, so messages cannot be changed.</source>
        <translation>O anfitrião não guarda histórico, então as mensagens não podem ser alteradas.</translation>
    </message>
    <message>
        <source>The host did not accept that change.</source>
        <translation>O anfitrião não aceitou essa alteração.</translation>
    </message>
    <message>
        <source>%1 is not in the room now. You can write to them again when they are back.</source>
        <extracomment>Above the input of a private conversation; %1 is the other person&apos;s name.</extracomment>
        <translation>%1 não está na sala agora. Você poderá escrever de novo quando voltar.</translation>
    </message>
    <message>
        <source>&amp;Search Messages…</source>
        <translation>&amp;Buscar mensagens…</translation>
    </message>
    <message>
        <source>You can see that message once you are connected.</source>
        <translation>Você poderá ver essa mensagem quando estiver conectado.</translation>
    </message>
    <message>
        <source>A private message to %1 could not be sent; it is back in the input box of your conversation with them.</source>
        <extracomment>%1 is the name of the person a private message was for.</extracomment>
        <translation>Não foi possível enviar uma mensagem privada para %1; ela voltou para a caixa de texto da conversa de vocês.</translation>
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
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter starts a new line)</source>
        <translation>Escreva uma mensagem… (Enter envia, Shift+Enter começa uma nova linha)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over the limit of %1: shorten it to send</source>
        <translation>
            <numerusform>%n caractere acima do limite de %1: encurte para enviar</numerusform>
            <numerusform>%n caracteres acima do limite de %1: encurte para enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Send files or pictures (you can also drop them here or paste them)</source>
        <translation>Enviar arquivos ou imagens (você também pode soltá-los aqui ou colá-los)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>Send Files</source>
        <translation>Enviar arquivos</translation>
    </message>
    <message>
        <source>The text is too long to go with the files: shorten it, then send them again.</source>
        <translation>O texto é longo demais para acompanhar os arquivos: encurte-o e envie-os de novo.</translation>
    </message>
    <message>
        <source>“%1” is a folder: only files can be sent.</source>
        <translation>“%1” é uma pasta: só é possível enviar arquivos.</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that the file is still there and that you may open it.</source>
        <translation>Não foi possível ler “%1”. Verifique se o arquivo ainda existe e se você tem permissão para abri-lo.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to send.</source>
        <translation>“%1” está vazio: não há nada para enviar.</translation>
    </message>
    <message>
        <source>The pasted picture could not be saved to be sent: the temporary folder is not writable.</source>
        <translation>Não foi possível salvar a imagem colada para enviá-la: a pasta temporária não permite gravação.</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <extracomment>The name of a pasted picture&apos;s file (&quot;.png&quot; follows); %1 is the date and time it was pasted. Avoid characters that cannot be in file names, such as the slash and the colon.</extracomment>
        <translation>Imagem colada %1</translation>
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
        <translation>Respondendo a %1: %2</translation>
    </message>
    <message>
        <source>Editing your message (Esc cancels)</source>
        <translation>Editando sua mensagem (Esc cancela)</translation>
    </message>
    <message>
        <source>Files are shared with the whole room: switch to the Room tab to send them.</source>
        <translation>Arquivos são compartilhados com a sala inteira: vá para a aba Sala para enviá-los.</translation>
    </message>
    <message>
        <source>Your message could not be changed while you are not connected: your change is still in the input box.</source>
        <translation>Não é possível alterar sua mensagem enquanto você não está conectado: sua alteração continua na caixa de texto.</translation>
    </message>
</context>
<context>
    <name>tincan::ConnectionBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>Problema de conexão</translation>
    </message>
    <message>
        <source>Another name</source>
        <translation>Outro nome</translation>
    </message>
    <message>
        <source>A name has 1 to 32 characters and no control characters.</source>
        <translation>Um nome tem de 1 a 32 caracteres e nenhum caractere de controle.</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Código de acesso</translation>
    </message>
    <message>
        <source>Enter the access code the host gave you.</source>
        <translation>Digite o código de acesso que o host passou para você.</translation>
    </message>
</context>
<context>
    <name>tincan::ConnectionStatus</name>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hospedando</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Can&apos;t reach %1. Trying again in %2 s.</source>
        <translation>Não foi possível alcançar %1. Tentando de novo em %2 s.</translation>
    </message>
    <message>
        <source>Lost the connection to the host. Reconnecting in %1 s.</source>
        <translation>A conexão com o anfitrião caiu. Reconectando em %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>Your %n unsent message(s) will go out when you are back.</source>
        <translation>
            <numerusform>Sua %n mensagem não enviada sairá quando você voltar.</numerusform>
            <numerusform>Suas %n mensagens não enviadas sairão quando você voltar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Tentar agora</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Fora da sala</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Someone in this room is already called “%1”. Pick another name to join.</source>
        <translation>Alguém nesta sala já se chama “%1”. Escolha outro nome para entrar.</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be used as a name here. Pick another one (1 to 32 characters).</source>
        <translation>“%1” não pode ser usado como nome aqui. Escolha outro (de 1 a 32 caracteres).</translation>
    </message>
    <message>
        <source>The room is full right now.</source>
        <translation>A sala está cheia no momento.</translation>
    </message>
    <message>
        <source>This host runs a version of Tincan that this app cannot talk to. Update Tincan on both computers.</source>
        <translation>Este anfitrião usa uma versão do Tincan com a qual este aplicativo não consegue se comunicar. Atualize o Tincan nos dois computadores.</translation>
    </message>
    <message>
        <source>You joined this chat again from another connection, so this window stopped.</source>
        <translation>Você entrou de novo neste chat por outra conexão, então esta janela foi desconectada.</translation>
    </message>
    <message>
        <source>The host refused the connection.</source>
        <translation>O anfitrião recusou a conexão.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>The host ended the chat.</source>
        <translation>O host encerrou o chat.</translation>
    </message>
    <message numerus="yes">
        <source>Your %n unsent message(s) will go out if you rejoin.</source>
        <translation>
            <numerusform>Sua %n mensagem não enviada será enviada se você entrar de novo.</numerusform>
            <numerusform>Suas %n mensagens não enviadas serão enviadas se você entrar de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rejoin</source>
        <translation>&amp;Entrar de novo</translation>
    </message>
    <message>
        <source>&amp;Back to Start</source>
        <translation>&amp;Voltar ao início</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Could not join %1: that computer is not hosting a chat on this port. Check the address the host sees in their Tincan window.</source>
        <translation>Não foi possível entrar em %1: esse computador não está hospedando um chat nesta porta. Confira o endereço que o host vê na janela do Tincan.</translation>
    </message>
    <message>
        <source>Could not join %1: no computer of that name was found. Check the address for typos.</source>
        <translation>Não foi possível entrar em %1: nenhum computador com esse nome foi encontrado. Confira se o endereço está correto.</translation>
    </message>
    <message>
        <source>Could not join %1: this computer&apos;s network has no way there. Check that both are on the same network.</source>
        <translation>Não foi possível entrar em %1: a rede deste computador não tem caminho até lá. Confira se os dois estão na mesma rede.</translation>
    </message>
    <message numerus="yes">
        <source>Could not join %1: no answer within %n second(s). Check the address, and that the host is still hosting.</source>
        <translation>
            <numerusform>Não foi possível entrar em %1: nenhuma resposta em %n segundo. Confira o endereço e se o host ainda está hospedando.</numerusform>
            <numerusform>Não foi possível entrar em %1: nenhuma resposta em %n segundos. Confira o endereço e se o host ainda está hospedando.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not join %1.</source>
        <translation>Não foi possível entrar em %1.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removido</translation>
    </message>
    <message>
        <source>The host banned you from this chat.</source>
        <translation>O host baniu você deste chat.</translation>
    </message>
    <message>
        <source>The host removed you from the chat.</source>
        <translation>O host removeu você do chat.</translation>
    </message>
    <message>
        <source>That code is not right. Check it with the host and enter it again.</source>
        <translation>Esse código não está certo. Confira com o host e digite de novo.</translation>
    </message>
    <message>
        <source>This chat needs an access code. Ask the host for it and enter it here.</source>
        <translation>Este chat precisa de um código de acesso. Peça ao host e digite aqui.</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried from this computer. Wait a few minutes, then try again.</source>
        <translation>Foram tentados códigos errados demais a partir deste computador. Espere alguns minutos e tente de novo.</translation>
    </message>
    <message>
        <source>The host has locked this chat: nobody new can join right now. Ask the host to unlock it, then try again.</source>
        <translation>O host trancou este chat: ninguém novo pode entrar agora. Peça ao host para destrancar e tente de novo.</translation>
    </message>
    <message>
        <source>Too many wrong codes are being tried in this chat right now, so yours was not checked. Try again in a moment.</source>
        <translation>Códigos errados demais estão sendo tentados neste chat agora, então o seu não foi verificado. Tente de novo em instantes.</translation>
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
        <translation>Todos na sala</translation>
    </message>
    <message>
        <source>Only the two of you</source>
        <translation>Só vocês dois</translation>
    </message>
</context>
<context>
    <name>tincan::DesktopController</name>
    <message>
        <source>Enter the name others will see you as.</source>
        <translation>Digite o nome com que os outros verão você.</translation>
    </message>
    <message>
        <source>%1&apos;s chat</source>
        <translation>Chat de %1</translation>
    </message>
    <message>
        <source>The chat history could not be saved (%1). The chat goes on, but messages may be missing after a restart.</source>
        <translation>Não foi possível salvar o histórico do chat (%1). O chat continua, mas mensagens podem faltar depois de reiniciar.</translation>
    </message>
    <message>
        <source>Port %1 was in use, so the chat runs on port %2.</source>
        <translation>A porta %1 estava em uso, então o chat está na porta %2.</translation>
    </message>
    <message>
        <source>Hosting could not start: %1</source>
        <translation>Não foi possível começar a hospedar: %1</translation>
    </message>
</context>
<context>
    <name>tincan::FileStore</name>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
</context>
<context>
    <name>tincan::FileTransfers</name>
    <message>
        <source>file</source>
        <extracomment>A file name offered in the save dialog when the sender&apos;s name for the file was unusable.</extracomment>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>Salvar arquivo</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>“%1” foi salvo em %2.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: the host no longer has it.</source>
        <translation>Não foi possível salvar “%1”: o anfitrião não o tem mais.</translation>
    </message>
    <message>
        <source>“%1” arrived damaged (not the file the message named) and was not saved.</source>
        <translation>“%1” chegou danificado (não é o arquivo que a mensagem indicava) e não foi salvo.</translation>
    </message>
    <message>
        <source>“%1” could not be written there. Choose another folder, or free some space.</source>
        <translation>Não foi possível gravar “%1” ali. Escolha outra pasta ou libere espaço.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: the connection to the host broke off. Save it again to go on where it stopped.</source>
        <translation>Não foi possível salvar “%1”: a conexão com o anfitrião caiu. Salve-o de novo para continuar de onde parou.</translation>
    </message>
    <message>
        <source>“%1” was not sent: it is larger than the host takes.</source>
        <translation>“%1” não foi enviado: é maior do que o anfitrião aceita.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the host has no room left for files.</source>
        <translation>“%1” não foi enviado: o anfitrião não tem mais espaço para arquivos.</translation>
    </message>
    <message>
        <source>“%1” was not sent: too many files are on their way to the host. Send it again in a moment.</source>
        <translation>“%1” não foi enviado: há arquivos demais a caminho do anfitrião. Envie-o de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the host does not take that file name. Rename the file and send it again.</source>
        <translation>“%1” não foi enviado: o anfitrião não aceita esse nome de arquivo. Renomeie o arquivo e envie-o de novo.</translation>
    </message>
    <message>
        <source>“%1” was not sent: you are sending too fast. Wait a moment and send it again.</source>
        <translation>“%1” não foi enviado: você está enviando rápido demais. Espere um pouco e envie-o de novo.</translation>
    </message>
    <message>
        <source>“%1” was not sent: its message is too long for this room.</source>
        <translation>“%1” não foi enviado: a mensagem dele é longa demais para esta sala.</translation>
    </message>
    <message>
        <source>“%1” was not sent: its message has characters the room does not take.</source>
        <translation>“%1” não foi enviado: a mensagem dele tem caracteres que a sala não aceita.</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that the file is still there and that you may open it.</source>
        <translation>Não foi possível ler “%1”. Verifique se o arquivo ainda existe e se você tem permissão para abri-lo.</translation>
    </message>
    <message>
        <source>“%1” changed while it was being sent. Send it again.</source>
        <translation>“%1” mudou enquanto era enviado. Envie-o de novo.</translation>
    </message>
    <message>
        <source>The host stopped taking “%1”. Send it again.</source>
        <translation>O anfitrião parou de aceitar “%1”. Envie-o de novo.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the connection to the host kept breaking off.</source>
        <translation>“%1” não foi enviado: a conexão com o anfitrião caía o tempo todo.</translation>
    </message>
    <message>
        <source>“%1” was not sent: the host refused it (%2).</source>
        <translation>“%1” não foi enviado: o anfitrião o recusou (%2).</translation>
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
        <translation>Convidar pessoas</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Endereço de rede</translation>
    </message>
    <message>
        <source>This computer has more than one network address; pick the one your guests share.</source>
        <translation>Este computador tem mais de um endereço de rede; escolha o que está na mesma rede dos seus convidados.</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>Link de convite</translation>
    </message>
    <message>
        <source>Copy invite link</source>
        <translation>Copiar link de convite</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>Copiar o link para a área de transferência</translation>
    </message>
    <message>
        <source>QR code of the invite link</source>
        <translation>Código QR do link de convite</translation>
    </message>
    <message>
        <source>Scan with a phone camera to open the chat in its browser</source>
        <translation>Escaneie com a câmera do celular para abrir o chat no navegador</translation>
    </message>
    <message>
        <source>People connected</source>
        <translation>Pessoas conectadas</translation>
    </message>
    <message>
        <source>This computer is not on a network right now, so nobody else can join. Connect to a network and start hosting again.</source>
        <translation>Este computador não está em nenhuma rede agora, então ninguém mais pode entrar. Conecte-se a uma rede e hospede o chat de novo.</translation>
    </message>
    <message>
        <source>The chat only listens on this computer (%1), so only this computer can join.</source>
        <translation>O chat só escuta neste computador (%1), então só este computador pode entrar.</translation>
    </message>
    <message>
        <source>People on the same network can open this link in a browser, scan the code with a phone, or enter it in Tincan&apos;s Join page.</source>
        <translation>Pessoas na mesma rede podem abrir este link no navegador, escanear o código com o celular ou digitá-lo na página “Entrar” do Tincan.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) connected</source>
        <translation>
            <numerusform>%n pessoa conectada</numerusform>
            <numerusform>%n pessoas conectadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Access code:</source>
        <translation>Código de acesso:</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Código de acesso</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Al&amp;terar…</translation>
    </message>
    <message>
        <source>Choose a new access code; people already in the chat stay</source>
        <translation>Escolher um novo código de acesso; quem já está no chat continua</translation>
    </message>
    <message>
        <source>Remove the access code</source>
        <translation>Remover o código de acesso</translation>
    </message>
    <message>
        <source>Let anyone with the link join without a code</source>
        <translation>Deixar qualquer pessoa com o link entrar sem código</translation>
    </message>
    <message>
        <source>&amp;Generate One</source>
        <translation>&amp;Gerar um</translation>
    </message>
    <message>
        <source>Generate an access code</source>
        <translation>Gerar um código de acesso</translation>
    </message>
    <message>
        <source>Make up a code that people need to join; the link and QR code carry it</source>
        <translation>Criar um código necessário para entrar; o link e o código QR já o trazem</translation>
    </message>
    <message>
        <source>&amp;Lock the room</source>
        <translation>&amp;Trancar a sala</translation>
    </message>
    <message>
        <source>Nobody new can join while the room is locked</source>
        <translation>Enquanto a sala estiver trancada, ninguém novo pode entrar</translation>
    </message>
    <message>
        <source>None: anyone with the link can join</source>
        <translation>Nenhum: qualquer pessoa com o link pode entrar</translation>
    </message>
    <message>
        <source>Nobody new can join. People in the chat stay, and can come back if their connection drops.</source>
        <translation>Ninguém novo pode entrar. Quem está no chat continua e pode voltar se a conexão cair.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>tincan::HostService</name>
    <message>
        <source>Cannot create the history folder %1; this chat will not be kept after the host stops.</source>
        <translation>Não foi possível criar a pasta do histórico %1; este chat não será guardado depois que o anfitrião parar.</translation>
    </message>
    <message>
        <source>Cannot open the chat history in %1 (%2); this chat will not be kept after the host stops.</source>
        <translation>Não foi possível abrir o histórico do chat em %1 (%2); este chat não será guardado depois que o anfitrião parar.</translation>
    </message>
    <message>
        <source>Chat history could not be saved (%1). The chat goes on, but messages from now on may be missing after the host restarts. Check the free disk space.</source>
        <translation>Não foi possível salvar o histórico do chat (%1). O chat continua, mas as mensagens a partir de agora podem faltar depois que o anfitrião reiniciar. Verifique o espaço livre em disco.</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program. Choose another port, or stop the program that uses it.</source>
        <translation>A porta %1 já está sendo usada por outro programa. Escolha outra porta ou feche o programa que a usa.</translation>
    </message>
    <message>
        <source>Ports %1 to %2 are all in use. Choose another port.</source>
        <translation>As portas de %1 a %2 estão todas em uso. Escolha outra porta.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Não foi possível escutar em %1, porta %2: %3</translation>
    </message>
    <message>
        <source>The chat history in %1 can be read but not saved to (%2). Earlier messages are shown; new ones will not be kept after the host stops.</source>
        <translation>O histórico do chat em %1 pode ser lido, mas não salvo (%2). As mensagens anteriores são mostradas; as novas não serão mantidas depois que o host parar.</translation>
    </message>
    <message>
        <source>Files cannot be shared in this chat: %1</source>
        <translation>Não é possível compartilhar arquivos neste chat: %1</translation>
    </message>
</context>
<context>
    <name>tincan::ImageViewer</name>
    <message>
        <source>Zoom Out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>Ajustar à janela</translation>
    </message>
    <message>
        <source>100 %</source>
        <extracomment>The image viewer&apos;s button for showing the image at its actual size.</extracomment>
        <translation>100%</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Tamanho real</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Salvar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>The image could not be fetched: there is no room for it in the app&apos;s cache folder.</source>
        <translation>Não foi possível baixar a imagem: não há espaço para ela na pasta de cache do aplicativo.</translation>
    </message>
    <message>
        <source>This image cannot be fetched from the host.</source>
        <translation>Esta imagem não pode ser baixada do anfitrião.</translation>
    </message>
    <message>
        <source>Loading… %1</source>
        <translation>Carregando… %1</translation>
    </message>
    <message>
        <source>The host no longer has this image.</source>
        <translation>O anfitrião não tem mais esta imagem.</translation>
    </message>
    <message>
        <source>The image arrived damaged and is not shown.</source>
        <translation>A imagem chegou danificada e não é exibida.</translation>
    </message>
    <message>
        <source>The image could not be fetched from the host.</source>
        <translation>Não foi possível baixar a imagem do anfitrião.</translation>
    </message>
    <message>
        <source>This image is too large to show here. Save it to open it with another program.</source>
        <translation>Esta imagem é grande demais para ser exibida aqui. Salve-a para abri-la com outro programa.</translation>
    </message>
    <message>
        <source>This image cannot be shown here. Save it to open it with another program.</source>
        <translation>Esta imagem não pode ser exibida aqui. Salve-a para abri-la com outro programa.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels · %3</source>
        <translation>%1 × %2 pixels · %3</translation>
    </message>
    <message>
        <source>Save Image</source>
        <translation>Salvar imagem</translation>
    </message>
    <message>
        <source>The image could not be saved there. Choose another folder, or free some space.</source>
        <translation>Não foi possível salvar a imagem ali. Escolha outra pasta ou libere espaço.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salva em %1</translation>
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
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Tincan now speaks the system&apos;s language (%1).</source>
        <translation>O Tincan agora usa o idioma do sistema (%1).</translation>
    </message>
    <message>
        <source>Tincan now speaks %1.</source>
        <translation>O Tincan agora fala %1.</translation>
    </message>
</context>
<context>
    <name>tincan::MentionCompleter</name>
    <message>
        <source>People to mention</source>
        <translation>Pessoas para mencionar</translation>
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
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>On a file&apos;s card in the chat: saves the file (keep it short).</extracomment>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation>mensagem apagada</translation>
    </message>
    <message>
        <source>(edited)</source>
        <extracomment>After a message&apos;s time: the message was changed after it was sent.</extracomment>
        <translation>(editada)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 e mais %n</numerusform>
            <numerusform>%1 e mais %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tincan::MessageList</name>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Jump to new messages</source>
        <translation>Ir para as mensagens novas</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensagem nova</numerusform>
            <numerusform>%n mensagens novas</numerusform>
        </translation>
    </message>
    <message>
        <source>Links in this message</source>
        <translation>Links desta mensagem</translation>
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
        <translation>Copiar o link %1</translation>
    </message>
    <message>
        <source>&amp;Open Image</source>
        <translation>&amp;Abrir imagem</translation>
    </message>
    <message>
        <source>&amp;Save File…</source>
        <translation>&amp;Salvar arquivo…</translation>
    </message>
    <message>
        <source>C&amp;ancel Transfer</source>
        <translation>Cancelar &amp;transferência</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Rea&amp;ct</source>
        <translation>Rea&amp;gir</translation>
    </message>
    <message>
        <source>&amp;Other…</source>
        <translation>&amp;Outro…</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reagir</translation>
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
        <translation>&amp;Apagar</translation>
    </message>
</context>
<context>
    <name>tincan::MessageModel</name>
    <message>
        <source>%1, not sent yet: %2</source>
        <translation>%1, ainda não enviada: %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 às %2: %3</translation>
    </message>
    <message>
        <source>file %1, %2</source>
        <translation>arquivo %1, %2</translation>
    </message>
    <message>
        <source>Sent, the host is checking it…</source>
        <translation>Enviado, o anfitrião está verificando…</translation>
    </message>
    <message>
        <source>Waiting to send…</source>
        <translation>Aguardando envio…</translation>
    </message>
    <message>
        <source>%1 file</source>
        <extracomment>A file&apos;s kind when the system does not know it; %1 is its extension, like &quot;XYZ&quot;.</extracomment>
        <translation>Arquivo %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
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
            <numerusform>falta %n segundo</numerusform>
            <numerusform>faltam %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>falta %n minuto</numerusform>
            <numerusform>faltam %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>falta %n hora</numerusform>
            <numerusform>faltam %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation>mensagem apagada</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (editada)</translation>
    </message>
</context>
<context>
    <name>tincan::PeopleList</name>
    <message>
        <source>People in the room</source>
        <translation>Pessoas na sala</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Pessoas (%1)</translation>
    </message>
    <message>
        <source>&amp;Remove from Chat…</source>
        <translation>&amp;Remover do chat…</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Banir…</translation>
    </message>
    <message>
        <source>Ban from Chat?</source>
        <translation>Banir do chat?</translation>
    </message>
    <message>
        <source>Remove from Chat?</source>
        <translation>Remover do chat?</translation>
    </message>
    <message>
        <source>Ban %1 from this chat?</source>
        <translation>Banir %1 deste chat?</translation>
    </message>
    <message>
        <source>Remove %1 from the chat?</source>
        <translation>Remover %1 do chat?</translation>
    </message>
    <message>
        <source>They are disconnected and cannot come back, under any name and from the same computer, for as long as you host this chat.</source>
        <translation>A pessoa é desconectada e não pode voltar, com nenhum nome nem do mesmo computador, enquanto você hospedar este chat.</translation>
    </message>
    <message>
        <source>They are disconnected and everyone sees that you removed them. They can join again.</source>
        <translation>A pessoa é desconectada e todos veem que você a removeu. Ela pode entrar de novo.</translation>
    </message>
    <message>
        <source>&amp;Ban</source>
        <translation>&amp;Banir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Press Enter on a person to write to them privately; open their menu to remove them from the chat.</source>
        <translation>Pressione Enter sobre uma pessoa para escrever para ela em particular; abra o menu dela para removê-la do chat.</translation>
    </message>
    <message>
        <source>Press Enter on a person to write to them privately.</source>
        <translation>Pressione Enter sobre uma pessoa para escrever para ela em particular.</translation>
    </message>
    <message>
        <source>&amp;Message Privately</source>
        <translation>&amp;Mensagem particular</translation>
    </message>
</context>
<context>
    <name>tincan::QrCodeWidget</name>
    <message>
        <source>QR code for %1</source>
        <translation>Código QR para %1</translation>
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
        <translation>%1 (você)</translation>
    </message>
    <message>
        <source>%1, that is you</source>
        <translation>%1, que é você</translation>
    </message>
    <message>
        <source>%1, that is you, the host</source>
        <translation>%1, é você, o host</translation>
    </message>
    <message>
        <source>%1, the host</source>
        <translation>%1, o host</translation>
    </message>
    <message>
        <source>%1 hosts this chat</source>
        <translation>%1 hospeda este chat</translation>
    </message>
</context>
<context>
    <name>tincan::SearchPanel</name>
    <message>
        <source>Search messages (Enter searches)</source>
        <translation>Buscar mensagens (Enter busca)</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensagens</translation>
    </message>
    <message>
        <source>Close search (Esc)</source>
        <translation>Fechar a busca (Esc)</translation>
    </message>
    <message>
        <source>Close search</source>
        <translation>Fechar a busca</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Mensagens encontradas</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mais</translation>
    </message>
    <message>
        <source>You can search once you are connected.</source>
        <translation>Você poderá buscar quando estiver conectado.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Nenhuma mensagem encontrada.</translation>
    </message>
    <message>
        <source>Type at least one word of letters or digits to search for.</source>
        <translation>Digite pelo menos uma palavra de letras ou dígitos para buscar.</translation>
    </message>
    <message numerus="yes">
        <source>That search is too long: use at most %n character(s).</source>
        <translation>
            <numerusform>Essa busca é longa demais: use no máximo %n caractere.</numerusform>
            <numerusform>Essa busca é longa demais: use no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many searches at once. Wait a moment, then search again.</source>
        <translation>Buscas demais de uma vez. Espere um momento e busque de novo.</translation>
    </message>
    <message>
        <source>The host keeps no history, so there is nothing to search.</source>
        <translation>O anfitrião não guarda histórico, então não há nada para buscar.</translation>
    </message>
    <message>
        <source>The host could not search. Try again in a moment.</source>
        <translation>O anfitrião não conseguiu buscar. Tente de novo em um momento.</translation>
    </message>
</context>
<context>
    <name>tincan::SearchResultsModel</name>
    <message>
        <source>%1 · %2 · private, to %3</source>
        <extracomment>A search result&apos;s heading for a private message: %1 who wrote it, %2 when.</extracomment>
        <translation>%1 · %2 · particular, para %3</translation>
    </message>
    <message>
        <source>%1 · %2 · private</source>
        <translation>%1 · %2 · particular</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 às %2: %3</translation>
    </message>
</context>
<context>
    <name>tincan::StartWindow</name>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Tincan</source>
        <translation>Tincan</translation>
    </message>
    <message>
        <source>Chat with the people on your network. No accounts, no internet needed.</source>
        <translation>Converse com as pessoas da sua rede. Sem contas e sem precisar de internet.</translation>
    </message>
    <message>
        <source>How others see you</source>
        <translation>Como os outros veem você</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>Host or join</source>
        <translation>Hospedar ou entrar</translation>
    </message>
    <message>
        <source>&amp;Host a chat</source>
        <translation>&amp;Hospedar um chat</translation>
    </message>
    <message>
        <source>&amp;Join a chat</source>
        <translation>&amp;Entrar em um chat</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nome da sala</translation>
    </message>
    <message>
        <source>For example: Office, LAN party, Family</source>
        <translation>Por exemplo: Escritório, LAN party, Família</translation>
    </message>
    <message>
        <source>&amp;Room name:</source>
        <translation>Nome da &amp;sala:</translation>
    </message>
    <message>
        <source>Use a &amp;fixed port</source>
        <translation>Usar uma porta &amp;fixa</translation>
    </message>
    <message>
        <source>Keep the same address between sessions, for example for a firewall rule. Without it, Tincan picks a free port near %1.</source>
        <translation>Mantém o mesmo endereço entre sessões, por exemplo, para uma regra de firewall. Sem isso, o Tincan escolhe uma porta livre perto da %1.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Others join by opening the link Tincan shows you in a browser, by scanning its QR code, or from Tincan&apos;s Join page.</source>
        <translation>Os outros entram abrindo no navegador o link que o Tincan mostra para você, escaneando o código QR ou pela página “Entrar” do Tincan.</translation>
    </message>
    <message>
        <source>Host address</source>
        <translation>Endereço do anfitrião</translation>
    </message>
    <message>
        <source>192.168.1.20:%1 or http://192.168.1.20:%1/</source>
        <translation>192.168.1.20:%1 ou http://192.168.1.20:%1/</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>En&amp;dereço:</translation>
    </message>
    <message>
        <source>&amp;Found on this network:</source>
        <translation>Encontrados nesta &amp;rede:</translation>
    </message>
    <message>
        <source>Chats found on this network</source>
        <translation>Chats encontrados nesta rede</translation>
    </message>
    <message>
        <source>&amp;Recent hosts:</source>
        <translation>Anfitriões re&amp;centes:</translation>
    </message>
    <message>
        <source>Recent hosts</source>
        <translation>Anfitriões recentes</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A chat found on the network: room name, then its address</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Looking for chats on this network…</source>
        <translation>Procurando chats nesta rede…</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>&amp;Start Hosting</source>
        <translation>&amp;Começar a hospedar</translation>
    </message>
    <message>
        <source>Enter the address the host sees in their Tincan window, like 192.168.1.20:%1.</source>
        <translation>Digite o endereço que o anfitrião vê na janela do Tincan, como 192.168.1.20:%1.</translation>
    </message>
    <message>
        <source>Tincan addresses start with http:// or ws:// (or with no prefix at all), like http://192.168.1.20:%1/.</source>
        <translation>Endereços do Tincan começam com http:// ou ws:// (ou sem prefixo nenhum), como http://192.168.1.20:%1/.</translation>
    </message>
    <message>
        <source>The address has no computer name or IP address in it.</source>
        <translation>O endereço não tem nome de computador nem endereço IP.</translation>
    </message>
    <message>
        <source>That does not look like a computer name or IP address. Check for typos, like 192.168.1.20:%1.</source>
        <translation>Isso não parece um nome de computador nem um endereço IP. Verifique se há erros de digitação, como em 192.168.1.20:%1.</translation>
    </message>
    <message>
        <source>The port (the number after the colon) must be between 1 and 65535.</source>
        <translation>A porta (o número depois dos dois-pontos) deve estar entre 1 e 65535.</translation>
    </message>
    <message>
        <source>Tincan addresses have no user name or password in them.</source>
        <translation>Endereços do Tincan não têm nome de usuário nem senha.</translation>
    </message>
    <message>
        <source>Enter the name others will see you as.</source>
        <translation>Digite o nome com que os outros verão você.</translation>
    </message>
    <message>
        <source>A name has 1 to %1 characters and no control characters.</source>
        <translation>Um nome tem de 1 a %1 caracteres e nenhum caractere de controle.</translation>
    </message>
    <message>
        <source>%1&apos;s chat</source>
        <translation>Chat de %1</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>&amp;Código de acesso:</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Código de acesso</translation>
    </message>
    <message>
        <source>Optional: people need it to join</source>
        <translation>Opcional: necessário para entrar</translation>
    </message>
    <message>
        <source>With a code, only people who have it can join. The link and QR code carry it.</source>
        <translation>Com um código, só entra quem o tiver. O link e o código QR já o trazem.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Gerar</translation>
    </message>
    <message>
        <source>Make up a code that is easy to read aloud</source>
        <translation>Criar um código fácil de ler em voz alta</translation>
    </message>
    <message>
        <source>Re&amp;member this code for the next time I host</source>
        <translation>Le&amp;mbrar este código na próxima vez que eu hospedar</translation>
    </message>
    <message>
        <source>%1 (needs a code)</source>
        <extracomment>A chat found on the network that only lets in people who have its access code</extracomment>
        <translation>%1 (precisa de código)</translation>
    </message>
    <message>
        <source>%1, needs an access code</source>
        <translation>%1, precisa de código de acesso</translation>
    </message>
</context>
<context>
    <name>tincan::TypingLine</name>
    <message>
        <source>Who is typing</source>
        <translation>Quem está digitando</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está digitando…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 e %2 estão digitando…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>Várias pessoas estão digitando…</translation>
    </message>
</context>
</TS>
