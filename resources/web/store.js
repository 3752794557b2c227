// Everything the page knows about the chat, in one object, and the small rules for changing it.
// The session (session.js) changes it as the host speaks; the views read it. No DOM here.
import { tab } from './storage.js';
import { sameName, mentions } from './names.js';
import { assignSlots, hueOf } from './colours.js';

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
  // In the lasting state 'ended', why: the key of the status sentence (view-status.js).
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
  roster: [], // everyone in the room, yourself included
  host: '', // who in the roster is the host (empty: nobody)
  count: 0, // how many, as the host last said
  colourSlots: new Map(), // lower-cased name -> hue slot (colours.js)
  typing: new Map(), // lower-cased name -> {nick, timer}: others who are typing
  typingOn: false, // what this page last told the host about its own typing
  typingAt: 0,
  typingIdle: 0,

  msgs: new Map(), // seq -> the message as the host last said it (readMessage in session.js)
  replyTo: 0, // the seq the next message answers
  editing: 0, // the seq of the own message the composer is changing

  // Messages written here, until the host has them.
  outbox: [], // {id, text, ts, status: 'queued' | 'sent'}, in the order written
  inFlight: null, // the id sent and not yet acknowledged: one at a time keeps the order
  sentIds: new Set(), // ids written on this page: our own messages when they come back
  // Files picked, pasted or dropped, until the host has them (uploads.js). Not kept across a
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
  const kept = state.outbox.map(({ id, text, ts, replyTo }) => ({ id, text, ts, replyTo }));
  tab.set('tincan.outbox', kept.length ? JSON.stringify(kept) : null);
}

// `more`: {replyTo} for a reply.
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
    const item = { id: o.id, text: o.text, ts: Number(o.ts) || Date.now(), status: 'queued', replyTo: o.replyTo };
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

// The hue of a person's colour in the present room (colours.js).
export const hueOfPerson = (name) => hueOf(name, state.colourSlots);
