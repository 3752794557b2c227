// The screens of the page (see core.js for the modules): every section shows what the store
// holds, and the session (app.js) decides what to change. Text from the network only ever goes in
// as text.
import {
  t, tNodes, currentLanguage, formatNumber, formatTime, formatFullDate, formatDay,
  state, hueOfPerson, mentionsMe, isOwn, sameName, present,
} from './core.js';

// ==== Building the page ====
// Small helpers for building the page. Text from the network only ever goes in as text
// (textContent, or strings given to append()), never as markup.

// Every element of index.html that has an id, by its camel-cased id: el.joinNick is #join-nick.
export const el = {};
for (const node of document.querySelectorAll('[id]')) {
  el[node.id.replace(/-(\w)/g, (dash, letter) => letter.toUpperCase())] = node;
}

export function make(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// A name for a control without visible text: read by screen readers, shown on hover.
export function setLabel(node, text) {
  node.setAttribute('aria-label', text);
  node.title = text;
}

export const on = (node, type, handler) => node.addEventListener(type, handler);

// ==== Announcements and the chime ====
// What the page says without being looked at: new messages and room events for screen
// readers, and an optional chime.

// Read politely (#live, aria-live="polite"): a burst as its first two items and "N more", so a
// busy room does not keep a screen reader talking for minutes.
const queued = [];
export function announce(text) {
  if (queued.push(text) > 1) return;
  setTimeout(() => {
    const count = queued.length;
    const items = queued.slice(0, count > 3 ? 2 : count).map((s) => make('div', '', s.slice(0, 300)));
    if (count > 3) items.push(make('div', '', t('announce.more', { count: count - 2 })));
    el.live.replaceChildren(...items);
    queued.length = 0;
  }, 600);
}

// A short two-note chime made with WebAudio, at most every 1.5 s.
let audio = null;
let lastChime = 0;
export function chime({ preview = false } = {}) {
  if (!preview && Date.now() - lastChime < 1500) return;
  lastChime = Date.now();
  try {
    audio ??= new (window.AudioContext || window.webkitAudioContext)();
    audio.resume();
    const start = audio.currentTime + 0.01;
    const gain = audio.createGain();
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.18, start + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.45);
    gain.connect(audio.destination);
    for (const [frequency, at] of [[880, 0], [1318.5, 0.09]]) {
      const tone = audio.createOscillator();
      tone.frequency.value = frequency;
      tone.connect(gain);
      tone.start(start + at);
      tone.stop(start + 0.46);
    }
  } catch {
    // no sound in this browser
  }
}

// ==== Avatars ====
// The round letter that stands for a person.

// `hue` may be left out where the avatar sits inside an element that sets --hue for the person.
export function avatar(name, hue) {
  const letter = Array.from(String(name).replace(/[\p{C}\p{Z}]/gu, ''))[0] || '?';
  const node = make('span', 'avatar', letter.toLocaleUpperCase(currentLanguage()));
  node.setAttribute('aria-hidden', 'true');
  if (hue !== undefined) node.style.setProperty('--hue', hue);
  return node;
}

// ==== A message's text ====
// A message's text in the page: text nodes, with http(s) addresses as links. Nothing else ever
// becomes a link or markup.

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`\u2000-\u200f\u2028-\u202f]+/gi;

// Trailing punctuation is the sentence's, not the address's; a ')' stays when it closes a '('
// inside the address (Wikipedia-style links).
function trimTrailingPunctuation(raw) {
  const closesParenthesis = (s) => s.endsWith(')') && s.split('(').length >= s.split(')').length;
  while (/[.,;:!?'")\]}]$/.test(raw) && !closesParenthesis(raw)) raw = raw.slice(0, -1);
  return raw;
}

export function appendRichText(parent, text) {
  let done = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = trimTrailingPunctuation(match[0]);
    let url;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const link = make('a', '', raw);
    link.href = url.href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    parent.append(text.slice(done, match.index), link);
    done = match.index + raw.length;
  }
  parent.append(text.slice(done));
}

// ==== Files in messages ====
// Files in messages: an image the host made a thumbnail of shows it, and opens it when tapped;
// every file has a card that downloads it (through the browser's own downloads, with their
// progress and cancel). Files on their way from here (app.js, Uploads) show how far they are, and
// where files come from: the attach and camera buttons, pasting, and dropping onto the chat. A
// file's name is the sender's word: it only ever goes in as text.

const IMAGE_BOX_PX = 280; // thumbnails are shown at most this wide and this tall
const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'];

// The file a message from the host carries, checked, or null. Its id goes into addresses, so it
// must be exactly what the protocol says an id is.
export function readFile(raw) {
  const { id, name, size, type, width, height, thumb } = raw || {};
  if (typeof id !== 'string' || !/^[\w-]{22}$/.test(id) || typeof name !== 'string' || !Number.isSafeInteger(size)) return null;
  const pixels = (n) => (Number.isSafeInteger(n) && n > 0 ? n : 0);
  return { id, name, size, type: String(type ?? ''), width: pixels(width), height: pixels(height), thumb: thumb === true };
}

// A number with a unit in the page's language: "2.4 MB", "3 minutes".
const unitFormats = {};
function formatUnit(value, unit, unitDisplay = 'short') {
  unitFormats[unit] ??= new Intl.NumberFormat(currentLanguage(), { style: 'unit', unit, unitDisplay, maximumFractionDigits: 1 });
  return unitFormats[unit].format(value);
}

// 1000-based, as file managers show sizes: "12 bytes", "340 kB", "2.4 MB"; "2.4 MB/s" for speeds.
export function formatSize(bytes, perSecond = false) {
  let unit = 0;
  while (bytes >= 1000 && unit < SIZE_UNITS.length - 1) {
    bytes /= 1000;
    unit++;
  }
  return formatUnit(bytes, SIZE_UNITS[unit] + (perSecond ? '-per-second' : ''), unit ? 'short' : 'long');
}

function formatDuration(seconds) {
  if (seconds < 60) return formatUnit(Math.max(1, Math.ceil(seconds)), 'second', 'long');
  if (seconds < 3600) return formatUnit(Math.ceil(seconds / 60), 'minute', 'long');
  return formatUnit(Math.round(seconds / 360) / 10, 'hour', 'long');
}

function thumbnail(file) {
  const scale = Math.min(1, IMAGE_BOX_PX / file.width, IMAGE_BOX_PX / file.height);
  const image = make('img');
  image.alt = file.name;
  // The box has the thumbnail's size before it arrives, so nothing below it moves.
  image.width = Math.max(1, Math.round(file.width * scale));
  image.height = Math.max(1, Math.round(file.height * scale));
  image.loading = 'lazy';
  image.src = `/files/${file.id}/thumb`;
  const link = make('a', 'file-image');
  link.href = `/files/${file.id}/view`;
  link.target = '_blank';
  link.rel = 'noopener';
  link.append(image);
  return link;
}

// The name's extension as a badge ("PDF"), and beside it the name and a line about the file.
function makeCard(tag, name, meta, action) {
  const kind = (/\.([a-z\d]{1,4})$/i.exec(name)?.[1] ?? '').toUpperCase();
  const about = make('span', 'file-about');
  about.append(make('bdi', 'file-name', name), make('span', 'file-meta', kind && meta ? `${meta} · ${kind}` : meta));
  const card = make(tag, 'file-card');
  card.append(make('span', 'file-kind', kind), about, action);
  card.firstChild.setAttribute('aria-hidden', 'true');
  return card;
}

export function fileView(file) {
  const box = make('div', 'file');
  const card = makeCard('a', file.name, formatSize(file.size), make('span', 'file-action', t('file.download')));
  card.href = `/files/${file.id}`;
  card.download = file.name;
  card.title = file.type;
  if (file.thumb && file.width && file.height) {
    box.classList.add('image');
    box.append(thumbnail(file));
  }
  box.append(card);
  return box;
}

// "1.2 MB of 5 MB · 3.4 MB/s · 2 minutes left"
function progressText(item) {
  let text = t('upload.progress', { done: formatSize(item.sent), total: formatSize(item.size) });
  if (item.speed > 0) {
    const left = formatDuration((item.size - item.sent) / item.speed);
    text += ` · ${formatSize(item.speed, true)} · ${t('upload.left', { time: left })}`;
  }
  return text;
}

// An upload in its pending message (app.js, Uploads, has its status): made on the first call.
export function renderUpload(bubble, item) {
  let box = bubble.querySelector('.file');
  if (!box) {
    const button = make('button', 'file-action');
    button.type = 'button';
    button.dataset.cancel = item.id;
    const bar = make('progress');
    bar.max = item.size || 1;
    setLabel(bar, item.name);
    box = make('div', 'file upload');
    box.append(makeCard('div', item.name, '', button), bar);
    bubble.insertBefore(box, bubble.querySelector('.text'));
  }
  const failed = item.status === 'failed';
  box.querySelector('.file-meta').textContent = failed ? item.error : item.status === 'sending' ? progressText(item) : formatSize(item.size);
  box.classList.toggle('failed', failed);
  box.querySelector('progress').value = item.sent;
  const button = box.querySelector('button');
  button.textContent = t(failed ? 'upload.remove' : 'upload.cancel');
  button.hidden = item.status === 'stored'; // too late to cancel
}

// Where files come from. `send` gets an array of Files.
export function listenForFiles(send) {
  const picked = (input) => {
    if (input.files.length) send(Array.from(input.files));
    input.value = ''; // so the same file may be picked again
  };
  on(el.attach, 'click', () => el.fileInput.click());
  on(el.camera, 'click', () => el.cameraInput.click());
  on(el.fileInput, 'change', () => picked(el.fileInput));
  on(el.cameraInput, 'change', () => picked(el.cameraInput));

  // A pasted image (a screenshot) is sent. Pasted text stays text, even when the clipboard also
  // holds a picture of it, as office programs put there.
  on(el.input, 'paste', (event) => {
    const data = event.clipboardData;
    if (!data?.files.length || data.types.includes('text/plain')) return;
    event.preventDefault();
    send(Array.from(data.files));
  });

  // Files dragged over the chat show where they would go; dropped, they are sent. Entering and
  // leaving the chat's children is counted, so the drop zone stays up while over any of them.
  let inside = 0;
  const carriesFiles = (event) => event.dataTransfer?.types.includes('Files');
  const showDropZone = (shown) => {
    el.dropZone.hidden = !shown;
    if (!shown) inside = 0;
  };
  on(el.chat, 'dragenter', (event) => {
    if (!carriesFiles(event)) return;
    inside++;
    showDropZone(true);
  });
  on(el.chat, 'dragleave', (event) => {
    if (carriesFiles(event) && --inside <= 0) showDropZone(false);
  });
  on(el.chat, 'dragover', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  });
  on(el.chat, 'drop', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    showDropZone(false);
    if (event.dataTransfer.files.length) send(Array.from(event.dataTransfer.files));
  });
}

// ==== Status, title and notices ====
// What the page says about the connection (top bar, join screen), and about the room in the
// tab's title. Every sentence is made from the state: nothing here decides anything.

// `retryAt` is when the next try starts, while waiting.
function statusSentence(retryAt) {
  switch (state.phase) {
    case 'connecting':
    case 'hello':
      return t(state.joined ? 'status.reconnectingNow' : 'status.connecting');
    case 'welcomed':
      return t(state.catchUp ? 'status.catchingUp' : 'status.connected');
    case 'waiting': {
      const count = Math.max(1, Math.ceil((retryAt - Date.now()) / 1000));
      let wait;
      if (navigator.onLine === false) wait = t('status.offline');
      else if (!state.joined) wait = t('status.retrying', { count });
      else wait = t(state.problem ? 'status.retryIn' : 'status.reconnecting', { count });
      return state.problem ? `${state.problem} ${wait}` : wait;
    }
    case 'needsNick':
      return t('status.needsNick');
    case 'needsCode':
      return t('code.needed');
    case 'refused':
      return t('status.refused', { reason: state.problem });
    case 'ended':
      return t(`status.${state.endedBy}`);
    default:
      return t('status.idle');
  }
}

function statusLook() {
  if (state.phase === 'connecting' || state.phase === 'hello' || state.catchUp) return 'busy';
  if (state.phase === 'welcomed') return 'ok';
  return state.phase === 'ended' ? 'ended' : 'bad';
}

// What the person can do in a lasting state: come back, knock again, or nothing (banned).
const ENDED_ACTIONS = { ended: 'status.rejoin', kicked: 'status.rejoin', locked: 'status.tryAgain', blocked: 'status.tryAgain' };

export function renderStatus(retryAt = 0) {
  const text = statusSentence(retryAt);
  const busy = state.phase === 'connecting' || state.phase === 'hello';
  const ended = state.phase === 'ended';
  const action = ended ? ENDED_ACTIONS[state.endedBy] : '';
  el.statusText.textContent = text;
  el.status.dataset.state = state.phase;
  el.status.className = `status ${statusLook()}`;
  el.retryNow.hidden = state.phase !== 'waiting';
  el.rejoin.hidden = !action;
  if (action) el.rejoin.textContent = t(action);
  el.joinStatus.textContent = state.phase === 'waiting' || state.phase === 'refused' || ended ? text : '';
  el.joinButton.disabled = busy;
  // Banned: there is nothing to try. Otherwise the button joins, or knocks again.
  el.joinButton.hidden = ended && !action;
  el.joinButton.textContent = t(busy ? 'join.joining' : action === 'status.tryAgain' ? action : 'join.button');
  el.chat.classList.toggle('offline', state.phase !== 'welcomed');
  renderRosterConnection(state.phase === 'welcomed');
}

// "Room · Tincan", with the unread count in front while the tab is hidden.
export function renderTitle() {
  const base = state.room ? t('title.room', { room: state.room }) : t('app.name');
  document.title = state.unread ? t('title.unread', { count: state.unread, title: base }) : base;
}

export function renderRoom() {
  el.roomNameText.textContent = state.room || t('app.name');
  renderComposer();
  renderTitle();
}

// A problem worth reading that the chat goes on after (a refused message, the host's disk):
// shown above the message box until closed.
export function showNotice(sentence) {
  el.noticeText.textContent = sentence;
  el.notice.hidden = false;
}

export function renderSound() {
  el.soundToggle.setAttribute('aria-pressed', state.sound);
  setLabel(el.soundToggle, t(state.sound ? 'room.soundOn' : 'room.soundOff'));
}

// ==== The people in the room ====
// The people in the room: a column on wide screens, a panel over the messages on phones. While
// the page is not connected the list is greyed and says it is offline: it may be out of date.

const byLowerCase = (a, b) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

export function renderRoster() {
  el.rosterList.replaceChildren(...state.roster.slice().sort(byLowerCase).map((name) => {
    const li = make('li');
    const id = state.ids.get(name.toLowerCase());
    li.append(avatar(name, hueOfPerson(name)), make('bdi', 'name', name));
    // Anyone else can be written to privately: a tap on them, or their button.
    if (id && id !== state.id) {
      li.dataset.id = id;
      li.dataset.nick = name;
      const write = make('button', 'write', '✉');
      write.type = 'button';
      setLabel(write, t('conv.with', { name }));
      li.append(write);
    }
    // Badges are words, not colours or icons: a screen reader says "Ada host".
    if (state.host && sameName(name, state.host)) li.append(make('span', 'host', t('room.host')));
    if (sameName(name, state.nick)) {
      li.className = 'me';
      li.append(make('span', 'you', t('room.you')));
    }
    return li;
  }));
  el.rosterCount.textContent = formatNumber(state.count);
  setLabel(el.rosterToggle, t('room.peopleButton', { count: state.count }));
}

export function renderRosterConnection(online) {
  el.roster.classList.toggle('stale', !online);
  el.rosterOffline.hidden = online;
  el.rosterOffline.textContent = online ? '' : t('room.offline');
}

// Above the messages, once there is a private conversation: the room and each private one, with
// how many unread messages each has. Someone who is away is greyed until they are back.
export function renderConvs() {
  el.convs.hidden = !state.convs.size;
  const tab = (id, label, unread) => {
    const b = make('button', present(id) || !id ? 'conv' : 'conv gone');
    b.type = 'button';
    b.dataset.conv = id;
    b.append(make('bdi', '', label));
    if (unread) b.append(make('span', 'badge', formatNumber(unread)));
    b.setAttribute('aria-pressed', id === state.conv);
    return b;
  };
  el.convs.replaceChildren(tab('', t('conv.room'), state.roomUnread),
    ...Array.from(state.convs, ([id, c]) => tab(id, c.nick, c.unread)));
}

export const isRosterOpen = () => el.chat.classList.contains('roster-open');

export function setRosterOpen(open) {
  el.chat.classList.toggle('roster-open', open);
  el.rosterToggle.setAttribute('aria-expanded', open);
}

// ==== Joining ====
// The two ways in: the join screen (a name, the access code when the room needs one and the link
// had none, and the Join button), and inside the chat the small panel that asks for another name
// when a rejoin finds ours taken, or for the code when the host asks for it again.

export function showJoin() {
  el.join.hidden = false;
  // The room's name comes from the host's room.json (or an earlier visit).
  el.joinHeading.replaceChildren(state.room ? tNodes('join.headingRoom', { room: state.room }, ['room']) : t('join.heading'));
  el.joinHint.textContent = t('join.nickHint', { max: state.limits.maxNickLength });
  el.joinNick.value = state.nick;
  el.joinCodeGroup.hidden = !state.codeNeeded || !!state.accessCode;
  renderStatus();
  (state.nick && !el.joinCodeGroup.hidden ? el.joinCode : el.joinNick).focus();
}

export const isJoinShown = () => !el.join.hidden;
export const typedName = () => el.joinNick.value;
export const typedRejoinName = () => el.nickInput.value;
// The code typed on the join screen: null when it does not ask for one.
export const typedCode = () => (el.joinCodeGroup.hidden ? null : el.joinCode.value.trim());
export const panelAsksCode = () => el.nickForm.dataset.ask === 'code';

export function showChat() {
  if (!el.chat.hidden) return;
  el.join.hidden = true;
  el.chat.hidden = false;
  setRosterOpen(matchMedia('(min-width: 900px)').matches);
  // On a phone, focusing would pop up the keyboard over the room before anyone asked for it.
  if (!matchMedia('(pointer: coarse)').matches) el.input.focus();
}

export function clearJoinError() {
  el.joinError.textContent = '';
  el.joinSuggest.hidden = true;
}

// The host wants the access code (or a right one): the field, why, and the cursor in it.
export function askForCode(sentence, tried = '') {
  el.joinCodeGroup.hidden = false;
  el.joinCodeError.textContent = sentence;
  el.joinCode.value = tried;
  el.joinCode.focus();
  el.joinCode.select();
}

export function clearCodeError() {
  el.joinCodeError.textContent = '';
}

// The host refused the name on the join screen: the sentence, and a button for its suggestion.
export function showJoinRefusal(sentence, suggestion, useSuggestion) {
  el.joinError.textContent = sentence;
  el.joinSuggest.hidden = !suggestion;
  const button = make('button', 'secondary', t('join.useSuggestion', { name: suggestion }));
  button.type = 'button';
  button.onclick = () => {
    el.joinNick.value = suggestion;
    useSuggestion();
  };
  el.joinSuggest.replaceChildren(button);
  el.joinNick.select();
}

export function showJoinError(sentence) {
  el.joinSuggest.hidden = true;
  el.joinError.textContent = sentence;
  if (sentence) el.joinNick.focus();
}

// Refused while rejoining (after a reconnect or a reload): pick a name inside the room, or type
// the access code (`code`).
export function showNickPanel({ label, error, value, code = false }) {
  el.nickForm.hidden = false;
  el.nickForm.dataset.ask = code ? 'code' : 'nick';
  el.nickInput.autocapitalize = code ? 'characters' : 'words';
  el.nickFormLabel.textContent = label;
  el.nickError.textContent = error;
  el.nickInput.value = value;
  el.nickInput.select();
}

export function showNickError(sentence) {
  el.nickError.textContent = sentence;
}

export function hideNickPanel() {
  el.nickForm.hidden = true;
}

// ==== The message box ====
// The message box at the bottom: how long the text may be, what Enter does, and who else is
// typing.

const WARN_WHEN_LEFT = 500; // characters left when the counter starts to show
const TALLEST_PX = 180;

// On a touch screen there is no Shift key to reach for a new line, so there Enter makes a new
// line and the Send button sends. With a mouse (a fine pointer) Enter sends.
const touchTyping = matchMedia('(pointer: coarse)');
export const enterSends = () => !touchTyping.matches;

// The on-screen keyboard labels its Enter key "send" only where Enter sends.
function renderEnterKey() {
  el.input.enterKeyHint = enterSends() ? 'send' : 'enter';
}
touchTyping.addEventListener('change', renderEnterKey);
renderEnterKey();

// Under the box: how much too long the text is (it stays, to be shortened), or how much is left
// near the limit. Send is refused until the text fits.
export function renderCounter() {
  const length = el.input.value.length;
  const max = state.limits.maxTextLength;
  let text = '';
  let look = '';
  if (length > max) {
    text = t('compose.tooLong', { count: length - max, max });
    look = 'over';
  } else if (length >= max - WARN_WHEN_LEFT) {
    text = t('compose.left', { count: max - length });
    look = 'warn';
  }
  el.counter.textContent = text;
  el.counter.className = `counter ${look}`;
  el.send.setAttribute('aria-disabled', length > max || !el.input.value.trim());
}

// The box grows with its text up to a limit, keeping the newest message in view.
export function autosize() {
  const stick = isAtBottom();
  el.input.style.height = 'auto';
  el.input.style.height = `${Math.min(el.input.scrollHeight + 2, TALLEST_PX)}px`;
  if (stick) el.scroller.scrollTop = el.scroller.scrollHeight;
}

// The text to send: blank lines and white space around a message are never meant.
export const composedText = () => el.input.value.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();

export function clearComposer() {
  el.input.value = '';
  renderPicks(1);
  autosize();
  renderCounter();
}

// @name completion: the others in the room whose names start with what follows an '@' before
// the caret (not in a word such as an e-mail address). Names go in as text.
let picks = [], at = 0;
export function renderPicks(close) {
  const typed = /(?:^|\s)@([^@\n]+)$/.exec(el.input.value.slice(0, el.input.selectionStart))?.[1].toLowerCase();
  picks = close || !typed ? [] : state.roster.filter((n) => !sameName(n, state.nick) && n.toLowerCase().startsWith(typed)).slice(0, 6);
  if (!(at < picks.length)) at = 0;
  el.picks.hidden = !picks.length;
  el.picks.replaceChildren(...picks.map((n, i) => {
    const li = make('li', '', n);
    li.id = 'pick' + i;
    li.dir = 'auto';
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', i == at);
    return li;
  }));
  el.input[picks.length ? 'setAttribute' : 'removeAttribute']('aria-activedescendant', 'pick' + at);
}
// Replaces the '@…' before the caret with '@Full Name '.
export function pickName(i = at) {
  const { value, selectionStart: end } = el.input;
  const head = value.slice(0, end).replace(/@[^@\n]+$/, () => `@${picks[i]} `);
  el.input.value = head + value.slice(end);
  el.input.setSelectionRange(head.length, head.length);
  el.input.dispatchEvent(new Event('input'));
  renderPicks(1);
}
// Arrows choose, Enter or Tab takes, Esc closes: true when the key was the list's.
export function pickKey(e) {
  const n = picks.length, k = e.key, step = { ArrowDown: 1, ArrowUp: n - 1 }[k];
  if (!n || e.isComposing || !(step || k == 'Enter' || k == 'Tab' || k == 'Escape')) return;
  e.preventDefault();
  if (step) at = (at + step) % n, renderPicks();
  else k == 'Escape' ? renderPicks(1) : pickName();
  return 1;
}

// "Ann is typing…", "Ann and Bob are typing…" or "Several people are typing…".
export function renderTyping() {
  const [a, b, c] = Array.from(state.typing.values(), (entry) => entry.nick);
  if (c) el.typing.replaceChildren(t('typing.many'));
  else if (b) el.typing.replaceChildren(tNodes('typing.two', { a, b }, ['a', 'b']));
  else if (a) el.typing.replaceChildren(tNodes('typing.one', { a }, ['a']));
  else el.typing.replaceChildren();
}

// Whom the box writes to. A private conversation with someone who is away cannot be written to
// until they are back.
export function renderComposer() {
  const c = state.convs.get(state.conv);
  const gone = !!c && !present(state.conv);
  el.input.disabled = gone;
  el.send.disabled = gone;
  el.attach.hidden = el.camera.hidden = !!c; // files go to the whole room only
  if (gone) el.input.placeholder = t('conv.gone', { name: c.nick });
  else if (c) el.input.placeholder = t('conv.placeholder', { name: c.nick });
  else el.input.placeholder = state.room ? t('compose.placeholder', { room: state.room }) : t('compose.placeholderNoRoom');
}

// Puts a text in the box to change (an edit).
export function setComposer(text) {
  el.input.value = text;
  autosize();
  renderCounter();
  el.input.focus();
}

// ==== The messages ====
// The list of messages: each in seq order, once, grouped by sender and day, with join/leave
// lines between them, the messages still waiting to be sent below, and the scroll position a
// reader expects.

const GROUP_WINDOW_MS = 5 * 60 * 1000; // one sender's messages closer than this share a name
const NEAR_TOP_PX = 400; // older history is fetched this far before the reader reaches the top

// ---- one list per conversation: #messages for the room, one made for each private one ----

const lists = new Map([['', el.messages]]);
export function listOf(conv) {
  if (!lists.has(conv)) {
    const ol = make('ol', 'messages');
    ol.hidden = conv !== state.conv;
    el.scroller.insertBefore(ol, el.pending);
    lists.set(conv, ol);
  }
  return lists.get(conv);
}
const shownList = () => listOf(state.conv);

// Shows the conversation of state.conv: its list, and only its own messages waiting to be sent.
export function showList() {
  for (const [conv, ol] of lists) ol.hidden = conv !== state.conv;
  for (const li of el.pending.children) li.hidden = (li.dataset.to || '') !== state.conv;
  renderTopNote();
  scrollToBottom();
}

export const messageItem = (seq) => el.scroller.querySelector(`li.msg[data-seq="${seq}"]`);

// ---- scrolling ----

export function isAtBottom() {
  const sc = el.scroller;
  return sc.scrollHeight - sc.scrollTop - sc.clientHeight < 48;
}

export const isNearTop = () => el.scroller.scrollTop < NEAR_TOP_PX;

export function scrollToBottom() {
  el.scroller.scrollTop = el.scroller.scrollHeight;
  state.newBelow = 0;
  renderJump();
}

// The "N new messages ↓" button, for messages that came while the reader was scrolled up.
export function renderJump() {
  el.jump.hidden = !state.newBelow;
  el.jump.textContent = `${t('msg.jumpToNew', { count: state.newBelow })} ↓`;
}

// Runs `change`, which adds above what the reader is looking at, without moving it.
export function keepingPosition(change) {
  const sc = el.scroller;
  const fromBottom = sc.scrollHeight - sc.scrollTop;
  change();
  sc.scrollTop = sc.scrollHeight - fromBottom;
}

// ---- one message ----

const dayKey = (ts) => new Date(ts).toDateString();

function dayLabel(ts) {
  const day = new Date();
  if (dayKey(ts) === dayKey(day)) return t('msg.today');
  day.setDate(day.getDate() - 1);
  return dayKey(ts) === dayKey(day) ? t('msg.yesterday') : formatDay(ts);
}

// m: {from, text, ts, file, reply, edited, deleted, reactions} (readMessage in app.js). Own
// messages show "You" (hidden but read out) and no avatar. A file goes above its caption, a quote
// of the message it answers above both.
export function makeMessage(m, own) {
  const li = make('li', own ? 'msg own' : 'msg');
  li.dataset.from = m.from.toLowerCase();
  li.dataset.ts = m.ts;
  li.style.setProperty('--hue', hueOfPerson(m.from));
  const time = make('time', '', formatTime(m.ts));
  time.dateTime = new Date(m.ts).toISOString();
  time.title = formatFullDate(m.ts);
  const meta = make('div', 'meta');
  meta.append(make('bdi', 'from', own ? t('msg.you') : m.from), ' ', time);
  if (m.edited && !m.deleted) meta.append(make('span', 'edited', t('msg.edited')));
  const text = make('div', m.deleted ? 'text gone' : 'text');
  text.dir = 'auto';
  if (m.deleted) text.textContent = t('msg.deleted');
  else appendRichText(text, m.text);
  const bubble = make('div', 'bubble');
  bubble.append(meta);
  if (m.reply) {
    const quote = make('button', 'quote');
    quote.type = 'button';
    quote.dataset.jump = m.reply.seq;
    quote.append(make('bdi', 'name', m.reply.from), make('span', '', m.reply.deleted ? t('msg.deleted') : m.reply.text));
    bubble.append(quote);
  }
  if (m.file && !m.deleted) bubble.append(fileView(m.file));
  bubble.append(text);
  if (m.reactions?.length) {
    const chips = make('div', 'reactions');
    for (const r of m.reactions) {
      const chip = make('button', 'chip', `${r.emoji} ${r.count}`);
      chip.type = 'button';
      chip.dataset.emoji = r.emoji;
      const names = r.people.map((p) => String(p?.nick));
      if (r.count > names.length) names.push(t('msg.andMore', { count: r.count - names.length }));
      chip.title = names.join(', ');
      chip.setAttribute('aria-pressed', r.people.some((p) => p?.id === state.id));
      chips.append(chip);
    }
    bubble.append(chips);
  }
  const row = make('div', 'row');
  row.append(avatar(m.from), bubble);
  li.append(make('div', 'day'), row);
  return li;
}

// A message that names the reader stands out, and says so to screen readers.
function markMention(li, from, on) {
  li.classList.toggle('mention', on);
  const note = li.querySelector('.mention-note');
  if (on && !note) li.querySelector('.meta').append(make('span', 'sr-only mention-note', t('msg.mentionedYou', { name: from })));
  if (!on && note) note.remove();
}

// Whether an item starts a group (shows name and avatar), and whether a day label goes above it.
function regroup(li) {
  const previous = li.previousElementSibling;
  const ts = Number(li.dataset.ts);
  const newDay = !previous || dayKey(Number(previous.dataset.ts)) !== dayKey(ts);
  li.firstElementChild.textContent = newDay ? dayLabel(ts) : '';
  li.classList.toggle('new-day', newDay);
  li.classList.toggle('cont', !newDay && li.classList.contains('msg') && previous.classList.contains('msg')
    && previous.dataset.from === li.dataset.from && ts - previous.dataset.ts < GROUP_WINDOW_MS);
}

// Shows a message from the host in seq order. `live` marks one that just arrived (it may
// animate in); history comes quietly. The caller has checked it is new.
function messageItemFor(m, own) {
  const li = makeMessage(m, own);
  li.dataset.seq = m.seq;
  li.tabIndex = -1;
  markMention(li, m.from, !m.deleted && mentionsMe(m));
  return li;
}

export function showMessage(m, { own, live, conv }) {
  const li = messageItemFor(m, own);
  const list = listOf(conv);
  if (!live) li.classList.add('quiet');
  let before = null;
  if (m.seq < state.minSeq && state.seen.size > 1 && !conv) {
    before = el.messages.firstElementChild;
  } else if (m.seq < state.maxSeq) {
    // Older than the newest shown (a resend racing a catch-up, an older private page): find its
    // place from the end.
    for (let node = list.lastElementChild; node; node = node.previousElementSibling) {
      if (node.dataset.seq && Number(node.dataset.seq) < m.seq) break;
      if (node.dataset.seq) before = node;
    }
  }
  list.insertBefore(li, before);
  regroup(li);
  if (li.nextElementSibling) regroup(li.nextElementSibling);
  renderTopNote();
}

// A message changed (edited, deleted, reacted to, or the message it quotes did): shown anew in
// its place.
export function updateMessage(m, own) {
  const old = messageItem(m.seq);
  if (!old) return;
  const li = messageItemFor(m, own);
  li.classList.add('quiet');
  const focused = old.contains(document.activeElement); // keyboard users stay where they were
  old.replaceWith(li);
  regroup(li);
  if (focused) li.focus({ preventScroll: true });
}

// A join, leave or rename line, in the room or a private conversation. Every parameter is a name,
// isolated in <bdi>.
export function showSystemLine(key, params, conv = '') {
  const stick = isAtBottom();
  const li = make('li', 'sys');
  li.dataset.ts = Date.now();
  const text = make('span', 'sys-text');
  text.append(tNodes(key, params, Object.keys(params)));
  li.append(make('div', 'day'), text);
  listOf(conv).append(li);
  regroup(li);
  announce(text.textContent);
  if (stick) scrollToBottom();
}

// Above the messages: loading, the start of the room, or an invitation in an empty one.
export function renderTopNote() {
  const any = shownList().querySelector('.msg');
  const more = state.conv ? state.convs.get(state.conv)?.more : state.olderAvailable;
  let key = '';
  if (state.loadingOlder) key = 'msg.loadingOlder';
  else if (state.joined && any && !more) key = 'msg.start';
  else if (state.joined && !any && !el.pending.querySelector('li:not([hidden])')) key = 'msg.empty';
  el.topNote.textContent = key && t(key);
  el.topNote.dataset.kind = key;
}

// ---- when people or the reader's name change ----

// New colours for the people whose hue slot changed (lower-cased names).
export function recolour(names) {
  if (!names.size) return;
  for (const li of el.scroller.querySelectorAll('li.msg')) {
    if (names.has(li.dataset.from)) li.style.setProperty('--hue', hueOfPerson(li.dataset.from));
  }
}

// Mentions follow the reader's name (a rename, or another name picked on rejoining).
export function remarkMentions() {
  for (const li of el.scroller.querySelectorAll('li.msg:not(.pending)')) {
    const from = li.querySelector('.from').textContent;
    const text = li.querySelector('.text').textContent;
    markMention(li, from, !li.classList.contains('own') && mentionsMe({ from, text, clientMsgId: null }));
  }
}

// ---- written here, not yet with the host ----

const pendingItem = (id) => Array.from(el.pending.children).find((li) => li.dataset.id === id);

// What a message written here waits for. An upload (app.js, Uploads) waits its turn, or for the host;
// while its bytes go, or when it failed, its card says so instead.
function sendState(item) {
  if (!item.file) return t(item.status === 'sent' || state.phase === 'welcomed' ? 'msg.sending' : 'msg.pending');
  if (item.status === 'queued') return t('msg.pending');
  return item.status === 'asking' || item.status === 'stored' ? t('msg.sending') : '';
}

// Shows an outbox item below the room's messages, or updates its state.
export function showPending(item) {
  // An upload's card changes its height as it goes: the newest stays in view.
  const stick = isAtBottom();
  let li = pendingItem(item.id);
  if (!li) {
    li = makeMessage({ from: state.nick, text: item.text, ts: item.ts }, true);
    li.classList.add('pending');
    li.dataset.id = item.id;
    if (item.to) li.dataset.to = item.to;
    li.hidden = (item.to || '') !== state.conv;
    li.querySelector('.bubble').append(make('div', 'send-state'));
    el.pending.append(li);
    regroup(li);
    renderTopNote();
  }
  if (item.file) renderUpload(li.querySelector('.bubble'), item);
  li.querySelector('.send-state').textContent = sendState(item);
  if (stick) scrollToBottom();
}

export function removePending(id) {
  pendingItem(id)?.remove();
  renderTopNote();
}

// ---- what a person can do with a message: reply, react, edit and delete their own ----
// One toolbar, moved to the message under the mouse, focused (arrow keys in the list) or tapped;
// and the bar above the box that says what it answers or changes.

const EMOJI = ['👍', '❤️', '😂', '😮', '😢', '🎉'];

const bar = make('div', 'actions');
const picker = make('div', 'picker');
const typed = make('input', 'emoji-input');
typed.maxLength = 16;
let current = null; // the li the toolbar is on

function button(parent, text, act, label) {
  const b = make('button', '', text);
  b.type = 'button';
  b.dataset.act = act;
  if (label) setLabel(b, label);
  parent.append(b);
  return b;
}

// Made after the language is known.
function build() {
  button(bar, '↩', 'reply', t('msg.reply'));
  button(bar, '☺', 'react', t('msg.react'));
  button(bar, '✎', 'edit', t('msg.edit'));
  button(bar, '🗑', 'delete', t('msg.delete'));
  for (const emoji of EMOJI) button(picker, emoji, 'emoji').dataset.emoji = emoji;
  setLabel(typed, t('msg.otherEmoji'));
  typed.placeholder = '…';
  picker.append(typed);
  picker.hidden = true;
  bar.append(picker);
}

function showActions(li) {
  if (!li || li === current || li.classList.contains('pending')) return;
  const m = state.msgs.get(Number(li.dataset.seq));
  if (!m || m.deleted) return;
  current = li;
  picker.hidden = true;
  const own = isOwn(m);
  for (const b of bar.querySelectorAll('[data-act=edit], [data-act=delete]')) b.hidden = !own;
  const remove = bar.querySelector('[data-act=delete]');
  delete remove.dataset.sure;
  remove.textContent = '🗑';
  li.querySelector('.bubble').append(bar);
}

// The message a reply answers, or a search result, stands out for a moment.
export function flash(li) {
  li.scrollIntoView({ block: 'center' });
  li.classList.remove('flash');
  void li.offsetWidth; // starts the animation again
  li.classList.add('flash');
  li.focus({ preventScroll: true });
}

// Above the box: "Replying to Ann: the start of it" or "Editing your message".
export function renderQuote() {
  const m = state.msgs.get(state.replyTo || state.editing);
  el.quote.hidden = !m;
  if (!m) return;
  el.quoteText.replaceChildren(state.editing ? t('msg.editing') : tNodes('msg.replyingTo', { name: m.from }, ['name']));
  if (state.replyTo) el.quoteText.append(make('span', 'quote-of', m.text || m.file?.name || ''));
  el.input.focus();
}

// `act`: {reply(seq), edit(seq), remove(seq), react(seq, emoji), jump(seq), cancel()}.
export function listenForActions(act) {
  build();
  const seqOf = (node) => Number(node.closest('li.msg')?.dataset.seq);
  on(el.scroller, 'mouseover', (event) => showActions(event.target.closest?.('#scroller li.msg')));
  on(el.scroller, 'focusin', (event) => showActions(event.target.closest('li.msg')));
  on(el.scroller, 'click', (event) => {
    const target = event.target;
    const seq = seqOf(target);
    const b = target.closest('button');
    if (!b) {
      // A tap on a phone, where there is no hover.
      if (!target.closest('a')) showActions(target.closest('li.msg'));
      return;
    }
    if (b.dataset.jump) act.jump(Number(b.dataset.jump));
    else if (b.classList.contains('chip')) act.react(seq, b.dataset.emoji);
    else if (b.dataset.act === 'reply') act.reply(seq);
    else if (b.dataset.act === 'edit') act.edit(seq);
    else if (b.dataset.act === 'react') {
      picker.hidden = !picker.hidden;
      if (!picker.hidden) picker.firstElementChild.focus();
    } else if (b.dataset.act === 'emoji') {
      act.react(seq, b.dataset.emoji);
      picker.hidden = true;
    } else if (b.dataset.act === 'delete') {
      // Asked once more on the button itself: a dialog would be slower, a slip worse.
      if (b.dataset.sure) act.remove(seq);
      b.dataset.sure = '1';
      b.textContent = t('msg.deleteSure');
    }
  });
  on(typed, 'keydown', (event) => {
    if (event.key !== 'Enter' || !typed.value.trim()) return;
    event.preventDefault();
    act.react(seqOf(typed), typed.value.trim());
    typed.value = '';
    picker.hidden = true;
  });
  // A long press on a reaction says who gave it (a touch screen shows no title).
  on(el.scroller, 'contextmenu', (event) => {
    const chip = event.target.closest('.chip');
    if (!chip) return;
    event.preventDefault();
    showNotice(`${chip.dataset.emoji} ${chip.title}`);
  });
  // Arrow keys go from message to message; Tab then reaches the toolbar.
  on(el.scroller, 'keydown', (event) => {
    const step = { ArrowUp: -1, ArrowDown: 1 }[event.key];
    if (!step || event.target.closest('.picker')) return;
    const items = Array.from(shownList().children).filter((li) => li.matches('.msg'));
    const at = items.indexOf(event.target.closest('li.msg'));
    const next = items[at < 0 ? items.length - 1 : at + step];
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
  on(el.quoteClose, 'click', act.cancel);
}

// ==== Searching ====
// A panel over the messages with the host's results for everything this person can read, newest
// first, the words found marked; a result opens its surroundings. Every name and text goes in as
// text nodes; a found word is a <mark> made here, never markup from anywhere else.

let found = []; // the results shown: for "more" and for a click
let foundTerms = [];
let foundMore = false;
let foundQuery = ''; // what "more" asks the next page of

const fold = (word) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// The text, with each word that starts with one of the terms in a <mark> (case and accents do not
// matter, and a term shorter than minPrefixLength, 3, is a whole word: as at the host).
function appendMarked(parent, text, terms) {
  const folded = terms.map(fold);
  let done = 0;
  for (const word of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const w = fold(word[0]);
    if (!folded.some((term) => (term.length < 3 ? w === term : w.startsWith(term)))) continue;
    parent.append(text.slice(done, word.index), make('mark', '', word[0]));
    done = word.index + word[0].length;
  }
  parent.append(text.slice(done));
}

export const isSearchOpen = () => !el.search.hidden;

export function openSearch() {
  el.search.hidden = false;
  el.searchToggle.setAttribute('aria-expanded', true);
  el.searchInput.focus();
  el.searchInput.select();
}

export function closeSearch() {
  el.search.hidden = true;
  el.searchToggle.setAttribute('aria-expanded', false);
  el.input.focus();
}

// "Searching…", "No messages found.", or why the host did not search.
export function showSearchNote(sentence) {
  el.searchNote.textContent = sentence;
  el.searchMore.hidden = !!sentence || !foundMore;
}

// `more`: a next page, which goes below the results shown.
export function showResults(messages, terms, hasMore, more) {
  if (!more) found = [];
  found.push(...messages);
  foundTerms = terms;
  foundMore = hasMore;
  el.searchBack.hidden = true;
  el.searchResults.replaceChildren(...found.map((m, i) => {
    const b = make('button', 'result');
    b.type = 'button';
    b.dataset.i = i;
    const time = make('time', '', formatTime(m.ts));
    time.title = formatFullDate(m.ts);
    const text = make('span', 'text');
    text.dir = 'auto';
    appendMarked(text, m.text || m.file?.name || '', terms);
    b.append(make('bdi', 'from', isOwn(m) ? t('msg.you') : m.from), ' ', time, text);
    const li = make('li');
    li.append(b);
    return li;
  }));
  showSearchNote(found.length ? '' : t('search.none'));
}

// The messages around a result, the result itself marked.
export function showContext(messages, seq) {
  showSearchNote('');
  el.searchMore.hidden = true;
  el.searchBack.hidden = false;
  el.searchResults.replaceChildren(...messages.map((m) => {
    const li = makeMessage(m, isOwn(m));
    if (m.seq === seq) {
      li.classList.add('hit');
      const text = li.querySelector('.text');
      text.replaceChildren();
      appendMarked(text, m.deleted ? t('msg.deleted') : m.text, foundTerms);
    }
    return li;
  }));
  el.searchResults.querySelector('.hit')?.scrollIntoView({ block: 'center' });
}

// `act`: {search(query, before), open(message)}.
export function listenForSearch(act) {
  el.searchInput.placeholder = t('search.label');
  on(el.searchForm, 'submit', (event) => {
    event.preventDefault();
    const query = el.searchInput.value.trim();
    foundQuery = query;
    if (query) act.search(query, 0);
  });
  on(el.searchMore, 'click', () => act.search(foundQuery, found.at(-1).seq));
  on(el.searchResults, 'click', (event) => {
    const i = event.target.closest('[data-i]')?.dataset.i;
    if (i !== undefined) act.open(found[i]);
  });
  on(el.searchBack, 'click', () => showResults([], foundTerms, foundMore, true));
  on(el.searchClose, 'click', closeSearch);
  on(el.searchToggle, 'click', () => (isSearchOpen() ? closeSearch() : openSearch()));
  on(el.search, 'keydown', (event) => {
    if (event.key === 'Escape') closeSearch();
  });
  // "/" or Ctrl+F when not typing somewhere.
  on(document, 'keydown', (event) => {
    const key = event.key === '/' && !event.ctrlKey && !event.metaKey ? '/' : event.key === 'f' && (event.ctrlKey || event.metaKey) ? 'f' : '';
    if (!key || event.target.closest?.('input, textarea') || el.chat.hidden) return;
    event.preventDefault();
    openSearch();
  });
}
