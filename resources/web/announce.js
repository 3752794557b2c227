// What the page says without being looked at: new messages and room events for screen
// readers, and an optional chime.
import { el, make } from './dom.js';
import { t } from './i18n.js';

// Read politely (#live, aria-live="polite"): a burst as its first two items and "N more", so a
// busy room does not keep a screen reader talking for minutes.
const queued = [];
export function announce(text) {
  if (queued.push(text) > 1) return;
  setTimeout(() => {
    const count = queued.length;
    const items = queued.slice(0, count > 3 ? 2 : count).map((s) => make('div', '', s.slice(0, 300)));
    if (count > 3) items.push(make('div', '', t('announce.more', { count: count - 2 })));
    el.live.replaceChildren(...items);
    queued.length = 0;
  }, 600);
}

// A short two-note chime made with WebAudio, at most every 1.5 s.
let audio = null;
let lastChime = 0;
export function chime({ preview = false } = {}) {
  if (!preview && Date.now() - lastChime < 1500) return;
  lastChime = Date.now();
  try {
    audio ??= new (window.AudioContext || window.webkitAudioContext)();
    audio.resume();
    const start = audio.currentTime + 0.01;
    const gain = audio.createGain();
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.18, start + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.45);
    gain.connect(audio.destination);
    for (const [frequency, at] of [[880, 0], [1318.5, 0.09]]) {
      const tone = audio.createOscillator();
      tone.frequency.value = frequency;
      tone.connect(gain);
      tone.start(start + at);
      tone.stop(start + 0.46);
    }
  } catch {
    // no sound in this browser
  }
}
