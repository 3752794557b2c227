// Tincan's browser page: joins the host's room over the WebSocket protocol of docs/PROTOCOL.md.
// This module starts the page and connects what people do to the session. The parts:
//   session.js     the chat: joining, what the host says, the outbox, history
//   connection.js  the socket, and when to try it again
//   store.js       everything the page knows, in one object
//   view-*.js      the screens: join, messages (and their files), roster, composer, status
//   uploads.js     files on their way to the host
//   i18n.js, strings.js   the page's sentences in the visitor's language
//   colours.js, names.js  rules shared with the desktop app
import { el, on, setLabel } from './dom.js';
import { loadLanguage, currentLanguage, isRightToLeft, t } from './i18n.js';
import { device } from './storage.js';
import { state, setAccessCode } from './store.js';
import { chime } from './announce.js';
import * as session from './session.js';
import { renderStatus, renderRoom, renderSound, renderTitle } from './view-status.js';
import { renderRoster, isRosterOpen, setRosterOpen } from './view-roster.js';
import { showJoin, clearJoinError, clearCodeError } from './view-join.js';
import { enterSends, renderCounter, autosize } from './view-composer.js';
import { isAtBottom, scrollToBottom, listenForActions } from './view-messages.js';
import { listenForFiles } from './view-files.js';
import { cancelUpload } from './uploads.js';

// The fixed texts of index.html, in the visitor's language.
function translatePage() {
  document.documentElement.lang = currentLanguage();
  document.documentElement.dir = isRightToLeft() ? 'rtl' : 'ltr';
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-label]')) setLabel(node, t(node.dataset.i18nLabel));
  el.messages.setAttribute('aria-label', t('msg.list'));
}

// Phones: keep the composer above the on-screen keyboard where the browser does not resize the
// page for it.
function fitViewport() {
  const viewport = window.visualViewport;
  const stick = isAtBottom();
  if (Math.abs(viewport.scale - 1) > 0.01) return; // zoomed in: leave the layout alone
  document.documentElement.style.setProperty('--app-height', `${viewport.height}px`);
  document.documentElement.style.setProperty('--app-top', `${viewport.offsetTop}px`);
  if (stick) scrollToBottom();
}

const isNarrow = () => matchMedia('(max-width: 899px)').matches;

function closeRoster() {
  setRosterOpen(false);
  el.rosterToggle.focus();
}

function listen() {
  on(el.joinForm, 'submit', (event) => {
    event.preventDefault();
    session.joinWithName();
  });
  on(el.joinNick, 'input', clearJoinError);
  on(el.joinCode, 'input', clearCodeError);
  on(window, 'hashchange', takeCodeFromLink);
  on(el.nickForm, 'submit', (event) => {
    event.preventDefault();
    session.rejoinWithName();
  });

  on(el.composer, 'submit', (event) => {
    event.preventDefault();
    session.submitMessage();
    el.input.focus(); // keeps a phone's keyboard up after tapping Send
  });
  on(el.input, 'keydown', (event) => {
    if (event.key === 'Escape' && (state.replyTo || state.editing)) session.cancelCompose();
    const plainEnter = event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
    if (plainEnter && !event.isComposing && enterSends()) {
      event.preventDefault();
      session.submitMessage();
    }
  });
  on(el.input, 'input', () => {
    autosize();
    renderCounter();
    session.composerChanged();
  });

  listenForActions({
    reply: session.startReply, edit: session.startEdit, remove: session.deleteMessage, react: session.react,
    jump: session.jumpTo, cancel: session.cancelCompose,
  });

  listenForFiles(session.sendFiles);
  on(el.pending, 'click', (event) => {
    const id = event.target.closest('[data-cancel]')?.dataset.cancel;
    if (id) cancelUpload(id);
  });

  on(el.scroller, 'scroll', () => {
    if (state.newBelow && isAtBottom()) scrollToBottom();
    session.loadOlderIfNearTop();
  });
  on(el.jump, 'click', () => {
    scrollToBottom();
    el.input.focus();
  });

  on(el.retryNow, 'click', session.retrySoon);
  on(el.rejoin, 'click', session.rejoin);
  on(window, 'online', session.retrySoon);
  on(document, 'visibilitychange', () => {
    if (document.hidden) return;
    state.unread = 0;
    renderTitle();
    session.retrySoon();
  });

  on(el.soundToggle, 'click', () => {
    state.sound = !state.sound;
    device.set('tincan.sound', state.sound ? '1' : '0');
    renderSound();
    if (state.sound) chime({ preview: true }); // browsers allow audio only after a click anyway
    // Notifications for mentions are asked for here, from a click, and
    // only once: the browser remembers the answer.
    if (state.sound && window.Notification?.permission === 'default') Notification.requestPermission();
  });
  on(el.rosterToggle, 'click', () => setRosterOpen(!isRosterOpen()));
  on(el.rosterClose, 'click', closeRoster);
  on(document, 'keydown', (event) => {
    if (event.key === 'Escape' && isNarrow() && isRosterOpen()) closeRoster();
  });
  on(el.noticeClose, 'click', () => {
    el.notice.hidden = true;
  });
  if (window.visualViewport) {
    on(visualViewport, 'resize', fitViewport);
    on(visualViewport, 'scroll', fitViewport);
  }
}

// The host's link and QR code carry the access code in the fragment (#code=…), which browsers
// never send to anyone. The page keeps it for this tab and takes it out of the address bar, so
// it is not in the history, a bookmark or a shared screenshot.
function takeCodeFromLink() {
  const params = new URLSearchParams(location.hash.slice(1));
  const code = params.get('code')?.trim();
  if (code === undefined) return;
  params.delete('code');
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  if (!code) return;
  setAccessCode(code);
  el.joinCode.value = code; // in case the join screen is asking for it
}

// What the host says before anyone joins: the room's name (empty if it cannot be had), and
// whether joining needs the access code.
async function fetchRoom() {
  try {
    const response = await fetch('room.json', { cache: 'no-cache' });
    const { room, code } = response.ok ? await response.json() : {};
    return { room: typeof room === 'string' ? room : '', code: code === true };
  } catch {
    return { room: '', code: false };
  }
}

async function start() {
  takeCodeFromLink();
  const [, { room, code }] = await Promise.all([loadLanguage(), fetchRoom()]);
  state.codeNeeded = code;
  translatePage();
  state.sound = device.get('tincan.sound') === '1';
  // The name remembered from an earlier visit stands in if the host could not say it.
  state.room = room || device.get('tincan.room') || '';
  state.nick = device.get('tincan.nick') || '';
  renderSound();
  renderRoom();
  renderCounter();
  renderRoster();
  renderStatus();
  listen();
  if (!session.resumeAfterReload()) showJoin();
}

start();
