// The list of messages: each in seq order, once, grouped by sender and day, with join/leave
// lines between them, the messages still waiting to be sent below, and the scroll position a
// reader expects.
import { el, make, on, setLabel } from './dom.js';
import { t, tNodes, formatTime, formatFullDate, formatDay } from './i18n.js';
import { state, hueOfPerson, mentionsMe, isOwn } from './store.js';
import { showNotice } from './view-status.js';
import { appendRichText } from './richtext.js';
import { avatar } from './avatar.js';
import { announce } from './announce.js';
import { fileView, renderUpload } from './view-files.js';

const GROUP_WINDOW_MS = 5 * 60 * 1000; // one sender's messages closer than this share a name
const NEAR_TOP_PX = 400; // older history is fetched this far before the reader reaches the top

export const messageItem = (seq) => el.messages.querySelector(`li.msg[data-seq="${seq}"]`);

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

// m: {from, text, ts, file, reply, edited, deleted, reactions} (readMessage in session.js). Own
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

export function showMessage(m, { own, live }) {
  const li = messageItemFor(m, own);
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

// A message changed (edited, deleted, reacted to, or the message it quotes did): shown anew in
// its place.
export function updateMessage(m, own) {
  const old = messageItem(m.seq);
  if (!old) return;
  const li = messageItemFor(m, own);
  li.classList.add('quiet');
  old.replaceWith(li);
  regroup(li);
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
    const items = Array.from(el.messages.children).filter((li) => li.matches('.msg'));
    const at = items.indexOf(event.target.closest('li.msg'));
    const next = items[at < 0 ? items.length - 1 : at + step];
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
  on(el.quoteClose, 'click', act.cancel);
}
