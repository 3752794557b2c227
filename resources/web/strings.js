// Every sentence the page shows, in English. {name} marks a parameter; an object of
// Intl.PluralRules forms is chosen by {count}.
'use strict';

const STRINGS = {
  en: {
    'app.name': 'Tincan',
    'title.room': '{room} · Tincan',
    'title.unread': '({count}) {title}',

    'join.heading': 'Join the chat',
    'join.headingRoom': 'Join {room}',
    'join.lead': 'Chat with everyone on this network. Nothing to install.',
    'join.nickLabel': 'Your name',
    'join.nickHint': 'Up to {max} characters. Others see this name.',
    'join.button': 'Join',
    'join.joining': 'Joining…',
    'join.useSuggestion': 'Use “{name}”',

    'nick.empty': 'Please type a name.',
    'nick.tooLong': { one: 'That name is too long. Use at most {count} character.', other: 'That name is too long. Use at most {count} characters.' },
    'nick.badChars': 'That name contains invisible or control characters. Please use plain letters, digits and symbols.',
    'nick.takenSuggest': '“{name}” is already taken in this room. How about “{suggestion}”?',
    'nick.taken': '“{name}” is already taken in this room. Please pick another name.',
    'nick.takenOnResume': 'While you were away, someone else took the name “{name}”. Pick a name to rejoin:',
    'nick.rejoinButton': 'Rejoin',

    'status.idle': 'Not connected',
    'status.connecting': 'Connecting…',
    'status.connected': 'Connected',
    'status.catchingUp': 'Catching up…',
    'status.reconnecting': { one: 'Connection lost. Reconnecting in {count} second…', other: 'Connection lost. Reconnecting in {count} seconds…' },
    'status.retrying': { one: 'Cannot reach the host. Trying again in {count} second…', other: 'Cannot reach the host. Trying again in {count} seconds…' },
    'status.retryIn': { one: 'Reconnecting in {count} second…', other: 'Reconnecting in {count} seconds…' },
    'status.reconnectingNow': 'Reconnecting…',
    'status.retryNow': 'Retry now',
    'status.offline': 'Your device is offline. Waiting for the network…',
    'status.needsNick': 'Choose a name to rejoin.',
    'status.refused': 'The host refused the connection: {reason}',

    'close.hostLeaving': 'The host stopped the chat.',
    'close.helloTimeout': 'Joining took too long.',
    'close.tooBig': 'A message was too large for the host.',
    'close.roomFull': 'The room is full. Tincan will keep trying.',

    'error.bad-json': 'The host could not read a message from this page. Reload the page if this keeps happening.',
    'error.bad-message': 'The host did not understand a request from this page. Reload the page if this keeps happening.',
    'error.unknown-type': 'The host does not know a request this page sent. The host may be an older version.',
    'error.hello-required': 'The page tried to chat before joining. Reload the page if this keeps happening.',
    'error.already-joined': 'You are already in the room.',
    'error.version-unsupported': 'This page does not match the host’s version. Reload the page.',
    'error.nick-invalid': 'That name cannot be used. Use 1 to {max} visible characters, without control or invisible characters.',
    'error.nick-taken': 'That name is already taken in this room.',
    'error.text-invalid': 'That message cannot be sent: it has nothing visible in it, or a control character.',
    'error.text-too-long': 'That message is too long for the host.',
    'error.rate-limited': 'You are sending messages too fast. Tincan will send this one again in a moment.',
    'error.room-full': 'The room is full. Try again later.',
    'error.storage-failed': 'The host could not save the chat history. The chat goes on, but messages from now on may be lost when the host restarts.',
    'error.replaced': 'You joined again from another connection, so this one stopped.',
    'error.unknown': 'The host reported a problem: {code}.',

    'room.peopleButton': { one: 'Show the {count} person in this room', other: 'Show the {count} people in this room' },
    'room.rosterHeading': 'In this room',
    'room.you': 'you',
    'room.soundOn': 'Sound on for new messages',
    'room.soundOff': 'Sound off for new messages',
    'room.close': 'Close',

    'msg.list': 'Messages',
    'msg.empty': 'No messages yet. Say hello!',
    'msg.loadingOlder': 'Loading older messages…',
    'msg.start': 'This is the start of the room.',
    'msg.you': 'You',
    'msg.pending': 'Waiting to send',
    'msg.sending': 'Sending…',
    'msg.jumpToNew': { one: '{count} new message', other: '{count} new messages' },
    'msg.today': 'Today',
    'msg.yesterday': 'Yesterday',

    'sys.joined': '{name} joined',
    'sys.left': '{name} left',
    'sys.renamed': '{from} is now {to}',

    'typing.one': '{a} is typing…',
    'typing.two': '{a} and {b} are typing…',
    'typing.many': 'Several people are typing…',

    'compose.label': 'Message',
    'compose.placeholder': 'Message {room}',
    'compose.placeholderNoRoom': 'Write a message',
    'compose.send': 'Send',
    'compose.hint': 'Enter sends, Shift+Enter starts a new line.',
    'compose.left': { one: '{count} character left', other: '{count} characters left' },
    'compose.tooLong': { one: 'Too long by {count} character. The limit is {max}.', other: 'Too long by {count} characters. The limit is {max}.' },
    'compose.pasteTooLong': 'That paste is {length} characters long, too long to send. Messages can be at most {max} characters.',

    'announce.message': '{name}: {text}',
    'announce.more': { one: '{count} more message', other: '{count} more messages' },
  },
};

let LANG = 'en', PLURALS, NUMBERS;

// The host's table (/i18n/TAG.json) of the browser's first language it has.
async function loadStrings() {
  for (const l of navigator.languages) {
    if (/^en\b/i.test(l)) break;
    const v = await fetch(`i18n/${l}.json`).then((r) => r.ok && r.json()).catch(() => 0);
    if (v === false) continue;
    if (v) STRINGS[LANG = l] = v;
    break;
  }
  PLURALS = new Intl.PluralRules(LANG);
  NUMBERS = new Intl.NumberFormat(LANG);
}

// `key`'s template (else English's); a plural by params.count's category or a count of it.
function template(key, params) {
  const value = STRINGS[LANG][key] ?? STRINGS.en[key] ?? key;
  if (typeof value === 'string') return value;
  const c = PLURALS.select(params?.count ?? 0);
  return value[c] ?? value[Object.keys(value).find((n) => PLURALS.select(n) === c)] ?? value.other;
}

const formatParam = (v) => (typeof v === 'number' ? NUMBERS.format(v) : String(v));

// t('key', {name: 'Ann'}) -> plain string.
function t(key, params) {
  return template(key, params).replace(/\{(\w+)\}/g, (m, p) => (params?.[p] !== undefined ? formatParam(params[p]) : m));
}

// Like t(), but a DocumentFragment in which every parameter named in `isolate` is wrapped in
// <bdi class="name">, so a right-to-left name cannot reorder the sentence around it.
function tNodes(key, params, isolate = []) {
  const frag = document.createDocumentFragment();
  for (const part of template(key, params).split(/(\{\w+\})/)) {
    const p = /^\{(\w+)\}$/.exec(part)?.[1];
    if (p && params?.[p] !== undefined && isolate.includes(p)) {
      const bdi = document.createElement('bdi');
      bdi.className = 'name';
      bdi.textContent = formatParam(params[p]);
      frag.append(bdi);
    } else if (part) {
      frag.append(p && params?.[p] !== undefined ? formatParam(params[p]) : part);
    }
  }
  return frag;
}
