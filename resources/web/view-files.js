// Files in messages: an image the host made a thumbnail of shows it, and opens it when tapped;
// every file has a card that downloads it (through the browser's own downloads, with their
// progress and cancel). Files on their way from here (uploads.js) show how far they are, and
// where files come from: the attach and camera buttons, pasting, and dropping onto the chat. A
// file's name is the sender's word: it only ever goes in as text.
import { el, make, on, setLabel } from './dom.js';
import { t, currentLanguage } from './i18n.js';

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

// An upload in its pending message (uploads.js has its status): made on the first call.
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
