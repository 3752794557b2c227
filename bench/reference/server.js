#!/usr/bin/env node
// The Node.js reference for the benchmarks: the chat subset of docs/PROTOCOL.md (hello, welcome
// with roster and recent history, send -> ack + message broadcast with seq, presence) on the
// `ws` package, written the way a careful Node server would be: each message is serialized once
// and the same string is sent to every client, presence is batched per event-loop turn, the
// roster is kept sorted. History is kept in memory only (Tincan stores it to SQLite).
//
//   node server.js [--bind 127.0.0.1] [--port 0]
// prints "http://127.0.0.1:PORT/" once it is listening, like `tincan --headless`.
'use strict';

const http = require('http');
const { WebSocketServer } = require('ws');

// The same numbers as protocol/limits.h.
const limits = {
  maxIncomingMessageBytes: 64 * 1024,
  maxPendingOutBytes: 4 * 1024 * 1024,
  maxNickLength: 32,
  maxTextLength: 16000,
  maxClientMsgIdLength: 64,
  welcomeHistory: 50,
  resumeMax: 1000,
  historyPageSize: 100,
  sendBurst: 20,
  sendPerSecond: 5,
  controlBurst: 30,
  controlPerSecond: 5,
  recentMessagesKept: 1000,
  helloTimeoutMs: 10000,
};

function argument(name, fallback) {
  const index = process.argv.indexOf(name);
  return index > 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}
const bind = argument('--bind', '127.0.0.1');
const port = Number(argument('--port', '0'));
const roomName = argument('--room', 'reference');

class TokenBucket {
  constructor(burst, perSecond) {
    this.tokens = burst;
    this.burst = burst;
    this.perSecond = perSecond;
    this.last = -1;
  }
  take(now) {
    if (this.last >= 0)
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.perSecond) / 1000);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

const errorSentences = {
  'bad-json': 'The message is not a JSON object.',
  'bad-message': 'The message is missing a field or has a field of the wrong kind.',
  'unknown-type': 'The host does not know this message type.',
  'hello-required': 'Say hello with a nickname before anything else.',
  'already-joined': 'You have already joined this room.',
  'version-unsupported': 'This host speaks protocol version 1 only.',
  'nick-invalid': 'A nickname has 1 to 32 characters and no control or direction characters.',
  'nick-taken': 'Someone in the room already uses this nickname.',
  'text-invalid': 'An empty message cannot be sent.',
  'text-too-long': 'The message is too long.',
  'rate-limited': 'Too many messages too fast; the message was not sent. Try again in a moment.',
};

// Room state.
let lastSeq = 0;
const recent = []; // the last recentMessagesKept messages, oldest first
const knownIds = new Map(); // clientMsgId -> {seq, ts}
const byNickKey = new Map(); // joined peers by lower-cased nick
const roster = []; // nicks, sorted case-insensitively
let presenceEvents = [];
let presenceScheduled = false;

const collator = (a, b) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

function rosterInsert(nick) {
  let low = 0;
  let high = roster.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (collator(roster[mid], nick) < 0) low = mid + 1;
    else high = mid;
  }
  roster.splice(low, 0, nick);
}

function rosterRemove(nick) {
  const index = roster.indexOf(nick);
  if (index >= 0) roster.splice(index, 1);
}

function send(peer, text) {
  if (peer.dropping) return;
  peer.ws.send(text);
  if (peer.ws.bufferedAmount > limits.maxPendingOutBytes) {
    // Not reading: cut it off (it can resume by seq), as the host does.
    peer.dropping = true;
    setImmediate(() => peer.ws.terminate());
  }
}

function sendError(peer, code, clientMsgId, suggestion) {
  const error = { type: 'error', code, message: errorSentences[code] || code };
  if (clientMsgId) error.clientMsgId = clientMsgId;
  if (suggestion) error.suggestion = suggestion;
  send(peer, JSON.stringify(error));
}

function schedulePresence() {
  if (presenceScheduled) return;
  presenceScheduled = true;
  setImmediate(flushPresence);
}

function flushPresence() {
  presenceScheduled = false;
  const events = presenceEvents;
  presenceEvents = [];
  if (events.length === 0) return;
  const encodeFrom = (first) => {
    const joined = [];
    const left = [];
    for (let i = first; i < events.length; ++i)
      (events[i].joined ? joined : left).push(events[i].nick);
    const presence = { type: 'presence' };
    if (joined.length) presence.joined = joined;
    if (left.length) presence.left = left;
    presence.count = byNickKey.size;
    return JSON.stringify(presence);
  };
  const whole = encodeFrom(0);
  for (const peer of byNickKey.values()) {
    const mark = peer.presenceMark;
    peer.presenceMark = -1;
    if (mark < 0) send(peer, whole);
    else if (mark + 1 < events.length) send(peer, encodeFrom(mark + 1));
  }
}

function checkNick(value) {
  if (typeof value !== 'string') return null;
  const nick = value.trim();
  if (nick.length === 0 || nick.length > limits.maxNickLength) return null;
  if (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(nick)) return null;
  return nick;
}

function suggestNick(nick) {
  for (let n = 2; ; ++n) {
    const candidate = `${nick.slice(0, limits.maxNickLength - String(n).length - 1)} ${n}`;
    if (!byNickKey.has(candidate.toLowerCase())) return candidate;
  }
}

function messagesAfter(after, limit) {
  const result = [];
  for (const message of recent) {
    if (message.seq > after) {
      if (result.length === limit) return { messages: result, more: true };
      result.push(message);
    }
  }
  return { messages: result, more: false };
}

function onHello(peer, object) {
  if (typeof object.version !== 'number' || typeof object.nick !== 'string'
      || ('lastSeq' in object && !Number.isInteger(object.lastSeq))) {
    sendError(peer, 'bad-message');
    return;
  }
  if (object.version !== 1) {
    sendError(peer, 'version-unsupported');
    peer.ws.close(1008, 'version unsupported');
    return;
  }
  const nick = checkNick(object.nick);
  if (nick === null) {
    sendError(peer, 'nick-invalid');
    return;
  }
  const key = nick.toLowerCase();
  if (byNickKey.has(key)) {
    sendError(peer, 'nick-taken', undefined, suggestNick(nick));
    return;
  }
  peer.joined = true;
  peer.nick = nick;
  peer.key = key;
  clearTimeout(peer.helloTimer);
  byNickKey.set(key, peer);
  rosterInsert(nick);
  peer.presenceMark = presenceEvents.length;
  presenceEvents.push({ joined: true, nick });
  schedulePresence();

  let history;
  let hasMore;
  if (Number.isInteger(object.lastSeq)) {
    ({ messages: history, more: hasMore } = messagesAfter(object.lastSeq, limits.resumeMax));
  } else {
    history = recent.slice(-limits.welcomeHistory);
    hasMore = recent.length > history.length;
  }
  send(peer, JSON.stringify({
    type: 'welcome',
    version: 1,
    nick,
    room: roomName,
    roster,
    history,
    hasMore,
    lastSeq,
    limits: {
      maxTextLength: limits.maxTextLength,
      maxNickLength: limits.maxNickLength,
      historyPageSize: limits.historyPageSize,
    },
  }));
}

function onSend(peer, object) {
  const id = object.clientMsgId;
  if (typeof id !== 'string' || typeof object.text !== 'string' || id.length === 0
      || id.length > limits.maxClientMsgIdLength || !/^[\x21-\x7e]+$/.test(id)) {
    sendError(peer, 'bad-message', typeof id === 'string' ? id.slice(0, 64) : undefined);
    return;
  }
  const known = knownIds.get(id);
  if (known) {
    send(peer, JSON.stringify({ type: 'ack', clientMsgId: id, seq: known.seq, ts: known.ts, duplicate: true }));
    return;
  }
  if (!peer.sendBucket.take(Date.now())) {
    sendError(peer, 'rate-limited', id);
    return;
  }
  const text = object.text;
  if (text.trim().length === 0) {
    sendError(peer, 'text-invalid', id);
    return;
  }
  if (text.length > limits.maxTextLength) {
    sendError(peer, 'text-too-long', id);
    return;
  }
  const message = { type: 'message', seq: ++lastSeq, ts: Date.now(), from: peer.nick, text, clientMsgId: id };
  recent.push(message);
  if (recent.length > limits.recentMessagesKept) recent.shift();
  knownIds.set(id, { seq: message.seq, ts: message.ts });
  send(peer, JSON.stringify({ type: 'ack', clientMsgId: id, seq: message.seq, ts: message.ts }));
  const frame = JSON.stringify(message);
  for (const other of byNickKey.values()) send(other, frame);
}

function onFrame(peer, data, isBinary) {
  const now = Date.now();
  if (isBinary) {
    if (peer.controlBucket.take(now)) sendError(peer, 'bad-message');
    return;
  }
  let object;
  try {
    object = JSON.parse(data.toString());
  } catch {
    object = null;
  }
  if (object === null || typeof object !== 'object' || Array.isArray(object)) {
    sendError(peer, peer.controlBucket.take(now) ? 'bad-json' : 'rate-limited');
    return;
  }
  if (object.type === 'send' && peer.joined) {
    onSend(peer, object);
    return;
  }
  if (!peer.controlBucket.take(now)) {
    sendError(peer, 'rate-limited');
    return;
  }
  if (object.type === 'hello') {
    if (peer.joined) sendError(peer, 'already-joined');
    else onHello(peer, object);
  } else if (!peer.joined) {
    sendError(peer, 'hello-required');
  } else {
    sendError(peer, 'unknown-type');
  }
}

const server = http.createServer((request, response) => {
  response.writeHead(404, { 'Content-Length': '0', Connection: 'close' });
  response.end();
});
const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxIncomingMessageBytes });

server.on('upgrade', (request, socket, head) => {
  if (request.url !== '/ws') {
    socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    return;
  }
  wss.handleUpgrade(request, socket, head, (ws) => {
    const peer = {
      ws,
      joined: false,
      dropping: false,
      nick: '',
      key: '',
      presenceMark: -1,
      sendBucket: new TokenBucket(limits.sendBurst, limits.sendPerSecond),
      controlBucket: new TokenBucket(limits.controlBurst, limits.controlPerSecond),
      helloTimer: null,
    };
    peer.helloTimer = setTimeout(() => {
      if (!peer.joined) ws.close(1008, 'hello timeout');
    }, limits.helloTimeoutMs);
    ws.on('message', (data, isBinary) => onFrame(peer, data, isBinary));
    ws.on('close', () => {
      clearTimeout(peer.helloTimer);
      if (!peer.joined) return;
      byNickKey.delete(peer.key);
      rosterRemove(peer.nick);
      presenceEvents.push({ joined: false, nick: peer.nick });
      schedulePresence();
    });
    ws.on('error', () => {});
  });
});

server.listen(port, bind, () => {
  process.stdout.write(`Reference chat server listening. Join at:\n  http://${bind}:${server.address().port}/\n`);
});

const stop = () => {
  for (const client of wss.clients) client.terminate();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
