// The list of messages: each in seq order, once, grouped by sender and day, with join/leave
// lines between them, the messages still waiting to be sent below, and the scroll position a
// reader expects.
import { el, make } from './dom.js';
import { t, tNodes, formatTime, formatFullDate, formatDay } from './i18n.js';
import { state, hueOfPerson, mentionsMe } from './store.js';
import { appendRichText } from './richtext.js';
import { avatar } from './avatar.js';
import { announce } from './announce.js';
import { fileView, renderUpload } from './view-files.js';

const GROUP_WINDOW_MS = 5 * 60 * 1000; // one sender's messages closer than this share a name
const NEAR_TOP_PX = 400; // older history is fetched this far before the reader reaches the top

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

// m: {from, text, ts, file}. Own messages show "You" (hidden but read out) and no avatar. A
// file goes above its caption.
function makeMessage(m, own) {
  const li = make('li', own ? 'msg own' : 'msg');
  li.dataset.from = m.from.toLowerCase();
  li.dataset.ts = m.ts;
  li.style.setProperty('--hue', hueOfPerson(m.from));
  const time = make('time', '', formatTime(m.ts));
  time.dateTime = new Date(m.ts).toISOString();
  time.title = formatFullDate(m.ts);
  const meta = make('div', 'meta');
  meta.append(make('bdi', 'from', own ? t('msg.you') : m.from), ' ', time);
  const text = make('div', 'text');
  text.dir = 'auto';
  appendRichText(text, m.text);
  const bubble = make('div', 'bubble');
  bubble.append(meta, text);
  if (m.file) bubble.insertBefore(fileView(m.file), text);
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
export function showMessage(m, { own, live }) {
  const li = makeMessage(m, own);
  li.dataset.seq = m.seq;
  markMention(li, m.from, mentionsMe(m));
  if (!live) li.classList.add('quiet');
  let before = null;
  if (m.seq < state.minSeq && state.seen.size > 1) {
    before = el.messages.firstElementChild;
  } else if (m.seq < state.maxSeq) {
    // Older than the newest shown (a resend racing a catch-up): find its place from the end.
    for (let node = el.messages.lastElementChild; node; node = node.previousElementSibling) {
      if (node.dataset.seq && Number(node.dataset.seq) < m.seq) break;
      if (node.dataset.seq) before = node;
    }
  }
  el.messages.insertBefore(li, before);
  regroup(li);
  if (li.nextElementSibling) regroup(li.nextElementSibling);
  renderTopNote();
}

// A join, leave or rename line. Every parameter is a name, isolated in <bdi>.
export function showSystemLine(key, params) {
  const stick = isAtBottom();
  const li = make('li', 'sys');
  li.dataset.ts = Date.now();
  const text = make('span', 'sys-text');
  text.append(tNodes(key, params, Object.keys(params)));
  li.append(make('div', 'day'), text);
  el.messages.append(li);
  regroup(li);
  announce(text.textContent);
  if (stick) scrollToBottom();
}

// Above the messages: loading, the start of the room, or an invitation in an empty one.
export function renderTopNote() {
  const any = el.messages.querySelector('.msg');
  let key = '';
  if (state.loadingOlder) key = 'msg.loadingOlder';
  else if (state.joined && any && !state.olderAvailable) key = 'msg.start';
  else if (state.joined && !any && !el.pending.firstChild) key = 'msg.empty';
  el.topNote.textContent = key && t(key);
  el.topNote.dataset.kind = key;
}

// ---- when people or the reader's name change ----

// New colours for the people whose hue slot changed (lower-cased names).
export function recolour(names) {
  if (!names.size) return;
  for (const li of el.messages.querySelectorAll('li.msg')) {
    if (names.has(li.dataset.from)) li.style.setProperty('--hue', hueOfPerson(li.dataset.from));
  }
}

// Mentions follow the reader's name (a rename, or another name picked on rejoining).
export function remarkMentions() {
  for (const li of el.messages.querySelectorAll('li.msg')) {
    const from = li.querySelector('.from').textContent;
    const text = li.querySelector('.text').textContent;
    markMention(li, from, !li.classList.contains('own') && mentionsMe({ from, text, clientMsgId: null }));
  }
}

// ---- written here, not yet with the host ----

const pendingItem = (id) => Array.from(el.pending.children).find((li) => li.dataset.id === id);

// What a message written here waits for. An upload (uploads.js) waits its turn, or for the host;
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
