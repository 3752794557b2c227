// Files in messages: an image the host made a thumbnail of shows it, and opens it when tapped;
// every file has a card that downloads it (through the browser's own downloads, with their
// progress and cancel). A file's name is the sender's word: it only ever goes in as text.
import { make } from './dom.js';
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

// 1000-based, as file managers show sizes: "12 bytes", "340 kB", "2.4 MB", in the page's language.
const sizeFormats = {};
export function formatSize(bytes) {
  let unit = 0;
  while (bytes >= 1000 && unit < SIZE_UNITS.length - 1) {
    bytes /= 1000;
    unit++;
  }
  sizeFormats[unit] ??= new Intl.NumberFormat(currentLanguage(), {
    style: 'unit', unit: SIZE_UNITS[unit], unitDisplay: unit ? 'short' : 'long', maximumFractionDigits: 1,
  });
  return sizeFormats[unit].format(bytes);
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

export function fileView(file) {
  const box = make('div', 'file');
  // The name's extension as a badge ("PDF"), and beside it the name and the size.
  const kind = (/\.([a-z\d]{1,4})$/i.exec(file.name)?.[1] ?? '').toUpperCase();
  const about = make('span', 'file-about');
  about.append(make('bdi', 'file-name', file.name), make('span', 'file-meta', kind ? `${formatSize(file.size)} · ${kind}` : formatSize(file.size)));
  const card = make('a', 'file-card');
  card.href = `/files/${file.id}`;
  card.download = file.name;
  card.title = file.type;
  card.append(make('span', 'file-kind', kind), about, make('span', 'file-action', t('file.download')));
  card.firstChild.setAttribute('aria-hidden', 'true');
  if (file.thumb && file.width && file.height) {
    box.classList.add('image');
    box.append(thumbnail(file));
  }
  box.append(card);
  return box;
}
