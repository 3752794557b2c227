// The chat as this page takes part in it (docs/PROTOCOL.md): joining and rejoining, what the
// host says and what the page answers, the outbox, catching up and older history. The state is
// in store.js, the socket in connection.js; this module decides, the views show.
import { t } from './i18n.js';
import { device, tab } from './storage.js';
import { checkNick, sameName } from './names.js';
import {
  state, isSeq, isOwn, setRoster, setAccessCode, addToOutbox, restoreOutbox, outboxItem, nextQueued, removeFromOutbox,
  mentionsMe,
} from './store.js';
import { Connection } from './connection.js';
import { announce, chime } from './announce.js';
import * as messages from './view-messages.js';
import { renderStatus, renderTitle, renderRoom, showNotice } from './view-status.js';
import { renderRoster } from './view-roster.js';
import * as joinView from './view-join.js';
import { renderTyping, renderCounter, composedText, clearComposer, setComposer } from './view-composer.js';
import { readFile } from './view-files.js';
import { useSender, addUploads, pumpUploads, pauseUploads, uploadReady, uploadRefused, uploadDone } from './uploads.js';

const TYPING_REFRESH_MS = 3000; // PROTOCOL.md: typing on:true at most every 3 s
const TYPING_IDLE_MS = 4000; // ours ends after this long without a key
const TYPING_EXPIRY_MS = 6000; // PROTOCOL.md: another's typing is over after 6 s without a refresh
const RESEND_AFTER_MS = 1500; // a message the host was too busy for goes again after this
const QUOTE_LENGTH = 140; // PROTOCOL.md quoteLength: how much of a message a reply quotes
const JUMP_PAGES = 10; // older pages fetched at most to reach the message a reply quotes

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
  for (const item of state.outbox) messages.showPending(item);
  messages.renderTopNote();
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
  const stick = !state.joined || messages.isAtBottom();
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
  const recoloured = setRoster(Array.isArray(w.roster) ? w.roster.filter((n) => typeof n === 'string') : []);
  state.count = state.roster.length;
  state.host = typeof w.host === 'string' ? w.host : '';
  renderRoster();
  messages.recolour(recoloured);
  if (state.nick !== nickBefore) messages.remarkMentions();
  renderRoom();
  renderCounter();
  joinView.hideNickPanel();
  joinView.showChat();

  let newest = 0;
  for (const m of Array.isArray(w.history) ? w.history : []) {
    if (addMessage(m) || (m && isSeq(m.seq))) newest = Math.max(newest, m.seq);
  }
  for (const m of Array.isArray(w.updates) ? w.updates : []) applyUpdate(m);
  const upTo = Math.max(newest, state.catchUp ? state.catchUp.cursor : state.resumeSeq);
  state.catchUp = null;
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
  messages.renderTopNote();
  if (stick) messages.scrollToBottom();
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
    clientMsgId: m.clientMsgId, file: readFile(m.file), author: str(m.author),
    reply: r && isSeq(r.seq) ? { seq: r.seq, from: str(r.from), text: str(r.text), deleted: r.deleted === true } : null,
    edited: !!m.edited,
    deleted: m.deleted === true,
    reactions: Array.isArray(m.reactions) ? m.reactions.filter((x) => typeof x?.emoji === 'string' && Array.isArray(x.people)) : [],
  };
}

// Shows a message from the host once, in seq order. False when it is not new (or not a message).
function addMessage(raw, live = false) {
  const m = readMessage(raw);
  if (!m) return false;
  if (typeof m.clientMsgId === 'string') sentByHost(m.clientMsgId);
  if (state.seen.has(m.seq)) return false;
  state.seen.add(m.seq);
  state.msgs.set(m.seq, m);
  messages.showMessage(m, { own: isOwn(m), live });
  state.minSeq = Math.min(state.minSeq, m.seq);
  state.maxSeq = Math.max(state.maxSeq, m.seq);
  return true;
}

// A message changed: shown in its current state, and so are the quotes of it in replies.
function applyUpdate(raw) {
  const m = readMessage(raw);
  if (!m || !state.msgs.has(m.seq)) return; // not here: it comes in its current state when it does
  state.msgs.set(m.seq, m);
  messages.updateMessage(m, isOwn(m));
  for (const r of state.msgs.values()) {
    if (r.reply?.seq !== m.seq) continue;
    r.reply = { ...r.reply, deleted: m.deleted, text: m.deleted ? '' : (m.text || m.file?.name || '').slice(0, QUOTE_LENGTH) };
    messages.updateMessage(r, isOwn(r));
  }
  if (state.editing === m.seq && m.deleted) cancelCompose();
}

function onUpdate(u) {
  // The change has its own place in the numbering: counted in lastSeq like a message.
  if (isSeq(u.seq) && !state.catchUp) state.resumeSeq = Math.max(state.resumeSeq, u.seq);
  applyUpdate(u.message);
}

function onMessage(m) {
  const stick = messages.isAtBottom();
  const added = addMessage(m, true);
  if (isSeq(m.seq) && !state.catchUp) state.resumeSeq = Math.max(state.resumeSeq, m.seq);
  if (!added) return;
  clearTyping(m.from);
  const message = state.msgs.get(m.seq);
  const own = isOwn(message);
  if (!own) {
    const away = document.hidden || !document.hasFocus();
    if (document.hidden) {
      state.unread++;
      renderTitle();
    }
    if (state.sound && away) chime();
    // Someone named this person while they look elsewhere.
    if (away && mentionsMe(message) && window.Notification?.permission === 'granted') {
      new Notification(m.from, { body: m.text || message.file?.name || '', tag: `tincan-${m.seq}` });
    }
    announce(t('announce.message', { name: m.from, text: m.text || message.file?.name || '' }));
  }
  if (stick || own) {
    messages.scrollToBottom();
  } else {
    state.newBelow++;
    messages.renderJump();
  }
}

function onAck(a) {
  const item = outboxItem(a.clientMsgId);
  if (state.inFlight === a.clientMsgId) state.inFlight = null;
  uploadDone(a.clientMsgId); // the message with the file follows
  if (item && isSeq(a.seq)) {
    const quoted = state.msgs.get(item.replyTo);
    const reply = quoted && { seq: quoted.seq, from: quoted.from, text: (quoted.text || quoted.file?.name || '').slice(0, QUOTE_LENGTH) };
    addMessage({ seq: a.seq, ts: a.ts, from: state.nick, text: item.text, clientMsgId: item.id, author: state.id, reply });
    if (!state.catchUp) state.resumeSeq = Math.max(state.resumeSeq, a.seq);
    messages.scrollToBottom();
  }
  flushOutbox();
}

function onPresence(p) {
  const names = (list) => (Array.isArray(list) ? list.filter((n) => typeof n === 'string') : []);
  let roster = state.roster;
  const replace = (gone, arrived) => {
    roster = roster.filter((name) => !sameName(name, gone) && !sameName(name, arrived || gone));
    if (arrived) roster.push(arrived);
    clearTyping(gone);
  };
  for (const name of names(p.joined)) {
    replace(name, name);
    messages.showSystemLine('sys.joined', { name });
  }
  for (const name of names(p.left)) {
    replace(name);
    messages.showSystemLine('sys.left', { name });
  }
  for (const name of names(p.removed)) {
    replace(name);
    messages.showSystemLine('sys.removed', { name });
  }
  for (const r of Array.isArray(p.renamed) ? p.renamed : []) {
    if (!r || typeof r.from !== 'string' || typeof r.to !== 'string') continue;
    replace(r.from, r.to);
    messages.showSystemLine('sys.renamed', { from: r.from, to: r.to });
  }
  if (typeof p.host === 'string') state.host = p.host;
  const recoloured = setRoster(roster);
  state.count = Number.isSafeInteger(p.count) && p.count >= 0 ? p.count : roster.length;
  renderRoster();
  messages.recolour(recoloured);
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

function requestOlder() {
  if (state.loadingOlder || !state.olderAvailable || state.phase !== 'welcomed' || !isSeq(state.minSeq)) return;
  state.loadingOlder = true;
  state.historyQueue.push('before');
  connection.send({ type: 'history', before: state.minSeq, limit: state.limits.historyPageSize });
  messages.renderTopNote();
}

export function loadOlderIfNearTop() {
  if (messages.isNearTop()) requestOlder();
}

// A reply's quote was clicked: the message it answers is shown, from older pages if need be
// (at most JUMP_PAGES of them).
let jumping = null;
export function jumpTo(seq, pages = JUMP_PAGES) {
  jumping = null;
  const m = state.msgs.get(seq);
  if (m && messages.messageItem(seq)) {
    messages.flash(messages.messageItem(seq));
  } else if (pages > 0 && state.olderAvailable && seq < state.minSeq) {
    jumping = { seq, pages: pages - 1 };
    requestOlder();
  }
}

function onHistory(h) {
  const kind = state.historyQueue.shift();
  const list = Array.isArray(h.messages) ? h.messages : [];
  if (kind === 'after' && state.catchUp) {
    const stick = messages.isAtBottom();
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
    if (stick) messages.scrollToBottom();
  } else if (kind === 'before') {
    state.loadingOlder = false;
    // What the reader is looking at stays in place while older messages go in above it.
    messages.keepingPosition(() => {
      for (let i = list.length - 1; i >= 0; i--) addMessage(list[i]);
      state.olderAvailable = !!h.hasMore && list.length > 0;
      messages.renderTopNote();
    });
    if (jumping) jumpTo(jumping.seq, jumping.pages);
    else loadOlderIfNearTop();
  }
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

// The key of the lasting state's sentence (view-status.js).
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
  if (!state.joined && joinView.isJoinShown()) {
    joinView.showJoinRefusal(sentence, suggestion, joinWithName);
    return;
  }
  joinView.showChat();
  joinView.showNickPanel({
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
  if (!state.joined && joinView.isJoinShown()) {
    joinView.askForCode(sentence, tried);
    return;
  }
  joinView.showChat();
  joinView.showNickPanel({ label: t('join.codeLabel'), error: sentence, value: tried, code: true });
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
  const checked = checkNick(joinView.typedName(), state.limits.maxNickLength);
  joinView.showJoinError(checked.error || '');
  if (checked.error) return;
  const code = joinView.typedCode();
  if (code === '') {
    joinView.askForCode(t('code.needed'));
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
  if (joinView.panelAsksCode()) {
    const code = joinView.typedRejoinName().trim();
    joinView.showNickError(code ? '' : t('code.needed'));
    if (!code) return;
    setAccessCode(code);
  } else {
    const checked = checkNick(joinView.typedRejoinName(), state.limits.maxNickLength);
    joinView.showNickError(checked.error || '');
    if (checked.error) return;
    state.nick = checked.nick;
  }
  helloAgain();
}

// A reload within the tab's session goes straight back into the room, so what it had not sent
// yet gets sent. Returns false when there is nothing to go back to.
export function resumeAfterReload() {
  for (const item of restoreOutbox()) messages.showPending(item);
  if (!tab.get('tincan.joined') || !state.nick) return false;
  joinView.showChat();
  connection.open();
  return true;
}

// ---- the outbox ----

// The host has stored this message: its ack, or the message itself, came back.
function sentByHost(id) {
  removeFromOutbox(id);
  messages.removePending(id);
  uploadDone(id);
}

// One message at a time, oldest first, keeps the room's order the order written.
function flushOutbox() {
  const item = nextQueued();
  if (state.phase !== 'welcomed' || state.inFlight || !item) return;
  const reply = item.replyTo ? { replyTo: item.replyTo } : {};
  if (connection.send({ type: 'send', clientMsgId: item.id, text: item.text, ...reply })) {
    item.status = 'sent';
    state.inFlight = item.id;
    messages.showPending(item);
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
    if (state.phase !== 'welcomed' || !connection.send({ type: 'edit', seq: state.editing, text })) return;
  } else {
    const item = addToOutbox(text, { replyTo: state.replyTo || undefined });
    messages.showPending(item);
  }
  clearComposer();
  cancelCompose();
  stopTyping();
  flushOutbox();
  messages.scrollToBottom();
}

// ---- replies, edits, deletes and reactions ----

export function startReply(seq) {
  state.editing = 0;
  state.replyTo = seq;
  messages.renderQuote();
}

export function startEdit(seq) {
  state.replyTo = 0;
  state.editing = seq;
  setComposer(state.msgs.get(seq).text);
  messages.renderQuote();
}

// Esc, the quote bar's close button, or the message sent: no reply, no edit (and an edit's text
// leaves the box).
export function cancelCompose() {
  if (state.editing) clearComposer();
  state.replyTo = 0;
  state.editing = 0;
  messages.renderQuote();
}

export function deleteMessage(seq) {
  if (state.editing === seq) cancelCompose();
  connection.send({ type: 'delete', seq });
}

// Adds this person's reaction, or takes it back.
export function react(seq, emoji) {
  const mine = state.msgs.get(seq)?.reactions.find((r) => r.emoji === emoji)?.people.some((p) => p.id === state.id);
  connection.send({ type: 'react', seq, emoji, on: !mine });
}

// Files picked, pasted or dropped (view-files.js). The text in the box goes with the first as its
// caption, when it fits.
export function sendFiles(files) {
  const text = composedText();
  const caption = text.trim() && text.length <= state.limits.maxTextLength ? text : '';
  addUploads(files, caption);
  if (caption) {
    clearComposer();
    stopTyping();
  }
  messages.scrollToBottom();
}

// ---- typing ----

// The message box changed: tell the room this person is typing (or stopped).
export function composerChanged() {
  if (!composedText().trim()) {
    stopTyping();
    return;
  }
  if (state.phase !== 'welcomed') return;
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
