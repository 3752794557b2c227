// Files this page sends (docs/PROTOCOL.md, "Files"). One at a time, in the order picked: each asks
// the host for a slot over the chat connection (upload), sends its bytes by HTTP PUT to the slot's
// address, and is done when the host acknowledges the message it became. A lost connection pauses
// it; after the next welcome the same upload is asked for again and the bytes go on from where
// the host has them. The browser streams the File from disk: it is never read into memory here.
import { t } from './i18n.js';
import { state, newId } from './store.js';
import { showPending, removePending } from './view-messages.js';
import { announce } from './announce.js';

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
  showPending(item);
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
  showPending(item);
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
