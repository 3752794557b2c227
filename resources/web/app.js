// The chat as this page takes part in it, and the start of the page (see core.js for the
// modules): files on their way to the host, the session, and what people do connected to it.
import {
  t, loadLanguage, currentLanguage, isRightToLeft, device, tab, checkNick, sameName, Connection,
  state, newId, isSeq, isOwn, setRoster, setAccessCode, addToOutbox, restoreOutbox, outboxItem, nextQueued,
  removeFromOutbox, mentionsMe, convOf, conv, present,
} from './core.js';
import * as views from './views.js';
import {
  el, on, setLabel, announce, chime, showPending, removePending, isAtBottom, scrollToBottom, listenForActions,
  renderStatus, renderTitle, renderRoom, renderSound, showNotice, renderRoster, isRosterOpen, setRosterOpen,
  showJoin, clearJoinError, clearCodeError, renderTyping, renderCounter, composedText, clearComposer, setComposer,
  enterSends, autosize, readFile, listenForFiles, renderConvs, renderComposer, listenForSearch, renderPicks, pickName, pickKey,
} from './views.js';

// ==== Uploads ====
// Files this page sends (docs/PROTOCOL.md, "Files"). One at a time, in the order picked: each asks
// the host for a slot over the chat connection (upload), sends its bytes by HTTP PUT to the slot's
// address, and is done when the host acknowledges the message it became. A lost connection pauses
// it; after the next welcome the same upload is asked for again and the bytes go on from where
// the host has them. The browser streams the File from disk: it is never read into memory here.

const RETRY_AFTER_MS = 1500;
const TRIES = 3; // a PUT that fails this often in a row, moving no byte, gives up
const UPLOAD_URL = /^\/files\/upload\/[\w-]+$/;
// Statuses: queued (waits its turn, or the connection), asking (upload sent), sending (PUT under
// way), stored (every byte is with the host; its ack is coming), failed (says why, until removed).
const BUSY = ['asking', 'sending', 'stored'];

let send = () => false;

// The chat connection's send(), which returns false when there is no open connection.
export function useSender(sendOnConnection) {
  send = sendOnConnection;
}

const find = (id) => state.uploads.find((item) => item.id === id);

function setStatus(item, status) {
  item.status = status;
  // The ack can come before the PUT's own answer: a file already done is not shown again.
  if (state.uploads.includes(item)) showPending(item);
}

function fail(item, sentence) {
  item.xhr?.abort();
  item.xhr = null;
  item.error = sentence;
  setStatus(item, 'failed');
  announce(`${item.name}: ${sentence}`);
  pumpUploads();
}

// Files picked, pasted or dropped. The caption goes with the first file that can be sent.
export function addUploads(files, caption) {
  for (const file of files) {
    const item = { id: newId(), file, name: file.name || 'file', size: file.size, text: '', ts: Date.now(), sent: 0, tries: 0 };
    state.sentIds.add(item.id);
    state.uploads.push(item);
    if (!item.size) {
      fail(item, t('upload.empty'));
      continue;
    }
    item.text = caption;
    caption = '';
    setStatus(item, 'queued');
  }
  pumpUploads();
}

// Starts the next upload when none is under way and the page is in the room.
export function pumpUploads() {
  if (state.phase !== 'welcomed') return;
  while (state.cancelLater.length && send({ type: 'upload-cancel', clientMsgId: state.cancelLater[0] })) {
    state.cancelLater.shift();
  }
  if (state.uploads.some((item) => BUSY.includes(item.status))) return;
  const item = state.uploads.find((u) => u.status === 'queued');
  if (!item) return;
  const ask = { type: 'upload', clientMsgId: item.id, name: item.name, size: item.size };
  if (item.text) ask.caption = item.text;
  if (send(ask)) {
    item.asked = true;
    setStatus(item, 'asking');
  }
}

// The host's slot: where the bytes go, and from which offset (above 0 when resuming).
export function uploadReady(m) {
  const item = find(m.clientMsgId);
  if (!item || item.status !== 'asking') return;
  if (typeof m.url !== 'string' || !UPLOAD_URL.test(m.url) || !Number.isSafeInteger(m.offset) || m.offset < 0 || m.offset > item.size) {
    fail(item, t('upload.failed'));
  } else if (m.offset === item.size) {
    setStatus(item, 'stored'); // every byte is there already: the ack follows
  } else {
    item.url = m.url;
    put(item, m.offset);
  }
}

function put(item, offset) {
  const xhr = new XMLHttpRequest();
  Object.assign(item, { xhr, sent: offset, mark: offset, at: performance.now(), speed: 0 });
  xhr.open('PUT', item.url);
  if (offset > 0) xhr.setRequestHeader('Content-Range', `bytes ${offset}-${item.size - 1}/${item.size}`);
  xhr.upload.onprogress = (event) => progressed(item, offset + event.loaded);
  xhr.onload = () => answered(item, xhr);
  xhr.onerror = () => broken(item, xhr);
  xhr.send(offset > 0 ? item.file.slice(offset) : item.file);
  setStatus(item, 'sending');
}

// The speed is measured over steps of at least half a second, and smoothed.
function progressed(item, sent) {
  const now = performance.now();
  const seconds = (now - item.at) / 1000;
  if (seconds >= 0.5) {
    const recent = (sent - item.mark) / seconds;
    item.speed = item.speed ? item.speed * 0.7 + recent * 0.3 : recent;
    item.at = now;
    item.mark = sent;
  }
  if (sent > item.sent) item.tries = 0;
  item.sent = sent;
  if (state.uploads.includes(item)) showPending(item);
}

function answered(item, xhr) {
  if (item.xhr !== xhr) return;
  item.xhr = null;
  const status = xhr.status;
  if (status === 200) {
    item.sent = item.size;
    setStatus(item, 'stored');
    return;
  }
  if (++item.tries < TRIES) {
    // 409: the host has a different offset (it says which); 403: the slot ended with its
    // connection, so the upload is asked for again.
    const offset = status === 409 ? offsetIn(xhr.responseText) : null;
    if (offset !== null && offset < item.size) {
      put(item, offset);
      return;
    }
    if (status === 403 || status === 409) {
      setStatus(item, 'queued');
      setTimeout(pumpUploads, RETRY_AFTER_MS);
      return;
    }
  }
  const key = { 403: 'upload.refused', 413: 'upload.changed', 507: 'error.storage-full' }[status];
  fail(item, t(key || 'upload.failed'));
}

function offsetIn(body) {
  try {
    const { offset } = JSON.parse(body);
    return Number.isSafeInteger(offset) && offset >= 0 ? offset : null;
  } catch {
    return null;
  }
}

// No answer: the host cut the connection (it may have gone, or closed the chat connection as
// well), or the browser could not read the file. Tried again a few times, then given up.
function broken(item, xhr) {
  if (item.xhr !== xhr) return;
  item.xhr = null;
  if (++item.tries >= TRIES) {
    fail(item, t('upload.failed'));
    return;
  }
  setStatus(item, 'queued');
  setTimeout(pumpUploads, RETRY_AFTER_MS);
}

// The chat connection ended: its slots' addresses stop working. Each upload waits for the next
// welcome, which asks for it again.
export function pauseUploads() {
  for (const item of state.uploads) {
    if (!BUSY.includes(item.status)) continue;
    item.xhr?.abort();
    item.xhr = null;
    item.tries = 0;
    setStatus(item, 'queued');
  }
}

// The host refused an upload (an error with its clientMsgId). False when it is none of ours.
export function uploadRefused(id, code, sentence) {
  const item = find(id);
  if (!item) return false;
  if (code === 'rate-limited') {
    setStatus(item, 'queued');
    setTimeout(pumpUploads, RETRY_AFTER_MS);
  } else {
    // storage-failed is about this file here, not the chat's history.
    fail(item, code === 'storage-failed' ? t('upload.notStored') : sentence);
  }
  return true;
}

function forget(item) {
  state.uploads.splice(state.uploads.indexOf(item), 1);
  removePending(item.id);
}

// The host has the file: its ack (the message follows), or the message itself.
export function uploadDone(id) {
  const item = find(id);
  if (!item) return;
  forget(item);
  pumpUploads();
}

// Cancel (or Remove, once failed): the host forgets the slot and what it has of the file.
export function cancelUpload(id) {
  const item = find(id);
  if (!item) return;
  item.xhr?.abort();
  if (item.asked && !send({ type: 'upload-cancel', clientMsgId: id })) state.cancelLater.push(id);
  forget(item);
  pumpUploads();
}

// ==== The session ====
// The chat as this page takes part in it (docs/PROTOCOL.md): joining and rejoining, what the
// host says and what the page answers, the outbox, catching up and older history. The state is
// in the store, the socket in the connection (core.js); this section decides, the views show.

const TYPING_REFRESH_MS = 3000; // PROTOCOL.md: typing on:true at most every 3 s
const TYPING_IDLE_MS = 4000; // ours ends after this long without a key
const TYPING_EXPIRY_MS = 6000; // PROTOCOL.md: another's typing is over after 6 s without a refresh
const RESEND_AFTER_MS = 1500; // a message the host was too busy for goes again after this
const QUOTE_LENGTH = 140; // PROTOCOL.md quoteLength: how much of a message a reply quotes
const JUMP_PAGES = 10; // older pages fetched at most to reach the message a reply quotes
const SEARCH_MAX = 200; // PROTOCOL.md maxSearchLength
const SEARCH_PAGE = 20; // PROTOCOL.md searchPageSize
const CONTEXT = 5; // messages shown before and after a search result

const connection = new Connection({
  onConnecting() {
    state.phase = 'connecting';
    showStatus();
  },
  onOpen: sendHello,
  onMessage: handle,
  onClose: onClosed,
  onTick: () => showStatus(),
});

const showStatus = () => renderStatus(connection.retryAt);
useSender((message) => connection.send(message));
let helloAgainTimer = 0;

// ---- connecting ----

function sendHello() {
  const hello = { type: 'hello', version: 1, nick: state.nick };
  state.resumed = state.joined;
  if (state.joined) hello.lastSeq = state.catchUp ? state.catchUp.cursor : state.resumeSeq;
  // Proves this is the same person, so a connection that lingers after a network drop hands the
  // name over instead of refusing it.
  if (state.token) hello.resumeToken = state.token;
  if (state.accessCode) hello.accessCode = state.accessCode;
  state.codeSent = state.accessCode;
  state.phase = 'hello';
  showStatus();
  connection.send(hello);
}

// Refusals come as an error code before the close (CODES below); the close code only says how
// the connection ended.
function closeSentence(code) {
  const key = { 1001: 'hostLeaving', 1008: 'helloTimeout', 1009: 'tooBig', 1013: 'roomFull' }[code];
  return key ? t(`close.${key}`) : '';
}

// A connection ended. Unless the host has said this page should stop (a refusal, or the end of
// the chat), it is tried again: nothing said is lost, and the outbox waits.
function onClosed(code) {
  state.inFlight = null;
  state.historyQueue = [];
  searching = 0;
  state.loadingOlder = false;
  state.typingOn = false;
  clearTimeout(helloAgainTimer);
  for (const item of state.outbox) if (item.status === 'sent') item.status = 'queued';
  pauseUploads();
  clearAllTyping();
  if (!['needsNick', 'needsCode', 'refused', 'ended'].includes(state.phase)) {
    state.problem = closeSentence(code);
    state.phase = 'waiting';
    connection.retryLater();
  }
  for (const item of state.outbox) views.showPending(item);
  views.renderTopNote();
  showStatus();
}

// "Retry now", the network coming back, or the tab being looked at again: no reason to wait.
export function retrySoon() {
  if (state.phase === 'waiting') connection.open();
}

const isBanned = () => state.phase === 'ended' && state.endedBy.startsWith('banned');

// After the host ended the chat, removed this person or kept them out, only the person decides
// to come back (a banned one cannot). It starts over as after a lost connection: a hello that
// resumes from the last message seen.
export function rejoin() {
  if (state.phase === 'ended' && !isBanned()) connection.open();
}

// ---- host -> page ----

function onWelcome(w) {
  const stick = !state.joined || views.isAtBottom();
  const nickBefore = state.nick;
  state.phase = 'welcomed';
  connection.succeeded();
  state.problem = '';
  state.joined = true;
  state.token = typeof w.resumeToken === 'string' ? w.resumeToken : '';
  tab.set('tincan.token', state.token || null);
  tab.set('tincan.joined', '1');
  if (typeof w.nick === 'string' && w.nick) state.nick = w.nick;
  device.set('tincan.nick', state.nick);
  if (typeof w.room === 'string') {
    state.room = w.room;
    device.set('tincan.room', w.room);
  }
  for (const key of Object.keys(state.limits)) {
    if (w.limits && isSeq(w.limits[key])) state.limits[key] = w.limits[key];
  }
  state.id = typeof w.id === 'string' ? w.id : '';
  const roster = Array.isArray(w.roster) ? w.roster : [];
  const ids = Array.isArray(w.rosterIds) ? w.rosterIds : [];
  state.ids = new Map(roster.map((name, i) => [String(name).toLowerCase(), typeof ids[i] === 'string' ? ids[i] : '']));
  const recoloured = setRoster(roster.filter((n) => typeof n === 'string'));
  state.count = state.roster.length;
  state.host = typeof w.host === 'string' ? w.host : '';
  renderRoster();
  views.recolour(recoloured);
  if (state.nick !== nickBefore) views.remarkMentions();
  renderRoom();
  renderCounter();
  views.hideNickPanel();
  views.showChat();

  let newest = 0;
  for (const m of Array.isArray(w.history) ? w.history : []) {
    if (addMessage(m) || (m && isSeq(m.seq))) newest = Math.max(newest, m.seq);
  }
  for (const m of Array.isArray(w.updates) ? w.updates : []) applyUpdate(m);
  const upTo = Math.max(newest, state.catchUp ? state.catchUp.cursor : state.resumeSeq);
  state.catchUp = null;
  renderConvs();
  renderComposer();
  if (!state.resumed) {
    // Everything up to the room's newest message is here or reachable by scrolling up.
    state.olderAvailable = !!w.hasMore;
    state.resumeSeq = Math.max(upTo, Number.isSafeInteger(w.lastSeq) ? w.lastSeq : 0);
  } else if (w.hasMore) {
    // Missed more than one welcome carries: fetch the rest, page by page.
    state.catchUp = { cursor: upTo };
    requestNewer();
  } else {
    // Everything after lastSeq is here: messages in history, changes (their seq counted too) in
    // updates.
    state.resumeSeq = Math.max(upTo, Number.isSafeInteger(w.lastSeq) ? w.lastSeq : 0);
  }
  showStatus();
  views.renderTopNote();
  if (stick) views.scrollToBottom();
  flushOutbox();
  pumpUploads();
  composerChanged();
  loadOlderIfNearTop();
}

// A message as the host describes it (docs/PROTOCOL.md, Conversations), with only the fields
// the page uses, each of the type it should be. Null when it is not a message.
const str = (v) => (typeof v === 'string' ? v : '');
function readMessage(m) {
  if (!m || !isSeq(m.seq) || typeof m.text !== 'string' || typeof m.from !== 'string') return null;
  const r = m.reply;
  return {
    seq: m.seq, ts: Number.isFinite(m.ts) ? m.ts : Date.now(), from: m.from, text: m.text,
    clientMsgId: m.clientMsgId, file: readFile(m.file), author: str(m.author), to: str(m.to), toNick: str(m.toNick),
    reply: r && isSeq(r.seq) ? { seq: r.seq, from: str(r.from), text: str(r.text), deleted: r.deleted === true } : null,
    edited: !!m.edited,
    deleted: m.deleted === true,
    reactions: Array.isArray(m.reactions) ? m.reactions.filter((x) => typeof x?.emoji === 'string' && Array.isArray(x.people)) : [],
  };
}

// Shows a message from the host once, in seq order. False when it is not new (or not a message).
// `main`: it came in the stream of everything (not a private conversation's own history page),
// so it moves the room's cursors.
function addMessage(raw, live = false, main = true) {
  const m = readMessage(raw);
  if (!m) return false;
  if (typeof m.clientMsgId === 'string') sentByHost(m.clientMsgId);
  if (state.seen.has(m.seq)) return false;
  state.seen.add(m.seq);
  state.msgs.set(m.seq, m);
  const id = convOf(m);
  if (id) {
    const c = conv(id, isOwn(m) ? m.toNick : m.from);
    c.min = Math.min(c.min, m.seq);
    renderConvs();
  }
  views.showMessage(m, { own: isOwn(m), live, conv: id });
  if (main) state.minSeq = Math.min(state.minSeq, m.seq);
  state.maxSeq = Math.max(state.maxSeq, m.seq);
  return true;
}

// A message changed: shown in its current state, and so are the quotes of it in replies.
function applyUpdate(raw) {
  const m = readMessage(raw);
  if (!m || !state.msgs.has(m.seq)) return; // not here: it comes in its current state when it does
  state.msgs.set(m.seq, m);
  views.updateMessage(m, isOwn(m));
  for (const r of state.msgs.values()) {
    if (r.reply?.seq !== m.seq) continue;
    r.reply = { ...r.reply, deleted: m.deleted, text: m.deleted ? '' : (m.text || m.file?.name || '').slice(0, QUOTE_LENGTH) };
    views.updateMessage(r, isOwn(r));
  }
  if (state.editing === m.seq && m.deleted) cancelCompose();
}

function onUpdate(u) {
  // The change has its own place in the numbering: counted in lastSeq like a message.
  if (isSeq(u.seq) && !state.catchUp) state.resumeSeq = Math.max(state.resumeSeq, u.seq);
  applyUpdate(u.message);
}

function onMessage(m) {
  const stick = views.isAtBottom();
  const added = addMessage(m, true);
  if (isSeq(m.seq) && !state.catchUp) state.resumeSeq = Math.max(state.resumeSeq, m.seq);
  if (!added) return;
  clearTyping(m.from);
  const message = state.msgs.get(m.seq);
  const own = isOwn(message);
  const id = convOf(message);
  if (!own) {
    const away = document.hidden || !document.hasFocus();
    if (document.hidden) {
      state.unread++;
      renderTitle();
    }
    if (id !== state.conv) {
      if (id) state.convs.get(id).unread++;
      else state.roomUnread++;
      renderConvs();
    }
    if (state.sound && away) chime();
    // Someone wrote to this person privately, or named them, while they look elsewhere.
    if (away && (id || mentionsMe(message)) && window.Notification?.permission === 'granted') {
      new Notification(m.from, { body: m.text || message.file?.name || '', tag: `tincan-${m.seq}` });
    }
    announce(t('announce.message', { name: m.from, text: m.text || message.file?.name || '' }));
  }
  if (id !== state.conv) return;
  if (stick || own) {
    views.scrollToBottom();
  } else {
    state.newBelow++;
    views.renderJump();
  }
}

function onAck(a) {
  const item = outboxItem(a.clientMsgId);
  if (state.inFlight === a.clientMsgId) state.inFlight = null;
  uploadDone(a.clientMsgId); // the message with the file follows
  if (item && isSeq(a.seq)) {
    const quoted = state.msgs.get(item.replyTo);
    const reply = quoted && { seq: quoted.seq, from: quoted.from, text: (quoted.text || quoted.file?.name || '').slice(0, QUOTE_LENGTH) };
    const to = item.to && { to: item.to, toNick: state.convs.get(item.to)?.nick };
    addMessage({ seq: a.seq, ts: a.ts, from: state.nick, text: item.text, clientMsgId: item.id, author: state.id, reply, ...to });
    if (!state.catchUp) state.resumeSeq = Math.max(state.resumeSeq, a.seq);
    views.scrollToBottom();
  }
  flushOutbox();
}

function onPresence(p) {
  const names = (list) => (Array.isArray(list) ? list.filter((n) => typeof n === 'string') : []);
  const ids = p.ids && typeof p.ids === 'object' ? p.ids : {};
  const idOf = (name) => (Object.hasOwn(ids, name) && typeof ids[name] === 'string' ? ids[name] : '');
  let roster = state.roster;
  // Who went (and who arrived in their place, for a rename): returns the person's id.
  const replace = (gone, arrived) => {
    const id = (arrived && idOf(arrived)) || state.ids.get(gone.toLowerCase()) || '';
    roster = roster.filter((name) => !sameName(name, gone) && !sameName(name, arrived || gone));
    state.ids.delete(gone.toLowerCase());
    if (arrived) {
      roster.push(arrived);
      state.ids.set(arrived.toLowerCase(), id);
      if (state.convs.has(id)) conv(id, arrived);
    }
    clearTyping(gone);
    return id;
  };
  // A line in the room, and in the private conversation with that person if there is one.
  const line = (id, key, params) => {
    views.showSystemLine(key, params);
    if (state.convs.has(id)) views.showSystemLine(key, params, id);
  };
  for (const name of names(p.joined)) line(replace(name, name), 'sys.joined', { name });
  for (const name of names(p.left)) line(replace(name), 'sys.left', { name });
  for (const name of names(p.removed)) line(replace(name), 'sys.removed', { name });
  for (const r of Array.isArray(p.renamed) ? p.renamed : []) {
    if (!r || typeof r.from !== 'string' || typeof r.to !== 'string') continue;
    line(replace(r.from, r.to), 'sys.renamed', { from: r.from, to: r.to });
  }
  if (typeof p.host === 'string') state.host = p.host;
  const recoloured = setRoster(roster);
  state.count = Number.isSafeInteger(p.count) && p.count >= 0 ? p.count : roster.length;
  renderRoster();
  renderConvs();
  renderComposer();
  views.recolour(recoloured);
}

function onTyping(typing) {
  if (typeof typing.nick !== 'string' || sameName(typing.nick, state.nick)) return;
  clearTyping(typing.nick);
  if (!typing.on) return;
  const timer = setTimeout(() => clearTyping(typing.nick), TYPING_EXPIRY_MS);
  state.typing.set(typing.nick.toLowerCase(), { nick: typing.nick, timer });
  renderTyping();
}

// ---- history: catching up after a long absence, and older pages when scrolling up ----

function requestNewer() {
  state.historyQueue.push('after');
  connection.send({ type: 'history', after: state.catchUp.cursor, limit: state.limits.historyPageSize });
}

// Older messages of everything (`main`: the room and every private conversation), or of the
// private conversation shown only (history {with}), which may reach further back.
function requestOlder(main = !state.conv) {
  const c = state.convs.get(state.conv);
  if (state.loadingOlder || state.phase !== 'welcomed') return;
  if (main ? !state.olderAvailable || !isSeq(state.minSeq) : !c.more) return;
  state.loadingOlder = true;
  state.historyQueue.push(main ? 'before' : { with: state.conv });
  // What is newer than the oldest of everything is here already.
  const before = main ? state.minSeq : Math.min(c.min, state.minSeq, state.resumeSeq + 1);
  connection.send({ type: 'history', before, limit: state.limits.historyPageSize, ...(main ? {} : { with: state.conv }) });
  views.renderTopNote();
}

export function loadOlderIfNearTop() {
  if (views.isNearTop()) requestOlder();
}

// A reply's quote was clicked: the message it answers is shown, from older pages if need be
// (at most JUMP_PAGES of them).
let jumping = null;
export function jumpTo(seq, pages = JUMP_PAGES) {
  jumping = null;
  const m = state.msgs.get(seq);
  if (m && views.messageItem(seq)) {
    if (convOf(m) !== state.conv) openConv(convOf(m));
    views.flash(views.messageItem(seq));
  } else if (pages > 0 && state.olderAvailable && seq < state.minSeq) {
    jumping = { seq, pages: pages - 1 };
    requestOlder(true);
  }
}

// Shows the room ('') or the private conversation with a person (made if new).
export function openConv(id, nick) {
  if (id) conv(id, nick).unread = 0;
  else state.roomUnread = 0;
  state.conv = id;
  cancelCompose();
  views.showList();
  renderConvs();
  renderComposer();
  loadOlderIfNearTop();
}

function onHistory(h) {
  const kind = state.historyQueue.shift();
  const list = Array.isArray(h.messages) ? h.messages : [];
  if (kind === 'after' && state.catchUp) {
    const stick = views.isAtBottom();
    for (const m of list) {
      if (addMessage(m) || (m && isSeq(m.seq))) state.catchUp.cursor = Math.max(state.catchUp.cursor, m.seq);
    }
    if (h.hasMore && list.length) {
      requestNewer();
    } else {
      state.resumeSeq = Math.max(state.resumeSeq, state.catchUp.cursor);
      state.catchUp = null;
      showStatus();
    }
    if (stick) views.scrollToBottom();
  } else if (kind === 'before') {
    state.loadingOlder = false;
    // What the reader is looking at stays in place while older messages go in above it.
    views.keepingPosition(() => {
      for (let i = list.length - 1; i >= 0; i--) addMessage(list[i]);
      state.olderAvailable = !!h.hasMore && list.length > 0;
      views.renderTopNote();
    });
    if (jumping) jumpTo(jumping.seq, jumping.pages);
    else loadOlderIfNearTop();
  } else if (kind?.context) {
    // Around a search result: what comes up to it, then what follows.
    const around = list.map(readMessage).filter(Boolean);
    if (kind.after) views.showContext([...kind.before, ...around], kind.context);
    else kind.before.push(...around);
  } else if (kind?.with) {
    // A private conversation's own older page: the room's cursors stay.
    state.loadingOlder = false;
    const c = state.convs.get(kind.with);
    views.keepingPosition(() => {
      for (let i = list.length - 1; i >= 0; i--) addMessage(list[i], false, false);
      c.more = !!h.hasMore && list.length > 0;
      views.renderTopNote();
    });
    loadOlderIfNearTop();
  }
}

// ---- searching ----

let searching = 0; // searches asked for and not answered yet (answered in order)
let searchingMore = false; // the last one asked for the next page

// What a refused search means (only a search can get the first two).
const SEARCH_ERRORS = {
  'search-invalid': 'error.search-invalid',
  'search-too-long': 'error.search-too-long',
  'rate-limited': 'search.tooFast',
  'storage-failed': 'search.noHistory',
};

// The search box's Enter (`before` 0), or "More" (the seq of the last result shown).
export function search(query, before) {
  if (state.phase !== 'welcomed') {
    views.showSearchNote(t('search.offline'));
    return;
  }
  searching++;
  searchingMore = before > 0;
  views.showSearchNote(t('search.searching'));
  connection.send({ type: 'search', query, limit: SEARCH_PAGE, ...(before && { before }) });
}

function onSearchResults(r) {
  if (!searching) return;
  searching--;
  const list = (Array.isArray(r.messages) ? r.messages : []).map(readMessage).filter(Boolean);
  const terms = Array.isArray(r.terms) ? r.terms.filter((w) => typeof w === 'string') : [];
  views.showResults(list, terms, !!r.hasMore && list.length > 0, searchingMore);
}

// A result was clicked: the messages around it, from its own conversation (history before its
// seq + 1, then after it).
function openResult(m) {
  if (state.phase !== 'welcomed') {
    views.showSearchNote(t('search.offline'));
    return;
  }
  const around = { context: m.seq, before: [] };
  const more = { limit: CONTEXT, ...(m.to && { with: convOf(m) }) };
  state.historyQueue.push(around, { ...around, after: true });
  connection.send({ type: 'history', before: m.seq + 1, ...more });
  connection.send({ type: 'history', after: m.seq, ...more });
}

// ---- errors ----

// What each error code of the host (docs/PROTOCOL.md) means to this page. Codes not listed are
// shown as a notice (and, for a send, drop that message: the page checks length and blank text
// itself, so the host refusing one means it can never go).
const CODES = {
  'nick-taken': 'nick', // refused name: ask for another
  'nick-invalid': 'nick',
  'rate-limited': 'resend', // the message goes again shortly
  'already-joined': 'none',
  'version-unsupported': 'final', // this page stops, says why, and does not try again
  replaced: 'final',
  'room-full': 'retry', // then a close, and the usual tries again
  'access-denied': 'code', // ask for the code; the host keeps the connection for the answer
  // Lasting states, until the person decides (the close follows; never tried again by itself):
  'host-leaving': 'ended', // the host is stopping on purpose: Rejoin
  kicked: 'ended', // the host removed this person: Rejoin
  banned: 'ended', // for as long as this host runs: nothing to do
  'room-locked': 'ended', // nobody new may come in: Try again
  'access-blocked': 'ended', // too many wrong codes from this address: Try again, later
  'no-such-upload': 'none', // a cancel the host had nothing for (it restarted, or the slot idled out)
};

// The key of the lasting state's sentence (views.js, Status).
function endedBy(code) {
  if (code === 'banned') return state.phase === 'welcomed' ? 'bannedNow' : 'banned';
  return { 'host-leaving': 'ended', kicked: 'kicked', 'room-locked': 'locked', 'access-blocked': 'blocked' }[code];
}

function errorSentence(code) {
  const key = `error.${code}`;
  const sentence = t(key, { max: state.limits.maxNickLength });
  return sentence === key ? t('error.unknown', { code }) : sentence;
}

function nickSentence(code, name, suggestion) {
  if (code !== 'nick-taken') return errorSentence(code);
  return suggestion ? t('nick.takenSuggest', { name, suggestion }) : t('nick.taken', { name });
}

function onError(e) {
  const code = String(e.code);
  const kind = Object.hasOwn(CODES, code) ? CODES[code] : undefined;
  const suggestion = typeof e.suggestion === 'string' ? e.suggestion : '';
  const item = outboxItem(e.clientMsgId);
  if (uploadRefused(e.clientMsgId, code, errorSentence(code))) return;
  if (searching && SEARCH_ERRORS[code]) {
    searching--;
    views.showSearchNote(t(SEARCH_ERRORS[code], { count: SEARCH_MAX }));
    return;
  }
  if (kind === 'nick' && state.phase === 'hello') {
    nickRefused(code, suggestion);
  } else if (kind === 'code' && state.phase === 'hello') {
    codeRefused();
  } else if (code === 'rate-limited' && state.phase === 'hello') {
    // Before a welcome: the host is flooded with wrong codes and compared none. The connection
    // stays; the same hello goes again in a moment.
    helloAgainTimer = setTimeout(sendHello, RESEND_AFTER_MS);
  } else if (item && kind === 'resend') {
    state.inFlight = null;
    item.status = 'queued';
    setTimeout(flushOutbox, RESEND_AFTER_MS);
  } else if (kind === 'ended') {
    // The close (1001, or 1008) follows; the page waits for the person.
    state.endedBy = endedBy(code);
    state.phase = 'ended';
    state.problem = '';
    connection.stop();
    showStatus();
  } else if (code === 'rate-limited' && !item) {
    showNotice(t('error.tooFast')); // an edit, delete or reaction: the person may try again
  } else if (kind === 'final' || kind === 'retry') {
    state.problem = errorSentence(code);
    if (kind === 'final') state.phase = 'refused';
    showStatus();
  } else if (kind !== 'none') {
    if (item) {
      sentByHost(item.id);
      flushOutbox();
    }
    showNotice(errorSentence(code));
  }
}

function nickRefused(code, suggestion) {
  const name = state.nick;
  const sentence = nickSentence(code, name, suggestion);
  state.phase = 'needsNick';
  showStatus();
  if (!state.joined && views.isJoinShown()) {
    views.showJoinRefusal(sentence, suggestion, joinWithName);
    return;
  }
  views.showChat();
  views.showNickPanel({
    label: code === 'nick-taken' ? t('nick.takenOnResume', { name }) : sentence,
    error: code === 'nick-taken' && suggestion ? sentence : '',
    value: suggestion || name,
  });
}

// No code was sent, or a wrong one: it is forgotten, and the person is asked for it.
function codeRefused() {
  const tried = state.codeSent;
  setAccessCode('');
  state.phase = 'needsCode';
  showStatus();
  const sentence = t(tried ? 'code.wrong' : 'code.needed');
  if (!state.joined && views.isJoinShown()) {
    views.askForCode(sentence, tried);
    return;
  }
  views.showChat();
  views.showNickPanel({ label: t('join.codeLabel'), error: sentence, value: tried, code: true });
}

const HANDLERS = {
  welcome: onWelcome,
  message: onMessage,
  ack: onAck,
  presence: onPresence,
  typing: onTyping,
  history: onHistory,
  error: onError,
  update: onUpdate,
  'search-results': onSearchResults,
  'upload-ready': uploadReady,
};

// Unknown types (from a newer host) are ignored.
function handle(message) {
  if (Object.hasOwn(HANDLERS, message.type)) HANDLERS[message.type](message);
}

// ---- joining ----

// The join screen's button (or its suggestion).
export function joinWithName() {
  if (isBanned()) return; // there is nothing to try (the Join button is gone, Enter is not)
  const checked = checkNick(views.typedName(), state.limits.maxNickLength);
  views.showJoinError(checked.error || '');
  if (checked.error) return;
  const code = views.typedCode();
  if (code === '') {
    views.askForCode(t('code.needed'));
    return;
  }
  if (code) setAccessCode(code);
  state.nick = checked.nick;
  device.set('tincan.nick', state.nick);
  helloAgain();
}

// A hello refused for its name or its code leaves the connection open for another try.
function helloAgain() {
  if (connection.isOpen && (state.phase === 'needsNick' || state.phase === 'needsCode')) sendHello();
  else connection.open();
}

// The panel in the chat, after a rejoin found the name taken or the host asked for the code.
export function rejoinWithName() {
  if (views.panelAsksCode()) {
    const code = views.typedRejoinName().trim();
    views.showNickError(code ? '' : t('code.needed'));
    if (!code) return;
    setAccessCode(code);
  } else {
    const checked = checkNick(views.typedRejoinName(), state.limits.maxNickLength);
    views.showNickError(checked.error || '');
    if (checked.error) return;
    state.nick = checked.nick;
  }
  helloAgain();
}

// A reload within the tab's session goes straight back into the room, so what it had not sent
// yet gets sent. Returns false when there is nothing to go back to.
export function resumeAfterReload() {
  for (const item of restoreOutbox()) views.showPending(item);
  if (!tab.get('tincan.joined') || !state.nick) return false;
  views.showChat();
  connection.open();
  return true;
}

// ---- the outbox ----

// The host has stored this message: its ack, or the message itself, came back.
function sentByHost(id) {
  removeFromOutbox(id);
  views.removePending(id);
  uploadDone(id);
}

// One message at a time, oldest first, keeps the room's order the order written.
function flushOutbox() {
  const item = nextQueued();
  if (state.phase !== 'welcomed' || state.inFlight || !item) return;
  const more = { ...(item.to && { to: item.to }), ...(item.replyTo && { replyTo: item.replyTo }) };
  if (connection.send({ type: 'send', clientMsgId: item.id, text: item.text, ...more })) {
    item.status = 'sent';
    state.inFlight = item.id;
    views.showPending(item);
  }
}

// Enter, or the Send button. Text too long stays in the box until it is shortened.
export function submitMessage() {
  const text = composedText();
  if (!text.trim()) return;
  if (text.length > state.limits.maxTextLength) {
    renderCounter();
    return;
  }
  if (state.editing) {
    // A change goes now or not at all: offline, it stays in the box.
    if (!change({ type: 'edit', seq: state.editing, text })) return;
  } else {
    if (state.conv && !present(state.conv)) return; // they are away: the box says so
    const item = addToOutbox(text, { to: state.conv || undefined, replyTo: state.replyTo || undefined });
    views.showPending(item);
  }
  clearComposer();
  cancelCompose();
  stopTyping();
  flushOutbox();
  views.scrollToBottom();
}

// ---- replies, edits, deletes and reactions ----

export function startReply(seq) {
  state.editing = 0;
  state.replyTo = seq;
  views.renderQuote();
}

export function startEdit(seq) {
  state.replyTo = 0;
  state.editing = seq;
  setComposer(state.msgs.get(seq).text);
  views.renderQuote();
}

// Esc, the quote bar's close button, or the message sent: no reply, no edit (and an edit's text
// leaves the box).
export function cancelCompose() {
  if (state.editing) clearComposer();
  state.replyTo = 0;
  state.editing = 0;
  views.renderQuote();
}

export function deleteMessage(seq) {
  if (state.editing === seq) cancelCompose();
  change({ type: 'delete', seq });
}

// Adds this person's reaction, or takes it back.
export function react(seq, emoji) {
  const mine = state.msgs.get(seq)?.reactions.find((r) => r.emoji === emoji)?.people.some((p) => p.id === state.id);
  change({ type: 'react', seq, emoji, on: !mine });
}

// An edit, delete or reaction goes now or not at all (it makes no sense later): offline, the
// person is told so.
function change(message) {
  if (state.phase === 'welcomed' && connection.send(message)) return true;
  showNotice(t('error.offline'));
  return false;
}

// Files picked, pasted or dropped (views.js, Files). The text in the box goes with the first as its
// caption, when it fits.
export function sendFiles(files) {
  if (state.conv) {
    showNotice(t('conv.noFiles')); // files go to the whole room only (docs/PROTOCOL.md)
    return;
  }
  const text = composedText();
  const caption = text.trim() && text.length <= state.limits.maxTextLength ? text : '';
  addUploads(files, caption);
  if (caption) {
    clearComposer();
    stopTyping();
  }
  views.scrollToBottom();
}

// ---- typing ----

// The message box changed: tell the room this person is typing (or stopped).
export function composerChanged() {
  if (!composedText().trim()) {
    stopTyping();
    return;
  }
  if (state.phase !== 'welcomed' || state.conv) return; // the room is told only of its own messages
  const due = !state.typingOn || Date.now() - state.typingAt >= TYPING_REFRESH_MS;
  if (due && connection.send({ type: 'typing', on: true })) {
    state.typingOn = true;
    state.typingAt = Date.now();
  }
  clearTimeout(state.typingIdle);
  state.typingIdle = setTimeout(stopTyping, TYPING_IDLE_MS);
}

function stopTyping() {
  clearTimeout(state.typingIdle);
  if (state.typingOn) connection.send({ type: 'typing', on: false });
  state.typingOn = false;
}

function clearTyping(nick) {
  const key = String(nick).toLowerCase();
  if (!state.typing.has(key)) return;
  clearTimeout(state.typing.get(key).timer);
  state.typing.delete(key);
  renderTyping();
}

function clearAllTyping() {
  for (const entry of state.typing.values()) clearTimeout(entry.timer);
  state.typing.clear();
  renderTyping();
}

// ==== Starting the page ====
// Joins the host's room over the WebSocket protocol of docs/PROTOCOL.md: this section starts the
// page and connects what people do to the session.

// The fixed texts of index.html, in the visitor's language.
function translatePage() {
  document.documentElement.lang = currentLanguage();
  document.documentElement.dir = isRightToLeft() ? 'rtl' : 'ltr';
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-label]')) setLabel(node, t(node.dataset.i18nLabel));
  el.messages.setAttribute('aria-label', t('msg.list'));
}

// Phones: keep the composer above the on-screen keyboard where the browser does not resize the
// page for it.
function fitViewport() {
  const viewport = window.visualViewport;
  const stick = isAtBottom();
  if (Math.abs(viewport.scale - 1) > 0.01) return; // zoomed in: leave the layout alone
  document.documentElement.style.setProperty('--app-height', `${viewport.height}px`);
  document.documentElement.style.setProperty('--app-top', `${viewport.offsetTop}px`);
  if (stick) scrollToBottom();
}

const isNarrow = () => matchMedia('(max-width: 899px)').matches;

function closeRoster() {
  setRosterOpen(false);
  el.rosterToggle.focus();
}

function listen() {
  on(el.joinForm, 'submit', (event) => {
    event.preventDefault();
    joinWithName();
  });
  on(el.joinNick, 'input', clearJoinError);
  on(el.joinCode, 'input', clearCodeError);
  on(window, 'hashchange', takeCodeFromLink);
  on(el.nickForm, 'submit', (event) => {
    event.preventDefault();
    rejoinWithName();
  });

  on(el.composer, 'submit', (event) => {
    event.preventDefault();
    submitMessage();
    el.input.focus(); // keeps a phone's keyboard up after tapping Send
  });
  on(el.input, 'keydown', (event) => {
    if (pickKey(event)) return;
    if (event.key === 'Escape' && (state.replyTo || state.editing)) cancelCompose();
    const plainEnter = event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
    if (plainEnter && !event.isComposing && enterSends()) {
      event.preventDefault();
      submitMessage();
    }
  });
  on(el.input, 'input', () => {
    renderPicks();
    autosize();
    renderCounter();
    composerChanged();
  });

  on(el.picks, 'mousedown', (event) => {
    event.preventDefault(); // the box keeps the focus
    if (event.target.id) pickName(+event.target.id.slice(4));
  });
  listenForActions({
    reply: startReply, edit: startEdit, remove: deleteMessage, react: react,
    jump: jumpTo, cancel: cancelCompose,
  });
  on(el.convs, 'click', (event) => {
    const tab = event.target.closest('[data-conv]');
    if (tab) openConv(tab.dataset.conv);
  });
  // A person in the list (someone else): their private conversation.
  on(el.rosterList, 'click', (event) => {
    const person = event.target.closest('[data-id]');
    if (!person) return;
    openConv(person.dataset.id, person.dataset.nick);
    if (isNarrow()) setRosterOpen(false);
    el.input.focus();
  });

  listenForFiles(sendFiles);
  listenForSearch({ search, open: openResult });
  on(el.pending, 'click', (event) => {
    const id = event.target.closest('[data-cancel]')?.dataset.cancel;
    if (id) cancelUpload(id);
  });

  on(el.scroller, 'scroll', () => {
    if (state.newBelow && isAtBottom()) scrollToBottom();
    loadOlderIfNearTop();
  });
  on(el.jump, 'click', () => {
    scrollToBottom();
    el.input.focus();
  });

  on(el.retryNow, 'click', retrySoon);
  on(el.rejoin, 'click', rejoin);
  on(window, 'online', retrySoon);
  on(document, 'visibilitychange', () => {
    if (document.hidden) return;
    state.unread = 0;
    renderTitle();
    retrySoon();
  });

  on(el.soundToggle, 'click', () => {
    state.sound = !state.sound;
    device.set('tincan.sound', state.sound ? '1' : '0');
    renderSound();
    if (state.sound) chime({ preview: true }); // browsers allow audio only after a click anyway
    // Notifications for mentions are asked for here, from a click, and
    // only once: the browser remembers the answer.
    if (state.sound && window.Notification?.permission === 'default') Notification.requestPermission();
  });
  on(el.rosterToggle, 'click', () => setRosterOpen(!isRosterOpen()));
  on(el.rosterClose, 'click', closeRoster);
  on(document, 'keydown', (event) => {
    if (event.key === 'Escape' && isNarrow() && isRosterOpen()) closeRoster();
  });
  on(el.noticeClose, 'click', () => {
    el.notice.hidden = true;
  });
  if (window.visualViewport) {
    on(visualViewport, 'resize', fitViewport);
    on(visualViewport, 'scroll', fitViewport);
  }
}

// The host's link and QR code carry the access code in the fragment (#code=…), which browsers
// never send to anyone. The page keeps it for this tab and takes it out of the address bar, so
// it is not in the history, a bookmark or a shared screenshot.
function takeCodeFromLink() {
  const params = new URLSearchParams(location.hash.slice(1));
  const code = params.get('code')?.trim();
  if (code === undefined) return;
  params.delete('code');
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  if (!code) return;
  setAccessCode(code);
  el.joinCode.value = code; // in case the join screen is asking for it
}

// What the host says before anyone joins: the room's name (empty if it cannot be had), and
// whether joining needs the access code.
async function fetchRoom() {
  try {
    const response = await fetch('room.json', { cache: 'no-cache' });
    const { room, code } = response.ok ? await response.json() : {};
    return { room: typeof room === 'string' ? room : '', code: code === true };
  } catch {
    return { room: '', code: false };
  }
}

async function start() {
  takeCodeFromLink();
  const [, { room, code }] = await Promise.all([loadLanguage(), fetchRoom()]);
  state.codeNeeded = code;
  translatePage();
  state.sound = device.get('tincan.sound') === '1';
  // The name remembered from an earlier visit stands in if the host could not say it.
  state.room = room || device.get('tincan.room') || '';
  state.nick = device.get('tincan.nick') || '';
  renderSound();
  renderRoom();
  renderCounter();
  renderRoster();
  renderStatus();
  listen();
  if (!resumeAfterReload()) showJoin();
}

start();
