// Tincan browser client: joins the host's room over the WebSocket protocol of docs/PROTOCOL.md.
// Text from the network only ever enters the page as text nodes, never parsed as HTML.
'use strict';

// Every element with an id, by camel-cased id: el.joinNick is #join-nick.
const el = {};
for (const n of document.querySelectorAll('[id]')) el[n.id.replace(/-(\w)/g, (m, c) => c.toUpperCase())] = n;

const S = {
  nick: '', room: '', limits: { maxTextLength: 16000, maxNickLength: 32, historyPageSize: 100 },
  ws: null, phase: 'idle', // idle | connecting | hello | welcomed | waiting | needsNick | refused
  joined: false, // welcomed at least once since the page loaded
  resumed: false, // the last hello carried lastSeq
  problem: '', // why the last connection ended, as a sentence
  attempt: 0, retryTimer: 0, tickTimer: 0, retryAt: 0,
  resumeSeq: 0, // every message up to this seq is here: the next hello.lastSeq
  catchUp: null, // {cursor} while fetching missed messages with history {after}
  historyQueue: [], // kinds of history requests in flight; the host answers in order
  seen: new Set(), minSeq: Infinity, maxSeq: 0, olderAvailable: false, loadingOlder: false,
  roster: [], count: 0, typing: new Map(), typingOn: false, typingAt: 0, typingIdle: 0,
  outbox: [], // {id, text, ts, status: queued|sent}
  inFlight: null, // one send at a time keeps the outbox in order, also when rate-limited
  sentIds: new Set(), unread: 0, newBelow: 0, sound: false, pasteRefused: 0,
};

// Storage is a convenience only; it may be missing (some private modes).
function store(session, key, value) {
  try {
    const s = session ? sessionStorage : localStorage;
    if (value === null) s.removeItem(key); else s.setItem(key, value);
  } catch (e) { /* ignore */ }
}
function load(session, key) {
  try { return (session ? sessionStorage : localStorage).getItem(key); } catch (e) { return null; }
}

// Stable colour of a name, shared with the desktop app:
//   h = 0x811C9DC5 (FNV-1a 32-bit); for each UTF-16 code unit c of name.toLowerCase():
//     h = ((h XOR c) * 0x01000193) mod 2^32
//   hue = h mod 360. Saturation and lightness come from the theme (--name-s, --name-l, style.css).
function nameHue(name) {
  const s = String(name).toLowerCase();
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h % 360;
}

const sameName = (a, b) => String(a).toLowerCase() === String(b).toLowerCase();
const isSeq = (n) => Number.isSafeInteger(n) && n > 0;

function checkNick(raw) {
  const nick = String(raw).trim();
  const max = S.limits.maxNickLength;
  if (!nick) return { error: t('nick.empty') };
  if (nick.length > max) return { error: t('nick.tooLong', { count: max }) };
  if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(nick)) return { error: t('nick.badChars') };
  return { nick };
}

function make(tag, cls, text) {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text !== undefined) n.textContent = text;
  return n;
}

function avatar(name) {
  const letter = Array.from(String(name).replace(/[\p{C}\p{Z}]/gu, ''))[0] || '?';
  const a = make('span', 'avatar', letter.toLocaleUpperCase(LANG));
  a.setAttribute('aria-hidden', 'true');
  a.style.setProperty('--hue', nameHue(name));
  return a;
}

const fmt = (o, f) => ({ format: (t) => (f ??= new Intl.DateTimeFormat(LANG, o)).format(t) });
const timeFmt = fmt({ hour: 'numeric', minute: '2-digit' });
const fullFmt = fmt({ dateStyle: 'full', timeStyle: 'short' });
const dayFmt = fmt({ dateStyle: 'long' });
const dayKey = (ts) => new Date(ts).toDateString();

function dayLabel(ts) {
  const now = new Date();
  if (dayKey(ts) === dayKey(now)) return t('msg.today');
  now.setDate(now.getDate() - 1);
  return dayKey(ts) === dayKey(now) ? t('msg.yesterday') : dayFmt.format(ts);
}

// Appends text to parent as text nodes, with http(s) URLs as links. Nothing else becomes a link.
const URL_RE = /\bhttps?:\/\/[^\s<>"'`\u2000-\u200f\u2028-\u202f]+/gi;
function richText(text, parent) {
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    let raw = m[0];
    // Trailing punctuation stays outside the link, except a ')' that closes a '(' in it.
    while (/[.,;:!?'")\]}]$/.test(raw) && !(raw.endsWith(')') && raw.split('(').length >= raw.split(')').length)) {
      raw = raw.slice(0, -1);
    }
    let url;
    try { url = new URL(raw); } catch (e) { continue; }
    if (!/^https?:$/.test(url.protocol)) continue;
    const a = make('a', '', raw);
    a.href = url.href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    parent.append(text.slice(last, m.index), a);
    last = m.index + raw.length;
  }
  parent.append(text.slice(last));
}

// Screen readers: new messages and room events are announced politely (#live), a burst as
// the first two plus "N more".
const announced = [];
function announce(text) {
  if (announced.push(text) > 1) return;
  setTimeout(() => {
    const n = announced.length;
    const items = announced.splice(0, n > 3 ? 2 : n).map((s) => make('div', '', s.slice(0, 300)));
    if (n > 3) items.push(make('div', '', t('announce.more', { count: n - 2 })));
    el.live.replaceChildren(...items);
    announced.length = 0;
  }, 600);
}

// A short two-note chime made with WebAudio; off by default.
let audio = null;
let lastDing = 0;
function ding() {
  if (Date.now() - lastDing < 1500) return;
  lastDing = Date.now();
  try {
    audio = audio || new (window.AudioContext || window.webkitAudioContext)();
    audio.resume();
    const t0 = audio.currentTime + 0.01;
    const gain = audio.createGain();
    gain.gain.setValueAtTime(0.0001, t0);
    gain.gain.exponentialRampToValueAtTime(0.18, t0 + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + 0.45);
    gain.connect(audio.destination);
    for (const [f, at] of [[880, 0], [1318.5, 0.09]]) {
      const o = audio.createOscillator();
      o.frequency.value = f;
      o.connect(gain);
      o.start(t0 + at);
      o.stop(t0 + 0.46);
    }
  } catch (e) { /* no sound here */ }
}

function label(node, text) {
  node.setAttribute('aria-label', text);
  node.title = text;
}

function renderSound() {
  el.soundToggle.setAttribute('aria-pressed', S.sound);
  label(el.soundToggle, t(S.sound ? 'room.soundOn' : 'room.soundOff'));
}

function renderTitle() {
  const base = S.room ? t('title.room', { room: S.room }) : t('app.name');
  document.title = S.unread ? t('title.unread', { count: S.unread, title: base }) : base;
}

// ---- connection status ----
function statusSentence() {
  switch (S.phase) {
    case 'connecting':
    case 'hello': return t(S.joined ? 'status.reconnectingNow' : 'status.connecting');
    case 'welcomed': return t(S.catchUp ? 'status.catchingUp' : 'status.connected');
    case 'waiting': {
      const count = Math.max(1, Math.ceil((S.retryAt - Date.now()) / 1000));
      const wait = navigator.onLine === false ? t('status.offline')
        : t(!S.joined ? 'status.retrying' : S.problem ? 'status.retryIn' : 'status.reconnecting', { count });
      return S.problem ? S.problem + ' ' + wait : wait;
    }
    case 'needsNick': return t('status.needsNick');
    case 'refused': return t('status.refused', { reason: S.problem });
    default: return t('status.idle');
  }
}

function renderStatus() {
  const text = statusSentence();
  const busy = S.phase === 'connecting' || S.phase === 'hello';
  el.statusText.textContent = text;
  el.status.dataset.state = S.phase;
  el.status.className = 'status ' + (busy || S.catchUp ? 'busy' : S.phase === 'welcomed' ? 'ok' : 'bad');
  el.retryNow.hidden = S.phase !== 'waiting';
  el.joinStatus.textContent = S.phase === 'waiting' || S.phase === 'refused' ? text : '';
  el.joinButton.disabled = busy;
  el.joinButton.textContent = t(busy ? 'join.joining' : 'join.button');
  el.chat.classList.toggle('offline', S.phase !== 'welcomed');
}

// ---- screens ----
function showJoin() {
  el.join.hidden = false;
  el.joinHeading.replaceChildren(S.room ? tNodes('join.headingRoom', { room: S.room }, ['room']) : t('join.heading'));
  el.joinHint.textContent = t('join.nickHint', { max: S.limits.maxNickLength });
  el.joinNick.value = S.nick;
  renderStatus();
  el.joinNick.focus();
}

function showChat() {
  if (!el.chat.hidden) return;
  el.join.hidden = true;
  el.chat.hidden = false;
  setRosterOpen(matchMedia('(min-width: 900px)').matches);
  if (!matchMedia('(pointer: coarse)').matches) el.input.focus();
}

function renderRoom() {
  el.roomNameText.textContent = S.room || t('app.name');
  el.input.placeholder = S.room ? t('compose.placeholder', { room: S.room }) : t('compose.placeholderNoRoom');
  renderTitle();
}

// ---- socket ----
function connect() {
  clearRetry();
  if (S.ws) S.ws.onclose = S.ws.onmessage = null, S.ws.close();
  S.phase = 'connecting';
  renderStatus();
  let ws;
  try {
    ws = S.ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws');
  } catch (e) {
    return scheduleReconnect();
  }
  ws.onopen = sendHello;
  ws.onmessage = (ev) => {
    let msg;
    try { msg = JSON.parse(ev.data); } catch (e) { return; }
    const fn = msg && Object.hasOwn(HANDLERS, msg.type) && HANDLERS[msg.type];
    if (fn) fn(msg); // unknown types (from a newer host) are ignored
  };
  ws.onclose = (ev) => onClosed(ev.code);
}

function send(obj) {
  if (!S.ws || S.ws.readyState !== WebSocket.OPEN) return false;
  S.ws.send(JSON.stringify(obj));
  return true;
}

function sendHello() {
  const hello = { type: 'hello', version: 1, nick: S.nick };
  S.resumed = S.joined;
  if (S.joined) hello.lastSeq = S.catchUp ? S.catchUp.cursor : S.resumeSeq;
  // Proves this is the same person, so a connection that lingers after a network drop
  // hands the name over instead of refusing it.
  if (S.token) hello.resumeToken = S.token;
  S.phase = 'hello';
  renderStatus();
  send(hello);
}

// Refusals come as an error code before the close (CODES); the close code only says how.
function closeSentence(code) {
  const key = { 1001: 'hostLeaving', 1008: 'helloTimeout', 1009: 'tooBig', 1013: 'roomFull' }[code];
  return key ? t('close.' + key) : '';
}

function onClosed(code) {
  S.ws = S.inFlight = null;
  S.historyQueue = [];
  S.loadingOlder = S.typingOn = false;
  for (const item of S.outbox) {
    if (item.status === 'sent') item.status = 'queued';
    renderPending(item);
  }
  clearAllTyping();
  renderTopNote();
  if (S.phase !== 'needsNick' && S.phase !== 'refused') {
    S.problem = closeSentence(code);
    scheduleReconnect();
  }
  renderStatus();
}

function clearRetry() {
  clearTimeout(S.retryTimer);
  clearInterval(S.tickTimer);
}

// Exponential backoff from 1 s to 30 s with +-25 % jitter, so a room full of browsers does not
// knock on a restarted host's door all in the same instant.
function scheduleReconnect() {
  clearRetry();
  const delay = Math.min(30000, Math.round(Math.min(30000, 1000 * 2 ** S.attempt++) * (0.75 + Math.random() / 2)));
  S.retryAt = Date.now() + delay;
  S.phase = 'waiting';
  S.retryTimer = setTimeout(connect, delay);
  S.tickTimer = setInterval(renderStatus, 1000);
  renderStatus();
}

function retrySoon() {
  if (S.phase === 'waiting') connect();
}

// ---- protocol: host -> page ----
function onWelcome(w) {
  const stick = !S.joined || isAtBottom();
  S.phase = 'welcomed';
  S.attempt = 0;
  S.problem = '';
  S.joined = true;
  S.token = typeof w.resumeToken === 'string' ? w.resumeToken : '';
  store(true, 'tincan.joined', '1');
  if (typeof w.nick === 'string' && w.nick) S.nick = w.nick;
  store(false, 'tincan.nick', S.nick);
  if (typeof w.room === 'string') store(false, 'tincan.room', S.room = w.room);
  for (const k in S.limits) if (w.limits && isSeq(w.limits[k])) S.limits[k] = w.limits[k];
  S.roster = Array.isArray(w.roster) ? w.roster.filter((n) => typeof n === 'string') : [];
  S.count = S.roster.length;
  renderRoster();
  renderRoom();
  el.nickForm.hidden = true;
  showChat();

  let top = 0;
  for (const m of Array.isArray(w.history) ? w.history : []) {
    if (addMessage(m) || (m && isSeq(m.seq))) top = Math.max(top, m.seq);
  }
  const from = Math.max(top, S.catchUp ? S.catchUp.cursor : S.resumeSeq);
  S.catchUp = null;
  if (!S.resumed) {
    // Everything up to the room's newest message is here or reachable by scrolling up.
    S.olderAvailable = !!w.hasMore;
    S.resumeSeq = Math.max(from, Number.isSafeInteger(w.lastSeq) ? w.lastSeq : 0);
  } else if (w.hasMore) {
    S.catchUp = { cursor: from };
    requestAfter();
  } else {
    S.resumeSeq = from;
  }
  renderStatus();
  renderTopNote();
  if (stick) scrollToBottom();
  flushOutbox();
  sendTyping();
  maybeLoadOlder();
}

function requestAfter() {
  S.historyQueue.push('after');
  send({ type: 'history', after: S.catchUp.cursor, limit: S.limits.historyPageSize });
}

function requestOlder() {
  if (S.loadingOlder || !S.olderAvailable || S.phase !== 'welcomed' || !isSeq(S.minSeq)) return;
  S.loadingOlder = true;
  S.historyQueue.push('before');
  send({ type: 'history', before: S.minSeq, limit: S.limits.historyPageSize });
  renderTopNote();
}

function onHistory(h) {
  const kind = S.historyQueue.shift();
  const list = Array.isArray(h.messages) ? h.messages : [];
  const sc = el.scroller;
  if (kind === 'after' && S.catchUp) {
    const stick = isAtBottom();
    for (const m of list) if (addMessage(m) || (m && isSeq(m.seq))) S.catchUp.cursor = Math.max(S.catchUp.cursor, m.seq);
    if (h.hasMore && list.length) {
      requestAfter();
    } else {
      S.resumeSeq = Math.max(S.resumeSeq, S.catchUp.cursor);
      S.catchUp = null;
      renderStatus();
    }
    if (stick) scrollToBottom();
  } else if (kind === 'before') {
    // Keep what the reader is looking at in place while older messages go in above it.
    const fromBottom = sc.scrollHeight - sc.scrollTop;
    S.loadingOlder = false;
    for (let i = list.length - 1; i >= 0; i--) addMessage(list[i]);
    S.olderAvailable = !!h.hasMore && list.length > 0;
    renderTopNote();
    sc.scrollTop = sc.scrollHeight - fromBottom;
    maybeLoadOlder();
  }
}

const isOwn = (m) => S.sentIds.has(m.clientMsgId) || sameName(m.from, S.nick);

function onMessage(m) {
  const stick = isAtBottom();
  const added = addMessage(m, true);
  if (isSeq(m.seq) && !S.catchUp) S.resumeSeq = Math.max(S.resumeSeq, m.seq);
  if (!added) return;
  clearTyping(m.from);
  const own = isOwn(m);
  if (!own) {
    if (document.hidden) S.unread++, renderTitle();
    if (S.sound && (document.hidden || !document.hasFocus())) ding();
    announce(t('announce.message', { name: m.from, text: m.text }));
  }
  if (stick || own) scrollToBottom();
  else S.newBelow++, renderJump();
}

function onAck(a) {
  const item = S.outbox.find((o) => o.id === a.clientMsgId);
  if (S.inFlight === a.clientMsgId) S.inFlight = null;
  if (item && isSeq(a.seq)) {
    addMessage({ seq: a.seq, ts: a.ts, from: S.nick, text: item.text, clientMsgId: item.id });
    if (!S.catchUp) S.resumeSeq = Math.max(S.resumeSeq, a.seq);
    scrollToBottom();
  }
  flushOutbox();
}

function onPresence(p) {
  const names = (v) => (Array.isArray(v) ? v.filter((n) => typeof n === 'string') : []);
  const swap = (out, inn) => {
    S.roster = S.roster.filter((r) => !sameName(r, out) && !sameName(r, inn || out));
    if (inn) S.roster.push(inn);
    clearTyping(out);
  };
  for (const n of names(p.joined)) swap(n, n), systemLine('sys.joined', { name: n });
  for (const n of names(p.left)) swap(n), systemLine('sys.left', { name: n });
  for (const r of Array.isArray(p.renamed) ? p.renamed : []) {
    if (!r || typeof r.from !== 'string' || typeof r.to !== 'string') continue;
    swap(r.from, r.to);
    systemLine('sys.renamed', { from: r.from, to: r.to });
  }
  S.count = Number.isSafeInteger(p.count) && p.count >= 0 ? p.count : S.roster.length;
  renderRoster();
}

function onTyping(tp) {
  if (typeof tp.nick !== 'string' || sameName(tp.nick, S.nick)) return;
  clearTyping(tp.nick);
  if (!tp.on) return;
  S.typing.set(tp.nick.toLowerCase(), { nick: tp.nick, timer: setTimeout(() => clearTyping(tp.nick), 6000) });
  renderTyping(); // PROTOCOL.md: typing is over after 6 s without a refresh
}

function errorSentence(code) {
  const s = t('error.' + code, { max: S.limits.maxNickLength });
  return s === 'error.' + code ? t('error.unknown', { code }) : s;
}

function nickSentence(code, name, suggestion) {
  if (code !== 'nick-taken') return errorSentence(code);
  return suggestion ? t('nick.takenSuggest', { name, suggestion }) : t('nick.taken', { name });
}

// What each error code of the host (docs/PROTOCOL.md) means here; the rest are shown.
const CODES = {
  'nick-taken': 'nick', 'nick-invalid': 'nick', 'rate-limited': 'resend', 'already-joined': 'none',
  'version-unsupported': 'final', replaced: 'final', 'room-full': 'retry', // then a close
};

function onError(e) {
  const code = String(e.code);
  const kind = CODES[code];
  const suggestion = typeof e.suggestion === 'string' ? e.suggestion : '';
  const item = S.outbox.find((o) => o.id === e.clientMsgId);
  if (kind === 'nick' && S.phase === 'hello') {
    nickRefused(code, suggestion);
  } else if (item && kind === 'resend') {
    S.inFlight = null;
    item.status = 'queued';
    setTimeout(flushOutbox, 1500);
  } else if (kind === 'final' || kind === 'retry') {
    // Final: this page stops here. Room full: the host closes and onClosed() tries again.
    S.problem = errorSentence(code);
    if (kind === 'final') S.phase = 'refused';
    renderStatus();
  } else if (kind !== 'none') {
    // Any other refusal of a message drops it (the page checks length and blank text itself).
    if (item) sentByHost(item.id), flushOutbox();
    el.noticeText.textContent = errorSentence(code);
    el.notice.hidden = false;
  }
}

function nickRefused(code, suggestion) {
  const name = S.nick;
  const sentence = nickSentence(code, name, suggestion);
  S.phase = 'needsNick';
  renderStatus();
  if (!S.joined && !el.join.hidden) {
    el.joinError.textContent = sentence;
    el.joinSuggest.hidden = !suggestion;
    const b = make('button', 'secondary', t('join.useSuggestion', { name: suggestion }));
    b.type = 'button';
    b.onclick = () => { el.joinNick.value = suggestion; joinSubmit(); };
    el.joinSuggest.replaceChildren(b);
    return el.joinNick.select();
  }
  // Refused while rejoining (after a reconnect or a reload): pick a name inside the room.
  showChat();
  el.nickForm.hidden = false;
  el.nickFormLabel.textContent = code === 'nick-taken' ? t('nick.takenOnResume', { name }) : sentence;
  el.nickError.textContent = code === 'nick-taken' && suggestion ? sentence : '';
  el.nickInput.value = suggestion || name;
  el.nickInput.select();
}

const HANDLERS = {
  welcome: onWelcome, message: onMessage, ack: onAck, presence: onPresence, typing: onTyping,
  history: onHistory, error: onError,
};

// ---- messages in the page ----
function makeMessage(m, own) {
  const li = make('li', own ? 'msg own' : 'msg');
  li.dataset.from = m.from.toLowerCase();
  li.dataset.ts = m.ts;
  li.style.setProperty('--hue', nameHue(m.from));
  const row = make('div', 'row');
  const bubble = make('div', 'bubble');
  const meta = make('div', 'meta');
  const time = make('time', '', timeFmt.format(m.ts));
  time.dateTime = new Date(m.ts).toISOString();
  time.title = fullFmt.format(m.ts);
  meta.append(make('bdi', 'from', own ? t('msg.you') : m.from), ' ', time);
  const text = make('div', 'text');
  text.dir = 'auto';
  richText(m.text, text);
  bubble.append(meta, text);
  row.append(avatar(m.from), bubble);
  li.append(make('div', 'day'), row);
  return li;
}

// Puts a message in seq order, once. Returns false when it is not new.
function addMessage(m, live) {
  if (!m || !isSeq(m.seq) || typeof m.text !== 'string' || typeof m.from !== 'string') return false;
  if (typeof m.clientMsgId === 'string') sentByHost(m.clientMsgId);
  if (S.seen.has(m.seq)) return false;
  S.seen.add(m.seq);
  const li = makeMessage({ from: m.from, text: m.text, ts: Number.isFinite(m.ts) ? m.ts : Date.now() }, isOwn(m));
  li.dataset.seq = m.seq;
  if (!live) li.classList.add('quiet');
  let before = null;
  if (m.seq < S.minSeq && S.seen.size > 1) {
    before = el.messages.firstElementChild;
  } else if (m.seq < S.maxSeq) {
    for (let n = el.messages.lastElementChild; n; n = n.previousElementSibling) {
      if (n.dataset.seq && +n.dataset.seq < m.seq) break;
      if (n.dataset.seq) before = n;
    }
  }
  el.messages.insertBefore(li, before);
  S.minSeq = Math.min(S.minSeq, m.seq);
  S.maxSeq = Math.max(S.maxSeq, m.seq);
  regroup(li);
  if (li.nextElementSibling) regroup(li.nextElementSibling);
  renderTopNote();
  return true;
}

// A join, leave or rename line. Every parameter is a name, isolated in <bdi>.
function systemLine(key, params) {
  const stick = isAtBottom();
  const li = make('li', 'sys');
  const text = make('span', 'sys-text');
  li.dataset.ts = Date.now();
  text.append(tNodes(key, params, Object.keys(params)));
  li.append(make('div', 'day'), text);
  el.messages.append(li);
  regroup(li);
  announce(text.textContent);
  if (stick) scrollToBottom();
}

// Whether an item starts a group (shows name and avatar) and whether a day label goes above it.
function regroup(li) {
  const prev = li.previousElementSibling;
  const ts = +li.dataset.ts;
  const newDay = !prev || dayKey(+prev.dataset.ts) !== dayKey(ts);
  li.firstElementChild.textContent = newDay ? dayLabel(ts) : '';
  li.classList.toggle('new-day', newDay);
  li.classList.toggle('cont', !newDay && li.classList.contains('msg') && prev.classList.contains('msg') &&
    prev.dataset.from === li.dataset.from && ts - prev.dataset.ts < 300000);
}

function renderTopNote() {
  const any = el.messages.querySelector('.msg');
  const key = S.loadingOlder ? 'msg.loadingOlder' : !S.joined ? ''
    : any && !S.olderAvailable ? 'msg.start' : !any && !el.pending.firstChild ? 'msg.empty' : '';
  el.topNote.textContent = key && t(key);
  el.topNote.dataset.kind = key;
}

// ---- outbox: messages written here stay pending until the host has them ----
function newId() {
  if (crypto.randomUUID) return crypto.randomUUID(); // only in secure contexts (not plain http)
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (x) => (x + 256).toString(16).slice(1)).join('');
}

function saveOutbox() {
  const keep = S.outbox.map((o) => ({ id: o.id, text: o.text, ts: o.ts }));
  store(true, 'tincan.outbox', keep.length ? JSON.stringify(keep) : null);
}

function loadOutbox() {
  let list;
  try { list = JSON.parse(load(true, 'tincan.outbox')); } catch (e) { /* none */ }
  for (const o of Array.isArray(list) ? list : []) {
    if (!o || typeof o.id !== 'string' || typeof o.text !== 'string') continue;
    const item = { id: o.id, text: o.text, ts: +o.ts || Date.now(), status: 'queued' };
    S.outbox.push(item);
    S.sentIds.add(item.id);
    renderPending(item);
  }
}

function flushOutbox() {
  const item = S.outbox.find((o) => o.status === 'queued');
  if (S.phase !== 'welcomed' || S.inFlight || !item) return;
  if (send({ type: 'send', clientMsgId: item.id, text: item.text })) {
    item.status = 'sent';
    S.inFlight = item.id;
    renderPending(item);
  }
}

const pendingEl = (id) => Array.from(el.pending.children).find((li) => li.dataset.id === id);

function renderPending(item) {
  let li = pendingEl(item.id);
  if (!li) {
    li = makeMessage({ from: S.nick, text: item.text, ts: item.ts }, true);
    li.classList.add('pending');
    li.dataset.id = item.id;
    li.querySelector('.bubble').append(make('div', 'send-state'));
    el.pending.append(li);
    regroup(li);
    renderTopNote();
  }
  const st = li.querySelector('.send-state');
  st.textContent = t(item.status === 'sent' || S.phase === 'welcomed' ? 'msg.sending' : 'msg.pending');
}

// The host has stored this message: its ack, or the message itself, came back.
function sentByHost(id) {
  const i = S.outbox.findIndex((o) => o.id === id);
  if (pendingEl(id)) pendingEl(id).remove();
  if (i >= 0) S.outbox.splice(i, 1), saveOutbox();
  if (S.inFlight === id) S.inFlight = null;
  renderTopNote();
}

// ---- composer ----
function renderCounter() {
  const len = el.input.value.length;
  const max = S.limits.maxTextLength;
  const [text, cls] = S.pasteRefused ? [t('compose.pasteTooLong', { length: S.pasteRefused, max }), 'over']
    : len > max ? [t('compose.tooLong', { count: len - max, max }), 'over']
      : len >= max - 500 ? [t('compose.left', { count: max - len }), 'warn'] : ['', ''];
  el.counter.textContent = text;
  el.counter.className = 'counter ' + cls;
  el.send.setAttribute('aria-disabled', len > max || !el.input.value.trim());
}

function autosize() {
  const stick = isAtBottom();
  el.input.style.height = 'auto';
  el.input.style.height = Math.min(el.input.scrollHeight + 2, 180) + 'px';
  if (stick) el.scroller.scrollTop = el.scroller.scrollHeight;
}

function submitMessage() {
  // Blank lines and white space around a message are never meant.
  const text = el.input.value.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
  if (!text.trim()) return;
  S.pasteRefused = 0;
  if (text.length > S.limits.maxTextLength) return renderCounter();
  const item = { id: newId(), text, ts: Date.now(), status: 'queued' };
  S.sentIds.add(item.id);
  S.outbox.push(item);
  saveOutbox();
  renderPending(item);
  el.input.value = '';
  autosize();
  renderCounter();
  stopTyping();
  flushOutbox();
  scrollToBottom();
}

// PROTOCOL.md: typing on:true at most every 3 s; ours ends after 4 s without a key.
function sendTyping() {
  if (!el.input.value.trim()) return stopTyping();
  if (S.phase !== 'welcomed') return;
  if ((!S.typingOn || Date.now() - S.typingAt >= 3000) && send({ type: 'typing', on: true })) {
    S.typingOn = true;
    S.typingAt = Date.now();
  }
  clearTimeout(S.typingIdle);
  S.typingIdle = setTimeout(stopTyping, 4000);
}

function stopTyping() {
  clearTimeout(S.typingIdle);
  if (S.typingOn) send({ type: 'typing', on: false });
  S.typingOn = false;
}

function clearTyping(nick) {
  const key = String(nick).toLowerCase();
  if (!S.typing.has(key)) return;
  clearTimeout(S.typing.get(key).timer);
  S.typing.delete(key);
  renderTyping();
}

function clearAllTyping() {
  for (const e of S.typing.values()) clearTimeout(e.timer);
  S.typing.clear();
  renderTyping();
}

function renderTyping() {
  const [a, b, c] = Array.from(S.typing.values(), (e) => e.nick);
  el.typing.replaceChildren(c ? t('typing.many') : b ? tNodes('typing.two', { a, b }, ['a', 'b'])
    : a ? tNodes('typing.one', { a }, ['a']) : '');
}

// ---- roster ----
function renderRoster() {
  const key = (n) => n.toLowerCase();
  const sorted = S.roster.slice().sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  el.rosterList.replaceChildren(...sorted.map((name) => {
    const li = make('li');
    li.append(avatar(name), make('bdi', 'name', name));
    if (sameName(name, S.nick)) li.className = 'me', li.append(make('span', 'you', t('room.you')));
    return li;
  }));
  el.rosterCount.textContent = NUMBERS.format(S.count);
  label(el.rosterToggle, t('room.peopleButton', { count: S.count }));
}

function setRosterOpen(open) {
  el.chat.classList.toggle('roster-open', open);
  el.rosterToggle.setAttribute('aria-expanded', open);
}

// The name panel: a rejoin was refused because the name was taken meanwhile.
function nickSubmit() {
  const r = checkNick(el.nickInput.value);
  el.nickError.textContent = r.error || '';
  if (r.error) return;
  S.nick = r.nick;
  if (S.ws && S.ws.readyState === WebSocket.OPEN) sendHello(); else connect();
}

function joinSubmit() {
  const r = checkNick(el.joinNick.value);
  el.joinSuggest.hidden = true;
  el.joinError.textContent = r.error || '';
  if (r.error) return el.joinNick.focus();
  store(false, 'tincan.nick', S.nick = r.nick);
  if (S.ws && S.ws.readyState === WebSocket.OPEN && S.phase === 'needsNick') sendHello(); else connect();
}

// ---- scrolling ----
function isAtBottom() {
  const sc = el.scroller;
  return sc.scrollHeight - sc.scrollTop - sc.clientHeight < 48;
}

function scrollToBottom() {
  el.scroller.scrollTop = el.scroller.scrollHeight;
  S.newBelow = 0;
  renderJump();
}

function renderJump() {
  el.jump.hidden = !S.newBelow;
  el.jump.textContent = t('msg.jumpToNew', { count: S.newBelow }) + ' ↓';
}

function maybeLoadOlder() {
  if (el.scroller.scrollTop < 400) requestOlder();
}

// Phones: keep the composer above the on-screen keyboard where the browser does not resize.
function fitViewport() {
  const vv = visualViewport;
  const stick = isAtBottom();
  if (Math.abs(vv.scale - 1) > 0.01) return;
  document.documentElement.style.setProperty('--app-height', vv.height + 'px');
  document.documentElement.style.setProperty('--app-top', vv.offsetTop + 'px');
  if (stick) scrollToBottom();
}

// ---- wiring ----
const on = (node, type, fn) => node.addEventListener(type, fn);
const isNarrow = () => matchMedia('(max-width: 899px)').matches;

function init() {
  document.documentElement.lang = LANG;
  document.documentElement.dir = /^(ar|he|fa|ur|yi|ps|sd|ug)\b/.test(LANG) ? 'rtl' : 'ltr';
  for (const n of document.querySelectorAll('[data-i18n]')) n.textContent = t(n.dataset.i18n);
  for (const n of document.querySelectorAll('[data-i18n-label]')) label(n, t(n.dataset.i18nLabel));
  el.messages.setAttribute('aria-label', t('msg.list'));
  S.sound = load(false, 'tincan.sound') === '1';
  S.room = load(false, 'tincan.room') || '';
  S.nick = load(false, 'tincan.nick') || '';
  renderSound();
  renderRoom();
  renderCounter();
  renderRoster();

  on(el.joinForm, 'submit', (ev) => { ev.preventDefault(); joinSubmit(); });
  on(el.joinNick, 'input', () => { el.joinError.textContent = ''; el.joinSuggest.hidden = true; });
  on(el.composer, 'submit', (ev) => { ev.preventDefault(); submitMessage(); el.input.focus(); });
  on(el.input, 'keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing && !ev.altKey && !ev.ctrlKey && !ev.metaKey) {
      ev.preventDefault();
      submitMessage();
    }
  });
  on(el.input, 'input', () => {
    S.pasteRefused = 0;
    autosize();
    renderCounter();
    sendTyping();
  });
  // A paste that would make the message too long is refused whole, with a sentence.
  on(el.input, 'paste', (ev) => {
    const data = ev.clipboardData && ev.clipboardData.getData('text');
    const ta = el.input;
    if (data && ta.value.length - (ta.selectionEnd - ta.selectionStart) + data.length > S.limits.maxTextLength) {
      ev.preventDefault();
      S.pasteRefused = data.length;
      renderCounter();
    }
  });
  on(el.scroller, 'scroll', () => {
    if (S.newBelow && isAtBottom()) scrollToBottom();
    maybeLoadOlder();
  });
  on(el.jump, 'click', () => { scrollToBottom(); el.input.focus(); });
  on(el.retryNow, 'click', retrySoon);
  on(window, 'online', retrySoon);
  on(document, 'visibilitychange', () => {
    if (document.hidden) return;
    S.unread = 0;
    renderTitle();
    retrySoon();
  });
  on(el.soundToggle, 'click', () => {
    store(false, 'tincan.sound', (S.sound = !S.sound) ? '1' : '0');
    renderSound();
    lastDing = 0;
    if (S.sound) ding(); // a preview; browsers allow audio only after a click anyway
  });
  on(el.rosterToggle, 'click', () => setRosterOpen(!el.chat.classList.contains('roster-open')));
  on(el.rosterClose, 'click', () => { setRosterOpen(false); el.rosterToggle.focus(); });
  on(el.nickForm, 'submit', (ev) => { ev.preventDefault(); nickSubmit(); });
  on(el.noticeClose, 'click', () => { el.notice.hidden = true; });
  on(document, 'keydown', (ev) => {
    if (ev.key === 'Escape' && isNarrow() && el.chat.classList.contains('roster-open')) {
      setRosterOpen(false);
      el.rosterToggle.focus();
    }
  });
  if (window.visualViewport) on(visualViewport, 'resize', fitViewport), on(visualViewport, 'scroll', fitViewport);

  loadOutbox();
  // A reload within the tab's session rejoins by itself, so its outbox gets sent.
  if (load(true, 'tincan.joined') && S.nick) showChat(), connect();
  else showJoin();
}

loadStrings().then(init);
