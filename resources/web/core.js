// Tincan's browser page (docs/PROTOCOL.md) is three modules and its English sentences:
//   core.js     what the page knows and keeps, without the DOM: storage, sentences in the
//               visitor's language, names and colours (rules shared with the desktop app), the
//               store, and the socket to the host
//   views.js    the screens: join, status, roster, messages (and their files), the message box
//   app.js      the chat (session), files on their way, and starting the page
//   strings.js  every sentence in English
// Each module is a few sections, each with its own header and its own few names; one module per
// layer rather than one per section, because the wire compresses one large file much better than
// many small ones (the page has a budget in compressed bytes, limits::maxPageBytes).
import { english } from './strings.js';

// ==== What the page remembers ====
// The little the page remembers. Storage is a convenience only: it may be missing or refuse to
// write (some private modes), and then the page simply forgets.
function area(name) {
  return {
    get(key) {
      try {
        return window[name].getItem(key);
      } catch {
        return null;
      }
    },
    // null forgets the key.
    set(key, value) {
      try {
        if (value === null) window[name].removeItem(key);
        else window[name].setItem(key, value);
      } catch {
        // not remembered, and nothing depends on it
      }
    },
  };
}

// Kept across visits: the name, the room's name, the sound setting.
export const device = area('localStorage');
// Kept while the tab lives, reloads included: that this tab had joined, and its unsent messages.
export const tab = area('sessionStorage');

// ==== Sentences in the visitor's language (i18n) ====
// The page's sentences, numbers and dates in the visitor's language. English is built in
// (strings.js); another language's table comes from the host (/i18n/TAG.json, made from the
// desktop app's translations, docs/PROTOCOL.md). A key that table lacks falls back to English.

let language = 'en';
let table = english;
let plurals = new Intl.PluralRules('en');
let numbers = new Intl.NumberFormat('en');

export const currentLanguage = () => language;

// Right-to-left scripts turn the whole page around.
export const isRightToLeft = () => /^(ar|he|fa|ur|yi|ps|sd|ug)\b/i.test(language);

// Takes the host's table for the first of the browser's languages that the host speaks. English
// needs no request; a language the host does not have (404) moves on to the next one; a host
// that cannot be asked leaves the page in English.
export async function loadLanguage(wanted = navigator.languages) {
  for (const tag of wanted) {
    if (/^en\b/i.test(tag)) break;
    const found = await fetch(`i18n/${tag}.json`).then((answer) => answer.ok && answer.json()).catch(() => null);
    if (found === false) continue;
    if (found) {
      language = tag;
      table = found;
    }
    break;
  }
  plurals = new Intl.PluralRules(language);
  numbers = new Intl.NumberFormat(language);
}

// The template among a plural's forms for `count`. The built-in English names its forms by
// category ({one, other}); the host's tables by sample counts ({"0": …, "1": …, "2": …}), so a
// count takes the form of a sample in its own category.
export function pluralForm(forms, count, rules = plurals) {
  const category = rules.select(count);
  if (forms[category] !== undefined) return forms[category];
  const sample = Object.keys(forms).find((key) => /^\d+$/.test(key) && rules.select(Number(key)) === category);
  return sample !== undefined ? forms[sample] : forms.other;
}

// The template of `key`: this language's, else English's, else the key itself (a missing
// sentence shows up as its key instead of as nothing).
function template(key, params) {
  const value = table[key] ?? english[key] ?? key;
  return typeof value === 'string' ? value : pluralForm(value, params?.count ?? 0);
}

export const formatNumber = (n) => numbers.format(n);
const formatParam = (value) => (typeof value === 'number' ? formatNumber(value) : String(value));

// t('sys.joined', {name: 'Ann'}) -> 'Ann joined', as a plain string.
export function t(key, params) {
  return template(key, params).replace(/\{(\w+)\}/g, (marker, name) =>
    (params?.[name] !== undefined ? formatParam(params[name]) : marker));
}

// Like t(), but a DocumentFragment in which each parameter named in `isolate` is wrapped in
// <bdi class="name">, so a right-to-left name cannot reorder the sentence around it. Every part
// goes in as text.
export function tNodes(key, params, isolate = []) {
  const fragment = document.createDocumentFragment();
  for (const part of template(key, params).split(/(\{\w+\})/)) {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    const known = name !== undefined && params?.[name] !== undefined;
    if (known && isolate.includes(name)) {
      const bdi = document.createElement('bdi');
      bdi.className = 'name';
      bdi.textContent = formatParam(params[name]);
      fragment.append(bdi);
    } else if (part) {
      fragment.append(known ? formatParam(params[name]) : part);
    }
  }
  return fragment;
}

// Dates and times, made on first use: the language is known only after loadLanguage().
const formatters = {};
function dateFormat(kind, options) {
  formatters[kind] ??= new Intl.DateTimeFormat(language, options);
  return formatters[kind];
}
export const formatTime = (ts) => dateFormat('time', { hour: 'numeric', minute: '2-digit' }).format(ts);
export const formatFullDate = (ts) => dateFormat('full', { dateStyle: 'full', timeStyle: 'short' }).format(ts);
export const formatDay = (ts) => dateFormat('day', { dateStyle: 'long' }).format(ts);

// ==== Names ====
// What the page checks about names: the same person, a name the host would take, and whether a
// message mentions someone.

// The host tells names apart far more carefully (docs/PROTOCOL.md, Nicknames); for the page's
// own purposes (own messages, the roster, the typing line) case is enough.
export const sameName = (a, b) => String(a).toLowerCase() === String(b).toLowerCase();

// The checks the page can make before asking the host: {nick} trimmed, or {error} as a sentence.
export function checkNick(raw, maxLength) {
  const nick = String(raw).trim();
  if (!nick) return { error: t('nick.empty') };
  if (nick.length > maxLength) return { error: t('nick.tooLong', { count: maxLength }) };
  if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(nick)) return { error: t('nick.badChars') };
  return { nick };
}

// Whether `text` mentions `nick`, by the desktop's rule (ui/messagemodel.cpp,
// MessageModel::mentionsMe): the name as a whole word (or words) in any case, optionally after
// an '@'. A word character is a letter, a digit or '_' (what \w means to Qt's regular
// expressions with Unicode properties), so "Ann" is in "hi ann!" and "@Ann", not in "Anna".
const mentionPatterns = new Map();
export function mentions(text, nick) {
  if (!nick) return false;
  let pattern = mentionPatterns.get(nick);
  if (!pattern) {
    const literal = nick.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // No lookbehind (older Safari lacks it): the character before the name is matched instead.
    pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}_@])@?${literal}(?![\\p{L}\\p{N}_])`, 'iu');
    mentionPatterns.set(nick, pattern);
  }
  return pattern.test(text);
}

// ==== Colours ====
// Which colour a person's name and avatar get. The desktop app follows the same rule, so one
// person has one colour in every window of the room, and people present at the same time get
// different colours while there are colours enough. The rule, exactly:
//
//   hash(name)  FNV-1a 32-bit over the UTF-16 code units of name.toLowerCase():
//               h = 0x811C9DC5; for each code unit c: h = ((h XOR c) * 0x01000193) mod 2^32
//   slots       20 hues; slot i has hue i * 18 degrees
//   preferred   preferred(name) = hash(name) mod 20
//   the roster  (everyone present, yourself included, each lower-cased name once) is walked in
//               the order of preferred slot, then hash, then the lower-cased name (compared by
//               UTF-16 code units). Each name takes, going up from its preferred slot (itself
//               first, wrapping from 19 to 0): the first slot that is free and whose two
//               neighbours are free (so hues present differ by 36 degrees or more); if there is
//               none, the first free slot; when all 20 are taken, its preferred slot.
//   others      a name not in the roster (someone who left, seen in history) uses its
//               preferred slot.
//
// Recomputed whenever the roster changes, so a message may change colour when people come and
// go. Saturation and lightness come from the theme (--name-s, --name-l, --avatar-s and
// --avatar-l in style.css); only the hue is the person's.

export const HUE_SLOTS = 20;
export const HUE_STEP = 360 / HUE_SLOTS;

export function nameHash(name) {
  const lower = String(name).toLowerCase();
  let h = 0x811c9dc5;
  for (let i = 0; i < lower.length; i++) h = Math.imul(h ^ lower.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export const preferredSlot = (name) => nameHash(name) % HUE_SLOTS;

// The slot of everyone in `roster`: a Map of lower-cased name to slot.
export function assignSlots(roster) {
  const people = [];
  const seen = new Set();
  for (const name of roster) {
    const lower = String(name).toLowerCase();
    if (seen.has(lower)) continue;
    seen.add(lower);
    const hash = nameHash(name);
    people.push({ lower, hash, preferred: hash % HUE_SLOTS });
  }
  people.sort((a, b) => a.preferred - b.preferred || a.hash - b.hash
    || (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : 0));

  const taken = new Array(HUE_SLOTS).fill(false);
  const free = (slot) => !taken[slot];
  const roomy = (slot) => free(slot) && free((slot + 1) % HUE_SLOTS) && free((slot + HUE_SLOTS - 1) % HUE_SLOTS);
  const slots = new Map();
  for (const [index, person] of people.entries()) {
    let slot = person.preferred;
    if (index < HUE_SLOTS) { // a free slot is left
      const upwards = Array.from({ length: HUE_SLOTS }, (_, step) => (person.preferred + step) % HUE_SLOTS);
      slot = upwards.find(roomy) ?? upwards.find(free);
      taken[slot] = true;
    }
    slots.set(person.lower, slot);
  }
  return slots;
}

// The hue, in degrees, of `name` given the slots of the present roster.
export function hueOf(name, slots) {
  const slot = slots.get(String(name).toLowerCase()) ?? preferredSlot(name);
  return slot * HUE_STEP;
}

// ==== The store ====
// Everything the page knows about the chat, in one object, and the small rules for changing it.
// The session (app.js) changes it as the host speaks; the views read it. No DOM here.

export const state = {
  // Who and where.
  nick: '', // this person's name: as typed, then as the host stored it
  room: '', // the room's name, from the last welcome
  limits: { maxTextLength: 16000, maxNickLength: 32, historyPageSize: 100 }, // until a welcome says

  // The room's access code, from the host's link or typed; kept for this tab only.
  accessCode: tab.get('tincan.code') || '',
  codeSent: '', // the code the last hello carried
  codeNeeded: false, // room.json says joining needs a code

  // The connection as the person sees it:
  // idle | connecting | hello | welcomed | waiting | needsNick | needsCode | refused | ended
  phase: 'idle',
  // In the lasting state 'ended', why: the key of the status sentence (views.js, Status).
  // ended | kicked | banned | bannedNow | locked | blocked
  endedBy: '',
  joined: false, // welcomed at least once since the page loaded: every later hello resumes
  resumed: false, // the last hello carried lastSeq
  problem: '', // why the last connection ended, as a sentence
  token: tab.get('tincan.token') || '', // the last welcome's resumeToken; this tab's only, so a
  // reload is the same person (back in a locked room, or one whose code changed)

  // The room's messages on this page.
  seen: new Set(), // every seq shown
  minSeq: Infinity, // the oldest shown: older pages are asked for before it
  maxSeq: 0,
  resumeSeq: 0, // every message up to this seq is here: the next hello's lastSeq
  catchUp: null, // {cursor} while missed messages are fetched with history {after}
  historyQueue: [], // 'after' or 'before' for each history request in flight; answered in order
  olderAvailable: false, // the host has messages older than minSeq
  loadingOlder: false,

  // People.
  id: '', // this person's id (welcome.id): whose message is whose rests on it, not on names
  ids: new Map(), // lower-cased name -> person id, of everyone in the room
  roster: [], // everyone in the room, yourself included
  host: '', // who in the roster is the host (empty: nobody)
  count: 0, // how many, as the host last said
  colourSlots: new Map(), // lower-cased name -> hue slot (Colours, above)
  typing: new Map(), // lower-cased name -> {nick, timer}: others who are typing
  typingOn: false, // what this page last told the host about its own typing
  typingAt: 0,
  typingIdle: 0,

  // Conversations: the room and one per person written with privately.
  msgs: new Map(), // seq -> the message as the host last said it (readMessage in app.js)
  conv: '', // the conversation shown: '' the room, else the other person's id
  convs: new Map(), // person id -> {nick, unread, min, more}: private conversations
  roomUnread: 0, // room messages that came while a private conversation was shown
  replyTo: 0, // the seq the next message answers
  editing: 0, // the seq of the own message the composer is changing

  // Messages written here, until the host has them.
  outbox: [], // {id, text, ts, status: 'queued' | 'sent'}, in the order written
  inFlight: null, // the id sent and not yet acknowledged: one at a time keeps the order
  sentIds: new Set(), // ids written on this page: our own messages when they come back
  // Files picked, pasted or dropped, until the host has them (app.js, Uploads). Not kept across a
  // reload: a page cannot keep a File.
  uploads: [], // {id, file, name, size, text, ts, status, sent, ...}, in the order picked
  cancelLater: [], // uploads cancelled while away: the host is told at the next welcome

  // Attention.
  unread: 0, // messages that came while the tab was hidden
  newBelow: 0, // messages that came while the reader was scrolled up
  sound: false,
};

export const isSeq = (n) => Number.isSafeInteger(n) && n > 0;

// By the person id; messages stored before ids have no author, and go by the name.
export const isOwn = (m) => (m.author && state.id ? m.author === state.id
  : state.sentIds.has(m.clientMsgId) || sameName(m.from, state.nick));

// Someone else's message that names this person.
export const mentionsMe = (m) => !isOwn(m) && mentions(m.text, state.nick);

// The conversation a message belongs to: '' the room, else the other person's id.
export const convOf = (m) => (m.to ? (isOwn(m) ? m.to : m.author) : '');

// Whether this person (an id) is in the room now.
export const present = (id) => [...state.ids.values()].includes(id);

// A private conversation, made on first use; `nick` is the other person's latest name.
export function conv(id, nick) {
  if (!state.convs.has(id)) state.convs.set(id, { nick, unread: 0, min: Infinity, more: true });
  const c = state.convs.get(id);
  if (nick) c.nick = nick;
  return c;
}

// Sets who is in the room. Returns the lower-cased names whose colour changed.
export function setRoster(names) {
  state.roster = names;
  const before = state.colourSlots;
  const after = assignSlots(names);
  state.colourSlots = after;
  const changed = new Set();
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    if (before.get(name) !== after.get(name)) changed.add(name);
  }
  return changed;
}

// Empty forgets it. The tab keeps it across a reload, and only the tab: not the device.
export function setAccessCode(code) {
  state.accessCode = code;
  tab.set('tincan.code', code || null);
}

// ---- the outbox: survives a reload of the tab, so nothing written is lost ----

export function newId() {
  if (crypto.randomUUID) return crypto.randomUUID(); // only in secure contexts (not plain http)
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (x) => x.toString(16).padStart(2, '0')).join('');
}

function saveOutbox() {
  const kept = state.outbox.map(({ id, text, ts, to, replyTo }) => ({ id, text, ts, to, replyTo }));
  tab.set('tincan.outbox', kept.length ? JSON.stringify(kept) : null);
}

// `more`: {to, replyTo} for a private message or a reply.
export function addToOutbox(text, more = {}) {
  const item = { id: newId(), text, ts: Date.now(), status: 'queued', ...more };
  state.sentIds.add(item.id);
  state.outbox.push(item);
  saveOutbox();
  return item;
}

// What a previous page of this tab had not got to the host. Returns the items.
export function restoreOutbox() {
  let list;
  try {
    list = JSON.parse(tab.get('tincan.outbox'));
  } catch {
    // nothing readable
  }
  for (const o of Array.isArray(list) ? list : []) {
    if (!o || typeof o.id !== 'string' || typeof o.text !== 'string') continue;
    const item = { id: o.id, text: o.text, ts: Number(o.ts) || Date.now(), status: 'queued', to: o.to, replyTo: o.replyTo };
    state.outbox.push(item);
    state.sentIds.add(item.id);
  }
  return state.outbox.slice();
}

export const outboxItem = (id) => state.outbox.find((item) => item.id === id);
export const nextQueued = () => state.outbox.find((item) => item.status === 'queued');

// The host has this message. Returns whether it was still in the outbox.
export function removeFromOutbox(id) {
  if (state.inFlight === id) state.inFlight = null;
  const index = state.outbox.findIndex((item) => item.id === id);
  if (index < 0) return false;
  state.outbox.splice(index, 1);
  saveOutbox();
  return true;
}

// The hue of a person's colour in the present room (Colours, above).
export const hueOfPerson = (name) => hueOf(name, state.colourSlots);

// ==== The connection ====
// The chat socket to the host (ws://HOST/ws, docs/PROTOCOL.md) and when to try it again. It
// knows nothing of the chat: the session decides what to send, and whether a connection that
// ended should be tried again at all.

const FIRST_DELAY_MS = 1000;
const LONGEST_DELAY_MS = 30000;
const PROBE_EVERY_MS = 2000;
// A host seen coming back is rejoined within this, spread so that a room of browsers does not
// arrive in the same instant.
const COMEBACK_SPREAD_MS = 1000;

const chatUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;

export class Connection {
  #hooks;
  #socket = null;
  #attempt = 0; // tries since the last welcome: how long the next wait is
  #retryTimer = 0;
  #tickTimer = 0;
  #probeTimer = 0;
  #wait = 0; // counts the waits, so a probe answered after its wait ended is ignored
  #waiting = false;
  #hostAnswered = false; // the last probe reached the host

  retryAt = 0; // when the next try starts (ms since the epoch), while waiting

  // hooks: onConnecting(), onOpen(), onMessage(object), onClose(code), and onTick() every second
  // while waiting (for a countdown).
  constructor(hooks) {
    this.#hooks = hooks;
  }

  get isOpen() {
    return this.#socket?.readyState === WebSocket.OPEN;
  }

  // Connects now. An older connection is dropped without telling the session, and any wait ends.
  open() {
    this.#stopWaiting();
    this.#forgetSocket();
    this.#hooks.onConnecting();
    let socket;
    try {
      socket = new WebSocket(chatUrl());
    } catch {
      this.retryLater();
      return;
    }
    this.#socket = socket;
    socket.onopen = () => this.#hooks.onOpen();
    socket.onmessage = (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return; // not JSON: nothing this page can act on
      }
      if (message && typeof message === 'object') this.#hooks.onMessage(message);
    };
    socket.onclose = (event) => {
      this.#socket = null;
      this.#hooks.onClose(event.code);
    };
  }

  // False when there is no open connection to send on.
  send(message) {
    if (!this.isOpen) return false;
    this.#socket.send(JSON.stringify(message));
    return true;
  }

  // The host let us in: the next lost connection starts over with short waits, and a host
  // that answers a probe then counts as back.
  succeeded() {
    this.#attempt = 0;
    this.#hostAnswered = false;
  }

  // Tries again after a wait: exponential backoff from 1 s to 30 s with ±25 % jitter, so a room
  // full of browsers does not knock on a restarted host's door in the same instant.
  //
  // A long wait would keep people out long after a host that was restarted is back, so while
  // waiting the page also asks the host for its page (HEAD, not from the cache) every 2 s. When
  // the host answers again after it did not (or on the first probe of a wait that follows a
  // good connection), the page connects at once. A host that answers the page but keeps closing
  // the chat (full, or one address with too many connections) is left to the backoff.
  retryLater() {
    this.#stopWaiting();
    const backoff = Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** this.#attempt++);
    const delay = Math.min(LONGEST_DELAY_MS, Math.round(backoff * (0.75 + Math.random() / 2)));
    const wait = ++this.#wait;
    this.#waiting = true;
    this.retryAt = Date.now() + delay;
    this.#retryTimer = setTimeout(() => this.open(), delay);
    this.#tickTimer = setInterval(() => this.#hooks.onTick(), 1000);
    this.#probeTimer = setTimeout(() => this.#probe(wait), PROBE_EVERY_MS);
  }

  // Ends a wait without trying again (the host ended the chat, or refused this page for good).
  stop() {
    this.#stopWaiting();
  }

  async #probe(wait) {
    let answered = false;
    try {
      const answer = await fetch('./', {
        method: 'HEAD',
        cache: 'no-store',
        signal: AbortSignal.timeout?.(PROBE_EVERY_MS),
      });
      answered = answer.ok;
    } catch {
      // no host there (yet)
    }
    if (!this.#waiting || wait !== this.#wait) return; // a try started meanwhile
    const cameBack = answered && !this.#hostAnswered;
    this.#hostAnswered = answered;
    if (cameBack) {
      clearTimeout(this.#retryTimer);
      const soon = Math.round(Math.random() * COMEBACK_SPREAD_MS);
      this.retryAt = Math.min(this.retryAt, Date.now() + soon);
      this.#retryTimer = setTimeout(() => this.open(), soon);
    } else {
      this.#probeTimer = setTimeout(() => this.#probe(wait), PROBE_EVERY_MS);
    }
  }

  #stopWaiting() {
    this.#waiting = false;
    clearTimeout(this.#retryTimer);
    clearInterval(this.#tickTimer);
    clearTimeout(this.#probeTimer);
  }

  #forgetSocket() {
    const old = this.#socket;
    this.#socket = null;
    if (!old) return;
    old.onopen = old.onmessage = old.onclose = null;
    old.close();
  }
}
